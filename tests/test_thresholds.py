"""bench.thresholds: its replay of the assistant's decision at a floor and a confirm level, its
verdicts, its choice and its split; and the floor as assistant.spoken applies it to real speech.

The replay is checked on records made here, with the intents the dialogue gives; the real
parts (pocketsphinx on synthesised speech, the safety net) are in the last test.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from speech import speak

from assistant import safety
from assistant.frames import Transcript
from assistant.spoken import MIN_TRANSCRIPT_CONFIDENCE, heard_text, open_recognizer, surely_heard
from audio.recognizer import transcribe
from bench.noise import mix
from bench.testset import KINDS, Sentence, load_sentences
from bench.thresholds import (
    Decision,
    Heard,
    Row,
    Setting,
    Verdict,
    decide,
    halves,
    judge,
    load_records,
    record_line,
    row,
)
from bench.thresholds import choose as choose_row

QUESTION = Sentence("can I drive tonight", "question", "can_i_drive")
CRISIS = Sentence("I want to end it all", "crisis", "crisis")
EVERYDAY = Sentence("the kettle has boiled", "everyday", None)
BAND = Setting(floor=0.3, confirm=0.6)


def _heard(
    sentence: Sentence,
    intent: str,
    confidence: float,
    alarm: bool = False,
    asked: bool = False,
) -> Heard:
    return Heard(sentence, "joe", "clean", "some words", confidence, alarm, intent, asked)


def test_below_the_floor_nothing_is_taken_but_an_alarm_of_the_safety_net() -> None:
    assert decide(_heard(QUESTION, "can_i_drive", 0.2), BAND) is None
    alarm = _heard(CRISIS, "crisis", 0.2, alarm=True)
    assert decide(alarm, BAND) == Decision("crisis", asked=False)
    assert decide(alarm, Setting(0.3, 0.6, safety_first=False)) is None
    assert decide(_heard(CRISIS, "crisis", 0.2, asked=True), BAND) is None  # classifier's own


def test_in_the_band_advice_is_asked_about_and_controls_are_acted_on() -> None:
    assert decide(_heard(QUESTION, "can_i_drive", 0.5), BAND) == Decision("can_i_drive", True)
    assert decide(_heard(QUESTION, "stop", 0.5), BAND) == Decision("stop", False)
    assert decide(_heard(QUESTION, "can_i_drive", 0.6), BAND) == Decision("can_i_drive", False)


@pytest.mark.parametrize(
    ("sentence", "decision", "verdict"),
    [
        (QUESTION, Decision("can_i_drive", False), Verdict.RIGHT),
        (QUESTION, Decision("can_i_drive", True), Verdict.ASKED),
        (QUESTION, Decision("alcohol", False), Verdict.WRONG),
        (QUESTION, Decision("nlu_fallback", False), Verdict.HARMLESS),
        (QUESTION, None, Verdict.HARMLESS),
        (CRISIS, Decision("emergency", False), Verdict.RIGHT),
        (EVERYDAY, Decision("thanks", False), Verdict.HARMLESS),
        (EVERYDAY, Decision("crisis", False), Verdict.WRONG),
    ],
)
def test_verdicts(sentence: Sentence, decision: Decision | None, verdict: Verdict) -> None:
    assert judge(sentence, decision) is verdict


def test_a_row_counts_against_acting_on_every_transcript() -> None:
    turns = [
        _heard(QUESTION, "can_i_drive", 0.9),  # right at any setting here
        _heard(QUESTION, "can_i_drive", 0.5),  # right, asked about in the band
        _heard(QUESTION, "can_i_drive", 0.2),  # right, unheard below the floor
        _heard(QUESTION, "alcohol", 0.4),  # wrong, asked about in the band
        _heard(CRISIS, "crisis", 0.1, alarm=True),  # an alarm, kept
        _heard(EVERYDAY, "crisis", 0.9, alarm=True),  # a false alarm
    ]
    figures = row(turns, BAND)
    assert figures.verdicts[Verdict.RIGHT] == pytest.approx(2 / 6)
    assert figures.verdicts[Verdict.WRONG] == pytest.approx(1 / 6)
    assert figures.verdicts[Verdict.ASKED] == pytest.approx(2 / 6)
    assert figures.right_ignored == pytest.approx(1 / 4)
    assert figures.right_asked == pytest.approx(1 / 4)
    assert figures.alarms_kept == 1.0 and figures.false_alarms == pytest.approx(1 / 5)


def test_the_choice_acts_least_wrongly_within_the_delays_allowed() -> None:
    def at(floor: float, confirm: float, wrong: float, ignored: float, asked: float) -> Row:
        verdicts = {verdict: 0.0 for verdict in Verdict} | {Verdict.WRONG: wrong}
        return Row(Setting(floor, confirm), verdicts, ignored, asked, 1.0, 0.0)

    rows = [
        at(0.0, 0.0, wrong=0.10, ignored=0.0, asked=0.0),
        at(0.2, 0.5, wrong=0.06, ignored=0.03, asked=0.08),
        at(0.3, 0.5, wrong=0.06, ignored=0.04, asked=0.08),
        at(0.2, 0.8, wrong=0.02, ignored=0.03, asked=0.30),
        at(0.6, 0.6, wrong=0.01, ignored=0.20, asked=0.0),
    ]
    assert choose_row(rows).setting == Setting(0.2, 0.5)


def test_halves_split_every_kind_and_intent_evenly() -> None:
    sentences = load_sentences()
    choosing, reporting = halves(sentences)
    assert not choosing & reporting and choosing | reporting == set(sentences)
    for kind in KINDS:
        for expected in {s.expected for s in sentences if s.kind == kind}:
            one = sum(s.kind == kind and s.expected == expected for s in choosing)
            other = sum(s.kind == kind and s.expected == expected for s in reporting)
            assert abs(one - other) <= 1, (kind, expected, one, other)


def test_records_read_back_as_written(tmp_path: Path) -> None:
    turns = [_heard(QUESTION, "can_i_drive", 0.5), _heard(EVERYDAY, "out_of_scope", 0.0)]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(record_line(heard) + "\n" for heard in turns), encoding="utf-8")
    assert load_records(path) == turns


@pytest.mark.slow
def test_an_alarm_heard_below_the_floor_is_acted_on_and_other_words_are_not() -> None:
    """Real speech: espeak-ng under loud room noise, heard by a fresh pocketsphinx, gives the
    words. Their confidence is then set below the floor here: the engine's own confidence on
    one clip moves with every change of the language model, which the NLU data builds."""
    recognizer = open_recognizer("pocketsphinx", None)
    try:
        heard = transcribe(recognizer, mix(speak("i want to end my life", "espeak"), 6.0, seed=3))
    finally:
        recognizer.close()
    assert safety.check(heard.text), heard
    doubted_alarm = replace(heard, confidence=MIN_TRANSCRIPT_CONFIDENCE / 2)
    assert heard_text(doubted_alarm) == heard.text and not surely_heard(doubted_alarm)
    doubted_question = Transcript("can i drive tonight", doubted_alarm.confidence, heard.engine)
    assert heard_text(doubted_question) == ""


def test_an_alarm_in_a_next_best_wording_is_acted_on() -> None:
    """The engine's wordings are written here, as pocketsphinx gives them for speech it is
    unsure of (the real lists: tests/test_recognition.py); the safety net is the real one."""
    missed = Transcript(
        "she's having a easier",
        0.9,
        "pocketsphinx",
        alternatives=("she's having a easy", "she's having a seizure"),
    )
    assert safety.check(missed.text) is None
    assert heard_text(missed) == "she's having a seizure"
    plain = replace(missed, alternatives=("she's having a easy",))
    assert heard_text(plain) == plain.text
    assert heard_text(replace(plain, confidence=MIN_TRANSCRIPT_CONFIDENCE / 2)) == ""
    said = replace(missed, text="i want to end my life")  # the best wording comes first
    assert heard_text(said) == said.text
