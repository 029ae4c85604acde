"""The one interface of the offline speech recognisers, their factory, and end-of-utterance.

Both engines (pocketsphinx_engine, vosk_engine) stream 16 kHz mono 16-bit audio: `accept`
gives the partial text so far, `finish` the final transcript of the utterance.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from pocketsphinx import Vad

from assistant.frames import AudioChunk, Transcript
from audio.vosk_models import ModelNotFoundError, choose_english_model, find_vosk_models

Engine = Literal["auto", "vosk", "pocketsphinx"]


class Recognizer(Protocol):
    """A streaming speech recogniser for one utterance at a time."""

    name: str

    def accept(self, chunk: AudioChunk) -> str:
        """Feed audio of the current utterance; returns the partial text so far."""
        ...

    def finish(self) -> Transcript:
        """End the utterance: its final transcript, with the engine's 0..1 confidence."""
        ...

    def reset(self) -> None:
        """Drop the current utterance unheard."""
        ...

    def close(self) -> None:
        """Release the engine's models and memory."""
        ...


def transcribe(recognizer: Recognizer, chunk: AudioChunk) -> Transcript:
    """Recognise one whole utterance."""
    recognizer.reset()
    recognizer.accept(chunk)
    return recognizer.finish()


class Utterance:
    """The utterance being heard, which may be finished early: its final transcript is made
    while the silence after it is still being waited for, and should speech resume, the
    recogniser hears the whole utterance again and goes on."""

    def __init__(self, recognizer: Recognizer) -> None:
        self._recognizer = recognizer
        self._audio: list[AudioChunk] = []
        self.early: Transcript | None = None  # finished early, and no speech since

    def accept(self, chunk: AudioChunk) -> str:
        """Feeds audio; returns the partial text (after an early finish, the early text)."""
        self._audio.append(chunk)
        if self.early is not None:
            return self.early.text
        return self._recognizer.accept(chunk)

    def finish_early(self) -> Transcript:
        if self.early is None:
            self.early = self._recognizer.finish()
        return self.early

    def resume(self) -> str:
        """Speech went on after an early finish: the utterance so far is heard again, in its
        pieces (one long decoding call would hold the GIL and starve the microphone)."""
        self.early = None
        partial = ""
        for chunk in self._audio:
            partial = self._recognizer.accept(chunk)
        return partial

    def finish(self) -> Transcript:
        transcript = self.early or self._recognizer.finish()
        self.early = None
        self._audio.clear()
        return transcript


def make_recognizer(
    engine: Engine, sentences: Sequence[str], vosk_model: Path | None = None
) -> Recognizer:
    """A recogniser for English questions in the domain of `sentences` (the NLU examples).

    "auto" uses vosk when an English vosk model is found, else pocketsphinx; "vosk" without an
    English model raises ModelNotFoundError, which says how to get one.
    """
    if engine not in ("auto", "vosk", "pocketsphinx"):
        raise ValueError(f"unknown speech engine {engine!r}: use auto, vosk or pocketsphinx")
    if engine != "pocketsphinx":
        try:
            model = choose_english_model(find_vosk_models(vosk_model))
        except ModelNotFoundError:
            if engine == "vosk":
                raise
        else:
            # The engines load large native libraries (and import this module): import only
            # the one that is asked for.
            from audio.vosk_engine import VoskRecognizer, load_model

            return VoskRecognizer(load_model(model.path), sentences)
    from audio.pocketsphinx_engine import PocketsphinxRecognizer
    from audio.vocabulary import vocabulary_from

    return PocketsphinxRecognizer(vocabulary_from(sentences))


def check_format(chunk: AudioChunk) -> None:
    """The recognisers take 16 kHz mono 16-bit audio (audio.wav.read_audio converts files)."""
    if (chunk.rate_hz, chunk.channels, chunk.width_bytes) != (16000, 1, 2):
        raise ValueError(
            f"recognisers need 16 kHz mono 16-bit audio, not {chunk.rate_hz} Hz, "
            f"{chunk.channels} channel(s), {chunk.width_bytes * 8}-bit"
        )


class Stopwatch:
    """Adds up the time an engine spends decoding an utterance: on the clock, and in CPU time
    of the decoding thread. On a shared machine the clock also counts the other processes'
    turns; the CPU time only this thread's own work (which still slows a little when other
    processes share the caches)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu_seconds = 0.0
        self._started = 0.0
        self._started_cpu = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.perf_counter()
        self._started_cpu = time.thread_time()
        return self

    def __exit__(self, *_: object) -> None:
        # The CPU reading is taken inside the clock's interval, so it can never exceed it.
        self.cpu_seconds += time.thread_time() - self._started_cpu
        self.seconds += time.perf_counter() - self._started


# Spectral flatness of speech frames measured here stays below 0.2 (90th percentile over
# four voices); white noise, which the Vad calls speech, sits at 0.5-0.6.
SPEECH_FLATNESS_MAX = 0.3


class SpeechMeter:
    """Counts the seconds of voiced speech in audio: the Vad says speech, and the spectrum is
    not flat the way noise is."""

    def __init__(self) -> None:
        self._vad = Vad(Vad.LOOSE, 16000)
        self._frame_bytes: int = self._vad.frame_bytes
        self._window = np.hanning(self._frame_bytes // 2)
        self._rest = b""
        self.seconds = 0.0

    def add(self, pcm: bytes) -> None:
        data = self._rest + pcm
        whole = len(data) - len(data) % self._frame_bytes
        self._rest = data[whole:]
        for start in range(0, whole, self._frame_bytes):
            frame = data[start : start + self._frame_bytes]
            if self._vad.is_speech(frame) and _flatness(frame, self._window) < SPEECH_FLATNESS_MAX:
                self.seconds += self._vad.frame_length

    def clear(self) -> None:
        self._rest = b""
        self.seconds = 0.0


def _flatness(frame: bytes, window: np.ndarray) -> float:
    """Geometric over arithmetic mean of the power spectrum: 1 for white noise, ~0 for a tone."""
    samples = np.frombuffer(frame, dtype="<i2").astype(np.float64) * window
    power = np.abs(np.fft.rfft(samples)) ** 2 + 1e-3
    return float(np.exp(np.mean(np.log(power))) / np.mean(power))


@dataclass(frozen=True)
class EndpointSettings:
    """When an utterance starts and ends, for short questions from a slow, tired voice."""

    window_s: float = 0.3
    """Speech starts when `ratio` of the frames in the last window_s seconds are speech."""
    ratio: float = 0.8
    """Fraction of a window that must agree before speech starts or ends."""
    end_silence_s: float = 1.4
    """Speech ends after this much silence; shorter pauses (a tired voice) stay in the utterance."""
    pre_roll_s: float = 0.3
    """Audio kept from before the start, so that the first sound is not cut off."""
    max_utterance_s: float = 20.0
    """An utterance is cut here even without silence (a fan or a television next to the bed)."""
    vad_mode: int = Vad.LOOSE
    """pocketsphinx's voice-activity aggressiveness, Vad.LOOSE (0) to Vad.STRICT (3)."""
    quiet_below_loudest_db: float = 30.0
    """A frame this far below the utterance's loudest frame is quiet. Silence is counted from
    the first quiet frame, which comes 0.1-0.2 s before the Vad (which holds on past the last
    word, even Vad.STRICT) lets speech go; where noise keeps every frame loud, the Vad counts."""


@dataclass(frozen=True)
class SpeechPiece:
    """Audio the endpointer passes on to the recogniser."""

    chunk: AudioChunk
    ends_utterance: bool  # the recogniser should `finish` after accepting this chunk


class Endpointer:
    """Finds utterances in a stream of 16 kHz microphone audio with pocketsphinx's Vad."""

    def __init__(self, settings: EndpointSettings | None = None) -> None:
        self.settings = settings or EndpointSettings()
        self._vad = Vad(self.settings.vad_mode, 16000)
        self._frame_bytes: int = self._vad.frame_bytes
        frame_s: float = self._vad.frame_length
        self._frame_s = frame_s
        self._window_frames = max(1, round(self.settings.window_s / frame_s))
        self._end_frames = max(1, round(self.settings.end_silence_s / frame_s))
        self._max_frames = round(self.settings.max_utterance_s / frame_s)
        pre_roll_frames = max(self._window_frames, round(self.settings.pre_roll_s / frame_s))
        self._pending = b""
        self._recent: deque[tuple[bytes, bool]] = deque(maxlen=pre_roll_frames)
        self._decisions: deque[bool] = deque(maxlen=self._end_frames)
        self._utterance_frames = 0  # 0: not in an utterance
        self._loudest_db = -math.inf  # of the current utterance
        self._quiet_frames = 0  # at its end, by loudness
        self._vad_holding = False  # ended early, and the Vad has not yet let go of the speech

    @property
    def in_speech(self) -> bool:
        return self._utterance_frames > 0

    @property
    def trailing_silence_s(self) -> float:
        """How long the current utterance has been silent, by loudness or by the Vad, for
        ending it early on meaning; it shrinks only when sound resumes."""
        if not self.in_speech:
            return 0.0
        silent = 0
        for is_speech in reversed(self._decisions):
            if is_speech:
                break
            silent += 1
        return max(silent, self._quiet_frames) * self._frame_s

    def end_now(self) -> None:
        """Ends the current utterance without waiting for the full silence (the caller
        finishes the recogniser itself)."""
        self._utterance_frames = 0
        self._decisions.clear()
        self._vad_holding = True

    def feed(self, chunk: AudioChunk) -> list[SpeechPiece]:
        """Audio in, the parts of it that belong to utterances out."""
        check_format(chunk)
        data = self._pending + chunk.pcm
        whole = len(data) - len(data) % self._frame_bytes
        self._pending = data[whole:]
        pieces: list[SpeechPiece] = []
        for start in range(0, whole, self._frame_bytes):
            piece = self._frame(data[start : start + self._frame_bytes])
            if piece is not None:
                pieces.append(piece)
        return _merge(pieces)

    def _frame(self, frame: bytes) -> SpeechPiece | None:
        level_db = _level_db(frame)
        quiet = level_db < self._loudest_db - self.settings.quiet_below_loudest_db
        is_speech: bool = self._vad.is_speech(frame)
        if self._vad_holding:
            # Ended early, the Vad may still hold on to the words just heard: until it lets
            # go, only a frame as loud as speech starts the next utterance.
            self._vad_holding = is_speech
            is_speech = is_speech and not quiet
        self._decisions.append(is_speech)
        if not self.in_speech:
            return self._start(frame, is_speech)
        self._utterance_frames += 1
        self._loudest_db = max(self._loudest_db, level_db)
        self._quiet_frames = self._quiet_frames + 1 if quiet else 0
        silent = len(self._decisions) - sum(self._decisions)
        full = len(self._decisions) == self._end_frames
        ended = full and silent >= self.settings.ratio * self._end_frames
        if ended or self._utterance_frames >= self._max_frames:
            self._utterance_frames = 0
            self._decisions.clear()
            return SpeechPiece(AudioChunk(frame), ends_utterance=True)
        return SpeechPiece(AudioChunk(frame), ends_utterance=False)

    def _start(self, frame: bytes, is_speech: bool) -> SpeechPiece | None:
        """Starts an utterance, with the audio just before it, once a window is speech."""
        self._recent.append((frame, is_speech))
        window = list(self._recent)[-self._window_frames :]
        if sum(speech for _, speech in window) < self.settings.ratio * self._window_frames:
            return None
        self._utterance_frames = len(self._recent)
        self._decisions.clear()  # the silence before the start must not end the utterance
        self._vad_holding = False
        self._loudest_db = max(_level_db(f) for f, _ in self._recent)
        self._quiet_frames = 0
        audio = b"".join(f for f, _ in self._recent)
        self._recent.clear()
        return SpeechPiece(AudioChunk(audio), ends_utterance=False)


def _level_db(frame: bytes) -> float:
    """The frame's RMS level in dB of full scale; digital silence is -120."""
    samples = np.frombuffer(frame, dtype="<i2").astype(np.float64) / 32768
    return 10 * math.log10(float(np.mean(samples**2)) + 1e-12)


def _merge(pieces: list[SpeechPiece]) -> list[SpeechPiece]:
    """Join consecutive frames into one chunk per stretch of an utterance."""
    merged: list[SpeechPiece] = []
    run: list[bytes] = []
    for piece in pieces:
        run.append(piece.chunk.pcm)
        if piece.ends_utterance:
            merged.append(SpeechPiece(AudioChunk(b"".join(run)), ends_utterance=True))
            run = []
    if run:
        merged.append(SpeechPiece(AudioChunk(b"".join(run)), ends_utterance=False))
    return merged
