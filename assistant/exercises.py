"""Guided exercises as data: a YAML file read into frozen records, checked on load.

The exercises ship in assistant/data/exercises.yaml. A clinic file extends them: it adds
exercises, or changes one by writing only the fields it wants different (each field written
replaces that field whole; cycles and minutes replace each other); `defaults` work the same
way. Every problem raises
ExerciseFileError naming the file, the exercise, the field and the line.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.yaml_lines import DataFileError, item_line, key_line, read_mapping

PACKAGED_PATH = Path(__file__).with_name("data") / "exercises.yaml"

_EXERCISE_ID = re.compile(r"[a-z][a-z0-9_]*")
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class ExerciseFileError(ValueError):
    """An exercise file that cannot be used; the message says where and what is wrong."""

    def __init__(
        self,
        path: Path,
        problem: str,
        exercise: str | None = None,
        field: str = "",
        line: int | None = None,
    ) -> None:
        where = f"{path}, line {line}" if line else str(path)
        about = []
        if exercise:
            about.append(f"exercise {exercise!r}")
        if field:
            about.append(f"field {field!r}")
        if about:
            where = f"{where}: {', '.join(about)}"
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.exercise = exercise  # the exercise's id, e.g. "box"
        self.field = field  # dotted, items counted from 1: "steps[2].seconds"
        self.line = line  # 1-based


class Kind(enum.Enum):
    BREATHING = "breathing"
    GROUNDING = "grounding"


class Tone(enum.Enum):
    """What plays after a step's cue: a pitch that rises to breathe in, falls to breathe out."""

    RISING = "rising"
    FALLING = "falling"
    NONE = "none"


@dataclass(frozen=True)
class Step:
    cue: str  # said at the start of the step
    short_cue: str  # said instead from the second cycle on
    seconds: float  # from the start of the cue to the start of the next step
    tone: Tone = Tone.NONE
    listen: bool = False  # leave time to notice; what the patient says is welcome, not needed


@dataclass(frozen=True)
class Tempo:
    """How "slower" and "faster" change the timed steps."""

    step_s: float  # added to (slower) or taken from (faster) every timed step
    max_steps: int  # how many times either way
    min_phase_s: float  # faster never takes a step below this


@dataclass(frozen=True)
class Messages:
    """What the coach says in reply to the patient's commands."""

    paused: str
    resumed: str
    slower: str
    faster: str
    slowest: str  # "slower" at the limit
    fastest: str  # "faster" at the limit
    thanks: str  # after the patient named what they noticed


@dataclass(frozen=True)
class EasyBreathing:
    """What dizziness switches to: no holds, no counts, then a close."""

    steps: tuple[Step, ...]
    close: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...]  # as written; matched as words in what the patient says
    intro: str
    caution: str
    steps: tuple[Step, ...]
    cycles: int
    close: str  # ends with an offer to do it again
    quiet_s: float  # silence after the intro and before the close
    listen_settle_s: float  # a listening step moves on this long after the patient last spoke
    pause_limit_s: float  # a pause without "resume" ends the session after this long
    tempo: Tempo
    messages: Messages
    dizzy: EasyBreathing


def load_exercises(path: Path | None = None) -> dict[str, Exercise]:
    """The packaged exercises, extended by the clinic file at `path` if one is given."""
    defaults: dict[str, _Field] = {}
    written: dict[str, _Written] = {}
    for file in (PACKAGED_PATH,) if path is None else (PACKAGED_PATH, path):
        document = _read(file)
        top = _Place(file, None, "", None)
        _check_keys(document, top, allowed=_TOP_KEYS)
        if "defaults" in document:
            place = top.child("defaults", key_line(document, "defaults"))
            defaults |= _fields(document["defaults"], place, allowed=_DEFAULT_KEYS)
        if "exercises" in document:
            _add_exercises(document["exercises"], top.child("exercises", None), written)
    exercises = {
        exercise_id: _exercise(_Written(entry.place, defaults | entry.fields))
        for exercise_id, entry in written.items()
    }
    _check_aliases_unique(written)
    return exercises


def find_exercise(text: str, exercises: Mapping[str, Exercise]) -> Exercise | None:
    """The exercise whose alias appears in `text` as whole words; the longest alias wins.

    "let's do box breathing" -> box; "some breathing please" -> the exercise that holds the
    generic words (slow paced breathing in the packaged file); digits count as words, so
    "4-7-8" is "four seven eight".
    """
    words = _words(text)
    best: tuple[int, Exercise] | None = None
    for exercise in exercises.values():
        for alias in exercise.aliases:
            alias_words = _words(alias)
            if _contains(words, alias_words) and (best is None or len(alias_words) > best[0]):
                best = (len(alias_words), exercise)
    return None if best is None else best[1]


def exercise_of(data: Mapping[str, Any], exercises: Mapping[str, Exercise]) -> Exercise | None:
    """The exercise a reply's data starts (`exercise`), with its `opening` said before the
    intro when the reply has one (a caregiver's: "I'll talk him through it...")."""
    exercise = exercises.get(str(data.get("exercise")))
    opening = data.get("opening")
    if exercise is None or not opening:
        return exercise
    return replace(exercise, intro=f"{opening} {exercise.intro}")


def _words(text: str) -> tuple[str, ...]:
    spelled = re.sub(r"\d", lambda digit: f" {_DIGIT_WORDS[int(digit.group())]} ", text.lower())
    return tuple(re.findall(r"[a-z']+", spelled))


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[start : start + len(part)] == part for start in range(len(words)))


# --- reading and checking ----------------------------------------------------------------

_TOP_KEYS = frozenset({"defaults", "exercises"})
_DEFAULT_KEYS = frozenset(
    {"quiet_s", "listen_settle_s", "pause_limit_s", "tempo", "messages", "dizzy"}
)
_EXERCISE_KEYS = _DEFAULT_KEYS | {
    "name",
    "aliases",
    "kind",
    "intro",
    "caution",
    "steps",
    "cycles",
    "minutes",
    "max_cycles",
    "close",
}
_LENGTH_KEYS = frozenset({"cycles", "minutes"})
_STEP_KEYS = frozenset({"cue", "short_cue", "seconds", "tone", "listen"})
_EASY_STEP_KEYS = frozenset({"cue", "seconds"})  # easy breathing: no tones, no listening
_EASY_KEYS = frozenset({"steps", "close"})
_MESSAGE_KEYS = frozenset(Messages.__dataclass_fields__)
_TEMPO_KEYS = frozenset(Tempo.__dataclass_fields__)


@dataclass(frozen=True)
class _Place:
    """Where a value sits: file, exercise, dotted field and line, for error messages."""

    path: Path
    exercise: str | None
    field: str
    line: int | None

    def child(self, name: str, line: int | None) -> _Place:
        field = f"{self.field}.{name}" if self.field else name
        return _Place(self.path, self.exercise, field, line or self.line)

    def item(self, index: int, line: int | None) -> _Place:
        return _Place(self.path, self.exercise, f"{self.field}[{index + 1}]", line or self.line)

    def error(self, problem: str) -> ExerciseFileError:
        return ExerciseFileError(self.path, problem, self.exercise, self.field, self.line)


@dataclass(frozen=True)
class _Field:
    value: Any
    place: _Place


@dataclass(frozen=True)
class _Written:
    """One exercise's fields, gathered from every file that writes it."""

    place: _Place  # where the exercise was last written
    fields: dict[str, _Field]

    def __getitem__(self, key: str) -> _Field:
        if key not in self.fields:
            raise self.place.child(key, None).error("missing")
        field = self.fields[key]
        # A default is read for this exercise: errors name it.
        return _Field(field.value, replace(field.place, exercise=self.place.exercise))


def _read(path: Path) -> Mapping[str, Any]:
    try:
        return read_mapping(path, "'defaults:' and 'exercises:'")
    except DataFileError as error:
        raise ExerciseFileError(error.path, error.problem, line=error.line) from None


def _check_keys(
    node: Any, place: _Place, allowed: frozenset[str], required: frozenset[str] = frozenset()
) -> Mapping[str, Any]:
    if not isinstance(node, Mapping):
        raise place.error(f"expected the fields {', '.join(sorted(allowed))}")
    for key in node:
        if key not in allowed:
            raise place.child(str(key), key_line(node, key)).error(
                f"unknown field; the known ones are {', '.join(sorted(allowed))}"
            )
    for key in sorted(required - set(node)):
        raise place.child(key, None).error("missing")
    return node


def _fields(
    node: Any, place: _Place, allowed: frozenset[str], required: frozenset[str] = frozenset()
) -> dict[str, _Field]:
    mapping = _check_keys(node, place, allowed, required)
    return {
        str(key): _Field(value, place.child(str(key), key_line(mapping, key)))
        for key, value in mapping.items()
    }


def _add_exercises(node: Any, place: _Place, written: dict[str, _Written]) -> None:
    if not isinstance(node, Mapping):
        raise place.error("expected exercises by name, such as 'box:'")
    for exercise_id, fields in node.items():
        exercise = _Place(place.path, str(exercise_id), "", key_line(node, exercise_id))
        if not isinstance(exercise_id, str) or not _EXERCISE_ID.fullmatch(exercise_id):
            raise exercise.error("a name of lowercase letters, digits and _ is needed")
        earlier = written[exercise_id].fields if exercise_id in written else {}
        new = _fields(fields, exercise, allowed=_EXERCISE_KEYS)
        if new.keys() & _LENGTH_KEYS:  # cycles and minutes replace each other
            earlier = {key: field for key, field in earlier.items() if key not in _LENGTH_KEYS}
        written[exercise_id] = _Written(exercise, earlier | new)


def _exercise(written: _Written) -> Exercise:
    steps = _steps(written["steps"], _STEP_KEYS)
    return Exercise(
        id=str(written.place.exercise),
        name=_text(written["name"]),
        kind=_choice(Kind, written["kind"]),
        aliases=_aliases(written["aliases"]),
        intro=_text(written["intro"]),
        caution=_text(written["caution"]),
        steps=steps,
        cycles=_cycles(written, steps),
        close=_text(written["close"]),
        quiet_s=_seconds(written["quiet_s"]),
        listen_settle_s=_seconds(written["listen_settle_s"]),
        pause_limit_s=_seconds(written["pause_limit_s"]),
        tempo=_tempo(written["tempo"]),
        messages=_messages(written["messages"]),
        dizzy=_easy_breathing(written["dizzy"]),
    )


def _cycles(written: _Written, steps: tuple[Step, ...]) -> int:
    given = [key for key in ("cycles", "minutes") if key in written.fields]
    if len(given) != 1:
        problem = "give either cycles or minutes, not both" if given else "give cycles or minutes"
        raise (written[given[-1]].place if given else written.place).error(problem)
    source = written[given[0]]
    if given == ["cycles"]:
        cycles = _count(source)
    else:
        cycle_s = sum(step.seconds for step in steps)
        cycles = max(1, round(_seconds(source) * 60 / cycle_s))
    if "max_cycles" in written.fields and cycles > (limit := _count(written["max_cycles"])):
        raise source.place.error(f"at most {limit} cycles are allowed (max_cycles), not {cycles}")
    return cycles


def _steps(field: _Field, allowed: frozenset[str]) -> tuple[Step, ...]:
    if not isinstance(field.value, list) or not field.value:
        raise field.place.error("expected a list of steps, each with a cue and seconds")
    return tuple(
        _step(item, field.place.item(index, item_line(field.value, index)), allowed)
        for index, item in enumerate(field.value)
    )


def _step(node: Any, place: _Place, allowed: frozenset[str]) -> Step:
    fields = _fields(node, place, allowed, required=frozenset({"cue", "seconds"}))
    cue = _text(fields["cue"])
    tone = _choice(Tone, fields["tone"]) if "tone" in fields else Tone.NONE
    listen = _flag(fields["listen"]) if "listen" in fields else False
    if listen and tone is not Tone.NONE:
        raise fields["tone"].place.error("a listening step plays no tone: use none")
    return Step(
        cue=cue,
        short_cue=_text(fields["short_cue"]) if "short_cue" in fields else cue,
        seconds=_seconds(fields["seconds"]),
        tone=tone,
        listen=listen,
    )


def _tempo(field: _Field) -> Tempo:
    fields = _fields(field.value, field.place, _TEMPO_KEYS, required=_TEMPO_KEYS)
    return Tempo(
        step_s=_seconds(fields["step_s"]),
        max_steps=_count(fields["max_steps"]),
        min_phase_s=_seconds(fields["min_phase_s"]),
    )


def _messages(field: _Field) -> Messages:
    fields = _fields(field.value, field.place, _MESSAGE_KEYS, required=_MESSAGE_KEYS)
    return Messages(**{key: _text(value) for key, value in fields.items()})


def _easy_breathing(field: _Field) -> EasyBreathing:
    fields = _fields(field.value, field.place, _EASY_KEYS, required=_EASY_KEYS)
    return EasyBreathing(_steps(fields["steps"], _EASY_STEP_KEYS), _text(fields["close"]))


def _aliases(field: _Field) -> tuple[str, ...]:
    if not isinstance(field.value, list) or not field.value:
        raise field.place.error("expected a list of words the patient might say")
    aliases = []
    for index, item in enumerate(field.value):
        alias = _Field(item, field.place.item(index, item_line(field.value, index)))
        if not _words(_text(alias)):
            raise alias.place.error(f"{item!r} holds no words")
        aliases.append(_text(alias))
    return tuple(aliases)


def _check_aliases_unique(written: Mapping[str, _Written]) -> None:
    owners: dict[tuple[str, ...], str] = {}
    for exercise_id, entry in written.items():
        aliases = entry["aliases"]
        for index, alias in enumerate(aliases.value):
            owner = owners.setdefault(_words(alias), exercise_id)
            if owner != exercise_id:
                place = aliases.place.item(index, item_line(aliases.value, index))
                raise place.error(f"{alias!r} already names the exercise {owner!r}")


def _text(field: _Field) -> str:
    if not isinstance(field.value, str) or not field.value.strip():
        raise field.place.error(f"expected some words, got {field.value!r}")
    return " ".join(field.value.split())


def _seconds(field: _Field) -> float:
    value = field.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise field.place.error(f"expected a number of seconds, got {value!r}")
    if value <= 0:
        raise field.place.error(f"must be more than 0, got {value}")
    return float(value)


def _count(field: _Field) -> int:
    value = field.value
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise field.place.error(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _flag(field: _Field) -> bool:
    if not isinstance(field.value, bool):
        raise field.place.error(f"expected true or false, got {field.value!r}")
    return field.value


def _choice(kind: type[enum.Enum], field: _Field) -> Any:
    names = [member.value for member in kind]
    if field.value not in names:
        raise field.place.error(f"expected one of {', '.join(names)}, got {field.value!r}")
    return kind(field.value)
