"""The hands-free loop: microphone -> recogniser -> safety net and Rasa -> spoken answer.

One thread reads the microphone and decides; speech and exercise audio go out through one
`AudioOutput`, whose `interrupt` is the only cancel path (barge-in, stop, a crisis).
"""

from __future__ import annotations

import argparse
import enum
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant import replies, safety
from assistant.answers import ADVISING, symptom_named
from assistant.clinic import Clinic, load_clinic
from assistant.coach import Coach
from assistant.dialogue import Dialogue
from assistant.errors import UsageError
from assistant.exercises import Exercise, exercise_of, find_exercise, load_exercises
from assistant.frames import AudioChunk, Control, Reply, Transcript
from assistant.person import HE, PATIENT, SHE
from assistant.session import Context, open_dialogue
from assistant.spoken import alarm_words, heard_text, open_recognizer, surely_heard
from assistant.training import NLU_DIR
from audio.devices import AudioDeviceError, Microphone, open_microphone, open_speaker
from audio.output import AudioOutput
from audio.recognizer import Endpointer, Engine, Recognizer, Utterance
from audio.tts import EngineName, Synthesizer, make_synthesizer, split_for_speech
from audio.vocabulary import examples_by_intent

log = logging.getLogger(__name__)

CONTROLS = {control.value: control for control in Control}
# Below this the classifier's guess is chatter in the room, unless it answers our question.
MIN_CONFIDENCE = 0.5
# Ended early when the words so far already are a complete, confident request. Its final
# decoding starts at LOOK_AHEAD_SILENCE_S so that the answer can start at QUICK_END_SILENCE_S:
# the decoding takes 140-170 ms (mostly pocketsphinx's flat second pass; as long with session
# 12's smaller language model, measured), which from 0.18 s overran the 0.3 s (live reply p50
# 408 / 394 ms, against 376 / 375 ms from 0.12 s, runs taken in turn, session 14). Speech that
# resumes after an early decoding is decoded again, which costs CPU time, not words (a slow,
# tired voice pauses 0.15 s or more inside a third of its questions).
LOOK_AHEAD_SILENCE_S = 0.12
QUICK_END_SILENCE_S = 0.3
# Over the voice, a short utterance is decoded this early in its silence: a stop or pause word
# has its own closures (the t of "wait") but no longer gap, and resumed speech is decoded again.
BARGE_IN_SILENCE_S = 0.12
QUICK_END_CONFIDENCE = 0.9
CACHED_SENTENCE_WORDS = 8
RATE_STEP = 0.1
VOLUME_STEP = 0.15
_VOLUME_WORDS = {"louder": +1, "speak up": +1, "quieter": -1, "softer": -1, "too loud": -1}
DEVICE_RETRIES = 5
DEVICE_RETRY_WAIT_S = 3.0


class State(enum.Enum):
    LISTENING = "listening"
    SPEAKING = "speaking"
    EXERCISING = "exercising"


@dataclass(frozen=True)
class LoopSettings:
    wake_word: str | None = None  # only speech that starts with it is for the assistant
    quit_after_exercise: bool = False  # `aftercare exercise`: one exercise, then end


def barge_in_phrases() -> dict[str, Control]:
    """Short stop and pause phrases from the NLU data, each with what it asks: said over the
    voice, they cut it, and stop or pause an exercise."""
    examples = examples_by_intent(NLU_DIR / "data" / "nlu.yml")
    return {
        " ".join(_words(example)): CONTROLS[intent]
        for intent in ("stop", "pause")
        for example in examples.get(intent, [])
        if len(example.split()) <= 2
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _echo_as_sentence(reply: Reply) -> str:
    """'About driving: not yet...' is spoken 'About driving. Not yet...': the echo becomes a
    sentence of its own, said (from the cache) while the rest is synthesised."""
    echo = reply.understood
    if not echo or not reply.text.startswith(f"{echo}:"):
        return reply.text
    rest = reply.text[len(echo) + 1 :].strip()
    return f"{echo}. {rest[:1].upper()}{rest[1:]}"


class VoiceLoop:
    def __init__(
        self,
        dialogue: Dialogue,
        recognizer: Recognizer,
        synthesizer: Synthesizer,
        output: AudioOutput,
        clinic: Clinic,
        settings: LoopSettings,
    ) -> None:
        self._dialogue = dialogue
        self._synthesizer = synthesizer
        self._output = output
        self._clinic = clinic
        self._settings = settings
        self._endpointer = Endpointer()
        self._utterance = Utterance(recognizer)
        self._silence_s = 0.0  # the endpointer's trailing silence when last looked at
        self._barge_in = barge_in_phrases()
        self._barged_in: Control | None = None  # what the current utterance's words cut
        self._exercises = load_exercises()
        self._coach: Coach | None = None
        self._speaking_words: set[str] = set()
        self._expecting_answer = False
        self._partial = ""
        self._readings: dict[str, tuple[str, float]] = {}
        self._spoken: dict[tuple[str, float, float], list[AudioChunk]] = {}
        self.finished = False

    @property
    def state(self) -> State:
        if self._coach is not None:
            return State.EXERCISING
        return State.SPEAKING if self._output.busy() else State.LISTENING

    def say(self, text: str) -> None:
        """Speaks, replacing whatever was being said."""
        self._output.interrupt()
        self._speaking_words = set(_words(text))
        self._output.speak(self._speech(self._clinic.speakable(text)))

    def _speech(self, text: str) -> Iterator[AudioChunk]:
        """Sentence by sentence; short ones (echoes, acknowledgements) are kept once made,
        so that the first words of most answers start without waiting for synthesis."""
        for sentence in split_for_speech(text):
            key = (sentence, self._synthesizer.rate, self._synthesizer.volume)
            audio = self._spoken.get(key)
            if audio is None:
                audio = list(self._synthesizer.synthesize(sentence))
                if len(sentence.split()) <= CACHED_SENTENCE_WORDS:
                    self._spoken[key] = audio
            yield from audio

    def prepare(self) -> None:
        """Warms the dialogue and makes the echoes' audio ahead, while nobody is waiting: the
        first turn of a freshly loaded model and action server is several times slower, and an
        echo made on demand starts its answer some 100 ms later (piper, about 1 s for all of
        one subject's echoes)."""
        self._dialogue.respond("hello", "warm-up")
        for subject in (PATIENT, SHE, HE):
            for intent in ADVISING:
                echo = replies.phrase(f"echo.{intent}", subject)
                for _ in self._speech(f"{echo}."):
                    pass

    def hear(self, microphone: Microphone) -> None:
        """Listens until goodbye (or, for one exercise, until it ends)."""
        for chunk in microphone:
            for piece in self._endpointer.feed(chunk):
                self._on_partial(self._utterance.accept(piece.chunk))
                if piece.ends_utterance:
                    self._on_utterance(self._utterance.finish())
            if self._endpointer.in_speech:
                self._look_ahead()
            if self.finished:
                return

    def _look_ahead(self) -> None:
        """Endpointing on meaning: a complete request needs no long silence to be answered.
        Its final transcript is made early in the silence, and dropped if speech resumes."""
        silence_s = self._endpointer.trailing_silence_s
        resumed = silence_s < self._silence_s
        self._silence_s = silence_s
        if resumed and self._utterance.early is not None:
            self._on_partial(self._utterance.resume())
        if self._barges_in_early(silence_s):
            return
        if silence_s < LOOK_AHEAD_SILENCE_S or not self._is_request(self._partial):
            return
        early = self._utterance.finish_early()
        if silence_s >= QUICK_END_SILENCE_S and self._is_request(early.text):
            self._endpointer.end_now()
            self._on_utterance(self._utterance.finish())

    def _barges_in_early(self, silence_s: float) -> bool:
        """Over the voice, a short utterance is decoded at its first pause: a stop or a pause
        then cuts the voice at once, not after the whole silence."""
        if silence_s < BARGE_IN_SILENCE_S or self.state is State.LISTENING:
            return False
        if self._utterance.early is not None or len(self._partial.split()) > 2:
            return False  # decoded at this pause already, or no short utterance
        if self._short_barge_in(self._utterance.finish_early()) is None:
            return False
        self._endpointer.end_now()
        self._on_utterance(self._utterance.finish())
        return True

    def _is_request(self, text: str) -> bool:
        """A complete, confident request: no more words are needed to answer it."""
        if not text:
            return False
        intent, confidence = self._classify(text)
        return confidence >= QUICK_END_CONFIDENCE and intent != "out_of_scope"

    def _classify(self, text: str) -> tuple[str, float]:
        """The classifier's reading, asked once per text (partials repeat while silence runs)."""
        if text not in self._readings:
            self._readings = {text: self._dialogue.classify(text)}
        return self._readings[text]

    def _on_partial(self, partial: str) -> None:
        self._partial = partial
        if not partial or self.state is State.LISTENING or self._is_own_voice(partial):
            return
        said = " ".join(_words(partial))
        control = next(
            (c for p, c in self._barge_in.items() if re.search(rf"\b{re.escape(p)}\b", said)),
            None,
        )
        if control is not None and control is not self._barged_in:
            log.info("barge-in on %r", partial)
            self._barged_in = control
            self._stop_sound(control)

    def _short_barge_in(self, transcript: Transcript) -> Control | None:
        """A stop or pause said over the voice as a short utterance, which partials seldom
        hold whole: the transcript, or one of the engine's next best wordings, is such a
        phrase (a slow "wait" is heard "wake", with "wait" second). Never our own voice, nor
        words that raise an alarm."""
        if len(transcript.text.split()) > 2 or self._is_own_voice(transcript.text):
            return None
        if alarm_words(transcript) is not None:
            return None
        wordings = (" ".join(_words(w)) for w in (transcript.text, *transcript.alternatives))
        return next((self._barge_in[w] for w in wordings if w in self._barge_in), None)

    def _is_own_voice(self, text: str) -> bool:
        """Our own answer heard back through the air: most of its words are ours."""
        words = _words(text)
        if not words or self.state is State.LISTENING:
            return False
        return sum(w in self._speaking_words for w in words) / len(words) >= 0.6

    def _stop_sound(self, control: Control = Control.STOP) -> None:
        """Silences the voice; a running exercise is stopped, or paused."""
        if self._coach is not None:
            self._coach.control(control)
        self._output.interrupt()

    def _on_utterance(self, transcript: Transcript) -> None:
        self._partial = ""
        barged_in, self._barged_in = self._barged_in, None
        log.info("heard %r (confidence %.2f)", transcript.text, transcript.confidence)
        control = self._short_barge_in(transcript)
        if control is not None and barged_in is None and self.state is not State.LISTENING:
            log.info("barge-in on %r or its next best wordings", transcript.text)
            self._stop_sound(control)
            return
        if control is not None and barged_in is not None:
            return  # the stop or pause its words already did, however it ends up heard
        text = heard_text(transcript)
        if not text or self._is_own_voice(text):
            return
        if self._settings.wake_word:
            wake = self._settings.wake_word.lower()
            if not text.startswith(wake):
                return
            text = text[len(wake) :].strip() or text
        alarm = safety.check(text)
        if self._coach is not None and not alarm and self._steer_exercise(text):
            return
        if not alarm and self._is_chatter(text):
            log.info("ignored: %s", text)
            return
        self._answer(self._dialogue.respond(text, "voice", surely_heard(transcript)), text)

    def _is_chatter(self, text: str) -> bool:
        """Speech not meant for the assistant: unsure or out of scope, and not an answer."""
        if self._expecting_answer or self._volume_change(text):
            return False
        intent, confidence = self._classify(text)
        return intent in ("out_of_scope", "nlu_fallback") or confidence < MIN_CONFIDENCE

    def _steer_exercise(self, text: str) -> bool:
        """Controls during an exercise go to the coach; True when the text was one."""
        assert self._coach is not None
        intent, confidence = self._classify(text)
        if intent in CONTROLS and confidence >= MIN_CONFIDENCE:
            self._coach.control(CONTROLS[intent])
            return True
        # Dizziness in any words ends the holds, even words that name the breathing: "the
        # breathing exercise is making me dizzy" reads as a request for it.
        if symptom_named(text) == "dizziness":
            self._coach.dizzy()
            return True
        if intent in ("start_breathing", "start_grounding"):
            self._stop_sound()
            return False
        self._coach.heard(text)
        return True

    def _answer(self, reply: Reply, text: str) -> None:
        self._expecting_answer = reply.expects_answer
        if reply.intent in ("crisis", "emergency"):
            self._stop_sound()
        exercise = exercise_of(reply.data, self._exercises)
        if exercise is not None:
            self.start_exercise(exercise)
            return
        control = reply.data.get("control")
        if control in ("stop", "pause"):
            self._stop_sound()
            return
        if control in ("slower", "faster"):
            step = RATE_STEP if control == "faster" else -RATE_STEP
            self._synthesizer.rate = min(1.5, max(0.6, self._synthesizer.rate + step))
        direction = self._volume_change(text)
        if direction:
            self._synthesizer.volume = min(
                1.0, max(0.2, self._synthesizer.volume + direction * VOLUME_STEP)
            )
            self.say(replies.phrase("volume_changed"))
            return
        self.say(_echo_as_sentence(reply))
        if reply.intent == "goodbye":
            self._output.wait_idle(timeout_s=10)
            self.finished = True

    def _volume_change(self, text: str) -> int:
        said = " ".join(_words(text))
        return next((d for words, d in _VOLUME_WORDS.items() if words in said), 0)

    def start_exercise(self, exercise: Exercise) -> None:
        self._stop_sound()
        coach = Coach(
            exercise,
            speak=lambda text: self._synthesizer.synthesize(self._clinic.speakable(text)),
            output=self._output.put,
            stop_output=self._output.interrupt,
        )
        self._coach = coach

        def run() -> None:
            coach.run()
            if self._coach is coach:
                self._coach = None
            if self._settings.quit_after_exercise:
                self.finished = True

        threading.Thread(target=run, name="coach", daemon=True).start()


def _with_devices(
    body: Callable[[Microphone, AudioOutput], int], retries: int = DEVICE_RETRIES
) -> int:
    """Opens the microphone and speaker, retrying when they are missing or vanish."""
    for attempt in range(1, retries + 1):
        try:
            with open_microphone() as microphone, open_speaker() as speaker:
                output = AudioOutput(speaker)
                try:
                    return body(microphone, output)
                finally:
                    output.close()
        except AudioDeviceError as error:
            print(f"aftercare: {error}", file=sys.stderr)
            if attempt < retries:
                print(f"Trying again in {DEVICE_RETRY_WAIT_S:.0f} s...", file=sys.stderr)
                time.sleep(DEVICE_RETRY_WAIT_S)
    print(
        "aftercare: no working microphone and speaker; `aftercare chat` works without audio.",
        file=sys.stderr,
    )
    return 1


@dataclass(frozen=True)
class SpeechChoice:
    """The engines the user chose on the command line."""

    stt: Engine = "auto"
    vosk_model: Path | None = None
    tts: EngineName = "auto"


def _speech_parts(choice: SpeechChoice, context: Context) -> tuple[Recognizer, Synthesizer, Clinic]:
    print("Loading the speech recogniser and the voice...", file=sys.stderr)
    clinic = load_clinic(context.clinic_path, context.home)
    return open_recognizer(choice.stt, choice.vosk_model), make_synthesizer(choice.tts), clinic


def run_voice_loop(args: argparse.Namespace, context: Context) -> int:
    recognizer, synthesizer, clinic = _speech_parts(
        SpeechChoice(args.stt, args.vosk_model, args.tts), context
    )
    dialogue = open_dialogue(context)
    settings = LoopSettings(wake_word=args.wake_word)

    def converse(microphone: Microphone, output: AudioOutput) -> int:
        loop = VoiceLoop(dialogue, recognizer, synthesizer, output, clinic, settings)
        loop.prepare()
        loop.say(replies.phrase("voice_ready"))
        print("Listening. Say goodbye, or press Ctrl-C, to end.", file=sys.stderr)
        loop.hear(microphone)
        return 0

    try:
        return _with_devices(converse)
    finally:
        dialogue.close()
        recognizer.close()


def guide_exercise(
    exercise: Exercise, dialogue: Dialogue, choice: SpeechChoice, context: Context, retries: int
) -> int:
    """One spoken exercise, steered by voice, then back to the caller."""
    recognizer, synthesizer, clinic = _speech_parts(choice, context)
    settings = LoopSettings(quit_after_exercise=True)

    def guide(microphone: Microphone, output: AudioOutput) -> int:
        loop = VoiceLoop(dialogue, recognizer, synthesizer, output, clinic, settings)
        loop.start_exercise(exercise)
        loop.hear(microphone)
        return 0

    try:
        return _with_devices(guide, retries)
    finally:
        recognizer.close()


def run_exercise(args: argparse.Namespace, context: Context) -> int:
    exercises = load_exercises()
    exercise = exercises.get(args.name) or find_exercise(args.name, exercises)
    if exercise is None:
        raise UsageError(f"No exercise called {args.name!r}; known: {', '.join(exercises)}")
    dialogue = open_dialogue(context)
    try:
        choice = SpeechChoice(args.stt, args.vosk_model, args.tts)
        return guide_exercise(exercise, dialogue, choice, context, DEVICE_RETRIES)
    finally:
        dialogue.close()
