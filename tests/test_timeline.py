"""Time arithmetic in New York, across midnight and both daylight-saving changes of 2026."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from assistant import timeline
from assistant.clinic import Clinic, load_clinic
from assistant.timeline import (
    DrivingVerdict,
    alcohol_window_end,
    alcohol_window_open,
    driving_verdict,
    food_stage,
    hours_since,
    number_words,
    parse_now,
    spoken_duration,
    spoken_when,
)

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def new_york(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")


@pytest.fixture(scope="module")
def clinic() -> Clinic:
    return load_clinic()


def at(text: str) -> datetime:
    return parse_now(text)


def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    assert timeline.local_zone() == NEW_YORK
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert timeline.local_zone() == ZoneInfo("Europe/Berlin")
    monkeypatch.setenv("TZ", "Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="Mars/Olympus_Mons"):
        timeline.local_zone()


def test_parse_now_reads_local_wall_time() -> None:
    moment = parse_now("2026-11-21T15:00")
    assert moment.tzinfo == NEW_YORK
    assert (moment.hour, moment.utcoffset()) == (15, timedelta(hours=-5))
    assert parse_now("2026-07-01T15:00").utcoffset() == timedelta(hours=-4)
    assert parse_now("2026-11-21T20:00+00:00") == moment  # an aware time keeps its instant
    # 2:30 AM does not exist on 8 March 2026: it is 3:30 AM daylight time.
    assert parse_now("2026-03-08T02:30").isoformat() == "2026-03-08T03:30:00-04:00"
    assert abs(parse_now(None) - datetime.now(timezone.utc)) < timedelta(seconds=5)
    with pytest.raises(ValueError, match="2026-11-21T15:00"):
        parse_now("next tuesday")


def test_hours_since_counts_real_hours_across_daylight_saving() -> None:
    assert hours_since(at("2026-03-07T22:00"), at("2026-03-08T22:00")) == 23
    assert hours_since(at("2026-10-31T22:00"), at("2026-11-01T22:00")) == 25
    assert hours_since(at("2026-11-21T15:00"), at("2026-11-21T13:30")) == -1.5


def test_driving_after_the_spring_change_waits_24_real_hours(clinic: Clinic) -> None:
    ended = at("2026-03-07T22:00")
    verdict = driving_verdict(ended, at("2026-03-08T22:30"), clinic.driving)
    # The wall clock says 24 hours at 10 PM, but only 23 have passed: 11 PM daylight time.
    assert verdict == DrivingVerdict(may_drive=False, not_before=at("2026-03-08T23:00"))
    assert verdict.not_before is not None
    assert verdict.not_before.isoformat() == "2026-03-08T23:00:00-04:00"
    assert driving_verdict(ended, at("2026-03-08T23:00"), clinic.driving).may_drive is True


def test_driving_after_the_autumn_change(clinic: Clinic) -> None:
    ended = at("2026-10-31T22:00")
    verdict = driving_verdict(ended, at("2026-11-01T21:30"), clinic.driving)
    assert verdict.not_before is not None
    assert verdict.not_before.isoformat() == "2026-11-01T21:00:00-05:00"
    assert verdict.may_drive is True
    assert driving_verdict(ended, at("2026-11-01T20:59"), clinic.driving).may_drive is False


def test_driving_waits_for_the_next_morning(clinic: Clinic) -> None:
    twelve_hours = dataclasses.replace(clinic.driving, min_hours=12)
    now = at("2026-11-21T15:00")
    verdict = driving_verdict(at("2026-11-21T11:00"), now, twelve_hours)
    assert verdict.not_before == at("2026-11-22T08:00")  # not 11 PM the same evening
    assert verdict.not_before is not None
    assert spoken_when(verdict.not_before, now) == "tomorrow, Sunday, at 8 AM"
    no_sleep_rule = dataclasses.replace(twelve_hours, after_night_sleep=False)
    assert driving_verdict(at("2026-11-21T11:00"), now, no_sleep_rule).not_before == at(
        "2026-11-21T23:00"
    )
    later_morning = dataclasses.replace(twelve_hours, earliest_morning_hour=time(9, 30))
    assert driving_verdict(at("2026-11-21T11:00"), now, later_morning).not_before == at(
        "2026-11-22T09:30"
    )


def test_driving_around_midnight(clinic: Clinic) -> None:
    before_midnight = driving_verdict(
        at("2026-11-21T23:30"), at("2026-11-22T09:00"), clinic.driving
    )
    assert before_midnight.not_before == at("2026-11-22T23:30")
    # Just after midnight, the night's sleep still to come is that of the next night.
    after_midnight = driving_verdict(at("2026-11-22T00:30"), at("2026-11-22T09:00"), clinic.driving)
    assert after_midnight.not_before == at("2026-11-23T08:00")
    assert after_midnight.may_drive is False


def test_driving_before_and_after_the_limit(clinic: Clinic) -> None:
    ended = at("2026-11-20T14:37:45")
    limit = at("2026-11-21T14:38")  # rounded up to the minute it may be said as
    assert driving_verdict(ended, at("2026-11-21T14:37:50"), clinic.driving) == DrivingVerdict(
        may_drive=False, not_before=limit
    )
    assert driving_verdict(ended, limit, clinic.driving).may_drive is True
    assert driving_verdict(None, limit, clinic.driving) == DrivingVerdict(None, None)


def test_a_treatment_yesterday(clinic: Clinic) -> None:
    now = at("2026-11-21T15:00")
    ended = at("2026-11-20T14:00")
    assert spoken_when(ended, now) == "yesterday, Friday, at 2 PM"
    assert spoken_duration(ended, now) == "a day ago"
    assert hours_since(ended, now) == 25
    assert driving_verdict(ended, now, clinic.driving).may_drive is True
    assert food_stage(clinic, hours_since(ended, now)) == clinic.food.stages[-1]
    assert not alcohol_window_open(ended, now, clinic.alcohol)


def test_a_booster_today_in_an_hour() -> None:
    now = at("2026-11-21T15:00")
    booster = now + timedelta(hours=1)
    assert spoken_when(booster, now) == "today at 4 PM"
    assert spoken_duration(booster, now) == "in an hour"


def test_times_read_back_from_storage_are_said_in_the_local_zone() -> None:
    now = at("2026-11-21T15:00")
    stored = datetime(2026, 11, 22, 15, 0, tzinfo=timezone.utc)  # 10 AM in New York
    assert spoken_when(stored, now) == "tomorrow, Sunday, at 10 AM"


def test_food_stages(clinic: Clinic) -> None:
    first, then = clinic.food.stages
    assert first.until_hours == 12
    assert food_stage(clinic, 0) == first
    assert food_stage(clinic, 11.9) == first
    assert food_stage(clinic, 12) == then
    assert food_stage(clinic, 200) == then
    assert food_stage(clinic, -2) == first  # an end in the future counts as just ended


def test_the_alcohol_window(clinic: Clinic) -> None:
    ended = at("2026-03-07T22:00")
    assert alcohol_window_end(ended, clinic.alcohol) == at("2026-03-08T23:00")
    assert alcohol_window_open(ended, at("2026-03-08T22:59"), clinic.alcohol)
    assert not alcohol_window_open(ended, at("2026-03-08T23:00"), clinic.alcohol)
    three_days = dataclasses.replace(clinic.alcohol, window_hours=72)
    assert alcohol_window_end(ended, three_days) == at("2026-03-10T23:00")


@pytest.mark.parametrize(
    ("moment", "spoken"),
    [
        ("2026-11-21T15:00", "today at 3 PM"),
        ("2026-11-21T10:30", "today at 10:30 AM"),
        ("2026-11-21T12:00", "today at noon"),
        ("2026-11-21T00:05", "today at 12:05 AM"),
        ("2026-11-22T00:00", "tomorrow, Sunday, at midnight"),
        ("2026-11-22T10:00", "tomorrow, Sunday, at 10 AM"),
        ("2026-11-24T10:00", "Tuesday, November 24 at 10 AM, in three days"),
        ("2026-11-18T10:30", "Wednesday, November 18 at 10:30 AM, three days ago"),
        ("2026-12-05T09:00", "Saturday, December 5 at 9 AM, in two weeks"),
        ("2027-01-05T14:15", "Tuesday, January 5, 2027 at 2:15 PM, in six weeks"),
    ],
)
def test_spoken_when(moment: str, spoken: str) -> None:
    assert spoken_when(at(moment), at("2026-11-21T15:00")) == spoken


@pytest.mark.parametrize(
    ("delta", "spoken"),
    [
        (timedelta(0), "now"),
        (timedelta(seconds=20), "now"),
        (timedelta(minutes=1), "in a minute"),
        (timedelta(minutes=20), "in twenty minutes"),
        (timedelta(minutes=59, seconds=40), "in an hour"),
        (timedelta(hours=1), "in an hour"),
        (timedelta(minutes=95), "in an hour and a half"),
        (timedelta(hours=2, minutes=30), "in two and a half hours"),
        (timedelta(hours=5), "in five hours"),
        (timedelta(hours=23, minutes=50), "in a day"),
        (timedelta(days=3), "in three days"),
        (timedelta(days=21), "in three weeks"),
        (timedelta(days=90), "in three months"),
        (-timedelta(hours=2), "two hours ago"),
        (-timedelta(minutes=45), "forty-five minutes ago"),
    ],
)
def test_spoken_duration(delta: timedelta, spoken: str) -> None:
    now = at("2026-11-21T15:00")
    assert spoken_duration(now + delta, now) == spoken


def test_spoken_duration_counts_real_time_across_the_spring_change() -> None:
    assert spoken_duration(at("2026-03-08T12:00"), at("2026-03-08T00:00")) == "in eleven hours"


def test_number_words() -> None:
    spoken = [number_words(n) for n in (0, 7, 13, 20, 24, 45, 99, 100)]
    assert spoken == [
        "zero", "seven", "thirteen", "twenty", "twenty-four", "forty-five", "ninety-nine", "100"
    ]  # fmt: skip


def test_naive_times_are_refused(clinic: Clinic) -> None:
    naive = datetime(2026, 11, 21, 15, 0)
    with pytest.raises(ValueError, match="no time zone"):
        driving_verdict(naive, at("2026-11-21T15:00"), clinic.driving)
    with pytest.raises(ValueError, match="no time zone"):
        spoken_when(at("2026-11-21T15:00"), naive)
