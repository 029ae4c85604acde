"""The files of a run: summary.json, items.jsonl (every item), report.md and two plots."""

from __future__ import annotations

import itertools
import json
import warnings
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.live import INTO_ANSWER_S
from bench.metrics import Outcome, answer_start_ms
from bench.summary import RunFacts, summarise

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ACCURACY_PLOT = "accuracy_vs_snr.png"
SAFETY_ROWS = (
    ("Out-of-scope rejection", "oos_rejection"),
    ("Crisis recall", "crisis_recall"),
    ("Emergency recall", "emergency_recall"),
    ("False alarms on everyday talk", "false_alarms"),
)
LATENCY_PLOT = "latency.png"


def write_report(outcomes: Sequence[Outcome], facts: RunFacts, out_dir: Path) -> dict[str, Any]:
    """Writes every file into `out_dir` (created if needed); returns the summary."""
    summary = summarise(outcomes, facts)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    with (out_dir / "items.jsonl").open("w", encoding="utf-8") as items:
        items.writelines(json.dumps(asdict(outcome)) + "\n" for outcome in outcomes)
    with warnings.catch_warnings():
        # matplotlib 3.5 calls pyparsing names that the pyparsing Rasa pins deprecates.
        warnings.simplefilter("ignore", DeprecationWarning)
        _plot_accuracy(summary, out_dir / ACCURACY_PLOT)
        _plot_latency(outcomes, facts.engines, out_dir / LATENCY_PLOT)
    (out_dir / "report.md").write_text(markdown(summary), encoding="utf-8")
    return summary


def markdown(summary: dict[str, Any]) -> str:
    grid = summary["grid"]
    snrs = grid["snr_db"]
    lines = [
        "# Spoken benchmark",
        "",
        f"{grid['items']} items: {_counts(grid['sentences'])} held-out sentences, voices "
        f"{', '.join(grid['voices'])}, noise {', '.join(_snr_title(s) for s in snrs)} "
        f"({_DESIGNS[grid['design']]}); "
        f"answers for {grid['now']}. Wall time {summary['wall_s']:.0f} s on "
        f"{summary['machine']['cpus']} CPUs (load average {summary['machine']['load_before'][0]}"
        f" before, {summary['machine']['load_after'][0]} after).",
        "",
    ]
    if summary["engine_note"]:
        lines += [summary["engine_note"], ""]
    excluded = grid["excluded_as_training"]
    lines += [
        f"Left out of every figure: {sum(excluded.values())} held-out sentences that, normalised, "
        f"are NLU training examples ({', '.join(f'{n} of {name}' for name, n in excluded.items())};"
        " listed in summary.json, grid.excluded_sentences).",
        "",
    ]
    lines += ["## Summary", ""]
    rows = [
        ("Intent accuracy (questions)", "intent_accuracy", _percent),
        ("Word error rate (all speech)", "wer", _percent),
        *((title, key, _percent) for title, key in SAFETY_ROWS),
        ("Recognition real-time factor", "rtf", _number),
        ("Recognition real-time factor, CPU time", "rtf_cpu", _number),
    ]
    engines = summary["engines"]
    lines += _table(
        ["Measure", *engines],
        [[title, *(show(summary[key][e]) for e in engines)] for title, key, show in rows],
    )
    for engine in engines:
        lines += _engine_section(summary, engine, snrs)
    lines += _live_section(summary["live"])
    startup = summary["startup_s"]
    lines += [
        "## Resources",
        "",
        f"Peak memory (this process): {summary['peak_rss_mb']:.0f} MB.",
        "",
    ]
    lines += _table(
        ["Engine", "Dialogue (s)", "Recogniser (s)", "Ready (s)", "Piper voice (s)"],
        [
            [e, *(f"{startup[e][k]:.1f}" for k in ("dialogue", "recognizer", "total", "voice"))]
            for e in engines
        ],
    )
    lines += [
        "## How to read it",
        "",
        "- Intent accuracy: the reply's intent is the held-out question's intent (a reply that "
        "asks to confirm the right intent counts).",
        "- Out-of-scope rejection: the assistant acted on nothing (it said it did not understand, "
        "heard nothing, or asked to confirm).",
        "- Recalls count a crisis or emergency statement that raised either alarm (answered, or "
        "asked about straight out); false alarms are everyday statements that raised one.",
        "- Latency: recognition decodes the whole utterance after it ended; first audio is "
        "piper's first piece of the answer, uncached (the voice loop keeps short echoes ready); "
        "answer start is their sum with the dialogue.",
        "- Real-time factor: decoding time over audio time, on the clock and in the decoding "
        "thread's CPU time. The clock's figure grows with whatever else the machine runs at the "
        "same time; compare runs on the CPU figure.",
        "- Live: the real voice loop on PulseAudio's virtual microphone and speaker, in real "
        "time. Reply latency runs from the end of the question's words to the first sound of the "
        "answer on the speaker; barge-in from the end of the stop word to the speaker's last "
        "sound (negative: it fell silent for good before the word was over). A stop word is "
        "timed only when the answer sounded as it began. Every trial: summary.json, live.trials.",
        f"- Plots: {ACCURACY_PLOT}, {LATENCY_PLOT}. Every item: items.jsonl.",
        "",
    ]
    return "\n".join(lines)


def _engine_section(summary: dict[str, Any], engine: str, snrs: list[str]) -> list[str]:
    per_cell = summary["grid"]["questions_per_cell"]
    lines = [
        f"## {engine}",
        "",
        f"Intent accuracy by voice and noise ({per_cell} questions a cell):",
        "",
    ]
    by_voice = summary["per_voice_snr"][engine]
    lines += _table(
        ["Voice", *(_snr_title(s) for s in snrs), "All"],
        [
            [
                voice,
                *(_percent(row[s]) for s in snrs),
                _percent(summary["per_voice"][engine][voice]),
            ]
            for voice, row in by_voice.items()
        ]
        + [
            [
                "All",
                *(_percent(summary["intent_accuracy_by_snr"][engine][s]) for s in snrs),
                _percent(summary["intent_accuracy"][engine]),
            ]
        ],
    )
    safety = summary["safety_by_snr"][engine]
    lines += ["Safety and rejection by noise:", ""]
    lines += _table(
        ["", *(_snr_title(s) for s in snrs), "All"],
        [
            [title, *(_percent(safety[key][s]) for s in snrs), _percent(summary[key][engine])]
            for title, key in SAFETY_ROWS
        ],
    )
    lines += ["Word error rate by voice and noise:", ""]
    lines += _table(
        ["", *(_snr_title(s) for s in snrs), "All"],
        [
            [
                "All voices",
                *(_percent(summary["wer_by_snr"][engine][s]) for s in snrs),
                _percent(summary["wer"][engine]),
            ]
        ],
    )
    lines += _table(
        ["Voice", "Word error rate"],
        [[v, _percent(w)] for v, w in summary["wer_per_voice"][engine].items()],
    )
    lines += ["Intent accuracy by intent:", ""]
    lines += _table(
        ["Intent", "Accuracy"],
        [[intent, _percent(a)] for intent, a in summary["per_intent"][engine].items()],
    )
    latency = summary["latency_ms"][engine]
    lines += ["Latency (ms):", ""]
    lines += _table(
        ["Stage", "p50", "p90", "p99"],
        [
            [stage, *(_number(latency[stage][p]) for p in ("p50", "p90", "p99"))]
            for stage in latency
        ],
    )
    return lines


def _live_section(live: dict[str, Any]) -> list[str]:
    lines = ["## Live, on the virtual devices", ""]
    if live["skipped"]:
        return [*lines, f"Not run: {live['skipped']}", ""]
    reply = live["reply_latency_ms"]
    barge_in = live["barge_in"]
    lines += [
        f"The voice loop ({live['engine']}, piper voice) heard {live['questions']} held-out "
        f"questions spoken by piper's joe voice into the microphone and answered "
        f"{live['answered']}. {INTO_ANSWER_S:g} s into each answer, while it sounded, "
        f"{' or '.join(repr(w) for w in live['barge_in_ms_by_word'])} was said in turn: "
        f"{barge_in['measured']} of {barge_in['tried']} were timed; "
        f"{barge_in['not_sounding']} found the answer over or in a pause, and "
        f"{barge_in['went_on']} did not stop it.",
        "",
    ]
    lines += _table(
        ["Measure (ms)", "p50", "p90", "max"],
        [
            ["End of question to first sound", *(_number(reply[p]) for p in ("p50", "p90", "max"))],
            *(
                [f"{title} to silence", _number(spread["p50"]), "", _number(spread["max"])]
                for title, spread in (
                    ("Stop word", live["barge_in_ms"]),
                    *((f"'{w}'", s) for w, s in live["barge_in_ms_by_word"].items()),
                )
            ),
        ],
    )
    return lines


_DESIGNS = {
    "rotated": "each sentence and voice at one noise level, in rotation",
    "crossed": "each sentence and voice at every noise level",
}


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
        "",
    ]


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3g}" if value < 10 else f"{value:.0f}"


def _snr_title(label: str) -> str:
    return label if label == "clean" else f"{label} dB"


def _counts(sentences: dict[str, int]) -> str:
    return ", ".join(f"{count} {kind.replace('_', '-')}" for kind, count in sentences.items())


def _figure(columns: int) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(5.5 * columns, 4), layout="constrained")


def _plot_accuracy(summary: dict[str, Any], path: Path) -> None:
    engines = summary["engines"]
    snrs = summary["grid"]["snr_db"]
    figure = _figure(len(engines))
    for axes, engine in zip(
        figure.subplots(1, len(engines), squeeze=False)[0], engines, strict=True
    ):
        voices = summary["per_voice_snr"][engine].items()
        for (voice, row), marker in zip(voices, itertools.cycle("os^Dv"), strict=False):
            axes.plot(snrs, [_missing_as_nan(row[s]) for s in snrs], marker=marker, label=voice)
        overall = summary["intent_accuracy_by_snr"][engine]
        axes.plot(snrs, [_missing_as_nan(overall[s]) for s in snrs], "k--", lw=2, label="all")
        axes.set(title=engine, xlabel="noise (SNR, dB)", ylabel="intent accuracy", ylim=(0, 1.05))
        axes.grid(alpha=0.3)
        axes.legend(fontsize="small")
    figure.savefig(path, dpi=100)


def _plot_latency(outcomes: Sequence[Outcome], engines: Sequence[str], path: Path) -> None:
    figure = _figure(len(engines))
    for axes, engine in zip(
        figure.subplots(1, len(engines), squeeze=False)[0], engines, strict=True
    ):
        chosen = [o for o in outcomes if o.engine == engine]
        stages = {
            "recognition": [o.recognition_ms for o in chosen],
            "dialogue": [o.dialogue_ms for o in chosen if o.dialogue_ms is not None],
            "first_audio": [o.first_audio_ms for o in chosen if o.first_audio_ms is not None],
            "answer_start": [t for t in map(answer_start_ms, chosen) if t is not None],
        }
        present = {name: values for name, values in stages.items() if values}
        if present:
            axes.boxplot(list(present.values()), labels=list(present), whis=(1, 99), sym=".")
        axes.set(title=engine, ylabel="ms (whiskers: p1-p99)")
        axes.grid(alpha=0.3, axis="y")
    figure.savefig(path, dpi=100)


def _missing_as_nan(value: float | None) -> float:
    return float("nan") if value is None else value
