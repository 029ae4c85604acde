"""Speech output: both real engines, measured on the audio they produce."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.frames import AudioChunk
from audio.tts import (
    DEFAULT_RATE,
    EngineName,
    PiperSynthesizer,
    Pyttsx3Synthesizer,
    Synthesizer,
    make_synthesizer,
    split_for_speech,
)

ENGINES: list[EngineName] = ["piper", "pyttsx3"]
SENTENCE = "Please rest with your eyes closed for a while."
ANSWER = (
    "Yes. That feeling usually fades within an hour or two after the treatment ends. "
    "Keep resting with your eyes closed and sip some water when you feel ready. "
    "If it gets stronger or frightens you, tell the person who is with you today."
)


def samples(chunk: AudioChunk) -> np.ndarray:
    return np.frombuffer(chunk.pcm, dtype="<i2").astype(np.float64) / 32768


def rms(chunk: AudioChunk) -> float:
    return float(np.sqrt(np.mean(samples(chunk) ** 2)))


def speak(synthesizer: Synthesizer, text: str) -> AudioChunk:
    chunks = list(synthesizer.synthesize(text))
    assert {chunk.rate_hz for chunk in chunks} == {synthesizer.sample_rate_hz}
    return AudioChunk(pcm=b"".join(c.pcm for c in chunks), rate_hz=synthesizer.sample_rate_hz)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_becomes_audible_speech_of_plausible_length(engine: EngineName) -> None:
    synthesizer = make_synthesizer(engine)
    assert synthesizer.rate == DEFAULT_RATE
    speech = speak(synthesizer, SENTENCE)
    words = len(SENTENCE.split())
    # Calm speech runs at 100-200 words a minute: 0.3-0.6 s a word, plus a little silence.
    assert 0.25 * words < speech.duration_s < 0.8 * words
    windows = samples(speech)[: int(speech.duration_s * 100) * (speech.rate_hz // 100)]
    window_rms = np.sqrt((windows.reshape(-1, speech.rate_hz // 100) ** 2).mean(axis=1))
    assert np.mean(window_rms > 0.02) > 0.4, "less than 40% of the 10 ms windows hold sound"


@pytest.mark.parametrize("engine", ENGINES)
def test_the_first_sentence_arrives_before_the_rest_is_synthesised(engine: EngineName) -> None:
    synthesizer = make_synthesizer(engine)
    started = time.monotonic()
    stream = synthesizer.synthesize(ANSWER)
    first = next(stream)
    first_after_s = time.monotonic() - started
    rest = list(stream)
    all_after_s = time.monotonic() - started
    assert len(rest) == 3  # one chunk per sentence
    assert first.duration_s < 0.3 * sum(chunk.duration_s for chunk in rest)
    assert first_after_s < 0.5 * all_after_s, (first_after_s, all_after_s)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_lower_rate_speaks_more_slowly(engine: EngineName) -> None:
    slow = speak(make_synthesizer(engine, rate=0.7), SENTENCE)
    fast = speak(make_synthesizer(engine, rate=1.3), SENTENCE)
    # 1.3 / 0.7 = 1.86 for the words; pauses and edges stretch less.
    assert slow.duration_s / fast.duration_s > 1.4


@pytest.mark.parametrize("engine", ENGINES)
def test_volume_scales_the_amplitude(engine: EngineName) -> None:
    synthesizer = make_synthesizer(engine, volume=0.9)
    loud = speak(synthesizer, SENTENCE)
    synthesizer.volume = 0.3  # takes effect from the next sentence
    quiet = speak(synthesizer, SENTENCE)
    assert 2.0 < rms(loud) / rms(quiet) < 4.5


@pytest.mark.parametrize("engine", ENGINES)
def test_bad_settings_are_refused_with_a_clear_error(engine: EngineName) -> None:
    synthesizer = make_synthesizer(engine)
    with pytest.raises(ValueError, match="rate must be between"):
        synthesizer.rate = 0.0
    with pytest.raises(ValueError, match="volume must be between"):
        synthesizer.volume = 1.5
    assert list(synthesizer.synthesize("  \n ")) == []


def test_auto_prefers_the_natural_voice() -> None:
    assert isinstance(make_synthesizer("auto"), PiperSynthesizer)
    assert isinstance(make_synthesizer("pyttsx3"), Pyttsx3Synthesizer)
    with pytest.raises(ValueError, match="unknown speech engine"):
        make_synthesizer("festival")  # type: ignore[arg-type]


def test_espeak_ng_reads_only_the_text_it_is_given() -> None:
    # pyttsx3 2.99 passes espeak-ng ten times the text's size, and espeak-ng copies that much: a
    # read past the end of the text that crashed a CI run once. Past a large text, which sits at
    # the end of its own memory mapping, that read always crashes, so a child process speaks one
    # (stopping at its first sound, to be quick) through the driver the synthesizer set up.
    child = textwrap.dedent(
        """
        from pyttsx3.drivers import _espeak
        from audio.tts import Pyttsx3Synthesizer

        Pyttsx3Synthesizer()
        _espeak.SetSynthCallback(lambda wav, samples, events: 1)  # 1: stop synthesising
        assert _espeak.Synth("rest " * 400_000, flags=_espeak.CHARS_UTF8) == 0
        _espeak.Synchronize()
        """
    )
    finished = subprocess.run(
        [sys.executable, "-c", child],
        cwd=Path(__file__).parents[1],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr


def test_text_is_split_into_sentences_and_a_long_first_one_at_a_comma() -> None:
    assert split_for_speech("Yes. Call Dr. Lee tomorrow!\nIs that all right?") == [
        "Yes.",
        "Call Dr. Lee tomorrow!",
        "Is that all right?",
    ]
    assert split_for_speech(
        "If you feel dizzy after the treatment, sit down and tell someone near you. Rest."
    ) == ["If you feel dizzy after the treatment,", "sit down and tell someone near you.", "Rest."]
    assert split_for_speech("Yes, that is normal after treatment.") == [
        "Yes,",
        "that is normal after treatment.",
    ]
    # Short enough to sound quickly as it is: not split.
    assert split_for_speech("Yes, that is normal.") == ["Yes, that is normal."]
