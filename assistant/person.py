"""Whom a question is about: the patient ("can I drive?") or, for a caregiver, "her" or "him"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.frames import Person


@dataclass(frozen=True)
class Subject:
    """The words that refer to the patient in an answer, with the verbs that agree with them."""

    person: Person
    subj: str  # you / she / he / your partner
    obj: str  # you / her / him / your partner
    poss: str  # your / her / his / your partner's
    be: str  # are / is
    have: str  # have / has

    def words(self) -> dict[str, str]:
        """Template fields, lower-case and capitalised (`{subj}`, `{Subj}`...)."""
        fields = {"subj": self.subj, "obj": self.obj, "poss": self.poss}
        fields |= {"be": self.be, "have": self.have}
        return fields | {k.capitalize(): v[:1].upper() + v[1:] for k, v in fields.items()}


PATIENT = Subject(Person.PATIENT, "you", "you", "your", "are", "have")
SHE = Subject(Person.CAREGIVER, "she", "her", "her", "is", "has")
HE = Subject(Person.CAREGIVER, "he", "him", "his", "is", "has")

_FEMALE = {"she", "her", "hers", "herself", "wife", "mum", "mom", "mother", "daughter", "sister",
           "girlfriend", "grandmother", "grandma", "aunt", "fiancee"}  # fmt: skip
_MALE = {"he", "him", "his", "himself", "husband", "dad", "father", "son", "brother",
         "boyfriend", "grandfather", "grandpa", "uncle", "fiance"}  # fmt: skip
# Relations that say nothing of gender: the answer names them ("your partner").
_NEUTRAL = ("partner", "friend", "spouse", "parent", "child", "kid", "patient", "loved one")
_FIRST_PERSON = {"i", "me", "my", "myself", "im", "ive", "mine"}


def _neutral(relation: str) -> Subject:
    noun = f"your {relation}"
    return Subject(Person.CAREGIVER, noun, noun, f"{noun}'s", "is", "has")


def subject_of(text: str, previous: Subject = PATIENT) -> Subject:
    """The subject a question speaks of; a question with no clue keeps the previous one."""
    lowered = text.lower()
    words = re.findall(r"[a-z]+", lowered)  # "she's" is "she" and "s"
    for relation in _NEUTRAL:
        if re.search(rf"\b(my|the|our) {relation}\b", lowered):
            return _neutral(relation)
    female = sum(w in _FEMALE for w in words)
    male = sum(w in _MALE for w in words)
    if female or male:
        return SHE if female >= male else HE
    if any(w in _FIRST_PERSON for w in words):
        return PATIENT
    return previous


def subject_named(subj: str | None) -> Subject:
    """Rebuilds a subject kept in the conversation's slot from its `subj` word."""
    known = {s.subj: s for s in (PATIENT, SHE, HE)}
    if not subj or subj in known:
        return known.get(subj or "you", PATIENT)
    return _neutral(subj.removeprefix("your "))
