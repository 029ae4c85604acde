"""The clinic's aftercare instructions: a YAML file read into frozen records over the defaults.

The defaults ship in assistant/data/clinic.yaml. A clinic file replaces whole sections; each
section it writes is checked completely, and any problem raises ClinicFileError naming the
file, the field and the line, so a clinic file is used entirely or not at all.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import time
from pathlib import Path
from typing import Any, NewType, Union, get_args, get_origin, get_type_hints

from assistant.replies import medicine_kinds
from assistant.yaml_lines import DataFileError, key_line, read_mapping

DEFAULTS_PATH = Path(__file__).with_name("data") / "clinic.yaml"
CLINIC_FILE_NAME = "clinic.yaml"  # the clinic's own file, in the patient's home directory
SOURCE_TAGS = frozenset({"label", "clinic", "research", "seed", "project"})
# The kinds a medication sentence may be about, and the words naming them: data/replies.yaml.
MEDICINE_KINDS = tuple(medicine_kinds())
MedicineKinds = NewType("MedicineKinds", tuple[str, ...])  # some of MEDICINE_KINDS


class ClinicFileError(ValueError):
    """A clinic file that cannot be used; the message says where and what is wrong."""

    def __init__(self, path: Path, problem: str, field: str = "", line: int | None = None):
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {field}: {problem}" if field else f"{where}: {problem}")
        self.path = path
        self.field = field  # dotted path, e.g. "driving.min_hours"
        self.line = line  # 1-based


def spoken_digits(number: str) -> str:
    """'555-123-4567' -> '5 5 5, 1 2 3, 4 5 6 7': a speech engine reads digits one by one."""
    groups = re.findall(r"\+|\d+", number)
    return ", ".join("plus" if group == "+" else " ".join(group) for group in groups)


@dataclass(frozen=True)
class ClinicContact:
    name: str
    phone: str | None  # None until the clinic writes its number in

    def named(self) -> str:
        """The name for the start of a sentence: "Your clinic", "Riverside Clinic"."""
        return self.name[:1].upper() + self.name[1:]


@dataclass(frozen=True)
class Hotline:
    number: str
    say: str  # what to do, e.g. "call or text ..."


@dataclass(frozen=True)
class Phones:
    crisis: Hotline
    emergency: Hotline


@dataclass(frozen=True)
class DrivingRule:
    min_hours: float  # at least this long after the treatment ended
    after_night_sleep: bool  # and not before the next calendar day's earliest_morning_hour
    earliest_morning_hour: time
    rule: str
    why: str
    ride_home: str


@dataclass(frozen=True)
class FoodStage:
    from_hours: float  # hours after the treatment ended
    until_hours: float | None  # None: from then on
    advice: str

    def __post_init__(self) -> None:
        if self.until_hours is not None and self.until_hours <= self.from_hours:
            raise ValueError("until_hours must be later than from_hours")


@dataclass(frozen=True)
class Food:
    stages: tuple[FoodStage, ...]  # in order, from hour 0, without gaps, the last open-ended
    nausea: str
    before_treatment: str
    caffeine: str

    def __post_init__(self) -> None:
        if not self.stages:
            raise ValueError("expected at least one stage")
        starts = [stage.from_hours for stage in self.stages]
        ends = [stage.until_hours for stage in self.stages]
        if starts[0] != 0 or ends[-1] is not None or starts[1:] != ends[:-1]:
            raise ValueError(
                "stages must run from hour 0 without gaps, each starting where the one "
                "before ends, and the last one with until_hours: null"
            )


@dataclass(frozen=True)
class AlcoholRule:
    window_hours: float  # no alcohol or recreational drugs this long after a treatment
    advice: str
    note: str


@dataclass(frozen=True)
class SymptomAdvice:
    advice: str
    call_clinic: str  # when it is a reason to call the clinic, or an emergency


@dataclass(frozen=True)
class Symptoms:
    headache: SymptomAdvice
    nausea: SymptomAdvice
    fatigue: SymptomAdvice
    dizziness: SymptomAdvice
    dissociation: SymptomAdvice
    blurred_vision: SymptomAdvice
    anxiety: SymptomAdvice
    blood_pressure: SymptomAdvice
    insomnia: SymptomAdvice | None  # the facts give none: not said unless a clinic writes it


SYMPTOM_NAMES = tuple(f.name for f in fields(Symptoms))


@dataclass(frozen=True)
class SideEffects:
    common: str
    after_infusion: str
    call_clinic: str  # when an effect is a reason to call the clinic
    symptoms: Symptoms

    def advice_for(self, name: str) -> SymptomAdvice | None:
        """The advice for one of SYMPTOM_NAMES, None when the file gives none."""
        if name not in SYMPTOM_NAMES:
            raise KeyError(f"unknown symptom {name!r}; known: {', '.join(SYMPTOM_NAMES)}")
        advice: SymptomAdvice | None = getattr(self.symptoms, name)
        return advice


@dataclass(frozen=True)
class Sentence:
    say: str


@dataclass(frozen=True)
class ActivitySentence:
    say: str
    # Said too when a question names an activity that no activities sentence names ("can i
    # have a bath"), after the answer says the instructions do not cover it.
    for_other_activities: bool | None = None  # optional in a clinic file


@dataclass(frozen=True)
class MedicineSentence:
    say: str
    about: MedicineKinds | None = None  # None: about every medicine


@dataclass(frozen=True)
class SignList:
    intro: str
    signs: tuple[str, ...]
    action: str | None

    def spoken(self) -> str:
        """'intro: a, b, or c. action'"""
        *rest, last = self.signs
        listed = f"{', '.join(rest)}, or {last}" if rest else last
        return f"{self.intro}: {listed}." + (f" {self.action}" if self.action else "")


@dataclass(frozen=True)
class RedFlags:
    emergency: SignList
    call_clinic: SignList


@dataclass(frozen=True)
class Clinic:
    contact: ClinicContact = field(metadata={"key": "clinic"})
    phones: Phones
    driving: DrivingRule
    food: Food
    alcohol: AlcoholRule
    side_effects: SideEffects
    medications: tuple[MedicineSentence, ...]
    activities: tuple[ActivitySentence, ...]
    feel_better_when: tuple[Sentence, ...]
    red_flags: RedFlags
    disclaimer: Sentence  # said once per session

    def speakable(self, text: str) -> str:
        """Phone numbers digit by digit: a voice reads "911" as "nine hundred eleven"."""
        numbers = [self.phones.emergency.number, self.phones.crisis.number, self.contact.phone]
        for number in filter(None, numbers):
            text = re.sub(rf"(?<![\d-]){re.escape(number)}(?![\d-])", spoken_digits(number), text)
        return text


_PHONES = ("emergency", "crisis")  # the phone numbers a sentence may say
_SECTIONS = {f.metadata.get("key", f.name): f.name for f in fields(Clinic)}  # YAML key -> field


def load_clinic(path: Path | None = None, home: Path | None = None) -> Clinic:
    """The instructions from `path`, else `<home>/clinic.yaml` if present, over the defaults."""
    if path is None and home is not None and (home / CLINIC_FILE_NAME).is_file():
        path = home / CLINIC_FILE_NAME
    chosen: dict[str, tuple[Mapping[str, Any], Path]] = {}
    for source in [DEFAULTS_PATH] if path is None else [DEFAULTS_PATH, path]:
        document = _read(source)
        for key in document:
            if key not in _SECTIONS:
                raise _Place(source, str(key), key_line(document, key)).error(
                    f"unknown section; known: {', '.join(_SECTIONS)}"
                )
            chosen[key] = (document, source)
    missing = _SECTIONS.keys() - chosen.keys()
    if missing:
        raise ClinicFileError(DEFAULTS_PATH, "missing", sorted(missing)[0])
    # Every sentence may say the phone numbers, the phones' own sentences too: a first pass
    # reads the numbers with the placeholders left as they are. Text keeps the digits as
    # written; `Clinic.speakable` spells them out for the voice.
    phones: Phones = _section("phones", *chosen["phones"], {w: "{" + w + "}" for w in _PHONES})
    words = {word: getattr(phones, word).number for word in _PHONES}
    built = {name: _section(key, *chosen[key], words) for key, name in _SECTIONS.items()}
    return Clinic(**built)


@dataclass(frozen=True)
class _Place:
    """Where a value sits in a file, for error messages."""

    path: Path
    field: str
    line: int | None

    def child(self, name: str, line: int | None) -> _Place:
        return _Place(self.path, f"{self.field}.{name}" if self.field else name, line)

    def error(self, problem: str) -> ClinicFileError:
        return ClinicFileError(self.path, problem, self.field, self.line)


def _read(path: Path) -> Mapping[str, Any]:
    try:
        return read_mapping(path, "sections such as 'driving:'")
    except DataFileError as error:
        raise ClinicFileError(error.path, error.problem, line=error.line) from None


def _section(key: str, document: Mapping[str, Any], path: Path, words: Mapping[str, str]) -> Any:
    kind = _hints(Clinic)[_SECTIONS[key]]
    place = _Place(path, key, key_line(document, key))
    return _build(kind, document[key], place, words)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _build(kind: Any, node: Any, place: _Place, words: Mapping[str, str]) -> Any:
    """The YAML node as a value of `kind`, checked; `words` fill {placeholders} in sentences."""
    if is_dataclass(kind):
        return _build_record(kind, node, place, words)
    if get_origin(kind) in (Union, types.UnionType):  # only `X | None` is used
        (inner,) = [arg for arg in get_args(kind) if arg is not type(None)]
        return None if node is None else _build(inner, node, place, words)
    if get_origin(kind) is tuple:
        return _build_list(get_args(kind)[0], node, place, words)
    if kind is str:
        return _build_text(node, place, words)
    if kind is float:
        if isinstance(node, bool) or not isinstance(node, (int, float)):
            raise place.error(f"expected a number, got {node!r}")
        if node < 0:
            raise place.error(f"must not be negative, got {node}")
        return float(node)
    if kind is bool:
        if not isinstance(node, bool):
            raise place.error(f"expected true or false, got {node!r}")
        return node
    if kind is time:
        return _build_time(node, place)
    if kind is MedicineKinds:
        return _build_medicine_kinds(node, place)
    raise TypeError(f"no reader for {kind!r}")  # a mistake in this module, not in the file


def _build_record(cls: Any, node: Any, place: _Place, words: Mapping[str, str]) -> Any:
    keys = {f.metadata.get("key", f.name): f.name for f in fields(cls)}
    if not isinstance(node, Mapping):
        raise place.error(f"expected a section with the fields {', '.join(keys)}")
    for key in node:
        if key == "source":
            _check_source(node[key], place.child(key, key_line(node, key)))
        elif key not in keys:
            raise place.child(str(key), key_line(node, key)).error(
                f"unknown field; expected one of: {', '.join(keys)}"
            )
    hints = _hints(cls)
    # A sentence may say the numbers of its own section, e.g. {window_hours}.
    numbers = {
        k: f"{v:g}"
        for k, v in node.items()
        if isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    values = {}
    for key, name in keys.items():
        if key in node:
            child = place.child(key, key_line(node, key))
            values[name] = _build(hints[name], node[key], child, {**words, **numbers})
        elif type(None) in get_args(hints[name]):
            values[name] = None
        else:
            raise place.child(key, place.line).error("missing")
    try:
        return cls(**values)
    except ValueError as error:
        raise place.error(str(error)) from None


def _build_list(kind: Any, node: Any, place: _Place, words: Mapping[str, str]) -> tuple[Any, ...]:
    if not isinstance(node, list) or not node:
        raise place.error("expected a list of one or more entries")
    lines = getattr(node, "lc", None)
    return tuple(
        _build(kind, item, place.child(str(i), lines.item(i)[0] + 1 if lines else None), words)
        for i, item in enumerate(node)
    )


def _build_text(node: Any, place: _Place, words: Mapping[str, str]) -> str:
    if not isinstance(node, str) or not node.strip():
        raise place.error(f"expected text, in quotes if it looks like a number, got {node!r}")
    try:
        return " ".join(node.format_map(words).split())
    except (KeyError, ValueError, IndexError) as error:
        known = ", ".join("{" + word + "}" for word in words)
        raise place.error(f"bad placeholder ({error}); this sentence may use {known}") from None


def _build_time(node: Any, place: _Place) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", node) if isinstance(node, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise place.error(f'expected a time of day in quotes, such as "08:00", got {node!r}')
    return time(int(match[1]), int(match[2]))


def _build_medicine_kinds(node: Any, place: _Place) -> MedicineKinds:
    known = ", ".join(MEDICINE_KINDS)
    if not isinstance(node, list) or not node or not all(isinstance(k, str) for k in node):
        raise place.error(f"expected a list of kinds of medicine from: {known}")
    for kind in node:
        if kind not in MEDICINE_KINDS:
            raise place.error(f"unknown kind of medicine {kind!r}; known: {known}")
    return MedicineKinds(tuple(node))


def _check_source(node: Any, place: _Place) -> None:
    if not isinstance(node, list) or not node or not set(node) <= SOURCE_TAGS:
        raise place.error(f"expected a list of tags from: {', '.join(sorted(SOURCE_TAGS))}")
