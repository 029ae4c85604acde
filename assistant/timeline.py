"""Time arithmetic for the answers, correct across daylight-saving changes, and spoken times.

Python adds and subtracts aware datetimes of one zone on the wall clock, so a day that
loses an hour would count 24 hours where 23 passed. Every duration here is measured in UTC;
calendar questions (which day, which morning) are answered in the zone of `now`.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

if TYPE_CHECKING:  # only for annotations: the command line imports this before any YAML
    from assistant.clinic import AlcoholRule, Clinic, DrivingRule, FoodStage

# Word lists are split strings to stay compact.
_ONES = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905
# English names whatever the process's locale, which strftime would follow.
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()  # noqa: SIM905
_MONTHS = (  # noqa: SIM905
    "January February March April May June July August September October November December"
).split()


def local_zone() -> tzinfo:
    """The zone named by the TZ environment variable, else the system's."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        zone: tzinfo = tzlocal.get_localzone()
        return zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"TZ={name!r} is not a known time zone; use a name such as America/New_York"
        ) from None


def now() -> datetime:
    """The current local time, aware."""
    return datetime.now(local_zone())


def parse_now(text: str | None) -> datetime:
    """An aware local time from ISO text such as "2026-11-21T15:00"; None means now."""
    if text is None:
        return now()
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date and time; write it like 2026-11-21T15:00"
        ) from None
    return as_local(moment, local_zone())


def as_local(moment: datetime, zone: tzinfo) -> datetime:
    """`moment` in `zone`; a naive one is read as that zone's wall clock.

    A wall time skipped by the spring change (2:30 AM) becomes the real time it names
    (3:30 AM daylight time); a repeated one (1:30 AM in the autumn) is the first of the two.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(timezone.utc).astimezone(zone)


@dataclass(frozen=True)
class DrivingVerdict:
    may_drive: bool | None  # None: no treatment time known
    not_before: datetime | None  # the earliest time, in the zone of `now`


def driving_verdict(
    treatment_ended: datetime | None, now: datetime, rule: DrivingRule
) -> DrivingVerdict:
    """May the patient drive at `now`, and from when: both rules of `rule` must be met."""
    if treatment_ended is None:
        return DrivingVerdict(may_drive=None, not_before=None)
    zone = _zone_of(now)
    earliest = _later_by(treatment_ended, rule.min_hours).astimezone(zone)
    if rule.after_night_sleep:
        next_day = treatment_ended.astimezone(zone).date() + timedelta(days=1)
        morning = as_local(datetime.combine(next_day, rule.earliest_morning_hour), zone)
        earliest = max(earliest, morning, key=_utc)
    return DrivingVerdict(may_drive=_utc(now) >= _utc(earliest), not_before=earliest)


def end_of_day(moment: datetime, zone: tzinfo) -> datetime:
    """The last minute of `moment`'s day in `zone`."""
    return as_local(datetime.combine(moment.astimezone(zone).date(), time(23, 59)), zone)


def hours_since(ended: datetime, now: datetime) -> float:
    """Real hours from `ended` to `now` (negative if `ended` is later)."""
    return (_utc(now) - _utc(ended)).total_seconds() / 3600


def food_stage(clinic: Clinic, hours: float) -> FoodStage:
    """The clinic's food advice `hours` after the treatment ended."""
    stages = clinic.food.stages
    # A treatment end in the future (a clock or entry mistake) counts as just ended.
    return next(s for s in stages if s.until_hours is None or hours < s.until_hours)


def alcohol_window_end(treatment_ended: datetime, rule: AlcoholRule) -> datetime:
    """When the time without alcohol or recreational drugs after a treatment ends."""
    return _later_by(treatment_ended, rule.window_hours).astimezone(treatment_ended.tzinfo)


def alcohol_window_open(treatment_ended: datetime, now: datetime, rule: AlcoholRule) -> bool:
    """True while alcohol and recreational drugs are still off-limits."""
    return _utc(now) < _utc(alcohol_window_end(treatment_ended, rule))


def spoken_when(at: datetime, now: datetime) -> str:
    """'today at 3 PM', 'tomorrow, Sunday, at 10 AM', 'Tuesday, November 24 at 10 AM, in
    three days': a calendar phrase for speech, in the zone of `now`."""
    at = at.astimezone(_zone_of(now))
    days = (at.date() - now.date()).days
    clock = spoken_clock(at)
    if days == 0:
        return f"today at {clock}"
    if days in (1, -1):
        return f"{'tomorrow' if days == 1 else 'yesterday'}, {_WEEKDAYS[at.weekday()]}, at {clock}"
    return f"{spoken_date(at.date(), now.date())} at {clock}, {_in_or_ago(_days(abs(days)), days)}"


def spoken_date(day: date, today: date) -> str:
    """'Tuesday, November 24', with the year only when it is not this year's."""
    year = f", {day.year}" if day.year != today.year else ""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}{year}"


def spoken_clock(at: datetime) -> str:
    """'3 PM', '10:30 AM', 'noon', 'midnight': the time as a clock face shows it."""
    if at.minute == 0 and at.hour in (0, 12):
        return "noon" if at.hour == 12 else "midnight"
    hour = at.hour % 12 or 12
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"{hour}{minutes} {'AM' if at.hour < 12 else 'PM'}"


def spoken_duration(at: datetime, now: datetime) -> str:
    """'in an hour', 'in three days', 'two hours ago', 'now': real time from `now` to `at`."""
    seconds = (_utc(at) - _utc(now)).total_seconds()
    minutes = _round(abs(seconds) / 60)
    if minutes == 0:
        return "now"
    return _in_or_ago(_minutes(minutes), seconds)


def number_words(n: int) -> str:
    """0 to 99 in words ('twenty-four'); larger numbers as digits, which engines read well."""
    if not 0 <= n < 100:
        return str(n)
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


def _minutes(minutes: int) -> str:
    if minutes < 60:
        return _count(minutes, "minute")
    half_hours = _round(minutes / 30)
    if half_hours < 8:  # below four hours, the half hour matters
        whole, half = divmod(half_hours, 2)
        if not half:
            return _count(whole, "hour")
        return "an hour and a half" if whole == 1 else f"{number_words(whole)} and a half hours"
    hours = _round(minutes / 60)
    return _count(hours, "hour") if hours < 24 else _days(_round(minutes / 1440))


def _days(days: int) -> str:
    if days < 14:
        return _count(days, "day")
    weeks = _round(days / 7)
    return _count(weeks, "week") if weeks < 9 else _count(_round(days / 30.4), "month")


def _count(n: int, unit: str) -> str:
    if n == 1:
        return f"an {unit}" if unit == "hour" else f"a {unit}"
    return f"{number_words(n)} {unit}s"


def _in_or_ago(phrase: str, sign: float) -> str:
    return f"in {phrase}" if sign > 0 else f"{phrase} ago"


def _round(value: float) -> int:
    """Halves round up (Python's round() would send 2.5 to 2)."""
    return math.floor(value + 0.5)


def _later_by(moment: datetime, hours: float) -> datetime:
    """`hours` of real time after `moment`, in UTC, up to the whole minute: a spoken
    'not before' must not name a time that is too early."""
    later = _utc(moment) + timedelta(hours=hours)
    trimmed = later.replace(second=0, microsecond=0)
    return trimmed if trimmed == later else trimmed + timedelta(minutes=1)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone; an aware datetime is needed")
    return moment.astimezone(timezone.utc)


def _zone_of(moment: datetime) -> tzinfo:
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone; an aware datetime is needed")
    return moment.tzinfo
