"""What one benchmark item came to, and the figures over many: error rates, recalls, latencies."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

ALARMS = ("crisis", "emergency")
# Replies that act on nothing: the assistant says it did not understand or did not hear.
NOT_ACTING = ("out_of_scope", "nlu_fallback")
PERCENTILES = (50, 90, 99)


@dataclass(frozen=True)
class Outcome:
    """One spoken sentence through recognition, dialogue and the first audio of the answer."""

    engine: str
    voice: str
    snr: str  # "clean" or the signal-to-noise ratio in dB, e.g. "15"
    kind: str  # a kind of bench.testset.KINDS
    text: str
    expected: str | None
    transcript: str
    intent: str  # the reply's intent
    low_confidence: bool  # the reply asks to confirm rather than acting
    word_errors: int
    reference_words: int
    audio_s: float
    recognition_ms: float
    recognition_cpu_ms: float  # CPU time of the decoding thread: only its own work counts
    dialogue_ms: float | None  # None: nothing was heard, no turn was taken
    first_audio_ms: float | None

    @property
    def correct(self) -> bool:
        return self.intent == self.expected

    @property
    def alarm(self) -> bool:
        return self.intent in ALARMS

    @property
    def acted(self) -> bool:
        """The assistant acted on an intent rather than declining or asking to confirm."""
        return not (self.intent in NOT_ACTING or self.low_confidence or self.dialogue_ms is None)


def word_errors(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Substitutions, insertions and deletions between two word sequences (Levenshtein)."""
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, 1):
        diagonal, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, 1):
            diagonal, row[j] = (
                row[j],
                min(row[j] + 1, row[j - 1] + 1, diagonal + (ref_word != hyp_word)),
            )
    return row[-1]


def share(outcomes: Iterable[Outcome], hit: Callable[[Outcome], bool]) -> float | None:
    """The fraction of `outcomes` for which `hit` holds; None when there are none."""
    hits = [hit(outcome) for outcome in outcomes]
    return sum(hits) / len(hits) if hits else None


def word_error_rate(outcomes: Iterable[Outcome]) -> float | None:
    """Word errors over reference words, summed over all outcomes (not a mean of rates)."""
    chosen = list(outcomes)
    words = sum(outcome.reference_words for outcome in chosen)
    return sum(outcome.word_errors for outcome in chosen) / words if words else None


def percentiles(values: Iterable[float | None]) -> dict[str, float | None]:
    present = [value for value in values if value is not None]
    if not present:
        return {f"p{p}": None for p in PERCENTILES}
    found = np.percentile(present, PERCENTILES)
    return {f"p{p}": round(float(value), 1) for p, value in zip(PERCENTILES, found, strict=True)}


def real_time_factor(outcomes: Iterable[Outcome], cpu: bool = False) -> float | None:
    """Recognition time (with `cpu`, the decoding thread's CPU time) over audio time: below 1
    is faster than the speech itself."""
    chosen = list(outcomes)
    audio_s = sum(outcome.audio_s for outcome in chosen)
    spent_ms = sum(o.recognition_cpu_ms if cpu else o.recognition_ms for o in chosen)
    return spent_ms / 1000 / audio_s if audio_s else None


def answer_start_ms(outcome: Outcome) -> float | None:
    """From the end of the question to the first audio of the answer, decoding the whole
    utterance after it ended (the live loop decodes while the person speaks, so it is sooner)."""
    if outcome.dialogue_ms is None or outcome.first_audio_ms is None:
        return None
    return outcome.recognition_ms + outcome.dialogue_ms + outcome.first_audio_ms
