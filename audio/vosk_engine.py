"""Recognition with a vosk (Kaldi) model: the primary engine where an English model exists.

One loaded model (hundreds of MB) can serve several recognisers. A recogniser decodes with a
phrase list, the NLU training sentences plus "[unk]": vosk turns it into an in-domain bigram
language model (recognizer.cc, UpdateGrammarFst), so a new training example is heard without
hand edits and other speech comes out as unknown. Only models with a runtime graph (HCLr.fst
and Gr.fst: the small ones) can take a phrase list; a big model's static graph (HCLG.fst)
decodes with its own full vocabulary, which vosk chooses by itself.
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

    def __init__(self, model: vosk.Model, phrases: Sequence[str] = ()) -> None:
        """`phrases`: the sentences to expect, in the model's spelling; none: the full model."""
        self._model: vosk.Model | None = model
        words = {word for phrase in phrases for word in phrase.split()}
        # Words the model lacks: vosk would drop them from their phrases without a word.
        self.unknown_words = tuple(sorted(w for w in words if not self._knows(w)))
        if self.unknown_words:
            LOG.info(
                "vosk model lacks %d words, heard as unknown: %s",
                len(self.unknown_words),
                ", ".join(self.unknown_words),
            )
        self._recognizer: vosk.KaldiRecognizer | None = (
            vosk.KaldiRecognizer(model, 16000, self._grammar(phrases))
            if phrases
            else vosk.KaldiRecognizer(model, 16000)
        )
        self._recognizer.SetWords(True)
        self._segments: list[dict[str, Any]] = []  # vosk ends segments at its own pauses
        self._speech = SpeechMeter()
        self._audio_s = 0.0
        self._stopwatch = Stopwatch()
        self.words: tuple[TimedWord, ...] = ()  # of the last finished utterance

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

    def close(self) -> None:
        """Drop this recogniser; the model is freed once no other recogniser holds it."""
        self._recognizer = None
        self._model = None
        release_freed_memory()

    def _knows(self, word: str) -> bool:
        model = self._model
        if model is None:
            raise RuntimeError("this vosk recogniser has been closed")
        return bool(model.vosk_model_find_word(word) >= 0)

    def _grammar(self, phrases: Sequence[str]) -> str:
        """The phrases with the words the model lacks as "[unk]" (left out by a model without
        it), and "[unk]" alone, so that other speech is not forced into the phrases."""
        stand_in = UNKNOWN_WORD if self._knows(UNKNOWN_WORD) else ""
        unknown = set(self.unknown_words)
        spelled = [" ".join(stand_in if w in unknown else w for w in p.split()) for p in phrases]
        return vosk_grammar(spelled, with_unknown=bool(stand_in))

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
