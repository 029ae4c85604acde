"""Live figures on the virtual devices of bench.rig: the real VoiceLoop hears questions spoken
into the microphone, in real time, and answers on the speaker.

Measured: from the end of a spoken question to the first sound of its answer, and from the end
of a "stop" or "wait" said over the answer to the speaker going silent. `aftercare eval` and
tests/test_voice_loop.py measure through these same functions.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from assistant.clinic import load_clinic
from assistant.dialogue import Dialogue
from assistant.spoken import open_recognizer
from assistant.voice_loop import LoopSettings, VoiceLoop
from audio.devices import AudioDeviceError, open_microphone, open_speaker
from audio.output import AudioOutput
from audio.recognizer import Engine, Recognizer
from audio.tts import make_synthesizer
from bench.noise import FRAME_S, active_frames, samples_of
from bench.rig import RATE_HZ, AudioRig, Recording, RigUnavailable, running_rig
from bench.speech import speak
from bench.testset import Sentence, stratified

# Questions whose answer is spoken advice: nothing is set, started or raised by asking them.
LIVE_INTENTS = frozenset(
    {"can_i_drive", "what_can_i_eat", "alcohol", "medications", "side_effect", "activities"}
    | {"feel_better_when", "next_booster"}
)
LIVE_VOICE = "joe"  # piper's voice, as bench.speech names it, says the questions and stops
STOP_WORDS = ("stop", "wait")  # said in turn over the answers
ANSWER_WAIT_S = 10.0  # an answer not started this long after the question counts as none
INTO_ANSWER_S = 2.0  # the stop word is said this far into the answer: past its echo
SOUND_WAIT_S = 2.0  # the longest wait for the answer to sound again before the stop word
RECENT_SOUND_S = 0.05  # the speaker is sounding when its latest loud 10 ms is this recent
SOUNDING_BEFORE_STOP_S = 0.3  # sound this close before the stop word: it had something to stop
AFTER_STOP_S = 1.5  # listened after the stop word, in `aftercare eval`
SAID_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class RunningLoop:
    """A VoiceLoop listening to the rig's microphone in a thread of its own."""

    loop: VoiceLoop
    rig: AudioRig
    output: AudioOutput


@contextlib.contextmanager
def running_loop(
    rig: AudioRig, dialogue: Dialogue, recognizer: Recognizer
) -> Iterator[RunningLoop]:
    """The voice loop on the rig's devices (the defaults), prepared as `aftercare run` does it,
    with the piper voice."""
    with open_microphone() as microphone, open_speaker() as speaker:
        output = AudioOutput(speaker)
        loop = VoiceLoop(
            dialogue, recognizer, make_synthesizer("piper"), output, load_clinic(), LoopSettings()
        )
        listener = threading.Thread(target=loop.hear, args=(microphone,), daemon=True)
        try:
            loop.prepare()
            listener.start()
            yield RunningLoop(loop, rig, output)
        finally:
            loop.finished = True
            if listener.is_alive():
                listener.join(timeout=5)
            output.close()


@dataclass(frozen=True)
class Turn:
    """One spoken question to the running loop, and what its speaker played meanwhile."""

    question_ended_at: float  # time.monotonic(), as are the times below
    recording: Recording
    stop_said: tuple[float, float] | None  # when the stop word began and ended, if it was said
    still_sounding: bool  # audio was queued or playing when the listening ended

    @property
    def reply_latency_ms(self) -> float | None:
        """From the end of the question to the first sound; None: nothing was played."""
        started = self.recording.sound_started_at()
        return None if started is None else (started - self.question_ended_at) * 1000

    @property
    def sounding_at_stop(self) -> bool:
        """The answer was playing as the stop word began: there was something to stop."""
        if self.stop_said is None:
            return False
        began = self.stop_said[0]
        loud_at = (self.recording.time_at(int(i)) for i in self.recording.loud_windows())
        return any(began - SOUNDING_BEFORE_STOP_S <= t <= began for t in loud_at)

    @property
    def stop_latency_ms(self) -> float | None:
        """From the end of the stop word to the last sound; None when there was nothing to stop
        or the sound went on to the end of the listening."""
        ended = self.recording.sound_ended_at()
        if self.stop_said is None or not self.sounding_at_stop or self.still_sounding:
            return None
        assert ended is not None  # it was sounding at the stop
        return (ended - self.stop_said[1]) * 1000


def take_turn(
    running: RunningLoop,
    question: str,
    listen_s: float,
    stop_word: str | None = None,
    stop_voice: str = LIVE_VOICE,
) -> Turn:
    """Says `question` (piper's joe voice) into the microphone once the loop is quiet; with a
    `stop_word`, says it (in `stop_voice`) INTO_ANSWER_S into the answer, as soon as the speaker
    sounds (not in a pause between sentences). Listens `listen_s` after the last words said."""
    running.output.wait_idle(timeout_s=SAID_TIMEOUT_S)
    with running.rig.record_speaker() as heard:
        question_ended_at = _say(running.rig, question)[1]
        stop_said = None
        if stop_word is not None and _answer_started(running.output):
            time.sleep(INTO_ANSWER_S)
            _wait_for_sound(heard)
            stop_said = _say(running.rig, stop_word, stop_voice)
        time.sleep(listen_s)
        recording = heard()
    return Turn(question_ended_at, recording, stop_said, running.output.busy())


def _say(rig: AudioRig, text: str, voice: str = LIVE_VOICE) -> tuple[float, float]:
    """Speaks `text` into the microphone at once; returns when its words began and ended. The
    words are the clip's speech part: the quiet before them is left out (the microphone hears
    silence between utterances anyway) and the quiet after them, which piper lengthens by a
    fifth of a second, is no part of them."""
    speech = speak(text, voice)
    frames = np.flatnonzero(active_frames(samples_of(speech)))
    frame_bytes = round(FRAME_S * speech.rate_hz) * speech.width_bytes
    said = replace(speech, pcm=speech.pcm[frames[0] * frame_bytes :])
    rig.say(said)
    began_at = rig.wait_until_said(timeout_s=SAID_TIMEOUT_S) - said.duration_s
    return began_at, began_at + (frames[-1] + 1 - frames[0]) * FRAME_S


def _wait_for_sound(heard: Callable[[], Recording]) -> None:
    """Returns once the latest sound the speaker made is recent, or after SOUND_WAIT_S."""
    deadline = time.monotonic() + SOUND_WAIT_S
    while time.monotonic() < deadline:
        recording = heard()  # waits a little for the sink itself
        loud = recording.loud_windows()
        if len(loud) and len(recording.samples) - loud[-1] <= RECENT_SOUND_S * RATE_HZ:
            return


def _answer_started(output: AudioOutput) -> bool:
    deadline = time.monotonic() + ANSWER_WAIT_S
    while not output.busy():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@dataclass(frozen=True)
class LiveOutcome:
    """One question of the live run, with a stop word over its answer."""

    question: str
    stop_word: str
    reply_latency_ms: float | None  # None: no answer was heard
    sounding_at_stop: bool  # the answer was playing when the stop word began
    stop_latency_ms: float | None  # None: nothing to stop, or the answer went on


@dataclass(frozen=True)
class LiveRun:
    """The live part of `aftercare eval`, or why it did not run."""

    engine: str
    outcomes: tuple[LiveOutcome, ...]
    skipped: str | None = None


def live_questions(sentences: Sequence[Sentence], count: int) -> list[Sentence]:
    """`count` held-out questions with spoken-advice answers, spread over their intents."""
    return stratified(
        [s for s in sentences if s.kind == "question" and s.expected in LIVE_INTENTS], count
    )


def measure_live(
    dialogue: Dialogue, engine: Engine, vosk_model: Path | None, questions: Sequence[Sentence]
) -> LiveRun:
    """Every question through the real voice loop on the virtual devices, a stop word over
    each answer; skipped, saying why, where the devices cannot run."""
    try:
        with running_rig() as rig:
            recognizer = open_recognizer(engine, vosk_model)
            try:
                with running_loop(rig, dialogue, recognizer) as running:
                    outcomes = tuple(
                        _outcome(running, sentence.text, STOP_WORDS[index % len(STOP_WORDS)])
                        for index, sentence in enumerate(tqdm(questions, desc="live"))
                    )
            finally:
                recognizer.close()
    except (RigUnavailable, AudioDeviceError) as error:
        return LiveRun(engine, (), skipped=str(error))
    return LiveRun(engine, outcomes)


def _outcome(running: RunningLoop, question: str, stop_word: str) -> LiveOutcome:
    turn = take_turn(running, question, AFTER_STOP_S, stop_word)
    return LiveOutcome(
        question=question,
        stop_word=stop_word,
        reply_latency_ms=_rounded(turn.reply_latency_ms),
        sounding_at_stop=turn.sounding_at_stop,
        stop_latency_ms=_rounded(turn.stop_latency_ms),
    )


def summarise_live(run: LiveRun) -> dict[str, Any]:
    """The JSON-ready figures: reply latency p50/p90/max, barge-in p50/max, and the counts."""
    outcomes = run.outcomes
    answered = [o.reply_latency_ms for o in outcomes if o.reply_latency_ms is not None]
    stopped = [o for o in outcomes if o.stop_latency_ms is not None]
    return {
        "skipped": run.skipped,
        "engine": run.engine,
        "questions": len(outcomes),
        "answered": len(answered),
        "reply_latency_ms": _spread(answered, ("p50", "p90", "max")),
        "barge_in_ms": _spread([o.stop_latency_ms for o in stopped], ("p50", "max")),
        "barge_in_ms_by_word": {
            word: _spread(
                [o.stop_latency_ms for o in stopped if o.stop_word == word], ("p50", "max")
            )
            for word in STOP_WORDS
        },
        "barge_in": {
            "tried": len(answered),
            "measured": len(stopped),
            "not_sounding": sum(
                o.reply_latency_ms is not None and not o.sounding_at_stop for o in outcomes
            ),
            "went_on": sum(o.sounding_at_stop and o.stop_latency_ms is None for o in outcomes),
        },
        "trials": [asdict(o) for o in outcomes],
    }


def _spread(values: Sequence[float | None], keys: Sequence[str]) -> dict[str, float | None]:
    present = [value for value in values if value is not None]
    if not present:
        return {key: None for key in keys}
    points = {"p50": 50.0, "p90": 90.0, "max": 100.0}
    return {key: round(float(np.percentile(present, points[key])), 1) for key in keys}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
