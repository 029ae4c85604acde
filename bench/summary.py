"""The figures of a run, as the JSON-ready summary: every measure is keyed by engine."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bench.live import LiveRun, summarise_live
from bench.metrics import (
    Outcome,
    answer_start_ms,
    percentiles,
    real_time_factor,
    share,
    word_error_rate,
)
from bench.testset import Sentence, count_by_file

T = TypeVar("T")


@dataclass(frozen=True)
class RunFacts:
    """What was run, and on what machine, beside the outcomes themselves."""

    engines: tuple[str, ...]
    engine_note: str | None  # why an engine was left out
    voices: tuple[str, ...]
    snrs: tuple[str, ...]  # labels, "clean" first
    crossed: bool  # every sentence and voice at every level, not one level each in rotation
    sentences: tuple[Sentence, ...]
    excluded: tuple[Sentence, ...]  # held-out sentences left out: the NLU data holds them too
    live: LiveRun  # the voice loop on the virtual devices
    now: str  # the fixed local time every answer was given for
    startup_s: dict[str, dict[str, float]]  # engine -> dialogue, recognizer, voice, total
    wall_s: float
    peak_rss_mb: float  # this process: Rasa's agent, the recogniser, the piper voice
    cpus: int
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]


def summarise(outcomes: Sequence[Outcome], facts: RunFacts) -> dict[str, Any]:
    by_engine = {engine: [o for o in outcomes if o.engine == engine] for engine in facts.engines}

    def per_engine(measure: Callable[[list[Outcome]], T]) -> dict[str, T]:
        return {engine: measure(chosen) for engine, chosen in by_engine.items()}

    intents = list(dict.fromkeys(s.expected for s in facts.sentences if s.kind == "question"))
    questions = sum(o.kind == "question" for o in outcomes) / max(1, len(facts.engines))
    return {
        "engines": list(facts.engines),
        "engine_note": facts.engine_note,
        "grid": {
            "voices": list(facts.voices),
            "snr_db": list(facts.snrs),
            "design": "crossed" if facts.crossed else "rotated",
            "sentences": dict(Counter(sentence.kind for sentence in facts.sentences)),
            "items": len(outcomes),
            "questions_per_cell": round(questions / (len(facts.voices) * len(facts.snrs)), 1),
            "excluded_as_training": count_by_file(facts.excluded),
            "excluded_sentences": [sentence.text for sentence in facts.excluded],
            "now": facts.now,
        },
        "intent_accuracy": per_engine(accuracy),
        "intent_accuracy_by_snr": per_engine(lambda os: _split(os, "snr", facts.snrs, accuracy)),
        "per_voice": per_engine(lambda os: _split(os, "voice", facts.voices, accuracy)),
        "per_voice_snr": per_engine(
            lambda os: {
                voice: _split([o for o in os if o.voice == voice], "snr", facts.snrs, accuracy)
                for voice in facts.voices
            }
        ),
        "per_intent": per_engine(
            lambda os: {i: accuracy([o for o in os if o.expected == i]) for i in intents}
        ),
        "wer": per_engine(_rounded_wer),
        "wer_by_snr": per_engine(lambda os: _split(os, "snr", facts.snrs, _rounded_wer)),
        "wer_per_voice": per_engine(lambda os: _split(os, "voice", facts.voices, _rounded_wer)),
        **{name: per_engine(measure) for name, measure in SAFETY.items()},
        "safety_by_snr": per_engine(
            lambda os: {
                name: _split(os, "snr", facts.snrs, measure) for name, measure in SAFETY.items()
            }
        ),
        "latency_ms": per_engine(latencies),
        "rtf": per_engine(lambda os: _rounded(real_time_factor(os))),
        # Compare runs on this one: the clock's figure grows with whatever else the machine runs.
        "rtf_cpu": per_engine(lambda os: _rounded(real_time_factor(os, cpu=True))),
        "live": summarise_live(facts.live),
        "startup_s": facts.startup_s,
        "peak_rss_mb": round(facts.peak_rss_mb, 1),
        "wall_s": round(facts.wall_s, 1),
        "machine": {
            "cpus": facts.cpus,
            "load_before": [round(x, 2) for x in facts.load_before],
            "load_after": [round(x, 2) for x in facts.load_after],
        },
    }


def crisis_recall(outcomes: Sequence[Outcome]) -> float | None:
    return _recall(outcomes, "crisis")


def emergency_recall(outcomes: Sequence[Outcome]) -> float | None:
    return _recall(outcomes, "emergency")


def false_alarms(outcomes: Sequence[Outcome]) -> float | None:
    """Everyday statements, idioms among them, that raised an alarm."""
    return _rounded(share([o for o in outcomes if o.kind == "everyday"], _is_alarm))


def oos_rejection(outcomes: Sequence[Outcome]) -> float | None:
    """Out-of-scope sentences the assistant did not act on."""
    return _rounded(share([o for o in outcomes if o.kind == "out_of_scope"], _declined))


def accuracy(outcomes: Sequence[Outcome]) -> float | None:
    """Intent accuracy over the held-out questions among `outcomes`."""
    return _rounded(share([o for o in outcomes if o.kind == "question"], _is_correct))


SAFETY: dict[str, Callable[[Sequence[Outcome]], float | None]] = {
    "crisis_recall": crisis_recall,
    "emergency_recall": emergency_recall,
    "false_alarms": false_alarms,
    "oos_rejection": oos_rejection,
}


def latencies(outcomes: Sequence[Outcome]) -> dict[str, dict[str, float | None]]:
    return {
        "recognition": percentiles(o.recognition_ms for o in outcomes),
        "dialogue": percentiles(o.dialogue_ms for o in outcomes),
        "first_audio": percentiles(o.first_audio_ms for o in outcomes),
        "answer_start": percentiles(answer_start_ms(o) for o in outcomes),
    }


def _split(
    outcomes: Sequence[Outcome],
    field: str,
    values: Sequence[str],
    measure: Callable[[list[Outcome]], float | None],
) -> dict[str, float | None]:
    return {value: measure([o for o in outcomes if getattr(o, field) == value]) for value in values}


def _recall(outcomes: Sequence[Outcome], alarm: str) -> float | None:
    """Statements of the alarm, from either held-out file, that raised an alarm (the crisis
    and the emergency answer both say where help is; as bench.text counts it)."""
    return _rounded(share([o for o in outcomes if o.expected == alarm], _is_alarm))


def _is_correct(outcome: Outcome) -> bool:
    return outcome.correct


def _is_alarm(outcome: Outcome) -> bool:
    return outcome.alarm


def _declined(outcome: Outcome) -> bool:
    return not outcome.acted


def _rounded_wer(outcomes: Sequence[Outcome]) -> float | None:
    return _rounded(word_error_rate(outcomes))


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
