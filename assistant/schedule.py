"""The patient's treatment schedule: a small SQLite file in the patient's home directory.

WAL mode and a busy timeout let two processes (the voice loop and the action server) write
at once; every write is one transaction, so a killed process leaves every committed row.
A damaged file raises ScheduleError and is never rewritten or removed: it may be all the
patient has.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Literal, get_args

SCHEDULE_FILE_NAME = "schedule.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 30.0  # how long a write waits for another process's transaction

AppointmentKind = Literal["treatment", "booster"]
APPOINTMENT_KINDS: tuple[str, ...] = get_args(AppointmentKind)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS appointments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('treatment', 'booster')),
    starts_at TEXT NOT NULL,      -- ISO 8601 with the offset it was given in
    starts_at_utc TEXT NOT NULL,  -- the same instant in UTC, fixed width: sorts as time does
    series_index INTEGER,
    series_total INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS appointments_by_time ON appointments (starts_at_utc);
CREATE TABLE IF NOT EXISTS treatment_ends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ended_at TEXT NOT NULL
);
"""


class ScheduleError(Exception):
    """The schedule file cannot be used; the message names the file and what to do."""


@dataclass(frozen=True)
class Appointment:
    id: int
    kind: AppointmentKind
    at: datetime  # aware, in the offset it was recorded with
    series_index: int | None = None  # e.g. 4 of an induction series of 6
    series_total: int | None = None
    note: str = ""


class Schedule:
    """Appointments and the end of the latest treatment, in `<home>/schedule.sqlite3`."""

    def __init__(self, home: Path) -> None:
        self.path = home / SCHEDULE_FILE_NAME
        try:
            home.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise ScheduleError(f"{self.path}: cannot be opened: {error}") from None
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def _open(self) -> None:
        # Checked before anything is written, so a damaged file stays as it was.
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            problems = self._db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as error:  # busy or unreadable, not damaged
            raise ScheduleError(f"{self.path}: cannot be read: {error}") from None
        except sqlite3.DatabaseError as error:
            problems = [(str(error),)]
        if problems != [("ok",)]:
            raise ScheduleError(
                f"{self.path} is damaged ({problems[0][0]}); it was left as it is. Move it "
                "aside to start a new schedule, or restore it from a backup."
            )
        if version > SCHEMA_VERSION:
            raise ScheduleError(
                f"{self.path} was written by a newer version of the assistant "
                f"(schema {version}, this one reads {SCHEMA_VERSION}); it was left as it is."
            )
        with self._guard():
            self._use_wal()
            self._db.execute("PRAGMA synchronous=FULL")
        with self._transaction():
            # Re-read inside the transaction: another process may have just created it.
            if self._db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _use_wal(self) -> None:
        """Switches a new file to write-ahead logging. SQLite answers "locked" at once, without
        waiting, while another process makes the same switch: so wait here, then look again."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def add(
        self,
        kind: AppointmentKind,
        at: datetime,
        series_index: int | None = None,
        series_total: int | None = None,
        note: str = "",
    ) -> Appointment:
        """Records an appointment and returns it with its id."""
        _check_appointment(kind, at, series_index, series_total)
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO appointments"
                " (kind, starts_at, starts_at_utc, series_index, series_total, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (kind, at.isoformat(), _utc_key(at), series_index, series_total, note),
            )
        assert cursor.lastrowid is not None  # set by every INSERT
        return Appointment(cursor.lastrowid, kind, at, series_index, series_total, note)

    def remove(self, appointment_id: int) -> bool:
        """Deletes an appointment; False if there was none with that id."""
        with self._transaction():
            cursor = self._db.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))
        return cursor.rowcount > 0

    def move(self, appointment_id: int, at: datetime) -> Appointment | None:
        """Gives an appointment a new time; returns it as it was, or None if there is none."""
        _aware(at, "an appointment's time")
        with self._transaction():
            found = self._select("WHERE id = ?", (str(appointment_id),))
            if found:
                self._db.execute(
                    "UPDATE appointments SET starts_at = ?, starts_at_utc = ? WHERE id = ?",
                    (at.isoformat(), _utc_key(at), appointment_id),
                )
        return found[0] if found else None

    def list_all(self) -> list[Appointment]:
        """Every appointment, earliest first."""
        return self._select("ORDER BY starts_at_utc, id", ())

    def next_appointment(self, now: datetime) -> Appointment | None:
        """The first treatment or booster at or after `now`."""
        found = self._select(
            "WHERE starts_at_utc >= ? ORDER BY starts_at_utc, id LIMIT 1",
            (_utc_key(_aware(now, "now")),),
        )
        return found[0] if found else None

    def last_started(self, now: datetime) -> Appointment | None:
        """The latest treatment or booster that began at or before `now`."""
        found = self._select(
            "WHERE starts_at_utc <= ? ORDER BY starts_at_utc DESC, id DESC LIMIT 1",
            (_utc_key(_aware(now, "now")),),
        )
        return found[0] if found else None

    def set_treatment_ended(self, at: datetime) -> None:
        """Records when the latest treatment ended; a later call corrects an earlier one."""
        ended = _aware(at, "the treatment's end")
        with self._transaction():
            self._db.execute(
                "INSERT INTO treatment_ends (ended_at) VALUES (?)", (ended.isoformat(),)
            )

    def latest_treatment_ended(self) -> datetime | None:
        """The end time recorded last, or None if none was."""
        with self._guard():
            row = self._db.execute(
                "SELECT ended_at FROM treatment_ends ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Schedule:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _select(self, where: str, parameters: tuple[str, ...]) -> list[Appointment]:
        with self._guard():
            rows = self._db.execute(
                "SELECT id, kind, starts_at, series_index, series_total, note FROM appointments "
                + where,
                parameters,
            ).fetchall()
        return [
            Appointment(row_id, kind, datetime.fromisoformat(at), index, total, note)
            for row_id, kind, at, index, total, note in rows
        ]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE takes the write lock at once, so a busy file makes the write wait
        (up to the busy timeout) rather than fail half-way."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite's errors as ScheduleError naming the file."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise ScheduleError(f"{self.path}: {error}; the file was left as it is") from error


def _check_appointment(
    kind: str, at: datetime, series_index: int | None, series_total: int | None
) -> None:
    if kind not in APPOINTMENT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(APPOINTMENT_KINDS)}, not {kind!r}")
    _aware(at, "an appointment's time")
    if (series_index is None) != (series_total is None):
        raise ValueError("series_index and series_total go together: give both or neither")
    if (
        series_index is not None
        and series_total is not None
        and not (1 <= series_index <= series_total)
    ):
        raise ValueError(f"series position {series_index} of {series_total} is not possible")


def _aware(at: datetime, what: str) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{what} needs a time zone: {at.isoformat()} has none")
    return at


def _utc_key(at: datetime) -> str:
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")
