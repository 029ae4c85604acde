"""The whole voice loop through the virtual microphone and speaker: real recogniser, real Rasa
model and action server, real natural voice, real sounddevice path. The latencies are measured
by bench.live, as `aftercare eval` measures them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from audio_rig import RATE_HZ, AudioRig, Recording

from assistant.dialogue import Dialogue, Settings
from assistant.spoken import open_recognizer
from audio.devices import MIC_BLOCK_S
from audio.wav import chunk_from_float
from bench.live import RunningLoop, running_loop, take_turn

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


def decoded(recording: Recording) -> str:
    """What the speaker said, decoded in 30 ms pieces: one call over the whole recording holds
    the GIL for seconds on a busy machine, and the rig's microphone feed, starved that long,
    stalls the running loop's microphone."""
    recognizer = open_recognizer("pocketsphinx", None)
    piece = int(MIC_BLOCK_S * RATE_HZ)
    try:
        for start in range(0, len(recording.samples), piece):
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


def stop_latency_ms(running: RunningLoop, request: str, started: str, listen_s: float) -> float:
    """Asks for something that sounds, says "stop" into it while it sounds, and returns how long
    after the end of the word the sound ended; fails if nothing was sounding to be stopped."""
    turn = take_turn(running, request, listen_s, stop_word="stop")
    assert turn.stop_said is not None, f"no {started} started"
    assert turn.sounding_at_stop, (
        f"the {started} was not sounding when 'stop' was said: nothing to interrupt"
    )
    latency_ms = turn.stop_latency_ms
    assert latency_ms is not None, f"the {started} went on after 'stop'"
    print(f"\n{started} stop: sound ended {latency_ms:.0f} ms after the end of 'stop'")
    return latency_ms


def test_stop_cuts_the_answer_within_300_ms(running: RunningLoop) -> None:
    assert stop_latency_ms(running, "what can I eat?", "answer", listen_s=2.0) <= 300


def test_chatter_in_the_room_gets_no_answer(running: RunningLoop) -> None:
    turn = take_turn(
        running, "did you see the football last night, what a goal that was", listen_s=5
    )
    assert turn.reply_latency_ms is None


def test_spoken_stop_ends_an_exercise_and_nothing_plays_after(running: RunningLoop) -> None:
    # Listens a whole box-breathing phase after the stop: nothing may carry on.
    assert stop_latency_ms(running, "let's do box breathing", "exercise", listen_s=6.0) <= 300
    assert running.loop.state.value != "exercising"
