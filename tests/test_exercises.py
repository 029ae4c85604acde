"""Guided exercises: the data, the tones and the coach that runs them.

The coach runs on a fake clock so that a five-minute session takes a moment; everything else
is real: the packaged YAML, clinic files on disk, speech from espeak-ng (through the
project's pyttsx3 synthesizer) and the generated tones. The fake clock and output stand in
for time and the speaker because what is tested is the coach's timing, and real ones would
make every session last as long as it sounds (one test does run on the real clock). The
output takes as long as the audio it is given, on the fake clock, and notes when each piece
was handed over and when it was told to stop.
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
import itertools
import random
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import numpy as np
import pytest

from assistant.coach import (
    MIN_TONE_S,
    PIECE_S,
    QUEUE_AHEAD_S,
    WAIT_SLICE_S,
    Coach,
    CoachEvent,
    EndReason,
    Finished,
    Handled,
    MonotonicClock,
    Said,
    StepStarted,
    TonePlayed,
)
from assistant.exercises import (
    Exercise,
    ExerciseFileError,
    Kind,
    Tone,
    exercise_of,
    find_exercise,
    load_exercises,
)
from assistant.frames import AudioChunk, Control
from audio.tones import LEVEL_DBFS, RATE_HZ, falling_tone, rising_tone
from audio.tts import Synthesizer, make_synthesizer

EXERCISES = load_exercises()


@functools.cache
def _voice() -> Synthesizer:
    return make_synthesizer("pyttsx3")


@functools.cache
def speak(text: str) -> tuple[AudioChunk, ...]:
    """Real espeak-ng speech; kept across tests, as each coach keeps it within a session."""
    return tuple(_voice().synthesize(text))


def _spoken_s(text: str) -> float:
    return sum(chunk.duration_s for chunk in speak(text))


class FakeClock:
    """Time passes only when the coach sleeps or the output plays; actions fire on time.

    `sleep_overshoot_s` makes every sleep last up to that much longer, as a real one does.
    """

    def __init__(self, sleep_overshoot_s: float = 0.0) -> None:
        self._now_s = 1000.0  # not 0: nothing may assume the clock starts there
        self._overshoot_s = sleep_overshoot_s
        self._random = random.Random(7)
        self._actions: list[tuple[float, int, Callable[[], None]]] = []
        self.longest_sleep_s = 0.0

    def now(self) -> float:
        return self._now_s

    def sleep(self, seconds: float) -> None:
        self.longest_sleep_s = max(self.longest_sleep_s, seconds)
        self.advance(seconds + self._random.uniform(0.0, self._overshoot_s))

    def at(self, moment_s: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._actions, (moment_s, len(self._actions), action))

    def advance(self, seconds: float) -> None:
        target_s = self._now_s + seconds
        while self._actions and self._actions[0][0] <= target_s:
            moment_s, _, action = heapq.heappop(self._actions)
            self._now_s = max(self._now_s, moment_s)
            action()
        self._now_s = target_s


OutputKind = Literal["blocking", "device", "queue"]
DEVICE_BUFFER_S = 0.1
DEVICE_WAKE_UP_S = 0.001


class Session:
    """One coached exercise on a fake clock, with everything it did written down.

    The output stands in for the speaker. "blocking" takes exactly as long as the audio;
    "device" is a sound card with a 100 ms buffer whose writes return when there is room,
    each up to 1 ms late; "queue" returns at once, as a queue in front of a speaker would.
    """

    def __init__(
        self, exercise: Exercise, sleep_overshoot_s: float = 0.0, output: OutputKind = "blocking"
    ) -> None:
        self.clock = FakeClock(sleep_overshoot_s)
        self.events: list[CoachEvent] = []
        self.handed: list[tuple[float, float]] = []  # (clock time, seconds) per piece
        self.stops: list[float] = []
        self._output_kind = output
        self._device_end_s = 0.0
        self._random = random.Random(11)
        self._triggers: list[tuple[Callable[[CoachEvent], bool], float, Callable[[], None]]] = []
        self.coach = Coach(
            exercise,
            speak=speak,
            output=self._output,
            stop_output=lambda: self.stops.append(self.clock.now()),
            clock=self.clock,
            on_event=self._event,
        )

    def when(
        self, seen: Callable[[CoachEvent], bool], after_s: float, action: Callable[[], None]
    ) -> None:
        """Once an event matching `seen` happens, do `action` `after_s` later."""
        self._triggers.append((seen, after_s, action))

    def run(self) -> EndReason:
        return self.coach.run()

    def _output(self, piece: AudioChunk) -> None:
        assert piece.duration_s <= PIECE_S + 1e-9
        now_s = self.clock.now()
        self.handed.append((now_s, piece.duration_s))
        if self._output_kind == "blocking":
            self.clock.advance(piece.duration_s)
        elif self._output_kind == "device":
            self._device_end_s = max(self._device_end_s, now_s) + piece.duration_s
            room_s = (
                self._device_end_s - DEVICE_BUFFER_S + self._random.uniform(0, DEVICE_WAKE_UP_S)
            )
            self.clock.advance(max(0.0, room_s - now_s))

    def _event(self, event: CoachEvent) -> None:
        self.events.append(event)
        for trigger in list(self._triggers):
            seen, after_s, action = trigger
            if seen(event):
                self._triggers.remove(trigger)
                self.clock.at(self.clock.now() + after_s, action)

    def started(self) -> list[StepStarted]:
        return [event for event in self.events if isinstance(event, StepStarted)]

    def cycle_steps(self) -> list[StepStarted]:
        return [event for event in self.started() if event.step.cycle]

    def said(self) -> list[str]:
        return [event.text for event in self.events if isinstance(event, Said)]

    def finished(self) -> Finished:
        (finished,) = [event for event in self.events if isinstance(event, Finished)]
        return finished

    def handed_after(self, moment_s: float) -> list[tuple[float, float]]:
        return [piece for piece in self.handed if piece[0] >= moment_s]


def step_started(cycle: int, step: int) -> Callable[[CoachEvent], bool]:
    return lambda event: (
        isinstance(event, StepStarted) and (event.step.cycle, event.step.step) == (cycle, step)
    )


def said(text: str) -> Callable[[CoachEvent], bool]:
    return lambda event: isinstance(event, Said) and event.text == text


# --- every exercise, start to end --------------------------------------------------------


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_packaged_exercise_runs_to_completion(exercise_id: str) -> None:
    exercise = EXERCISES[exercise_id]
    session = Session(exercise, sleep_overshoot_s=0.002)

    assert session.run() is EndReason.COMPLETED
    said_texts = session.said()
    assert said_texts[:2] == [exercise.intro, exercise.caution]
    assert said_texts[-1] == exercise.close
    assert session.finished().offers_again
    cycle_steps = session.cycle_steps()
    assert [(e.step.cycle, e.step.step) for e in cycle_steps] == [
        (cycle, step)
        for cycle in range(1, exercise.cycles + 1)
        for step in range(1, len(exercise.steps) + 1)
    ]
    for event in cycle_steps:
        planned = exercise.steps[event.step.step - 1]
        assert event.step.say == (planned.cue if event.step.cycle == 1 else planned.short_cue)
        assert event.seconds == planned.seconds
        assert abs(event.started_s - event.planned_s) < 0.1
    # Each timed step starts when the one before it was planned to end.
    for before, after in itertools.pairwise(cycle_steps):
        if not before.step.listen:
            assert after.planned_s == pytest.approx(before.planned_s + before.seconds)
    tones = [event for event in session.events if isinstance(event, TonePlayed)]
    # A tone fills what its phase has left after the cue, unless that is too short to hear.
    toned_steps = [
        e
        for e in cycle_steps
        if e.step.tone is not Tone.NONE and e.seconds - _spoken_s(e.step.say) >= MIN_TONE_S
    ]
    assert [tone.tone for tone in tones] == [e.step.tone for e in toned_steps]
    for tone, step in zip(tones, toned_steps, strict=True):
        assert tone.started_s + tone.seconds == pytest.approx(step.planned_s + step.seconds)
    assert session.handed_after(session.finished().at_s) == []
    assert session.clock.longest_sleep_s <= WAIT_SLICE_S


@pytest.mark.parametrize("output", ["blocking", "device"])
def test_a_paced_session_keeps_time_over_five_minutes(output: OutputKind) -> None:
    """Every sleep overshoots by up to 3 ms, as a real one does."""
    exercise = EXERCISES["paced"]
    session = Session(exercise, sleep_overshoot_s=0.003, output=output)
    session.run()

    cycle_steps = session.cycle_steps()
    anchor_s = cycle_steps[0].planned_s
    lengths = [exercise.steps[e.step.step - 1].seconds for e in cycle_steps]
    expected_starts = anchor_s + np.concatenate([[0.0], np.cumsum(lengths)])
    starts = np.array([e.started_s for e in cycle_steps])
    drift = np.abs(starts - expected_starts[:-1])
    after_last = session.started()[session.started().index(cycle_steps[-1]) + 1]
    end_drift = abs(after_last.started_s - expected_starts[-1])
    print(
        f"paced breathing, {output} output, {expected_starts[-1] - anchor_s:.0f} s of cycles: "
        f"largest start error {drift.max() * 1000:.1f} ms, at the end {end_drift * 1000:.1f} ms"
    )
    assert expected_starts[-1] - anchor_s == pytest.approx(300)
    assert drift.max() < 0.1
    assert end_drift < 0.1
    # Nothing adds up: no start is later than one late wake-up, even after five minutes.
    assert drift.max() < 0.01


def test_an_output_that_buffers_is_fed_at_the_pace_of_the_clock() -> None:
    """The output returns at once, as a queue in front of a speaker would."""
    session = Session(EXERCISES["box"], output="queue")
    session.run()

    # Audio is handed over no further ahead than the coach allows.
    played_until_s = 0.0
    for handed_s, seconds in session.handed:
        played_until_s = max(played_until_s, handed_s) + seconds
        assert played_until_s - handed_s <= QUEUE_AHEAD_S + PIECE_S + 1e-9
    for event in session.cycle_steps():
        assert abs(event.started_s - event.planned_s) < 0.1
    last = session.cycle_steps()[-1]
    assert session.finished().at_s > last.planned_s + last.seconds


# --- commands ------------------------------------------------------------------------------


def test_stop_in_the_middle_of_a_hold_silences_at_once_and_nothing_follows() -> None:
    session = Session(EXERCISES["box"])
    session.when(step_started(2, 2), 1.5, lambda: session.coach.control(Control.STOP))

    assert session.run() is EndReason.STOPPED
    hold = next(e for e in session.started() if (e.step.cycle, e.step.step) == (2, 2))
    stop_s = hold.started_s + 1.5
    assert session.stops and session.stops[0] == pytest.approx(stop_s)
    assert session.handed_after(stop_s) == []
    assert session.started()[-1] is hold
    assert session.finished().at_s - stop_s <= WAIT_SLICE_S
    assert not session.finished().offers_again


def test_stop_while_speaking_cuts_the_speech() -> None:
    session = Session(EXERCISES["four_seven_eight"])
    session.when(
        said(EXERCISES["four_seven_eight"].intro), 1.0, lambda: session.coach.control(Control.STOP)
    )

    assert session.run() is EndReason.STOPPED
    stop_s = session.stops[0]
    assert session.handed_after(stop_s) == []
    assert session.said() == [EXERCISES["four_seven_eight"].intro]


def test_stop_from_another_thread_with_the_real_clock() -> None:
    """A real clock and a thread; the output sleeps for each piece as a sound card would."""
    handed: list[float] = []
    first_cycle = threading.Event()

    def output(piece: AudioChunk) -> None:
        handed.append(time.monotonic())
        time.sleep(piece.duration_s)

    def on_event(event: CoachEvent) -> None:
        if isinstance(event, StepStarted) and event.step.cycle == 1:
            first_cycle.set()

    short = dataclasses.replace(
        EXERCISES["box"], intro="Box breathing.", caution="Ready.", quiet_s=0.1
    )
    coach = Coach(
        short,
        speak=speak,
        output=output,
        stop_output=lambda: None,
        clock=MonotonicClock(),
        on_event=on_event,
    )
    outcome: list[EndReason] = []
    runner = threading.Thread(target=lambda: outcome.append(coach.run()))
    runner.start()
    assert first_cycle.wait(timeout=20)
    time.sleep(0.8)  # into the rising tone of the first breath
    coach.control(Control.STOP)
    stopped_s = time.monotonic()
    runner.join(timeout=2)

    assert outcome == [EndReason.STOPPED]
    assert [moment for moment in handed if moment > stopped_s] == []
    assert time.monotonic() - stopped_s < 1.0


def test_a_stop_before_the_session_starts_plays_nothing() -> None:
    session = Session(EXERCISES["paced"])
    session.coach.control(Control.STOP)

    assert session.run() is EndReason.STOPPED
    assert session.handed == []


def test_pause_keeps_the_position_and_resume_goes_on_from_there() -> None:
    exercise = EXERCISES["paced"]
    messages = exercise.messages
    session = Session(exercise)
    session.when(step_started(3, 2), 2.0, lambda: session.coach.control(Control.PAUSE))
    session.when(said(messages.paused), 40.0, lambda: session.coach.control(Control.RESUME))

    assert session.run() is EndReason.COMPLETED
    texts = session.said()
    paused_at = texts.index(messages.paused)
    assert texts[paused_at + 1 : paused_at + 3] == [messages.resumed, exercise.steps[1].short_cue]
    # Silent while paused: nothing between the end of the pause message and the resume.
    pause_said = next(
        e for e in session.events if isinstance(e, Said) and e.text == messages.paused
    )
    resume = next(e for e in session.events if isinstance(e, Handled) and e.command == "resume")
    message_end_s = pause_said.started_s + _spoken_s(messages.paused)
    quiet = [p for p in session.handed if message_end_s + 0.001 < p[0] < resume.at_s]
    assert quiet == []
    assert resume.at_s - pause_said.started_s >= 40.0
    # The interrupted step starts again; no step is skipped or added.
    order = [(e.step.cycle, e.step.step) for e in session.cycle_steps()]
    assert order.count((3, 2)) == 2
    assert sorted(set(order)) == [(c, s) for c in range(1, exercise.cycles + 1) for s in (1, 2)]
    assert len(order) == exercise.cycles * 2 + 1


def test_a_pause_nobody_resumes_ends_the_session_quietly() -> None:
    exercise = EXERCISES["box"]
    session = Session(exercise)
    session.when(step_started(1, 1), 1.0, lambda: session.coach.control(Control.PAUSE))

    assert session.run() is EndReason.PAUSE_TIMED_OUT
    paused = next(
        e for e in session.events if isinstance(e, Said) and e.text == exercise.messages.paused
    )
    assert session.finished().at_s - paused.started_s == pytest.approx(
        exercise.pause_limit_s, abs=0.1
    )
    assert session.said()[-1] == exercise.messages.paused


def test_repeat_says_the_current_cue_again_and_restarts_its_count() -> None:
    exercise = EXERCISES["box"]
    session = Session(exercise)
    session.when(step_started(1, 2), 2.0, lambda: session.coach.control(Control.REPEAT))

    session.run()
    holds = [e for e in session.cycle_steps() if (e.step.cycle, e.step.step) == (1, 2)]
    assert len(holds) == 2
    assert holds[1].started_s == pytest.approx(holds[0].started_s + 2.0, abs=WAIT_SLICE_S)
    following = next(e for e in session.cycle_steps() if (e.step.cycle, e.step.step) == (1, 3))
    assert following.started_s == pytest.approx(holds[1].started_s + 4.0, abs=0.01)
    assert session.said().count("Hold.") == exercise.cycles * 2 + 1


def test_slower_and_faster_change_every_phase_within_bounds_and_say_so() -> None:
    exercise = EXERCISES["paced"]
    messages, tempo = exercise.messages, exercise.tempo
    session = Session(exercise)
    # A few seconds apart, as a person would say them.
    for number in range(tempo.max_steps + 1):
        session.when(
            step_started(2, 1), 1.0 + 2 * number, lambda: session.coach.control(Control.SLOWER)
        )
    for number in range(2 * tempo.max_steps + 1):
        session.when(
            step_started(6, 1), 1.0 + 2 * number, lambda: session.coach.control(Control.FASTER)
        )

    assert session.run() is EndReason.COMPLETED
    texts = session.said()
    assert texts.count(messages.slower) == tempo.max_steps
    assert texts.count(messages.slowest) == 1
    assert texts.count(messages.faster) == 2 * tempo.max_steps
    assert texts.count(messages.fastest) == 1

    def lengths(cycle: int) -> tuple[float, float]:
        steps = [e for e in session.cycle_steps() if e.step.cycle == cycle]
        return steps[-2].seconds, steps[-1].seconds

    assert lengths(1) == (4.0, 6.0)
    slowest = tempo.max_steps * tempo.step_s
    assert lengths(3) == (4.0 + slowest, 6.0 + slowest)
    assert lengths(7) == (max(tempo.min_phase_s, 4.0 - slowest), 6.0 - slowest)
    # The clock agrees: cycle 3 really lasts the slower length.
    cycle_3 = [e for e in session.cycle_steps() if e.step.cycle == 3]
    cycle_4 = next(e for e in session.cycle_steps() if e.step.cycle == 4)
    assert cycle_4.started_s - cycle_3[0].started_s == pytest.approx(10.0 + 2 * slowest, abs=0.01)


def test_dizzy_ends_the_holds_and_switches_to_easy_breathing() -> None:
    exercise = EXERCISES["four_seven_eight"]
    session = Session(exercise)
    session.when(step_started(2, 2), 3.0, session.coach.dizzy)

    assert session.run() is EndReason.EASED
    hold = next(e for e in session.started() if (e.step.cycle, e.step.step) == (2, 2))
    dizzy_s = hold.started_s + 3.0
    assert session.stops and session.stops[0] - dizzy_s <= WAIT_SLICE_S
    after = [e for e in session.events if getattr(e, "started_s", 0.0) >= dizzy_s]
    assert not any(isinstance(e, StepStarted) and e.step.cycle for e in after)
    assert not any(isinstance(e, TonePlayed) for e in after)
    easy_texts = [step.cue for step in exercise.dizzy.steps] + [exercise.dizzy.close]
    assert session.said()[-len(easy_texts) :] == easy_texts
    assert "breathe normally" in easy_texts[0].lower()
    assert not session.finished().offers_again


def test_grounding_leaves_time_and_moves_on_after_an_answer() -> None:
    exercise = EXERCISES["grounding"]
    settle_s = exercise.listen_settle_s
    session = Session(exercise)
    for number in range(1, len(exercise.steps) + 1):
        session.when(step_started(1, number), 8.0, lambda: session.coach.heard("a lamp"))
    session.when(step_started(1, 1), 11.0, lambda: session.coach.heard("and the window"))

    assert session.run() is EndReason.COMPLETED
    assert session.said().count(exercise.messages.thanks) == len(exercise.steps)
    steps = session.cycle_steps()
    following = [*steps[1:], session.started()[session.started().index(steps[-1]) + 1]]
    for number, (step, after) in enumerate(zip(steps, following, strict=True), start=1):
        last_words_s = step.started_s + (11.0 if number == 1 else 8.0)
        thanks_s = _spoken_s(exercise.messages.thanks)
        assert after.started_s == pytest.approx(last_words_s + settle_s + thanks_s, abs=0.06)


def test_grounding_in_silence_gives_each_step_its_whole_time() -> None:
    exercise = EXERCISES["grounding"]
    session = Session(exercise)

    assert session.run() is EndReason.COMPLETED
    assert exercise.messages.thanks not in session.said()
    steps = session.cycle_steps()
    for step, after in itertools.pairwise(steps):
        assert after.started_s - step.started_s == pytest.approx(step.seconds, abs=0.06)


def test_words_heard_outside_a_listening_step_change_nothing() -> None:
    session = Session(EXERCISES["box"])
    session.when(step_started(1, 2), 1.0, lambda: session.coach.heard("that feels good"))

    assert session.run() is EndReason.COMPLETED
    assert EXERCISES["box"].messages.thanks not in session.said()
    for event in session.cycle_steps():
        assert abs(event.started_s - event.planned_s) < 0.01


# --- tones ---------------------------------------------------------------------------------


def _samples(pieces: list[AudioChunk]) -> np.ndarray:
    return np.frombuffer(b"".join(p.pcm for p in pieces), dtype="<i2").astype(np.float64) / 32767


def _pitch_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / RATE_HZ)[np.argmax(spectrum)])


@pytest.mark.parametrize(("make", "rises"), [(rising_tone, True), (falling_tone, False)])
def test_tones_glide_the_right_way_quietly_with_soft_edges(
    make: Callable[[float], Iterator[AudioChunk]], rises: bool
) -> None:
    pieces = list(make(4.0))
    samples = _samples(pieces)
    assert len(samples) == 4 * RATE_HZ
    assert all(piece.rate_hz == RATE_HZ and piece.duration_s <= PIECE_S for piece in pieces)
    first, last = _pitch_hz(samples[:RATE_HZ]), _pitch_hz(samples[-RATE_HZ:])
    assert (last > first * 1.2) if rises else (first > last * 1.2)
    peak = np.abs(samples).max()
    assert 20 * np.log10(peak) <= LEVEL_DBFS + 0.1
    edge = RATE_HZ // 100  # 10 ms
    assert np.abs(samples[:edge]).max() < 0.02 * peak
    assert np.abs(samples[-edge:]).max() < 0.02 * peak


def test_a_tone_of_no_length_is_refused() -> None:
    with pytest.raises(ValueError, match="more than 0 seconds"):
        rising_tone(0.0)


# --- the packaged data -----------------------------------------------------------------------


def test_packaged_timings_follow_the_aftercare_facts() -> None:
    def pattern(exercise_id: str) -> list[tuple[float, Tone]]:
        return [(step.seconds, step.tone) for step in EXERCISES[exercise_id].steps]

    assert pattern("box") == [(4, Tone.RISING), (4, Tone.NONE), (4, Tone.FALLING), (4, Tone.NONE)]
    assert pattern("four_seven_eight") == [(4, Tone.RISING), (7, Tone.NONE), (8, Tone.FALLING)]
    assert EXERCISES["four_seven_eight"].cycles <= 4
    (inhale, _), (exhale, _) = pattern("paced")
    assert 4 <= inhale <= 5 and 5 <= exhale <= 6
    assert 60 / (inhale + exhale) == pytest.approx(6, abs=0.5)
    assert [tone for _, tone in pattern("sighing")] == [Tone.RISING, Tone.RISING, Tone.FALLING]
    sighing = EXERCISES["sighing"]
    assert sighing.cycles * sum(s.seconds for s in sighing.steps) == pytest.approx(300, abs=30)
    tense, relax = pattern("muscle_relaxation")[0::2], pattern("muscle_relaxation")[1::2]
    assert all(5 <= seconds <= 10 for seconds, _ in tense)
    assert all(15 <= seconds <= 30 for seconds, _ in relax)
    assert "pain" in EXERCISES["muscle_relaxation"].caution
    assert all(step.listen for step in EXERCISES["grounding"].steps)
    assert len(EXERCISES["grounding"].steps) == 5
    for exercise in EXERCISES.values():
        assert "again" in exercise.close
        if exercise.kind is Kind.BREATHING:
            assert "dizzy" in exercise.caution and "breathe normally" in exercise.caution


ASKING = ["{}", "let's do {}", "can we do {} please", "I'd like some {} now"]


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_alias_finds_its_exercise(exercise_id: str) -> None:
    for alias in EXERCISES[exercise_id].aliases:
        for asking in ASKING:
            found = find_exercise(asking.format(alias), EXERCISES)
            assert found is not None and found.id == exercise_id, asking.format(alias)


@pytest.mark.parametrize(
    ("text", "exercise_id"),
    [
        ("let's do box breathing", "box"),
        ("can we do grounding", "grounding"),
        ("body scan please", "body_scan"),
        ("some breathing please", "paced"),
        ("help me breathe", "paced"),
        ("the 4-7-8 one", "four_seven_eight"),
        ("5 4 3 2 1", "grounding"),
        ("what's the weather like", None),
        ("", None),
    ],
)
def test_find_exercise_in_free_text(text: str, exercise_id: str | None) -> None:
    found = find_exercise(text, EXERCISES)
    assert (found.id if found else None) == exercise_id


# --- clinic files ----------------------------------------------------------------------------


def test_a_clinic_file_adds_exercises_and_changes_fields(tmp_path: Path) -> None:
    clinic = tmp_path / "exercises.yaml"
    clinic.write_text(
        """
defaults:
  pause_limit_s: 300
exercises:
  box:
    cycles: 6
  evening:
    name: Evening breathing
    aliases: [evening breathing]
    kind: breathing
    intro: Let's breathe slowly before sleep.
    caution: If you feel dizzy, stop and breathe normally.
    steps:
      - {cue: In., seconds: 4, tone: rising}
      - {cue: Out., seconds: 8, tone: falling}
    cycles: 3
    close: That's all. Say so if you'd like to do it again.
""",
        encoding="utf-8",
    )
    exercises = load_exercises(clinic)

    assert exercises["box"].cycles == 6
    assert exercises["box"].steps == EXERCISES["box"].steps
    assert exercises["paced"].pause_limit_s == 300
    assert exercises["evening"].messages == EXERCISES["box"].messages
    assert find_exercise("evening breathing please", exercises) == exercises["evening"]
    assert Session(exercises["evening"]).run() is EndReason.COMPLETED


def _line_of(text: str, marker: str) -> int:
    (line,) = [number for number, row in enumerate(text.splitlines(), 1) if marker in row]
    return line


NEW_EXERCISE = """exercises:
  evening:
    name: Evening breathing
    aliases: [evening breathing]
    kind: breathing
    intro: Let's breathe slowly.
    caution: If you feel dizzy, stop and breathe normally.
    steps:
      - cue: In.
        seconds: 4
        tone: rising
      - cue: Out.
        seconds: 6
        tone: falling
    cycles: 3
    close: Say so if you'd like to do it again.
"""


@pytest.mark.parametrize(
    ("change", "exercise", "field", "marker", "problem"),
    [
        (
            ("tone: rising", "tone: rising\n        sound: bell"),
            "evening",
            "steps[1].sound",
            "sound:",
            "unknown field",
        ),
        (("seconds: 6", "seconds: 0"), "evening", "steps[2].seconds", "seconds: 0", "more than 0"),
        (
            ("seconds: 4", "seconds: -4"),
            "evening",
            "steps[1].seconds",
            "seconds: -4",
            "more than 0",
        ),
        (
            ("- cue: Out.", "- cue_text: Out."),
            "evening",
            "steps[2].cue_text",
            "cue_text",
            "unknown field",
        ),
        (
            ("tone: falling", "tone: whistle"),
            "evening",
            "steps[2].tone",
            "whistle",
            "rising, falling, none",
        ),
        (
            ("cycles: 3", "cycles: 3\n    minutes: 5"),
            "evening",
            "minutes",
            "minutes: 5",
            "not both",
        ),
        (("[evening breathing]", "[box]"), "evening", "aliases[1]", "[box]", "already names"),
        (
            ("    close: Say so if you'd like to do it again.\n", ""),
            "evening",
            "close",
            "evening:",
            "missing",
        ),
        (("kind: breathing", "kind: yoga"), "evening", "kind", "yoga", "breathing, grounding"),
    ],
)
def test_mistakes_in_a_clinic_file_name_the_exercise_field_and_line(
    tmp_path: Path,
    change: tuple[str, str],
    exercise: str,
    field: str,
    marker: str,
    problem: str,
) -> None:
    text = NEW_EXERCISE.replace(*change)
    assert text != NEW_EXERCISE
    clinic = tmp_path / "clinic-exercises.yaml"
    clinic.write_text(text, encoding="utf-8")

    with pytest.raises(ExerciseFileError, match=problem) as raised:
        load_exercises(clinic)
    error = raised.value
    assert (error.path, error.exercise, error.field) == (clinic, exercise, field)
    assert error.line == _line_of(text, marker)
    assert str(clinic) in str(error) and f"line {error.line}" in str(error)


def test_a_clinic_cannot_raise_four_seven_eight_above_four_cycles(tmp_path: Path) -> None:
    text = "exercises:\n  four_seven_eight:\n    cycles: 6\n"
    clinic = tmp_path / "exercises.yaml"
    clinic.write_text(text, encoding="utf-8")

    with pytest.raises(ExerciseFileError, match="at most 4 cycles") as raised:
        load_exercises(clinic)
    assert (raised.value.exercise, raised.value.field, raised.value.line) == (
        "four_seven_eight",
        "cycles",
        3,
    )


@pytest.mark.parametrize(
    ("text", "field", "line", "problem"),
    [
        ("defaults:\n  tempo:\n    step_s: 1\n", "defaults.tempo.max_steps", 2, "missing"),
        ("defaults:\n  quiet_s: 0\n", "defaults.quiet_s", 2, "more than 0"),
        ("exercize:\n  box: {}\n", "exercize", 1, "unknown field"),
        ("exercises:\n  box:\n    cycles: [1\n", "", 4, "not valid YAML"),
    ],
)
def test_mistakes_outside_an_exercise_name_the_field_and_line(
    tmp_path: Path, text: str, field: str, line: int, problem: str
) -> None:
    clinic = tmp_path / "exercises.yaml"
    clinic.write_text(text, encoding="utf-8")

    with pytest.raises(ExerciseFileError, match=problem) as raised:
        load_exercises(clinic)
    assert (raised.value.field, raised.value.line) == (field, line)


def test_a_missing_clinic_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExerciseFileError, match="no such file") as raised:
        load_exercises(tmp_path / "nowhere.yaml")
    assert raised.value.path == tmp_path / "nowhere.yaml"


def test_a_reply_starts_its_exercise_with_its_opening_said_first() -> None:
    """The voice loop and the chat guide the exercise a reply names; a caregiver's opening
    ("I'll talk him through it...") is said before the exercise's own intro."""
    exercises = load_exercises()
    paced = exercises["paced"]
    assert exercise_of({"exercise": "paced"}, exercises) == paced
    opened = exercise_of({"exercise": "paced", "opening": "He can follow my voice."}, exercises)
    assert opened == dataclasses.replace(paced, intro=f"He can follow my voice. {paced.intro}")
    assert exercise_of({"control": "stop"}, exercises) is None
    assert exercise_of({"exercise": "no such"}, exercises) is None
