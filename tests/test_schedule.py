"""The schedule store on a real SQLite file: persistence, two writers, a killed writer, damage."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.schedule import (
    SCHEDULE_FILE_NAME,
    SCHEMA_VERSION,
    Appointment,
    Schedule,
    ScheduleError,
)

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=NEW_YORK)
WRITES_PER_PROCESS = 150


def test_appointments_and_treatment_end_persist(tmp_path: Path) -> None:
    home = tmp_path / "patient" / "home"  # created on first use
    with Schedule(home) as schedule:
        treatment = schedule.add("treatment", NOW + timedelta(days=3), 4, 6, "bring a blanket")
        booster = schedule.add("booster", NOW + timedelta(weeks=4))
        schedule.set_treatment_ended(NOW - timedelta(hours=20))
    assert (home / SCHEDULE_FILE_NAME).is_file()
    with Schedule(home) as reopened:
        assert reopened.list_all() == [treatment, booster]
        assert reopened.latest_treatment_ended() == NOW - timedelta(hours=20)
    assert treatment == Appointment(
        treatment.id, "treatment", NOW + timedelta(days=3), 4, 6, "bring a blanket"
    )


def test_times_keep_their_instant_and_offset(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        schedule.add("treatment", datetime(2026, 7, 1, 9, 30, tzinfo=NEW_YORK))
        (stored,) = schedule.list_all()
    assert stored.at == datetime(2026, 7, 1, 13, 30, tzinfo=timezone.utc)
    assert stored.at.utcoffset() == timedelta(hours=-4)


def test_the_file_is_in_wal_mode_with_a_schema_version(tmp_path: Path) -> None:
    Schedule(tmp_path).close()
    db = sqlite3.connect(tmp_path / SCHEDULE_FILE_NAME)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    db.close()


def test_next_appointment_is_the_next_future_one_of_either_kind(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        assert schedule.next_appointment(NOW) is None
        schedule.add("treatment", NOW - timedelta(days=1))  # yesterday's
        in_three_days = schedule.add("treatment", NOW + timedelta(days=3), 5, 6)
        # Stored in UTC, an hour from now: ordered by the instant, not by the text.
        in_an_hour = schedule.add("booster", (NOW + timedelta(hours=1)).astimezone(timezone.utc))
        assert schedule.next_appointment(NOW) == in_an_hour
        assert schedule.remove(in_an_hour.id) is True
        assert schedule.remove(in_an_hour.id) is False
        assert schedule.next_appointment(NOW) == in_three_days
        assert schedule.next_appointment(NOW + timedelta(days=4)) is None
        assert [a.at for a in schedule.list_all()] == [
            NOW - timedelta(days=1),
            NOW + timedelta(days=3),
        ]


def test_last_started_is_the_latest_session_at_or_before_now(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        assert schedule.last_started(NOW) is None
        schedule.add("treatment", NOW - timedelta(days=7))
        # Stored in UTC, two hours ago: ordered by the instant, not by the text.
        booster = schedule.add("booster", (NOW - timedelta(hours=2)).astimezone(timezone.utc))
        schedule.add("booster", NOW + timedelta(days=14))
        assert schedule.last_started(NOW) == booster
        assert schedule.last_started(NOW - timedelta(days=1)) is not None
        assert schedule.last_started(NOW - timedelta(days=8)) is None


def test_move_keeps_the_appointment_with_a_new_time(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        fourth = schedule.add("treatment", NOW + timedelta(days=1), 4, 6)
        assert schedule.move(fourth.id, NOW + timedelta(days=2)) == fourth  # as it was
        assert schedule.list_all() == [
            Appointment(fourth.id, "treatment", NOW + timedelta(days=2), 4, 6)
        ]
        assert schedule.move(fourth.id + 1, NOW) is None
        with pytest.raises(ValueError, match="needs a time zone"):
            schedule.move(fourth.id, datetime(2026, 11, 22, 10, 0))


def test_the_latest_recorded_treatment_end_counts(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        assert schedule.latest_treatment_ended() is None
        schedule.set_treatment_ended(NOW)
        schedule.set_treatment_ended(NOW - timedelta(hours=1))  # a correction
        assert schedule.latest_treatment_ended() == NOW - timedelta(hours=1)


def test_bad_input_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with Schedule(tmp_path) as schedule:
        with pytest.raises(ValueError, match="time zone"):
            schedule.add("treatment", datetime(2026, 11, 21, 15, 0))
        with pytest.raises(ValueError, match="kind must be one of treatment, booster"):
            schedule.add("surgery", NOW)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="give both or neither"):
            schedule.add("treatment", NOW, series_index=2)
        with pytest.raises(ValueError, match="7 of 6"):
            schedule.add("treatment", NOW, 7, 6)
        with pytest.raises(ValueError, match="time zone"):
            schedule.set_treatment_ended(datetime(2026, 11, 21, 15, 0))
        assert schedule.list_all() == []


def write_many(home: Path, writer: int, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait(timeout=60)  # both create the new file at once, too
    with Schedule(home) as schedule:
        for i in range(WRITES_PER_PROCESS):
            schedule.add("booster", NOW + timedelta(minutes=i), note=f"writer {writer}, {i}")
            schedule.set_treatment_ended(NOW + timedelta(seconds=i))


def test_two_processes_writing_at_once_both_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    writers = [context.Process(target=write_many, args=(tmp_path, n, start)) for n in (1, 2)]
    for process in writers:
        process.start()
    try:
        for process in writers:
            process.join(timeout=120)
    finally:
        for process in writers:
            process.kill()  # a writer that hangs must not outlive the test
    assert [process.exitcode for process in writers] == [0, 0]
    with Schedule(tmp_path) as schedule:
        notes = {appointment.note for appointment in schedule.list_all()}
    expected = {f"writer {n}, {i}" for n in (1, 2) for i in range(WRITES_PER_PROCESS)}
    assert notes == expected


WRITE_FOREVER = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from assistant.schedule import Schedule

schedule = Schedule(Path(sys.argv[1]))
i = 0
while True:
    appointment = schedule.add("treatment", datetime.now(timezone.utc), note="x" * 300)
    print(appointment.id, flush=True)  # only after the commit
    i += 1
"""


def test_a_writer_killed_mid_loop_leaves_every_committed_row(tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITE_FOREVER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    try:
        committed = [int(writer.stdout.readline()) for _ in range(200)]
    finally:
        os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    committed += [int(line) for line in rest.split()]
    assert writer.returncode == -signal.SIGKILL
    with Schedule(tmp_path) as schedule:  # the integrity check runs on opening
        stored = {appointment.id for appointment in schedule.list_all()}
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1  # at most one committed but not yet printed


def make_schedule(home: Path, appointments: int) -> Path:
    with Schedule(home) as schedule:
        for i in range(appointments):
            schedule.add("treatment", NOW + timedelta(days=i), note=f"session {i} " * 20)
    return home / SCHEDULE_FILE_NAME


def damage(path: Path, offset: int, length: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = random.Random(offset).randbytes(length)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize(
    "where", ["header", "middle"], ids=["garbage over the header", "garbage in a data page"]
)
def test_a_damaged_file_raises_and_is_left_untouched(tmp_path: Path, where: str) -> None:
    path = make_schedule(tmp_path, 300)
    size = path.stat().st_size
    damaged = damage(path, 0, 100) if where == "header" else damage(path, size // 2, 2000)
    with pytest.raises(ScheduleError, match="damaged") as raised:
        Schedule(tmp_path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == damaged


def test_a_file_of_garbage_raises_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / SCHEDULE_FILE_NAME
    garbage = random.Random(1).randbytes(10_000)
    path.write_bytes(garbage)
    with pytest.raises(ScheduleError, match="file is not a database"):
        Schedule(tmp_path)
    assert path.read_bytes() == garbage


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = make_schedule(tmp_path, 1)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(ScheduleError, match="newer version"):
        Schedule(tmp_path)
    assert path.read_bytes() == before


def test_a_home_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a directory")
    with pytest.raises(ScheduleError, match="cannot be opened"):
        Schedule(home)
