"""The clinic's instructions: the shipped defaults, a clinic's overrides, and broken files."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from assistant import replies
from assistant.clinic import (
    DEFAULTS_PATH,
    MEDICINE_KINDS,
    SOURCE_TAGS,
    SYMPTOM_NAMES,
    Clinic,
    ClinicFileError,
    load_clinic,
    spoken_digits,
)


def sentences(record: Any) -> Iterator[str]:
    """Every piece of text a record holds, nested records and lists included."""
    if isinstance(record, str):
        yield record
    elif isinstance(record, tuple):
        for item in record:
            yield from sentences(item)
    elif dataclasses.is_dataclass(record):
        for field in dataclasses.fields(record):
            yield from sentences(getattr(record, field.name))


def write(directory: Path, text: str, name: str = "clinic.yaml") -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_defaults_load_with_the_documented_rules() -> None:
    clinic = load_clinic()
    assert clinic.driving.min_hours == 24
    assert clinic.driving.after_night_sleep is True
    assert clinic.driving.earliest_morning_hour.hour == 8
    assert clinic.alcohol.window_hours == 24
    assert "72 hours" in clinic.alcohol.note
    assert clinic.phones.crisis.number == "988"
    assert clinic.phones.emergency.number == "911"
    assert clinic.contact.phone is None
    assert clinic.contact.named() == "Your clinic"
    assert clinic.food.stages[0].from_hours == 0
    assert clinic.food.stages[-1].until_hours is None
    assert "ginger" in clinic.food.nausea


def test_placeholders_are_filled_with_numbers_read_digit_by_digit() -> None:
    clinic = load_clinic()
    assert not [text for text in sentences(clinic) if "{" in text or "}" in text]
    assert "at least 24 hours" in clinic.alcohol.advice
    assert "at least 24 hours" in clinic.driving.rule
    assert clinic.red_flags.emergency.action == "Call 911 now."
    assert "call or text 988" in clinic.phones.crisis.say


def test_default_sentences_are_person_neutral_and_speakable() -> None:
    clinic = load_clinic()
    advice = [
        text
        for field in dataclasses.fields(clinic)
        if field.name != "contact"  # "your clinic" is the default name, said as a name
        for text in sentences(getattr(clinic, field.name))
        if " " in text  # sentences, not phone numbers
    ]
    assert len(advice) > 40
    for text in advice:
        assert not re.search(r"\b(you|your|yours|she|her|hers|he|him|his)\b", text, re.I), text
        assert not re.search(r"[*#_`\[\]]", text), text  # no markdown
        assert not re.search(r"\b(e\.g|i\.e|etc|approx|min|hrs?|IV|OTC)\b", text), text
        assert not re.search(r"\b[A-Z]{2,}", text), text  # capitals an engine would misread
        # 911 would be read "nine hundred eleven": the voice gets the digits one by one.
        assert not re.search(r"\d{3,}", clinic.speakable(text)), text


def test_every_default_fact_names_its_source() -> None:
    document = YAML().load(DEFAULTS_PATH.read_text(encoding="utf-8"))
    unsourced = []

    def walk(node: Any, where: str, sourced: bool) -> None:
        if isinstance(node, dict):
            sourced = sourced or "source" in node
            if "source" in node:
                assert set(node["source"]) <= SOURCE_TAGS, where
            for key, value in node.items():
                walk(value, f"{where}.{key}", sourced)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{where}.{i}", sourced)
        elif isinstance(node, str) and " " in node and not sourced:
            unsourced.append(where)

    walk(document, "", False)
    assert unsourced == []


def test_symptoms_each_say_when_to_call() -> None:
    """Every symptom the defaults advise on; being unable to sleep has no advice in the facts,
    so none ships (a clinic may write one)."""
    side_effects = load_clinic().side_effects
    assert side_effects.advice_for("insomnia") is None
    for name in SYMPTOM_NAMES:
        if name == "insomnia":
            continue
        advice = side_effects.advice_for(name)
        assert advice is not None and advice.advice, name
        assert "clinic" in advice.call_clinic or "911" in advice.call_clinic, name
    with pytest.raises(KeyError, match="unknown symptom 'itching'"):
        side_effects.advice_for("itching")


def test_the_symptoms_words_name_are_the_clinic_files_symptoms() -> None:
    """replies.yaml names symptoms by words (symptom_words) and as what a medicine is for
    (symptom_purposes); each is a symptom a clinic file may advise on."""
    assert set(replies.symptom_words()) <= set(SYMPTOM_NAMES)
    assert set(replies.symptom_purposes()) <= set(SYMPTOM_NAMES)


def test_medication_sentences_say_which_kinds_of_medicine_they_are_about() -> None:
    medications = load_clinic().medications
    about = {sentence.say.split()[0]: sentence.about for sentence in medications}
    assert about["A"] is None  # never stopped without the prescriber: about every medicine
    assert about["Benzodiazepines,"] == ("benzodiazepines", "opioids")
    assert about["Stimulants"] == ("stimulants", "maois")
    assert about["S"] == ("ssris", "snris")
    kinds = {kind for sentence in medications for kind in sentence.about or ()}
    assert kinds == set(MEDICINE_KINDS)


def test_medication_sentences_without_kinds_still_load(tmp_path: Path) -> None:
    clinic = load_clinic(write(tmp_path, "medications:\n  - say: Ask the clinic.\n"))
    assert [(s.say, s.about) for s in clinic.medications] == [("Ask the clinic.", None)]


def test_red_flag_lists_are_spoken_as_one_sentence() -> None:
    flags = load_clinic().red_flags
    assert flags.emergency.spoken().startswith("Emergencies: chest pain, ")
    assert flags.emergency.spoken().endswith(", or confusion. Call 911 now.")
    assert flags.call_clinic.spoken().endswith(", or intense anxiety or paranoia.")


def test_spoken_digits_groups_a_phone_number() -> None:
    assert spoken_digits("555-123-4567") == "5 5 5, 1 2 3, 4 5 6 7"
    assert spoken_digits("+1 (555) 123 4567") == "plus, 1, 5 5 5, 1 2 3, 4 5 6 7"
    assert spoken_digits("988") == "9 8 8"


def test_a_home_file_overrides_some_sections_and_keeps_the_rest(tmp_path: Path) -> None:
    write(
        tmp_path,
        """
        clinic:
          name: Riverside Clinic
          phone: "555-123-4567"
        alcohol:
          window_hours: 72
          advice: No alcohol or recreational drugs for {window_hours} hours.
          note: This clinic asks for three days.
        phones:
          crisis:
            number: "988"
            say: Call or text {crisis}.
          emergency:
            number: "112"
            say: Call {emergency}.
        """,
    )
    defaults = load_clinic()
    clinic = load_clinic(home=tmp_path)
    assert clinic.contact.name == "Riverside Clinic"
    assert clinic.contact.named() == "Riverside Clinic"
    assert clinic.speakable("Call 555-123-4567 or 112.") == "Call 5 5 5, 1 2 3, 4 5 6 7 or 1 1 2."
    assert clinic.alcohol.window_hours == 72
    assert clinic.alcohol.advice == "No alcohol or recreational drugs for 72 hours."
    assert clinic.driving == defaults.driving
    assert clinic.food == defaults.food
    # The new emergency number reaches the default sentences of other sections too.
    assert clinic.red_flags.emergency.action == "Call 112 now."
    headache = clinic.side_effects.advice_for("headache")
    assert headache is not None and "call 112" in headache.call_clinic
    assert not [text for text in sentences(clinic) if "911" in text]


def test_an_explicit_path_wins_over_the_home_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    write(home, "clinic:\n  name: Home Clinic\n")
    chosen = write(tmp_path, "clinic:\n  name: Chosen Clinic\n", "chosen.yaml")
    assert load_clinic(chosen, home=home).contact.name == "Chosen Clinic"
    assert load_clinic(home=home).contact.name == "Home Clinic"
    assert load_clinic(home=tmp_path / "nobody").contact.name == "your clinic"


def test_an_empty_file_changes_nothing(tmp_path: Path) -> None:
    assert load_clinic(write(tmp_path, "# nothing yet\n")) == load_clinic()


def test_a_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ClinicFileError, match="no such file") as raised:
        load_clinic(tmp_path / "absent.yaml")
    assert raised.value.path == tmp_path / "absent.yaml"


DRIVING = """driving:
  min_hours: 24
  after_night_sleep: true
  earliest_morning_hour: "08:00"
  rule: No driving today.
  why: Coordination can be impaired.
  ride_home: A ride home is needed.
"""

MALFORMED = {
    "bad YAML": ("clinic:\n  name: [Riverside\n  phone: null\n", "", 3, "not valid YAML"),
    "tab": ("clinic:\n\tname: x\n", "", 2, "not valid YAML"),
    "duplicate key": ("clinic:\n  name: a\n  name: b\n", "", 3, "duplicate key"),
    "not a mapping": ("- driving\n", "", 1, "expected sections"),
    "unknown section": ("clinic:\n  name: a\nparking:\n  spaces: 3\n", "parking", 3, "unknown"),
    "unknown key": (DRIVING + "  max_speed: 30\n", "driving.max_speed", 8, "unknown field"),
    "missing field": (
        DRIVING.replace("  why: Coordination can be impaired.\n", ""),
        "driving.why",
        1,
        "missing",
    ),
    "wrong type": (
        "clinic:\n  name: Riverside\n" + DRIVING.replace("24", '"a day"'),
        "driving.min_hours",
        4,
        "expected a number",
    ),
    "negative hours": (
        "alcohol:\n  window_hours: -1\n  advice: None today.\n  note: Ask.\n",
        "alcohol.window_hours",
        2,
        "must not be negative",
    ),
    "text for a yes or no": (
        DRIVING.replace("true", "yes"),
        "driving.after_night_sleep",
        3,
        "true or false",
    ),
    "bad time": (
        DRIVING.replace('"08:00"', '"25:00"'),
        "driving.earliest_morning_hour",
        4,
        "time of day",
    ),
    "unquoted phone": (
        "clinic:\n  name: a\n  phone: 5551234567\n",
        "clinic.phone",
        3,
        "expected text",
    ),
    "bad placeholder": (
        "alcohol:\n  window_hours: 24\n  advice: None for {hours} hours.\n  note: Ask.\n",
        "alcohol.advice",
        3,
        "placeholder",
    ),
    "bad source tag": ("clinic:\n  name: a\n  source: [rumour]\n", "clinic.source", 3, "tags"),
    "list entry": (
        "activities:\n  - say: Rest.\n  - say: 3\n",
        "activities.1.say",
        3,
        "expected text",
    ),
    "empty list": ("activities: []\n", "activities", 1, "one or more"),
    "medicine kinds not a list": (
        "medications:\n  - say: Ask the clinic.\n  - say: Benzodiazepines add to it.\n"
        "    about: benzodiazepines\n",
        "medications.1.about",
        4,
        "expected a list of kinds of medicine from: benzodiazepines, ",
    ),
    "unknown medicine kind": (
        "medications:\n  - say: Ask the clinic.\n  - say: Benzodiazepines add to it.\n"
        "    about: [benzodiazepines, painkillers]\n",
        "medications.1.about",
        4,
        "unknown kind of medicine 'painkillers'; known: benzodiazepines, ",
    ),
    "empty medicine kinds": (
        "medications:\n  - say: Ask the clinic.\n    about: []\n",
        "medications.0.about",
        3,
        "expected a list of kinds of medicine",
    ),
    "food stages with a gap": (
        """food:
  stages:
    - from_hours: 0
      until_hours: 6
      advice: Light food.
    - from_hours: 8
      until_hours: null
      advice: Normal food.
  nausea: Ginger.
  before_treatment: Nothing before.
  caffeine: Ask.
""",
        "food",
        1,
        "stages must run from hour 0 without gaps",
    ),
    "food stage ending before it starts": (
        "food:\n  stages:\n    - from_hours: 0\n      until_hours: 0\n      advice: Light.\n"
        "  nausea: Ginger.\n  before_treatment: Nothing.\n  caffeine: Ask.\n",
        "food.stages.0",
        3,
        "later than",
    ),
}


@pytest.mark.parametrize("case", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_names_file_field_and_line(
    tmp_path: Path, case: tuple[str, str, int, str]
) -> None:
    text, field, line, problem = case
    path = tmp_path / "clinic.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ClinicFileError) as raised:
        load_clinic(home=tmp_path)
    error = raised.value
    assert (error.path, error.field, error.line) == (path, field, line)
    message = str(error)
    assert str(path) in message and f"line {line}" in message and field in message
    assert problem in message


def test_loading_is_fast_and_imports_nothing_heavy() -> None:
    script = (
        "import sys, time; start = time.perf_counter()\n"
        "from assistant.clinic import load_clinic; load_clinic()\n"
        "loaded = {name.split('.')[0] for name in sys.modules}\n"
        "heavy = {'rasa', 'tensorflow', 'numpy'} & loaded\n"
        "print(sorted(heavy), time.perf_counter() - start)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    heavy, seconds = result.stdout.rsplit(" ", 1)
    assert heavy == "[]"
    assert float(seconds) < 1.0
    start = time.perf_counter()
    assert isinstance(load_clinic(), Clinic)
    assert time.perf_counter() - start < 0.5
