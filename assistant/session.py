"""What the commands share: where the data lives, the open dialogue, the JSON of a reply."""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant import timeline
from assistant.clinic import load_clinic
from assistant.dialogue import Dialogue, Settings
from assistant.errors import UsageError
from assistant.frames import Reply
from assistant.paths import default_home


@dataclass(frozen=True)
class Context:
    home: Path
    clinic_path: Path | None
    now_text: str | None


def context_from(args: argparse.Namespace) -> Context:
    home = args.home or default_home()
    if args.clinic is not None and not args.clinic.is_file():
        raise UsageError(f"The clinic file {args.clinic} does not exist.")
    if args.now is not None:
        try:  # a malformed time is a usage error before anything loads
            timeline.parse_now(args.now)
        except ValueError as error:
            raise UsageError(str(error)) from None
    return Context(home, args.clinic, args.now)


def open_dialogue(context: Context) -> Dialogue:
    load_clinic(context.clinic_path, context.home)  # a malformed clinic file fails fast
    fixed_now = timeline.parse_now(context.now_text) if context.now_text else None
    return Dialogue(Settings(context.home, context.clinic_path, fixed_now))


def reply_json(question: str, transcript: str, reply: Reply, timings_ms: dict[str, float]) -> str:
    return json.dumps(
        {
            "input": question,
            "transcript": transcript,
            "intent": reply.intent,
            "confidence": round(reply.confidence, 4),
            "entities": reply.entities,
            "answer": reply.text,
            "understood": reply.understood,
            "data": reply.data,
            "timings_ms": {k: round(v, 1) for k, v in timings_ms.items()},
        },
        ensure_ascii=False,
    )


def conversation_ids(separate: bool) -> Iterator[str]:
    """One shared conversation, or with --separate a fresh one for every question."""
    for number in itertools.count():
        yield f"ask-{number}" if separate else "ask"
