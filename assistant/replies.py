"""The assistant's phrasing, read from data/replies.yaml and put in the right person."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.frames import Person, Reply
from assistant.person import PATIENT, Subject

REPLIES_FILE = Path(__file__).parent / "data" / "replies.yaml"


@functools.cache
def _phrases() -> dict[str, Any]:
    with REPLIES_FILE.open(encoding="utf-8") as file:
        return dict(yaml.safe_load(file))


def has_phrase(path: str) -> bool:
    node: Any = _phrases()
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def phrase(path: str, subject: Subject = PATIENT, **fields: str) -> str:
    """The phrase at a dotted path ("echo.can_i_drive"), filled in for the subject."""
    node: Any = _phrases()
    for part in path.split("."):
        node = node[part]
    if isinstance(node, dict):  # a patient and a caregiver wording
        node = node["caregiver" if subject.person is Person.CAREGIVER else "patient"]
    return " ".join(str(node).split()).format(**subject.words(), **fields)


def symptom_words() -> dict[str, list[str]]:
    return dict(_phrases()["symptom_words"])


def activities_named() -> dict[str, list[str]]:
    """The activities a question may name, as said in an answer ("a bath"), with their words."""
    return {str(name): list(words) for name, words in _phrases()["activities_named"].items()}


def symptom_purposes() -> dict[str, list[str]]:
    """The patterns of what a medicine is taken for ("to help me sleep"), by the symptom they
    name."""
    return {name: list(patterns) for name, patterns in _phrases()["symptom_purposes"].items()}


def asked_about(topic: str) -> str:
    """The pattern of questions about one part of an answer (before_treatment, caffeine,
    ride_home, meal, waking), or of a booster that moved (moved)."""
    return str(_phrases()["asked_about"][topic])


def nothing_heard() -> Reply:
    """Empty input: nothing to act on, and no reason to alarm anyone."""
    return Reply(text=phrase("nothing_heard"), intent="out_of_scope", confidence=0.0)


def failure() -> Reply:
    return Reply(text=phrase("failure"), intent="out_of_scope", confidence=0.0)


@dataclass(frozen=True)
class MedicineKind:
    """A kind of medicine a clinic's medication sentences may be about (replies.yaml)."""

    name: str  # as the clinic file's `about` says it: "ssris"
    said: str  # after a medicine's name: "an S S R I antidepressant"
    names: tuple[str, ...]  # the medicines of the kind, generic and brand names
    kind_names: tuple[str, ...]  # the kind itself: "ssri", "s s r i"


@functools.cache
def medicine_kinds() -> dict[str, MedicineKind]:
    """The known kinds of medicine, by the name a clinic file's `about` uses."""
    return {
        name: MedicineKind(
            name, str(kind["is"]), tuple(kind["names"]), tuple(kind.get("kind_names", ()))
        )
        for name, kind in _phrases()["medicine_kinds"].items()
    }
