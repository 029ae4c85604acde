"""`aftercare schedule add|list|remove`: the patient's sessions from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from assistant import timeline
from assistant.errors import UsageError
from assistant.schedule import Schedule
from assistant.when import parse_when


def _when(words: list[str], now: datetime) -> datetime:
    text = " ".join(words)
    try:
        return timeline.as_local(datetime.fromisoformat(text), now.tzinfo or timeline.local_zone())
    except ValueError:
        pass
    heard = parse_when(text, now, "future")
    if heard is None:
        raise UsageError(f'"{text}" is not a date and time, e.g. "next Tuesday at 10 am"')
    if not heard.has_time:
        raise UsageError(f'"{text}" has no time of day, e.g. "{text} at 10 am"')
    return heard.at


def _series(text: str | None) -> tuple[int | None, int | None]:
    if text is None:
        return None, None
    try:
        index, total = (int(part) for part in text.split("/"))
    except ValueError:
        raise UsageError(f"--series takes a position like 4/6, not {text!r}") from None
    if not 1 <= index <= total:
        raise UsageError(f"--series {text}: the position must be between 1 and {total}")
    return index, total


def schedule_command(args: argparse.Namespace, home: Path, now_text: str | None) -> int:
    now = timeline.parse_now(now_text)
    with Schedule(home) as schedule:
        if args.schedule_command == "add":
            at = _when(args.when, now)
            index, total = _series(args.series)
            added = schedule.add(args.kind, at, index, total)
            print(f"Added {added.kind} {added.id}: {timeline.spoken_when(added.at, now)}")
        elif args.schedule_command == "list":
            appointments = schedule.list_all()
            if not appointments:
                print("No sessions recorded.")
            for item in appointments:
                series = (
                    f" ({item.series_index} of {item.series_total})" if item.series_index else ""
                )
                when = item.at.isoformat(timespec="minutes")
                print(f"{item.id:>4}  {item.kind:<9} {when}{series}")
        elif not schedule.remove(args.id):
            raise UsageError(f"There is no session {args.id}; see `aftercare schedule list`.")
        else:
            print(f"Removed session {args.id}.")
    return 0
