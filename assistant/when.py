"""Spoken dates and times ("friday at three pm", "two thirty", "an hour ago") as local datetimes.

The recogniser spells numbers as words: text2num turns them into digits and dateparser reads the
dates. This module adds only what those libraries lack for speech: clock times said as "three
thirty" or "half past two", "this morning" and "tonight", "next tuesday", a bare "the 24th", words
dateparser mistakes for dates ("may", "sat"), and the choice between am and pm when nobody said
which. Every reading of the words becomes a candidate datetime; one ranking picks among them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Literal

from dateparser.date import DateDataParser
from dateparser.search import search_dates
from text_to_num import alpha2digit

Prefer = Literal["future", "past"]

DEFAULT_TIME = time(9, 0)  # stands in for the time of day when only a day was said
CLINIC_OPENS = time(7, 0)  # when am/pm is unsaid, a reading in clinic hours wins
CLINIC_CLOSES = time(21, 0)
MAX_CHARS = 300  # longer text is no single spoken answer; refusing it keeps every call fast
MAX_DAYS_AWAY = 731  # readings further off are misreadings ("I am 50 years old")


@dataclass(frozen=True)
class When:
    """A moment understood from speech, and which parts of it the speaker actually said."""

    at: datetime  # aware, in the zone of the `now` it was read against
    has_date: bool  # the words named the day; otherwise the day was inferred from the time
    has_time: bool  # the words named the time of day; otherwise `at` holds a default time


@dataclass(frozen=True)
class _Clock:
    """A time of day as said: "3:30" has no meridiem, "10 am" has one."""

    hour: int
    minute: int
    meridiem: str | None  # "am", "pm" or None when unsaid

    def readings(self) -> list[time]:
        if self.meridiem == "am":
            hours = [self.hour % 12]
        elif self.meridiem == "pm":
            hours = [self.hour % 12 + 12]
        elif self.hour == 0 or self.hour > 12:
            hours = [self.hour]
        else:
            hours = [self.hour % 12, self.hour % 12 + 12]
        return [time(hour, self.minute) for hour in hours]


@dataclass(frozen=True)
class _Period:
    """A part of the day ("this morning", "tonight") and the day word it stands for."""

    hours: frozenset[int]  # hours of the day the period covers
    default: time  # the time meant when the period is said without a clock time
    day: str  # what the period says about the day ("today", or "" for none)


@dataclass(frozen=True)
class _Day:
    """The day part of the words: candidate days, or an exact instant ("20 minutes ago")."""

    days: tuple[date, ...]
    instant: datetime | None = None  # naive, from dateparser, for sub-day offsets only


# "the first monday in december": the index among that month's such weekdays.
_NTH = {
    **{"1st": 0, "first": 0, "2nd": 1, "second": 1, "3rd": 2, "third": 2, "4th": 3, "fourth": 3},
    "last": -1,
}
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = _MONTH.split("|")  # January first
_WEEKDAYS = _WEEKDAY.split("|")  # in date.weekday() order

# Hesitations and hedges that carry no date; dateparser fails on a phrase that holds them.
_FILLERS = re.compile(
    r"\b(?:um+|uh+|uhm|er+|erm|hmm+|mm+|like|well|so|okay|ok|yeah|yes|maybe|probably|"
    r"roughly|approximately|i think|i guess|i believe|you know)\b"
)
# Said before the numbers become digits: duration idioms text2num and dateparser do not know.
_WORD_REWRITES: tuple[tuple[str, str], ...] = (
    (r"\b(?:a |one )?half (?:an )?hour\b", "30 minutes"),
    (r"\ban hour and a half\b", "90 minutes"),
    (r"\b(?:a )?quarter (?:of an )?hour\b", "15 minutes"),
    (r"\ba couple(?: of)?\b", "two"),
    (r"\ba few\b", "three"),
    (r"\b(?:wait |just )?(?:a|one) (?:second|sec)\b", ""),  # "wait a second" is no date
    (r"\bfirst thing\b", ""),  # "first thing tomorrow" is no first of the month
    (r"\bo ?'? ?clock\b", "o'clock"),
    (r"\b(?:noon|midday)\b", "12:00 pm"),
    (r"\bmidnight\b", "12:00 am"),
)


def _minutes_to_clock(hour: int, minutes_before: int) -> str:
    return f"{(hour - 1) % 12 or 12}:{60 - minutes_before:02d}"


def _spaced_clock(match: re.Match[str]) -> str:
    """ "3 30" (said "three thirty") -> "3:30", unless the 3 is a day after a month's name."""
    hour, minute = int(match[2]), int(match[3])
    after_month = match[1] in _MONTHS
    if after_month or hour > 12 or minute > 59:
        return match[0]
    return f"{match[1] or ''}{' ' if match[1] else ''}{hour}:{minute:02d}"


# Said after the numbers became digits: clock idioms and spoken years.
_DIGIT_REWRITES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(\d) ?([ap])\.? ?m\b\.?", r"\1 \2m"),
    (r"\b(\d{1,2}) o'clock\b", r"\1:00"),
    (r"\b(\d+) and a half hours?\b", lambda m: f"{int(m[1]) * 60 + 30} minutes"),
    (r"\b(\d+)\.5 hours?\b", lambda m: f"{int(m[1]) * 60 + 30} minutes"),
    (r"\b(an?|\d+) (\w+) from (?:now|today)\b", r"in \1 \2"),
    (r"'s time\b", ""),  # "in a week's time"
    (r"\b20 ([2-9]\d)\b", r"20\1"),  # "twenty twenty six"
    (r"\b(\d{1,2}) oh (\d)\b", r"\1:0\2"),  # "ten oh five"
    (r"\b(?:(\w+) )?(\d{1,2}) (\d{2})\b", _spaced_clock),
    (r"\bhalf past (\d{1,2})\b", r"\1:30"),
    (r"\b(?:a )?quarter (?:past|after) (\d{1,2})\b", r"\1:15"),
    (
        r"\b(?:a )?quarter (?:to|of|till|til) (\d{1,2})\b",
        lambda m: _minutes_to_clock(int(m[1]), 15),
    ),
    (
        r"\b([1-9]|[12][05]) (?:minutes )?(?:past|after) (1[0-2]|[1-9])\b",
        lambda m: f"{m[2]}:{int(m[1]):02d}",
    ),
    (
        r"\b(5|10|20|25) (?:minutes )?(?:to|till|til) (1[0-2]|[1-9])\b",
        lambda m: _minutes_to_clock(int(m[2]), int(m[1])),
    ),
)
_UNITS = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# Where a clock time sits in the words, most explicit first.
_AT = r"(?:\b(?:at|by|around|about|until|till) )"
_CLOCKS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_AT}?\b(?P<hour>\d{{1,2}})(?::(?P<minute>\d{{2}}))? ?(?P<meridiem>am|pm)\b",
        rf"{_AT}?\b(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})\b",
        rf"{_AT}(?P<hour>\d{{1,2}})\b(?! {_UNITS}\b)",
        rf"{_AT}?\b(?P<hour>\d{{1,2}})(?= (?:in the |this |at )?{_PART_OF_DAY}\b)",
        rf"^{_AT}?(?P<hour>\d{{1,2}})$",
    )
)


def _hours(*spans: tuple[int, int]) -> frozenset[int]:
    return frozenset(hour for first, last in spans for hour in range(first, last + 1))


_MORNING = _hours((4, 11))
_AFTERNOON = _hours((12, 17))
_EVENING = _hours((16, 23))
_NIGHT = _hours((18, 23), (0, 3))
# Phrase -> (hours it covers, time meant when no clock time is said, what it says of the day).
_PERIODS: dict[str, _Period] = {
    "this morning": _Period(_MORNING, time(9, 0), "today"),
    "tomorrow morning": _Period(_MORNING, time(9, 0), "tomorrow"),
    "yesterday morning": _Period(_MORNING, time(9, 0), "yesterday"),
    "in the morning": _Period(_MORNING, time(9, 0), ""),
    "morning": _Period(_MORNING, time(9, 0), ""),
    "this afternoon": _Period(_AFTERNOON, time(15, 0), "today"),
    "tomorrow afternoon": _Period(_AFTERNOON, time(15, 0), "tomorrow"),
    "yesterday afternoon": _Period(_AFTERNOON, time(15, 0), "yesterday"),
    "in the afternoon": _Period(_AFTERNOON, time(15, 0), ""),
    "afternoon": _Period(_AFTERNOON, time(15, 0), ""),
    "this evening": _Period(_EVENING, time(19, 0), "today"),
    "tomorrow evening": _Period(_EVENING, time(19, 0), "tomorrow"),
    "yesterday evening": _Period(_EVENING, time(19, 0), "yesterday"),
    "in the evening": _Period(_EVENING, time(19, 0), ""),
    "evening": _Period(_EVENING, time(19, 0), ""),
    "tonight": _Period(_hours((17, 23)), time(20, 0), "today"),
    "tomorrow night": _Period(_hours((17, 23)), time(20, 0), "tomorrow"),
    "last night": _Period(_hours((17, 23)), time(20, 0), "yesterday"),
    "at night": _Period(_NIGHT, time(21, 0), ""),
}
_PERIOD = re.compile(r"\b(?:" + "|".join(sorted(_PERIODS, key=len, reverse=True)) + r")\b")
# Words dateparser reads as dates that a recogniser only ever writes as something else:
# weekday and month abbreviations ("I sat down"), "may" and "march" as verbs, am/pm left over.
_FALSE_FRIENDS = re.compile(
    r"\b(?:sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec|am|pm)\b"
    r"|(?<!of )(?<!in )\b(?:may|march)\b(?! \d| the \d)"
    r"|\b(?:my|her|his|your|our|this|that|a) \d{1,2}(?:st|nd|rd|th)\b"
)
_DIRECTED_WEEKDAY = re.compile(rf"\b(next|coming|this|last|past|previous) ({_WEEKDAY})\b")
_DAY_OF_MONTH = re.compile(r"(?:\bthe |^(?:on )?)(\d{1,2})(?:st|nd|rd|th)\b")
# dateparser reads a lone "m" or "5" as a date; words must hold one of these to name a day.
_DATE_WORD = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|today|tomorrow|yesterday|now|ago|{_UNITS}"
    r"|\d{1,2}(?:st|nd|rd|th)|\d+[/-]\d+)\b"
)
_NAMES_MONTH_OR_WEEKDAY = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY})\b")
_MONTH_NAMED = re.compile(rf"\b(?:{_MONTH})\b")
_WEEKDAY_NAMED = re.compile(rf"\b({_WEEKDAY})\b")
# A weekday counted on in weeks, as bookings are said; dateparser reads most of these as the
# nearest such weekday, or not at all. In the calendar week `count` weeks on ("thursday next
# week", "in two weeks on wednesday"), first; then `count` weeks after the next such weekday
# ("friday week", "a week on friday", "the tuesday after next").
_COUNT = r"(?P<count>a|an|one|\d)"
_IN_THE_WEEK: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(rf"\bin {_COUNT} weeks?(?: time)? (?:on |from )?(?P<weekday>{_WEEKDAY})\b"), None),
    (re.compile(rf"\b(?:the )?week after next (?:on )?(?P<weekday>{_WEEKDAY})\b"), 2),
    (re.compile(rf"\b(?P<weekday>{_WEEKDAY}) (?:of |in )?the week after next\b"), 2),
    (re.compile(rf"\bnext week (?:on )?(?P<weekday>{_WEEKDAY})\b"), 1),
    (re.compile(rf"\b(?P<weekday>{_WEEKDAY}) (?:of |in )?next week\b"), 1),
)
_WEEKS_AFTER_THE_NEXT: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(rf"\b(?P<weekday>{_WEEKDAY}) (?:after next|week)\b"), 1),
    (re.compile(rf"\b(?P<weekday>{_WEEKDAY}) fortnight\b"), 2),
    (re.compile(rf"\bfortnight (?:on|from|after) (?:the |this )?(?P<weekday>{_WEEKDAY})\b"), 2),
    (re.compile(rf"\b{_COUNT} weeks? (?:on|from|after) (?:this )?(?P<weekday>{_WEEKDAY})\b"), None),
)
_NTH_WEEKDAY = re.compile(
    rf"\b(?P<nth>{'|'.join(_NTH)}) (?P<weekday>{_WEEKDAY}) "
    rf"(?:in|of) (?P<month>{_MONTH})\b"
)
# "three hours" alone is a length of time, not a moment: it needs "ago", "in", "from now".
_BARE_DURATION = re.compile(
    rf"^(?!.*\b(?:ago|in|from|later|earlier|before|after|next|last|past|this)\b).*\b{_UNITS}\b"
)
_SUB_DAY = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|now)\b")


def parse_when(text: str, now: datetime, prefer: Prefer) -> When | None:
    """The moment the words name, read against `now`; None when they name no date or time.

    `prefer` says which way an open reading leans: "future" for an appointment ("friday",
    "ten am" = the next 10 AM), "past" for something that happened ("at nine"). Words that name
    a moment on the other side ("yesterday" for the future) keep it, so the caller can ask back.
    A clock hour without am/pm takes, for the future, the nearest reading after `now` in clinic
    hours (7 AM - 9 PM); for the past, the most recent reading before `now` (on an earlier day
    said, the one in clinic hours). A day without a time gets DEFAULT_TIME (or the period's
    time, e.g. 7 PM for "this evening") and has_time=False; a time without a day gets the
    nearest fitting day and has_date=False. A day said that cannot be read gives None.
    Offsets ("in an hour", "20 minutes ago") are exact: has_date and has_time are both True.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    if prefer not in ("future", "past"):
        raise ValueError(f"prefer must be 'future' or 'past', got {prefer!r}")
    words = _normalise(text)
    clock, words = _take_clock(words)
    period, words = _take_period(words)
    day = _read_day(words, now)
    if day is None and _NAMES_MONTH_OR_WEEKDAY.search(_FALSE_FRIENDS.sub(" ", words)):
        return None  # a day said but not read: never a day guessed from the clock alone
    if clock is None and period is None and day is None:
        return None
    if day is not None and day.instant is not None and clock is None:
        return When(_shift(now, day.instant), has_date=True, has_time=True)
    today = now.date()
    days = day.days if day else tuple(today + timedelta(days=n) for n in (-1, 0, 1))
    if clock is not None:
        times = [t for t in clock.readings() if period is None or t.hour in period.hours]
        times = times or clock.readings()
    else:
        times = [period.default if period else DEFAULT_TIME]
    candidates = [at for d in days for t in times for at in _local(d, t, now)]
    timed = clock is not None or period is not None  # "tonight" is later today, "morning" is not
    best = min(candidates, key=lambda at: _rank(at, now, prefer, timed, day is not None))
    return When(best, has_date=day is not None, has_time=clock is not None)


def _normalise(text: str) -> str:
    """Lower-case words and digits: numbers, clock idioms and durations in one spelling each."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return ""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9:'./ -]+", " ", text)
    text = re.sub(r"(?<!\d)[./-]|[./-](?!\d)", " ", re.sub(r"\b([ap])\.m\b\.?", r"\1m", text))
    text = _FILLERS.sub(" ", text)
    for pattern, replacement in _WORD_REWRITES:
        text = re.sub(pattern, replacement, text)
    text = alpha2digit(" ".join(text.split()), "en", threshold=0)
    for pattern, rewrite in _DIGIT_REWRITES:
        text = re.sub(pattern, rewrite, text)
    return " ".join(text.split())


def _take_clock(words: str) -> tuple[_Clock | None, str]:
    for pattern in _CLOCKS:
        match = pattern.search(words)
        if match is None:
            continue
        groups = match.groupdict()
        hour, minute, meridiem = (
            int(groups["hour"]),
            int(groups.get("minute") or 0),
            groups.get("meridiem"),
        )
        if hour > 12 and meridiem:  # "15 pm": the hour already says it
            meridiem = None
        if hour > 23 or minute > 59 or (hour == 0 and meridiem == "pm"):
            return None, words
        rest = words[: match.start()] + " " + words[match.end() :]
        return _Clock(hour, minute, meridiem), " ".join(rest.split())
    return None, words


def _take_period(words: str) -> tuple[_Period | None, str]:
    match = _PERIOD.search(words)
    if match is None:
        return None, words
    period = _PERIODS[match[0]]
    return period, " ".join(f"{words[: match.start()]} {period.day} {words[match.end() :]}".split())


def _read_day(words: str, now: datetime) -> _Day | None:
    """The day the words name, as candidates; None when they name none."""
    words = " ".join(_FALSE_FRIENDS.sub(" ", words).split())
    if not _DATE_WORD.search(words):
        return None
    today = now.date()
    counted = _weekday_in_weeks(words, today)
    if counted is not None:
        return _Day((counted,))
    directed = _DIRECTED_WEEKDAY.search(words)
    words = _DIRECTED_WEEKDAY.sub(r"\2", words)
    named = {_WEEKDAYS.index(name) for name in _WEEKDAY_NAMED.findall(words)}
    day_of_month = _DAY_OF_MONTH.search(words)
    if day_of_month is not None and not _MONTH_NAMED.search(words):
        in_months = _days_of_month(int(day_of_month[1]), today)
        # "monday the 30th": the 30th that is a Monday
        in_months = tuple(d for d in in_months if not named or d.weekday() in named)
        return _Day(in_months) if in_months else None
    phrase = _date_phrase(words, now)
    if phrase is None or _BARE_DURATION.search(phrase):
        return None
    parsed = [_dateparse(phrase, now, side) for side in ("future", "past", "current_period")]
    found = [
        at for at in parsed if at is not None and abs((at.date() - today).days) <= MAX_DAYS_AWAY
    ]
    if not found:
        return None
    if _SUB_DAY.search(phrase):
        return _Day((found[0].date(),), instant=found[0])
    days = sorted({at.date() for at in found})
    if named:  # whatever dateparser made of the words, the day said is that weekday
        days = [d for d in days if d.weekday() in named]
    if directed is not None and directed[1] in ("next", "coming"):
        days = [d for d in days if d > today]
    elif directed is not None and directed[1] in ("last", "past", "previous"):
        days = [d for d in days if d < today]
    return _Day(tuple(days)) if days else None


def _weekday_in_weeks(words: str, today: date) -> date | None:
    """ "friday week", "thursday next week", "in two weeks on wednesday", "the first monday
    in december": the day, or None when the words count no weekday on."""
    for pattern, weeks in _IN_THE_WEEK:
        match = pattern.search(words)
        if match is not None:
            later = today + timedelta(weeks=weeks or _count(match["count"]))
            monday = later - timedelta(days=later.weekday())
            return monday + timedelta(days=_WEEKDAYS.index(match["weekday"]))
    for pattern, weeks in _WEEKS_AFTER_THE_NEXT:
        match = pattern.search(words)
        if match is not None:
            ahead = (_WEEKDAYS.index(match["weekday"]) - today.weekday() - 1) % 7 + 1
            return today + timedelta(days=ahead, weeks=weeks or _count(match["count"]))
    match = _NTH_WEEKDAY.search(words)
    if match is None:
        return None
    month = _MONTHS.index(match["month"]) + 1
    year = today.year + (month < today.month)
    weekday = _WEEKDAYS.index(match["weekday"])
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    return days[_NTH[match["nth"]]]


def _count(word: str) -> int:
    return 1 if word in ("a", "an", "one") else int(word)


def _date_phrase(words: str, now: datetime) -> str | None:
    """The words themselves when dateparser reads them whole, else the longest date inside."""
    if _dateparse(words, now, "current_period") is not None:
        return words
    settings = {"RELATIVE_BASE": now.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False}
    found = search_dates(words, languages=["en"], settings=settings) or []
    return max((phrase for phrase, _ in found), key=len, default=None)


def _dateparse(phrase: str, now: datetime, side: str) -> datetime | None:
    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": side,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parser = DateDataParser(languages=["en"], settings=settings)
    parsed: datetime | None = parser.get_date_data(phrase).date_obj
    return parsed


def _days_of_month(day: int, today: date) -> tuple[date, ...]:
    """ "the 24th": that day in last, this and next month, where the month has it."""
    days = []
    for offset in (-1, 0, 1):
        year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
        try:
            days.append(date(year, month + 1, day))
        except ValueError:
            continue
    return tuple(days)


def _shift(now: datetime, naive: datetime) -> datetime:
    """`now` moved by the offset dateparser computed on naive wall time, in real elapsed time,
    so "an hour ago" across a clock change is one real hour."""
    elapsed = naive - now.replace(tzinfo=None)
    assert now.tzinfo is not None
    return (now.astimezone(timezone.utc) + elapsed).astimezone(now.tzinfo)


def _local(day: date, at: time, now: datetime) -> list[datetime]:
    """The wall-clock time on that day in now's zone: both instants when the clocks fall back
    repeat it, the next real time when they spring forward skip it."""
    zone = now.tzinfo
    assert zone is not None
    naive = datetime.combine(day, at)
    earlier, later = (
        naive.replace(tzinfo=zone, fold=fold).astimezone(timezone.utc).astimezone(zone)
        for fold in (0, 1)
    )
    if earlier.replace(tzinfo=None) != naive:  # skipped by spring forward
        return [earlier]
    return [earlier] if earlier.utcoffset() == later.utcoffset() else [earlier, later]


def _rank(
    at: datetime, now: datetime, prefer: Prefer, timed: bool, day_said: bool
) -> tuple[bool, bool, float]:
    """Lower is better: on the preferred side of now, then plausible (a future time in clinic
    hours; any past one), then nearest now. Instants compare in UTC: Python compares datetimes
    of one zone by wall time, ignoring fold."""
    seconds_after = (at.astimezone(timezone.utc) - now.astimezone(timezone.utc)).total_seconds()
    if timed:
        on_side = seconds_after >= 0 if prefer == "future" else seconds_after <= 0
    else:
        on_side = at.date() >= now.date() if prefer == "future" else at.date() <= now.date()
    plausible = not timed or CLINIC_OPENS <= at.time() <= CLINIC_CLOSES
    # What already happened is the most recent reading; on an earlier day said, the clinic
    # hours' one ("on monday at ten" is 10 AM).
    if prefer == "past" and on_side and not (day_said and at.date() != now.date()):
        plausible = True
    return (not on_side, not plausible, abs(seconds_after))
