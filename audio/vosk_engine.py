"""Recognition with a vosk (Kaldi) model: the primary engine where an English model exists.

One loaded model (hundreds of MB) can serve several recognisers. Questions use the model's
full vocabulary; `use_commands` switches to a runtime grammar of a few words plus "[unk]".
Its transcripts carry no next best wordings: vosk's alternatives mode (SetMaxAlternatives)
replaces the per-word confidences that the transcript's confidence is made of.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vosk

from assistant.frames import AudioChunk, Transcript
from audio.recognizer import SpeechMeter, Stopwatch, check_format
from audio.vocabulary import UNKNOWN_WORD, vosk_grammar

LOG = logging.getLogger(__name__)
MIN_SPEECH_S = 0.2  # less voiced audio than this is a click or a breath, not a question
FULL_MODEL_GRAMMAR = "[]"  # vosk's way of returning from a grammar to the full model
_REQUIRED = (
    ("am/final.mdl",),
    ("conf/model.conf",),
    ("graph/HCLG.fst", "graph/HCLr.fst"),  # a static graph, or a runtime one (with Gr.fst)
)


class VoskModelError(Exception):
    """A vosk model directory that cannot be loaded: incomplete or damaged."""


@dataclass(frozen=True)
class TimedWord:
    """One recognised word with its place in the utterance."""

    word: str
    start_s: float
    end_s: float
    confidence: float


def load_model(path: Path) -> vosk.Model:
    """Load a model directory once; VoskModelError says what is wrong with a bad one."""
    missing = [
        " or ".join(names) for names in _REQUIRED if not any((path / n).exists() for n in names)
    ]
    if missing:
        raise VoskModelError(
            f"{path} is not a complete vosk model (missing {', '.join(missing)}): "
            f"download and unzip the model again"
        )
    vosk.SetLogLevel(-1)  # Kaldi's progress lines; problems surface as exceptions below
    try:
        return vosk.Model(str(path))
    except Exception as error:  # vosk raises a bare Exception("Failed to create a model")
        raise VoskModelError(
            f"vosk could not load the model in {path} (a file in it is damaged or truncated): "
            f"download and unzip the model again"
        ) from error


class VoskRecognizer:
    """Streaming vosk decoding of one utterance at a time."""

    name = "vosk"

    def __init__(self, model: vosk.Model) -> None:
        self._model: vosk.Model | None = model
        self._recognizer: vosk.KaldiRecognizer | None = vosk.KaldiRecognizer(model, 16000)
        self._recognizer.SetWords(True)
        self._segments: list[dict[str, Any]] = []  # vosk ends segments at its own pauses
        self._speech = SpeechMeter()
        self._audio_s = 0.0
        self._stopwatch = Stopwatch()
        self.words: tuple[TimedWord, ...] = ()  # of the last finished utterance
        self.ignored_words: tuple[str, ...] = ()  # command words the model does not know

    @property
    def _live(self) -> vosk.KaldiRecognizer:
        if self._recognizer is None:
            raise RuntimeError("this vosk recogniser has been closed")
        return self._recognizer

    def accept(self, chunk: AudioChunk) -> str:
        check_format(chunk)
        with self._stopwatch:
            if self._live.AcceptWaveform(chunk.pcm):
                self._segments.append(json.loads(self._live.Result()))
                partial = ""
            else:
                partial = json.loads(self._live.PartialResult()).get("partial", "")
        self._speech.add(chunk.pcm)
        self._audio_s += chunk.duration_s
        return " ".join(t for t in [*(_text(s) for s in self._segments), _clean(partial)] if t)

    def finish(self) -> Transcript:
        with self._stopwatch:
            self._segments.append(json.loads(self._live.FinalResult()))
        words = [w for segment in self._segments for w in segment.get("result", [])]
        self.words = tuple(TimedWord(w["word"], w["start"], w["end"], w["conf"]) for w in words)
        heard = [w for w in self.words if w.word != UNKNOWN_WORD]
        text = " ".join(w.word for w in heard)
        # Unknown speech counts against the confidence: it was heard but not understood.
        confidence = sum(w.confidence for w in heard) / len(self.words) if heard else 0.0
        if self._speech.seconds < MIN_SPEECH_S:
            text, confidence = "", 0.0
        watch = self._stopwatch
        transcript = Transcript(
            text, confidence, self.name, self._audio_s, watch.seconds, watch.cpu_seconds
        )
        self._forget_utterance()
        return transcript

    def reset(self) -> None:
        self._live.Reset()
        self._forget_utterance()

    def use_commands(self, words: Sequence[str] | None) -> None:
        self.reset()
        if words is None:
            self.ignored_words = ()
            self._live.SetGrammar(FULL_MODEL_GRAMMAR)
            return
        # Words as the model writes them (the English models lower case, others may not).
        phrases = list(dict.fromkeys(" ".join(w.split()) for w in words if w.strip()))
        known = [p for p in phrases if self._knows(p)]
        self.ignored_words = tuple(p for p in phrases if p not in known)
        if self.ignored_words:
            LOG.warning(
                "vosk model lacks command words, ignored: %s", ", ".join(self.ignored_words)
            )
        if not known:
            raise ValueError(f"the vosk model knows none of the command words {phrases}")
        self._live.SetGrammar(vosk_grammar(known, with_unknown=self._knows(UNKNOWN_WORD)))

    def close(self) -> None:
        """Drop this recogniser; the model is freed once no other recogniser holds it."""
        self._recognizer = None
        self._model = None
        release_freed_memory()

    def _knows(self, phrase: str) -> bool:
        model = self._model
        if model is None:
            raise RuntimeError("this vosk recogniser has been closed")
        return all(model.vosk_model_find_word(word) >= 0 for word in phrase.split())

    def _forget_utterance(self) -> None:
        self._segments = []
        self._speech.clear()
        self._audio_s = 0.0
        self._stopwatch = Stopwatch()


def release_freed_memory() -> None:
    """Hand memory freed by Kaldi back to the system (glibc keeps it otherwise: measured
    410 MB of a 520 MB model still resident after the free, 130 MB after the trim)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # not glibc (e.g. musl): nothing to trim
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _text(segment: dict[str, Any]) -> str:
    return _clean(str(segment.get("text", "")))


def _clean(text: str) -> str:
    return " ".join(word for word in text.split() if word != UNKNOWN_WORD)
