"""The deterministic safety net: crisis and emergency statements, recognised by rules.

Every utterance goes through `check` before anything else, in every state, and stands on
its own: no model, no state, no I/O after the rules are loaded once. The phrasings live in
assistant/data/safety.yaml, which also documents how a decision is made; in short:

- the text is normalised the way a recogniser writes it (lowercase, no punctuation,
  contractions spelled one way), then everyday idioms are blanked out ("dying to know");
- an emergency (call 911 now) wins over a crisis (988), and the result says if both matched;
- negation never silences a crisis rule: recall comes first.

`risk_cues` says which kinds of alarm words an utterance holds once its idioms are blanked
("chest", "pills", "goodbye"): the answer policy weighs the intent classifier's own crisis or
emergency guess by them (assistant/answers.py). `to_ask` names the phrasings whose words
alone cannot tell ("i've got it all planned out"): they are asked about straight out.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

DEFAULT_PATH = Path(__file__).with_name("data") / "safety.yaml"

# A mask leaves a comma: no rule pattern holds one, so nothing can match across a blanked idiom.
_MASK = " , "
_MACRO = re.compile(r"<([a-z_]+)>")


class Alarm(enum.Enum):
    """What a statement calls for."""

    CRISIS = "crisis"  # suicidal thoughts, self-harm, feeling in danger: 988 (911 if immediate)
    EMERGENCY = "emergency"  # physical danger: call 911 now


@dataclass(frozen=True)
class SafetyMatch:
    """Why an utterance raised an alarm, for the answer and for the log."""

    alarm: Alarm  # the one to answer: an emergency wins over a crisis
    rule: str  # the name of the rule that decided, from safety.yaml
    phrase: str  # the normalised words it matched
    alarms: frozenset[Alarm]  # every kind that matched: an emergency may be a crisis too


@dataclass(frozen=True)
class BloodPressureLimits:
    """A spoken reading at or above either limit is an emergency."""

    systolic_mm_hg: int
    diastolic_mm_hg: int


class SafetyRulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the place."""


@dataclass(frozen=True)
class _Rule:
    name: str
    alarm: Alarm
    regex: re.Pattern[str]


@dataclass(frozen=True)
class SafetyRules:
    """The compiled rules of one safety.yaml."""

    spoken_forms: re.Pattern[str]  # every variant and filler, longest first
    canonical: Mapping[str, str]  # variant -> its canonical form ("" for a filler)
    everyday: re.Pattern[str]
    rules: tuple[_Rule, ...]
    ask_rules: tuple[_Rule, ...]  # phrasings to ask about: the words alone cannot tell
    cues: Mapping[Alarm, re.Pattern[str]]  # the risk word families of each kind
    blood_pressure: BloodPressureLimits

    def normalise(self, text: str) -> str:
        """The text as the rules see it: 'I can't BREATHE!' -> 'i can not breathe'."""
        text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
        text = re.sub(r"(\d)\s*/\s*(\d)", r"\1 over \2", text)
        text = " ".join(re.sub(r"[^a-z0-9']+", " ", text).split())
        text = self.spoken_forms.sub(lambda m: self.canonical[m.group(0)], text)
        return " ".join(text.replace("'", "").split())

    def assess(self, text: str) -> SafetyMatch | None:
        """The alarm `text` raises and why, or None for ordinary speech."""
        normal = self.normalise(text)
        found = [
            (rule.name, rule.alarm, m.group(0))
            for rule, m in self._matches(self._without_idioms(normal), self.rules)
        ]
        reading = _high_blood_pressure(normal, self.blood_pressure)
        if reading is not None:
            found.insert(0, ("blood_pressure_reading", Alarm.EMERGENCY, reading))
        if not found:
            return None
        emergencies = [f for f in found if f[1] is Alarm.EMERGENCY]
        name, alarm, phrase = (emergencies or found)[0]
        return SafetyMatch(alarm, name, phrase, frozenset(kind for _, kind, _ in found))

    def check(self, text: str) -> Alarm | None:
        """The alarm `text` raises, or None."""
        match = self.assess(text)
        return match.alarm if match else None

    def risk_cues(self, text: str) -> frozenset[Alarm]:
        """The kinds of alarm whose risk words `text` holds outside its everyday idioms."""
        words = self._without_idioms(self.normalise(text))
        return frozenset(alarm for alarm, cue in self.cues.items() if cue.search(words))

    def to_ask(self, text: str) -> SafetyMatch | None:
        """The alarm to ask about when `text` raises none: 'i've got it all planned out'."""
        words = self._without_idioms(self.normalise(text))
        for rule, m in self._matches(words, self.ask_rules):
            return SafetyMatch(rule.alarm, rule.name, m.group(0), frozenset({rule.alarm}))
        return None

    def _without_idioms(self, normal: str) -> str:
        """Normalised text with its everyday idioms blanked out."""
        return " ".join(self.everyday.sub(_MASK, normal).split())

    @staticmethod
    def _matches(text: str, rules: Sequence[_Rule]) -> Iterator[tuple[_Rule, re.Match[str]]]:
        for rule in rules:
            m = rule.regex.search(text)
            if m:
                yield rule, m


@functools.cache
def load_rules(path: Path = DEFAULT_PATH) -> SafetyRules:
    """The rules of `path`, compiled once; SafetyRulesError says what is wrong with a file."""
    try:
        document = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as error:
        raise SafetyRulesError(f"{path}: cannot read: {error}") from error
    return _compile(path, document)


def normalise(text: str) -> str:
    """`text` as the default rules see it."""
    return load_rules().normalise(text)


def assess(text: str) -> SafetyMatch | None:
    """The alarm `text` raises under the default rules and why, or None."""
    return load_rules().assess(text)


def check(text: str) -> Alarm | None:
    """The alarm `text` raises under the default rules, or None for ordinary speech."""
    return load_rules().check(text)


def risk_cues(text: str) -> frozenset[Alarm]:
    """The kinds of alarm whose risk words `text` holds, under the default rules."""
    return load_rules().risk_cues(text)


def to_ask(text: str) -> SafetyMatch | None:
    """The alarm to ask about under the default rules, when the words alone cannot tell."""
    return load_rules().to_ask(text)


# --- Spoken numbers, for blood pressure readings ("one eighty over one ten") ---

_UNITS = {
    **{"oh": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
    **{"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17},
    **{"eighteen": 18, "nineteen": 19},
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}
_WORDS_LONGEST_FIRST = sorted([*_UNITS, *_TENS, "hundred", "and"], key=len, reverse=True)
_NUMBER_WORD = r"(?:\d{1,3}|a(?= hundred)|" + "|".join(_WORDS_LONGEST_FIRST) + r")(?!\w)"
_READING = re.compile(rf"(?<!\w)((?:{_NUMBER_WORD} ){{1,6}})over((?: {_NUMBER_WORD}){{1,6}})(?!\w)")
# The top number said and the bottom one not, after the reading is named: "the monitor says two
# hundred and ten over something".
_TOP_ONLY = re.compile(
    rf"(?<!\w)(?:reading|readings|monitor|machine|cuff|pressure|bp)"
    rf"(?: (?!{_NUMBER_WORD})\w+){{0,3}} ((?:{_NUMBER_WORD} ){{1,6}})"
    rf"over (?:something|summat|whatever|something else)(?!\w)"
)
# One number said alone is the top one when the pressure itself is named ("the blood pressure
# cuff says over two hundred"); not a price or a count.
_SINGLE = re.compile(
    rf"(?<!\w)(systolic|diastolic|top number|upper number|bottom number|lower number"
    rf"|(?:blood pressure|bp)(?: cuff| monitor| machine| reading)?)"
    rf"(?: (?:is|was|has|been|gone|went|up|to|of|at|now|still|reads|reading|says|said|shows"
    rf"|showed|showing|came out at|over|above|more than|higher than))*((?: {_NUMBER_WORD}){{1,6}})"
    rf"(?! (?:dollars|pounds|quid|bucks|euros|pence|cents|percent|per cent|times|days|weeks"
    rf"|months|years|steps|readings|people|patients)\b)"
)


def spoken_number(words: Sequence[str]) -> int | None:
    """'one eighty five' -> 185, 'a hundred and ten' -> 110, '95' -> 95; None otherwise."""
    words = [w for w in words if w != "and"]
    if "hundred" in words:
        at = words.index("hundred")
        head = [w for w in words[:at] if w != "a"] or ["one"]
        hundreds, rest = (
            _below_hundred(head),
            _below_hundred(words[at + 1 :]) if words[at + 1 :] else 0,
        )
        return None if hundreds is None or rest is None else hundreds * 100 + rest
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    whole = _below_hundred(words)
    if whole is not None:
        return whole
    # Colloquial hundreds: "one eighty five" is 185, "one oh five" is 105.
    first = _UNITS.get(words[0]) if words else None
    rest = _below_hundred(words[1:], leading_oh=True) if len(words) > 1 else None
    return None if not first or first > 9 or rest is None else first * 100 + rest


def _below_hundred(words: Sequence[str], leading_oh: bool = False) -> int | None:
    """'eighty five' -> 85, 'twelve' -> 12, 'oh five' -> 5 (when leading_oh); else None."""
    if leading_oh and len(words) == 2 and words[0] == "oh" and _UNITS.get(words[1], 10) < 10:
        return _UNITS[words[1]]
    if len(words) == 1:
        return _UNITS.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and 0 < _UNITS.get(words[1], 10) < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


def _high_blood_pressure(text: str, limits: BloodPressureLimits) -> str | None:
    """The words of a spoken reading at or above the limits, or None."""
    for m in _READING.finditer(text):
        systolic, diastolic = _number(m.group(1)), _number(m.group(2))
        if systolic is None or diastolic is None:
            continue
        plausible = 60 <= systolic <= 300 and 30 <= diastolic < systolic
        if plausible and (systolic >= limits.systolic_mm_hg or diastolic >= limits.diastolic_mm_hg):
            return m.group(0).strip()
    for m in _TOP_ONLY.finditer(text):
        value = _number(m.group(1))
        if value is not None and limits.systolic_mm_hg <= value <= 300:
            return m.group(0).strip()
    for m in _SINGLE.finditer(text):
        value = _number(m.group(2))
        lower = m.group(1) in ("diastolic", "bottom number", "lower number")
        limit = limits.diastolic_mm_hg if lower else limits.systolic_mm_hg
        if value is not None and limit <= value <= 300:
            return m.group(0).strip()
    return None


def _number(words: str) -> int | None:
    """A run of number words as a number, the 'and' or 'a' at its edges left out."""
    tokens = words.split()
    while tokens and tokens[0] in ("and", "a"):
        tokens.pop(0)
    while tokens and tokens[-1] == "and":
        tokens.pop()
    return spoken_number(tokens) if tokens else None


# --- Compiling a rules file ---

_SECTIONS = (
    "spoken_forms",
    "fillers",
    "words",
    "everyday",
    "emergency",
    "crisis",
    "ask",
    "cues",
    "blood_pressure",
)


@dataclass(frozen=True)
class _Place:
    """The file being compiled, to name it in errors."""

    path: Path

    def error(self, where: str, problem: str) -> SafetyRulesError:
        return SafetyRulesError(f"{self.path}: {where}: {problem}")

    def strings(self, where: str, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(where, "must be a list of non-empty strings")
        return value

    def expand(self, where: str, pattern: str, words: Mapping[str, str]) -> str:
        """`pattern` with each `<name>` replaced by the alternatives of words[name]."""

        def replace(m: re.Match[str]) -> str:
            if m.group(1) not in words:
                raise self.error(where, f"unknown <{m.group(1)}> in {pattern!r}")
            return words[m.group(1)]

        return _MACRO.sub(replace, pattern)

    def regex(
        self, where: str, patterns: Sequence[str], words: Mapping[str, str]
    ) -> re.Pattern[str]:
        """One regex matching any of `patterns` as whole words."""
        parts = []
        for pattern in patterns:
            part = f"(?:{self.expand(where, pattern, words)})"
            try:
                re.compile(part)
            except re.error as error:
                raise self.error(where, f"bad pattern {pattern!r}: {error}") from error
            parts.append(part)
        if not parts:
            return re.compile(r"(?!x)x")  # matches nothing
        # One word boundary around all the alternatives: the same matches, three times faster
        # than a boundary around each.
        return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


def _compile(path: Path, document: Any) -> SafetyRules:
    place = _Place(path)
    if not isinstance(document, dict):
        raise SafetyRulesError(f"{path}: the file must be a mapping of sections")
    for key in document:
        if key not in _SECTIONS:
            raise place.error(str(key), f"unknown section; known: {', '.join(_SECTIONS)}")
    words = _words(place, document.get("words", {}))
    rules = [
        _Rule(name, alarm, place.regex(f"{alarm.value}.{name}", patterns, words))
        for alarm in (Alarm.EMERGENCY, Alarm.CRISIS)
        for name, patterns in _rule_list(place, alarm.value, document.get(alarm.value))
    ]
    fillers = place.strings("fillers", document.get("fillers", []))
    spoken, canonical = _spoken_forms(place, document.get("spoken_forms", {}), fillers)
    everyday = place.strings("everyday", document.get("everyday", []))
    return SafetyRules(
        spoken_forms=spoken,
        canonical=canonical,
        everyday=place.regex("everyday", everyday, words),
        rules=tuple(rules),
        ask_rules=_ask_rules(place, document.get("ask"), words),
        cues=_cues(place, document.get("cues"), words),
        blood_pressure=_limits(place, document.get("blood_pressure")),
    )


def _words(place: _Place, section: Any) -> dict[str, str]:
    """`words` as regex alternatives; an entry may use the entries above it."""
    if not isinstance(section, dict):
        raise place.error("words", "must map names to a regex or a list of alternatives")
    words: dict[str, str] = {}
    for name, value in section.items():
        where = f"words.{name}"
        alternatives = place.strings(where, [value] if isinstance(value, str) else value)
        ordered = sorted(alternatives, key=len, reverse=True)  # "a bit" is tried before "a"
        words[str(name)] = "(?:" + "|".join(place.expand(where, a, words) for a in ordered) + ")"
    return words


def _rule_list(place: _Place, section: str, value: Any) -> Iterator[tuple[str, list[str]]]:
    if not isinstance(value, list) or not value:
        raise place.error(section, "must be a non-empty list of rules, each a name and patterns")
    seen: set[str] = set()
    for index, rule in enumerate(value):
        where = f"{section}[{index}]"
        if not isinstance(rule, dict) or set(rule) != {"name", "patterns"}:
            raise place.error(where, "a rule has exactly two keys: name and patterns")
        name = rule["name"]
        if not isinstance(name, str) or not re.fullmatch(r"[a-z_]+", name) or name in seen:
            raise place.error(where, f"the name {name!r} must be unique, in lowercase and _")
        seen.add(name)
        yield name, place.strings(f"{section}.{name}", rule["patterns"])


def _spoken_forms(
    place: _Place, section: Any, fillers: list[str]
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every variant and filler, and what each becomes."""
    if not isinstance(section, dict):
        raise place.error("spoken_forms", "must map a canonical form to a list of variants")
    canonical: dict[str, str] = {}
    sources = [(f"spoken_forms.{form}", str(form), variants) for form, variants in section.items()]
    for where, form, variants in [*sources, ("fillers", "", fillers)]:
        for variant in place.strings(where, variants):
            if variant in canonical:
                raise place.error(where, f"{variant!r} is listed twice")
            canonical[variant] = form
    alternation = "|".join(re.escape(v) for v in sorted(canonical, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternation or '(?!x)x'})(?![\w'])"), canonical


def _ask_rules(place: _Place, section: Any, words: Mapping[str, str]) -> tuple[_Rule, ...]:
    kinds = {alarm.value for alarm in Alarm}
    if not isinstance(section, dict) or set(section) != kinds:
        raise place.error("ask", "needs exactly crisis and emergency, each a list of rules")
    return tuple(
        _Rule(name, alarm, place.regex(f"ask.{alarm.value}.{name}", patterns, words))
        for alarm in Alarm
        for name, patterns in _rule_list(place, f"ask.{alarm.value}", section[alarm.value])
    )


def _cues(place: _Place, section: Any, words: Mapping[str, str]) -> dict[Alarm, re.Pattern[str]]:
    kinds = {alarm.value for alarm in Alarm}
    if not isinstance(section, dict) or set(section) != kinds:
        raise place.error("cues", "needs exactly crisis and emergency, each a list of patterns")
    return {
        alarm: place.regex(
            f"cues.{alarm.value}", place.strings(f"cues.{alarm.value}", section[alarm.value]), words
        )
        for alarm in Alarm
    }


def _limits(place: _Place, section: Any) -> BloodPressureLimits:
    if not isinstance(section, dict) or set(section) != {"systolic_mm_hg", "diastolic_mm_hg"}:
        raise place.error("blood_pressure", "needs exactly systolic_mm_hg and diastolic_mm_hg")
    values = [section["systolic_mm_hg"], section["diastolic_mm_hg"]]
    if not all(isinstance(v, int) and 40 <= v <= 300 for v in values):
        raise place.error("blood_pressure", "the limits are whole numbers of mmHg, 40 to 300")
    return BloodPressureLimits(*values)
