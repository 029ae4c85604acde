"""The whole voice loop through the virtual microphone and speaker: real recogniser, real Rasa
model and action server, real natural voice, real sounddevice path. The latencies are measured
by bench.live, as `aftercare eval` measures them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from audio_rig import RATE_HZ, AudioRig, Recording

from assistant.dialogue import Dialogue, Settings
from assistant.frames import Transcript
from assistant.spoken import open_recognizer
from assistant.voice_loop import State
from audio.devices import MIC_BLOCK_S
from audio.recognizer import EndpointSettings
from audio.wav import chunk_from_float
from bench.live import RunningLoop, Turn, running_loop, take_turn

pytestmark = [pytest.mark.audio, pytest.mark.slow]
SATURDAY_3PM = datetime(2026, 11, 21, 15, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture(scope="module")
def running(audio_rig: AudioRig, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningLoop]:
    home = tmp_path_factory.mktemp("home")
    dialogue = Dialogue(Settings(home=home, fixed_now=SATURDAY_3PM))
    recognizer = open_recognizer("pocketsphinx", None)
    try:
        with running_loop(audio_rig, dialogue, recognizer) as loop:
            yield loop
    finally:
        dialogue.close()
        recognizer.close()


def decoded(recording: Recording, after: float = 0.0) -> str:
    """What the speaker said (from time.monotonic() `after` on), decoded in 30 ms pieces: one
    call over the whole recording holds the GIL for seconds on a busy machine, and the rig's
    microphone feed, starved that long, stalls the running loop's microphone."""
    recognizer = open_recognizer("pocketsphinx", None)
    piece = int(MIC_BLOCK_S * RATE_HZ)
    block = int(np.searchsorted(recording.block_times, after))
    first = int(recording.block_ends[block - 1]) if block else 0
    try:
        for start in range(first, len(recording.samples), piece):
            samples = recording.samples[start : start + piece]
            recognizer.accept(chunk_from_float(samples / 32768.0, RATE_HZ))
        return recognizer.finish().text
    finally:
        recognizer.close()


def test_driving_question_in_spoken_driving_answer_out(running: RunningLoop) -> None:
    turn = take_turn(running, "can I drive today?", listen_s=12)
    assert turn.reply_latency_ms is not None, "the assistant said nothing"
    print(f"\nreply latency (end of question to first sound): {turn.reply_latency_ms:.0f} ms")
    # The answer opens with the echo of what was understood (issue: say what was understood).
    assert "about driving" in decoded(turn.recording)


def said_over(
    running: RunningLoop, request: str, started: str, word: str, listen_s: float, voice: str = "joe"
) -> Turn:
    """Asks for something that sounds and says `word` into it while it sounds; fails if
    nothing was sounding to be interrupted."""
    turn = take_turn(running, request, listen_s, stop_word=word, stop_voice=voice)
    assert turn.stop_said is not None, f"no {started} started"
    assert turn.sounding_at_stop, (
        f"the {started} was not sounding when {word!r} was said: nothing to interrupt"
    )
    return turn


def assert_cut_on_the_word(turn: Turn, started: str, word: str) -> None:
    """The sound ended after `word`, acted on as it was heard: sooner than the silence that
    ends an utterance. How soon is the benchmark's to measure (`aftercare eval`, issue 4's
    300 ms goal), not a timed test's."""
    latency_ms = turn.stop_latency_ms
    assert latency_ms is not None, f"the {started} went on after {word!r}"
    print(f"\n{started} {word}: sound ended {latency_ms:.0f} ms after the end of the word")
    assert latency_ms < EndpointSettings().end_silence_s * 1000


def test_stop_cuts_the_answer_on_the_word(running: RunningLoop) -> None:
    turn = said_over(running, "what can I eat?", "answer", "stop", listen_s=2.0)
    assert_cut_on_the_word(turn, "answer", "stop")


def test_a_slow_wait_heard_as_another_word_still_cuts_the_answer(running: RunningLoop) -> None:
    # The slow voice's "wait" is decoded "wake", with "wait" among the next best wordings.
    turn = said_over(running, "can I drink alcohol?", "answer", "wait", 2.0, voice="joe-slow")
    assert_cut_on_the_word(turn, "answer", "wait")


def test_chatter_in_the_room_gets_no_answer(running: RunningLoop) -> None:
    turn = take_turn(
        running, "did you see the football last night, what a goal that was", listen_s=5
    )
    assert turn.reply_latency_ms is None


def test_wait_pauses_an_exercise_which_says_how_to_go_on(running: RunningLoop) -> None:
    turn = said_over(running, "let's do box breathing", "exercise", "wait", listen_s=4.0)
    assert turn.stop_said is not None
    assert running.loop.state is State.EXERCISING  # paused, not ended
    # After the word it says "Pausing. Say resume when you're ready.": of its words only
    # "resume" and "ready" are in no cue, and the decoder mishears one or the other at times.
    heard = decoded(turn.recording, after=turn.stop_said[1]).split()
    assert "resume" in heard or "ready" in heard, heard
    # Long enough for the whole end-of-utterance silence, should "stop" be heard only then.
    take_turn(running, "stop", listen_s=2.5)
    assert running.loop.state is State.LISTENING


def test_spoken_stop_ends_an_exercise_and_nothing_plays_after(running: RunningLoop) -> None:
    # Listens a whole box-breathing phase after the stop: nothing may carry on.
    turn = said_over(running, "let's do box breathing", "exercise", "stop", listen_s=6.0)
    assert_cut_on_the_word(turn, "exercise", "stop")
    assert running.loop.state is State.LISTENING


def test_feeling_dizzy_in_an_exercise_turns_it_into_easy_breathing(running: RunningLoop) -> None:
    """ "the breathing exercise is making me dizzy" was read as a request for breathing and
    started the exercise again (found in session 15); the facts: stop and breathe normally.
    The words go straight to the loop as a finished utterance: spoken, the first words ("the
    breathing exercise") are a confident request that a short pause may end early, which
    tests/test_endpointing.py covers; here it is what the loop does with all of them."""
    take_turn(running, "let's do box breathing", listen_s=2.0)
    assert running.loop.state is State.EXERCISING
    dizzy = Transcript("the breathing exercise is making me dizzy", 0.9, "pocketsphinx")
    with running.rig.record_speaker() as heard:
        running.loop._on_utterance(dizzy)
        time.sleep(8.0)
        recording = heard()
    assert running.loop.state is State.EXERCISING
    words = decoded(recording).split()
    assert "box" not in words and "paced" not in words, words  # no exercise started again
    assert {"normally", "pace", "counting"} & set(words), words
    take_turn(running, "stop", listen_s=2.5)
    assert running.loop.state is State.LISTENING
