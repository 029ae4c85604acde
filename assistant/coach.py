"""The coach: runs one exercise as a timeline of steps, hands-free and interruptible.

A session is planned as a list of steps (say something, then a tone or silence until the
step's time is up). `run()` plays them against a clock, handing audio to an output callable
in pieces of at most 20 ms and waiting in slices of at most 50 ms. Steps start on schedule:
a timed step ends at its planned start plus its length, whatever the clock and the output
did meanwhile, and the coach knows from the audio it handed over when that audio ends; so
late wake-ups and slow speech never add up to drift.

Commands arrive from any thread through `control()`, `dizzy()` and `heard()`. There is one
cancel path: a command waits in the inbox until the next slice, where `_checkpoint` cuts the
output and raises `_Interrupted`; `run()` catches it and edits the rest of the timeline.
STOP also cuts the output at once from the caller's thread, and the lock around handing a
piece to the output makes sure nothing is handed over after that.
"""

from __future__ import annotations

import enum
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from assistant.exercises import Exercise, Tone
from assistant.frames import AudioChunk, Control
from audio.tones import falling_tone, rising_tone

WAIT_SLICE_S = 0.05  # the longest single sleep: commands take effect within this
PIECE_S = 0.02  # the longest piece of audio handed to the output at once
QUEUE_AHEAD_S = 0.1  # an output that buffers is kept at most this far ahead of the clock
MIN_TONE_S = 0.5  # a shorter remainder of a phase stays silent rather than blip

_TONES: dict[Tone, Callable[[float], Iterator[AudioChunk]]] = {
    Tone.RISING: rising_tone,
    Tone.FALLING: falling_tone,
}


class Clock(Protocol):
    def now(self) -> float: ...  # seconds, monotonic

    def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass(frozen=True)
class PlannedStep:
    """One step of a session's timeline."""

    label: str  # for logs and tests: "intro", "cycle 3/30 step 2", "paused" ...
    say: str = ""  # said at the start; empty: silence only
    seconds: float = 0.0  # from the start of the step to the next; 0: as long as the speech
    tone: Tone = Tone.NONE  # plays after the speech until the step's time is up
    paced: bool = False  # "slower" and "faster" change its length
    listen: bool = False  # waits for the patient to notice; moves on after speech or silence
    reply: bool = False  # a reply to a command: not said again if interrupted
    pause: bool = False  # waits for a command; its time running out ends the session
    cycle: int = 0  # 1-based cycle and step of the exercise; 0 outside the cycles
    step: int = 0


class EndReason(enum.Enum):
    COMPLETED = "completed"  # the close was said, with its offer to do it again
    STOPPED = "stopped"
    EASED = "eased"  # dizziness: switched to easy breathing, then closed
    PAUSE_TIMED_OUT = "pause timed out"  # paused with no "resume" for pause_limit_s


@dataclass(frozen=True)
class StepStarted:
    index: int  # position in the timeline as run (commands insert steps)
    step: PlannedStep
    seconds: float  # the step's length after "slower" and "faster"
    planned_s: float  # when the schedule wanted it to start (clock time)
    started_s: float


@dataclass(frozen=True)
class Said:
    text: str
    started_s: float  # when its first audio was handed to the output


@dataclass(frozen=True)
class TonePlayed:
    tone: Tone
    started_s: float
    seconds: float


@dataclass(frozen=True)
class Heard:
    text: str
    at_s: float


@dataclass(frozen=True)
class Handled:
    command: str  # a Control's value, or "dizzy"
    at_s: float


@dataclass(frozen=True)
class Finished:
    reason: EndReason
    at_s: float

    @property
    def offers_again(self) -> bool:
        """The close just asked whether to do the exercise again."""
        return self.reason is EndReason.COMPLETED


CoachEvent = StepStarted | Said | TonePlayed | Heard | Handled | Finished


@dataclass(frozen=True)
class _Dizzy:
    at_s: float


@dataclass(frozen=True)
class _HeardText:
    text: str
    at_s: float


_Command = Control | _Dizzy
_Inbox = Control | _Dizzy | _HeardText


class _Interrupted(Exception):
    def __init__(self, command: _Command) -> None:
        super().__init__(command)
        self.command = command


def plan(exercise: Exercise) -> list[PlannedStep]:
    """The whole session: intro, caution, the cycles of steps, then the close."""
    quiet = PlannedStep("quiet", seconds=exercise.quiet_s)
    steps = [
        PlannedStep("intro", say=exercise.intro),
        PlannedStep("caution", say=exercise.caution),
        quiet,
    ]
    for cycle in range(1, exercise.cycles + 1):
        for number, step in enumerate(exercise.steps, start=1):
            steps.append(
                PlannedStep(
                    f"cycle {cycle}/{exercise.cycles} step {number}",
                    say=step.cue if cycle == 1 else step.short_cue,
                    seconds=step.seconds,
                    tone=step.tone,
                    paced=True,
                    listen=step.listen,
                    cycle=cycle,
                    step=number,
                )
            )
    return [*steps, quiet, PlannedStep("close", say=exercise.close)]


def plan_easy_breathing(exercise: Exercise) -> list[PlannedStep]:
    """What dizziness switches to: what to do, quiet time to breathe normally, a close."""
    easy = exercise.dizzy
    steps = [
        PlannedStep(f"easy breathing {number}", say=step.cue, seconds=step.seconds)
        for number, step in enumerate(easy.steps, start=1)
    ]
    return [*steps, PlannedStep("close", say=easy.close)]


class Coach:
    """Runs one exercise once. `run()` blocks; the other methods may be called from any thread.

    `speak` turns text into audio (e.g. a Synthesizer's `synthesize`); each text is made once
    and kept. `output` plays or queues one piece of audio; `stop_output` silences whatever
    was handed over. `on_event` receives everything the coach does, from the running thread.
    """

    def __init__(
        self,
        exercise: Exercise,
        *,
        speak: Callable[[str], Iterable[AudioChunk]],
        output: Callable[[AudioChunk], object],
        stop_output: Callable[[], None],
        clock: Clock | None = None,
        on_event: Callable[[CoachEvent], None] | None = None,
    ) -> None:
        self._exercise = exercise
        self._speak = speak
        self._output = output
        self._stop_output = stop_output
        self._clock = clock or MonotonicClock()
        self._on_event = on_event or (lambda event: None)
        self._inbox: queue.Queue[_Inbox] = queue.Queue()
        # Held while a piece is handed to the output; STOP takes it to queue itself.
        self._handing_over = threading.RLock()
        self._speech: dict[str, tuple[AudioChunk, ...]] = {}
        self._steps: list[PlannedStep] = []
        self._index = 0
        self._tempo_steps = 0  # + slower, - faster
        self._eased = False
        self._audio_end_s = 0.0  # when the audio handed over so far will have played
        self._last_heard_s: float | None = None  # in the current listening step

    # --- commands, from any thread -------------------------------------------------------

    def control(self, command: Control) -> None:
        """STOP, PAUSE, RESUME, REPEAT, SLOWER or FASTER; STOP silences the output at once."""
        with self._handing_over:
            self._inbox.put(command)
        if command is Control.STOP:
            self._stop_output()

    def dizzy(self) -> None:
        """End the holds and counts: say what to do, then leave time to breathe normally."""
        self._inbox.put(_Dizzy(self._clock.now()))

    def heard(self, text: str) -> None:
        """What the patient said that is not a command; a listening step moves on after it."""
        self._inbox.put(_HeardText(text, self._clock.now()))

    # --- the session ---------------------------------------------------------------------

    def run(self) -> EndReason:
        """Play the whole session; returns when it is over, stopped or paused too long."""
        self._steps = plan(self._exercise)
        self._index = 0
        self._audio_end_s = planned_s = self._clock.now()
        reason = EndReason.COMPLETED
        while self._index < len(self._steps):
            step = self._steps[self._index]
            try:
                planned_s = self._run_step(step, planned_s)
            except _Interrupted as interrupted:
                self._audio_end_s = planned_s = self._clock.now()  # the output was cut
                stopped = self._respond(interrupted.command)
                if stopped:
                    reason = EndReason.STOPPED
                    break
                continue
            if step.pause:
                reason = EndReason.PAUSE_TIMED_OUT
                break
            self._index += 1
        if reason is EndReason.COMPLETED and self._eased:
            reason = EndReason.EASED
        self._on_event(Finished(reason, self._clock.now()))
        return reason

    def _run_step(self, step: PlannedStep, planned_s: float) -> float:
        """Play one step; returns when the next step is planned to start."""
        self._last_heard_s = None
        self._wait_until(planned_s)
        seconds = self._length(step)
        self._on_event(StepStarted(self._index, step, seconds, planned_s, self._clock.now()))
        end_s = planned_s + seconds
        if step.say:
            self._say(step.say)
        if step.tone is not Tone.NONE:
            self._play_tone(step.tone, end_s)
        if step.listen:
            end_s = self._listen(end_s)
        elif not seconds:  # timed by its speech
            end_s = self._audio_end_s
        # A timed step keeps its planned end even if its audio runs late: the next sound
        # waits for it, the plan does not move, so lateness never adds up.
        self._wait_until(max(end_s, self._audio_end_s))
        return end_s

    def _length(self, step: PlannedStep) -> float:
        if not step.paced:
            return step.seconds
        tempo = self._exercise.tempo
        if step.seconds < tempo.min_phase_s:  # already short: "faster" cannot shorten it
            return step.seconds
        return max(tempo.min_phase_s, step.seconds + self._tempo_steps * tempo.step_s)

    def _say(self, text: str) -> None:
        if text not in self._speech:
            self._speech[text] = tuple(_pieces(self._speak(text)))
        self._play(self._speech[text], Said(text, self._next_audio_s()))

    def _play_tone(self, tone: Tone, end_s: float) -> None:
        start_s = self._next_audio_s()
        if end_s - start_s >= MIN_TONE_S:
            self._play(_TONES[tone](end_s - start_s), TonePlayed(tone, start_s, end_s - start_s))

    def _listen(self, window_end_s: float) -> float:
        """Leave time to notice: the whole window in silence, or settle after the last words."""
        settle_s = self._exercise.listen_settle_s
        while True:
            heard_s = self._last_heard_s
            end_s = window_end_s if heard_s is None else heard_s + settle_s
            if self._clock.now() >= end_s:
                break
            self._wait_until(min(end_s, self._clock.now() + WAIT_SLICE_S))
        if self._last_heard_s is not None:
            self._say(self._exercise.messages.thanks)
        return self._next_audio_s()

    # --- audio and waiting: every slice passes the checkpoint ---------------------------

    def _next_audio_s(self) -> float:
        return max(self._audio_end_s, self._clock.now())

    def _play(self, pieces: Iterable[AudioChunk], event: Said | TonePlayed) -> None:
        announced = False
        for piece in pieces:
            self._wait_until(self._audio_end_s - QUEUE_AHEAD_S)
            with self._handing_over:
                self._checkpoint()
                if not announced:
                    self._on_event(event)
                    announced = True
                handed_s = self._clock.now()
                self._output(piece)
            # A blocking output has played the piece by now, a buffering one will play it
            # after what it holds: either way it ends one piece after the later of the two.
            self._audio_end_s = max(self._audio_end_s, handed_s) + piece.duration_s

    def _wait_until(self, moment_s: float) -> None:
        while True:
            self._checkpoint()
            remaining_s = moment_s - self._clock.now()
            if remaining_s <= 0:
                return
            self._clock.sleep(min(remaining_s, WAIT_SLICE_S))

    def _checkpoint(self) -> None:
        """Where commands take effect: one that matters now cuts the output and interrupts."""
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, _HeardText):
                self._on_event(Heard(item.text, item.at_s))
                if self._steps[self._index].listen:
                    self._last_heard_s = item.at_s
            elif self._matters(item):
                self._stop_output()
                raise _Interrupted(item)

    def _matters(self, command: _Command) -> bool:
        if command is Control.RESUME:
            return self._steps[self._index].pause
        if command in (Control.SLOWER, Control.FASTER):
            return any(step.paced for step in self._steps[self._index :])
        return True

    # --- replies to commands: edits of the rest of the timeline -------------------------

    def _respond(self, command: _Command) -> bool:
        """Change the timeline for `command`; True when the session is to end now."""
        name = "dizzy" if isinstance(command, _Dizzy) else command.value
        self._on_event(Handled(name, self._clock.now()))
        if command is Control.STOP:
            return True
        if isinstance(command, _Dizzy):
            self._eased = True
            self._steps[self._index :] = plan_easy_breathing(self._exercise)
            return False
        current = self._steps[self._index]
        if current.reply:
            del self._steps[self._index]
        messages = self._exercise.messages
        if command is Control.PAUSE:
            limit_s = self._exercise.pause_limit_s
            self._insert(PlannedStep("paused", messages.paused, limit_s, reply=True, pause=True))
        elif command is Control.RESUME:
            self._insert(PlannedStep("resumed", messages.resumed, reply=True))
        elif command in (Control.SLOWER, Control.FASTER):
            self._insert(PlannedStep("tempo", self._change_tempo(command), reply=True))
        # REPEAT, and every reply above, is followed by the interrupted step from its start.
        return False

    def _insert(self, step: PlannedStep) -> None:
        self._steps.insert(self._index, step)

    def _change_tempo(self, command: Control) -> str:
        messages = self._exercise.messages
        slower = command is Control.SLOWER
        wanted = self._tempo_steps + (1 if slower else -1)
        if abs(wanted) > self._exercise.tempo.max_steps:
            return messages.slowest if slower else messages.fastest
        self._tempo_steps = wanted
        return messages.slower if slower else messages.faster


def _pieces(chunks: Iterable[AudioChunk]) -> Iterator[AudioChunk]:
    """The audio cut into pieces of at most PIECE_S, so that a stop takes effect fast."""
    for chunk in chunks:
        frame_bytes = chunk.width_bytes * chunk.channels
        step = max(1, int(chunk.rate_hz * PIECE_S)) * frame_bytes
        for start in range(0, len(chunk.pcm), step):
            yield AudioChunk(
                chunk.pcm[start : start + step], chunk.rate_hz, chunk.channels, chunk.width_bytes
            )
