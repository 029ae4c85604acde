"""nlu/data/safety_examples.yml: the development safety sets as training examples, never the
blind ones (bench.safety_examples)."""

from pathlib import Path

import pytest
import yaml

from audio.vocabulary import examples_by_intent, normalise
from bench import safety_examples
from bench.testset import SAFETY_FILE
from bench.text import BLIND_SAFETY_SETS, DATA, SAFETY_SETS


def set_labels(names: list[str]) -> dict[str, set[str]]:
    """normalised sentence -> the labels the sets give it."""
    labels: dict[str, set[str]] = {}
    for name in names:
        for label, texts in yaml.safe_load((DATA / name).read_text(encoding="utf-8")).items():
            for text in texts:
                labels.setdefault(normalise(text), set()).add(label)
    return labels


def test_the_blind_sets_and_the_spoken_benchmarks_set_are_no_development_sets() -> None:
    development = safety_examples.development_sets()
    assert set(development) == set(SAFETY_SETS) - {*BLIND_SAFETY_SETS, SAFETY_FILE}
    assert "safety_heldout_v14.yml" in development


def test_no_example_is_a_sentence_of_another_held_out_file() -> None:
    development = safety_examples.development_sets()
    elsewhere = safety_examples.held_out_elsewhere(development)
    assert normalise("i want to die") in elsewhere  # the NLU and blind sets hold it too
    for texts in examples_by_intent(safety_examples.OUTPUT).values():
        assert not [text for text in texts if normalise(text) in elsewhere]


def test_every_example_comes_from_a_development_set_with_its_label() -> None:
    labels = set_labels(safety_examples.development_sets())
    for intent, texts in examples_by_intent(safety_examples.OUTPUT).items():
        expected = intent if intent in safety_examples.ALARMS else "everyday"
        assert intent in (*safety_examples.ALARMS, *safety_examples.NO_ALARM_INTENTS)
        for text in texts:
            assert labels.get(normalise(text)) == {expected}, (intent, text)


def test_the_file_holds_every_alarm_of_the_development_sets() -> None:
    """Run `python -m bench.safety_examples` after a set becomes a development set."""
    wanted = safety_examples.labelled_sentences(safety_examples.development_sets())
    held = {
        text: intent
        for intent, texts in examples_by_intent(safety_examples.OUTPUT).items()
        for text in texts
    }
    missing = [t for t, label in wanted.items() if label != "everyday" and held.get(t) != label]
    assert not missing


def test_sentences_two_sets_label_differently_and_those_held_out_elsewhere_are_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "safety_heldout_a.yml").write_text(
        'crisis: ["i want it all to stop for good", "i want to die", "no point going on"]\n'
        'emergency: ["she fainted and won\'t wake up"]\neveryday: []\n'
    )
    (tmp_path / "safety_heldout_b.yml").write_text(
        'crisis: []\nemergency: []\neveryday: ["i want it all to stop for good", "can i drive"]\n'
    )
    (tmp_path / "heldout_nlu_z.yml").write_text('crisis: ["No point going on."]\n')
    monkeypatch.setattr(safety_examples, "DATA", tmp_path)
    monkeypatch.setattr(safety_examples, "other_examples", lambda: frozenset({"can i drive"}))
    development = ["safety_heldout_a.yml", "safety_heldout_b.yml"]
    assert safety_examples.labelled_sentences(development) == {
        "i want to die": "crisis",
        "she fainted and won't wake up": "emergency",
    }
