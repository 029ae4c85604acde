"""The recogniser's floor and confirm level (assistant.spoken), chosen on held-out speech.

    python -m bench.thresholds [--sentences N] [--records FILE] [--reuse]

The held-out sentences of `aftercare eval` (training examples left out) are spoken by its voices
at its noise levels in rotation (bench.run.Plan), and room noise alone plays at each noisy
level. pocketsphinx hears the clips in order, on every core as `aftercare eval` does
(bench.hearing); then the dialogue answers every transcript, however unsure, as if surely heard,
in a fresh conversation; each turn is written to --records (`--reuse` reports on them again
without hearing anything). The replay then decides each turn at every floor and confirm level as
the assistant does: the safety net's alarm on a transcript (or on one of the engine's next best
wordings of it, which the dialogue then answers) is answered whatever the recogniser's confidence
(assistant.spoken.heard_text); below the floor the transcript counts as not heard;
below the confirm level an answer that would advise is asked about first
(assistant.answers.CONFIRMED_WHEN_UNSURELY_HEARD). Each turn is then

- right: it acts on the intended intent (for a crisis or an emergency: on either alarm);
- wrong: it acts on another: wrong advice, a false alarm, an answer to noise;
- asked: it confirms or asks again before acting;
- harmless: it does not act, or it answers an everyday remark with anything but an alarm.

The sentences are split in two halves alike in kinds and intents; the values are chosen on one
half by CHOICE_RULE and reported on the other, so that no value is judged on what chose it.
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant import timeline
from assistant.answers import CONFIRMED_WHEN_UNSURELY_HEARD
from assistant.dialogue import Dialogue, Settings
from assistant.frames import AudioChunk
from assistant.spoken import MIN_SURE_CONFIDENCE, MIN_TRANSCRIPT_CONFIDENCE, alarm_words
from audio.wav import RECOGNIZER_RATE_HZ, chunk_from_float
from bench.hearing import recognise_all
from bench.metrics import ALARMS, NOT_ACTING
from bench.noise import SPEECH_LEVEL_DBFS, pink_noise
from bench.run import DEFAULT_VOICES, SNRS_DB, Plan, cache_speech, item_audio, snr_label
from bench.testset import Sentence, in_training_data, load_sentences, stratified

STEPS = tuple(round(0.05 * step, 2) for step in range(20))  # 0.0 to 0.95
# Acting wrongly gives wrong advice; asking first costs a "yes", not hearing a repeated question.
# So the fewest wrong actions, within a budget of the right answers delayed.
MAX_RIGHT_IGNORED = 0.05
MAX_RIGHT_ASKED = 0.10
CHOICE_RULE = (
    f"the fewest wrong actions that leave unheard at most {MAX_RIGHT_IGNORED:.0%} and ask about "
    f"at most {MAX_RIGHT_ASKED:.0%} of the right answers given when every transcript is acted "
    "on; of equals, the lowest floor, then the lowest confirm level"
)
DEFAULT_RECORDS = Path("bench-out") / "thresholds.jsonl"
NOISE_KIND = "noise"  # room noise with nobody speaking: nothing in it is to be acted on
NOISE_CLIPS = 8  # at each noisy level
NOISE_S = 3.0  # about as long as a spoken question


@dataclass(frozen=True)
class Heard:
    """One clip as heard and answered, before any floor or confirm level applies."""

    sentence: Sentence
    voice: str  # "" for room noise alone
    snr: str  # "clean" or decibels
    transcript: str
    confidence: float  # the recogniser's, 0..1
    alarm: bool  # the safety net's rules fire on the transcript or a next best wording
    intent: str  # the dialogue's reply
    asked: bool  # the reply confirms or asks again (the classifier was unsure)


@dataclass(frozen=True)
class Setting:
    floor: float  # below it a transcript counts as not heard
    confirm: float  # below it (and from the floor) an advising answer is asked about first
    safety_first: bool = True  # the safety net reads transcripts below the floor


EVERY_TRANSCRIPT = Setting(0.0, 0.0)
BEFORE = Setting(0.3, 0.3, safety_first=False)  # spoken.py before this was measured


@dataclass(frozen=True)
class Decision:
    intent: str
    asked: bool  # confirms or asks again rather than acting


class Verdict(enum.Enum):
    RIGHT = "right"
    WRONG = "wrong"
    ASKED = "asked"
    HARMLESS = "harmless"


def decide(heard: Heard, setting: Setting) -> Decision | None:
    """What the assistant does with the turn at `setting`; None: it takes no turn."""
    if not heard.transcript:
        return None
    if heard.alarm and setting.safety_first:
        return Decision(heard.intent, heard.asked)
    if heard.confidence < setting.floor:
        return None
    unsure = heard.confidence < setting.confirm and heard.intent in CONFIRMED_WHEN_UNSURELY_HEARD
    return Decision(heard.intent, heard.asked or unsure)


def judge(sentence: Sentence, decision: Decision | None) -> Verdict:
    if decision is None or decision.intent in NOT_ACTING:
        return Verdict.HARMLESS
    if decision.asked:
        return Verdict.ASKED
    if decision.intent == sentence.expected or {decision.intent, sentence.expected} <= {*ALARMS}:
        return Verdict.RIGHT
    if sentence.expected is None and decision.intent not in ALARMS:
        return Verdict.HARMLESS
    return Verdict.WRONG


@dataclass(frozen=True)
class Row:
    """The turns' figures at one setting: shares of all turns, and of the right answers given
    when every transcript is acted on."""

    setting: Setting
    verdicts: dict[Verdict, float]
    right_ignored: float
    right_asked: float
    alarms_kept: float  # crisis and emergency sentences answered or asked about as an alarm
    false_alarms: float  # other clips answered or asked about as an alarm


def row(turns: Sequence[Heard], setting: Setting) -> Row:
    decisions = [decide(heard, setting) for heard in turns]
    verdicts = [judge(heard.sentence, d) for heard, d in zip(turns, decisions, strict=True)]
    baseline = [judge(h.sentence, decide(h, EVERY_TRANSCRIPT)) for h in turns]
    right = [v for v, was in zip(verdicts, baseline, strict=True) if was is Verdict.RIGHT]
    raised = [decision is not None and decision.intent in ALARMS for decision in decisions]
    is_alarm = [heard.sentence.expected in ALARMS for heard in turns]
    kept = sum(r and a for r, a in zip(raised, is_alarm, strict=True))
    return Row(
        setting=setting,
        verdicts={v: _share(verdicts.count(v), len(verdicts)) for v in Verdict},
        right_ignored=_share(right.count(Verdict.HARMLESS), len(right)),
        right_asked=_share(right.count(Verdict.ASKED), len(right)),
        alarms_kept=_share(kept, sum(is_alarm)),
        false_alarms=_share(sum(raised) - kept, len(turns) - sum(is_alarm)),
    )


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def grid() -> list[Setting]:
    return [Setting(floor, confirm) for floor in STEPS for confirm in STEPS if confirm >= floor]


def choose(rows: Sequence[Row]) -> Row:
    """The row CHOICE_RULE picks (acting on every transcript delays nothing, so one is)."""
    allowed = [
        r for r in rows if r.right_ignored <= MAX_RIGHT_IGNORED and r.right_asked <= MAX_RIGHT_ASKED
    ]
    return min(
        allowed, key=lambda r: (r.verdicts[Verdict.WRONG], r.setting.floor, r.setting.confirm)
    )


def halves(sentences: Sequence[Sentence]) -> tuple[set[Sentence], set[Sentence]]:
    """Every other sentence, kind by kind and intent by intent: one half to choose on, the other
    to report on, alike in their kinds and intents."""
    groups: dict[tuple[str, str | None], list[Sentence]] = {}
    for sentence in sentences:
        groups.setdefault((sentence.kind, sentence.expected), []).append(sentence)
    return (
        {s for group in groups.values() for s in group[::2]},
        {s for group in groups.values() for s in group[1::2]},
    )


def noise_alone(snr_db: float, seed: int) -> AudioChunk:
    """The pink noise that bench.noise.mix lays under speech at `snr_db`, without the speech."""
    level = 10 ** ((SPEECH_LEVEL_DBFS - snr_db) / 20)
    samples = pink_noise(int(NOISE_S * RECOGNIZER_RATE_HZ), seed) * level
    return chunk_from_float(samples.astype(np.float32), RECOGNIZER_RATE_HZ)


def measure(sentences: Sequence[Sentence], records: Path) -> list[Heard]:
    """Hears and answers every clip: the benchmark's items, then room noise alone."""
    plan = Plan(
        sentences=tuple(sentences),
        voices=DEFAULT_VOICES,
        snrs_db=SNRS_DB,
        crossed=False,
        engines=("pocketsphinx",),
        engine_note=None,
        vosk_model=None,
        now=timeline.now(),
    )
    clips: list[tuple[Sentence, str, float | None, Callable[[], AudioChunk]]] = [
        (item.sentence, item.voice, item.snr_db, partial(item_audio, item)) for item in plan.items()
    ]
    noisy = [snr for snr in SNRS_DB if snr is not None]
    clips += [
        (
            Sentence(f"(room noise {n})", NOISE_KIND, "out_of_scope"),
            "",
            snr,
            partial(noise_alone, snr, n),
        )
        for n in range(NOISE_CLIPS)
        for snr in noisy
    ]
    cache_speech([(sentence.text, voice) for sentence in plan.sentences for voice in plan.voices])
    heard_clips = recognise_all([audio for *_, audio in clips], "pocketsphinx", None)
    turns: list[Heard] = []
    records.parent.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="aftercare-thresholds-") as home,
        records.open("w", encoding="utf-8") as out,
    ):
        dialogue = Dialogue(Settings(Path(home), None, plan.now))
        try:
            answered = tqdm(zip(clips, heard_clips, strict=True), desc="answers", total=len(clips))
            for number, ((sentence, voice, snr_db, _), recognised) in enumerate(answered):
                transcript = recognised.transcript
                alarming = alarm_words(transcript)
                words = alarming or transcript.text
                reply = dialogue.respond(words, f"thresholds-{number}")
                heard = Heard(
                    sentence=sentence,
                    voice=voice,
                    snr=snr_label(snr_db),
                    transcript=transcript.text,
                    confidence=transcript.confidence,
                    alarm=alarming is not None,
                    intent=reply.intent,
                    asked=bool(reply.data.get("low_confidence")),
                )
                out.write(record_line(heard) + "\n")
                out.flush()  # a broken run keeps what it answered
                turns.append(heard)
        finally:
            dialogue.close()
    return turns


def record_line(heard: Heard) -> str:
    return json.dumps(asdict(heard))


def load_records(path: Path) -> list[Heard]:
    turns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = json.loads(line)
        turns.append(Heard(**{**fields, "sentence": Sentence(**fields["sentence"])}))
    return turns


def table(title: str, rows: Sequence[tuple[str, Row]]) -> str:
    lines = [
        title,
        "",
        "| setting | right | wrong | asked | harmless | right unheard | right asked "
        "| alarms kept | false alarms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label, r in rows:
        shares = " | ".join(f"{r.verdicts[v]:.1%}" for v in Verdict)
        lines.append(
            f"| {label} | {shares} | {r.right_ignored:.1%} | {r.right_asked:.1%} "
            f"| {r.alarms_kept:.1%} | {r.false_alarms:.1%} |"
        )
    return "\n".join(lines)


def report(turns: Sequence[Heard]) -> str:
    """The sweep on the choosing half, the chosen values, and their figures on the other."""
    choosing, reporting = halves(list(dict.fromkeys(heard.sentence for heard in turns)))
    chose = [heard for heard in turns if heard.sentence in choosing]
    held = [heard for heard in turns if heard.sentence in reporting]
    swept = [row(chose, setting) for setting in grid()]
    best = choose(swept).setting
    floor_alone = choose([r for r in swept if r.setting.confirm == r.setting.floor]).setting
    compared = {
        "every transcript acted on": EVERY_TRANSCRIPT,
        "floor 0.30 before the safety net (before)": BEFORE,
        f"floor {MIN_TRANSCRIPT_CONFIDENCE:.2f}, confirm below {MIN_SURE_CONFIDENCE:.2f} "
        "(spoken.py)": Setting(MIN_TRANSCRIPT_CONFIDENCE, MIN_SURE_CONFIDENCE),
        f"floor {floor_alone.floor:.2f}, no confirm band (chosen without a band)": floor_alone,
        f"floor {best.floor:.2f}, confirm below {best.confirm:.2f} (chosen)": best,
    }
    sizes = (
        f"{len(chose)} turns of {len(choosing)} sentences and noise clips to choose on, "
        f"{len(held)} turns of {len(reporting)} to report on"
    )
    return "\n\n".join(
        [
            f"Rule: {CHOICE_RULE}. {sizes}.",
            table(
                f"Choosing half, confirm level {best.confirm:.2f}: the floor",
                [
                    (f"{r.setting.floor:.2f}", r)
                    for r in swept
                    if r.setting.confirm == max(best.confirm, r.setting.floor)
                ],
            ),
            table(
                f"Choosing half, floor {best.floor:.2f}: the confirm level",
                [(f"{r.setting.confirm:.2f}", r) for r in swept if r.setting.floor == best.floor],
            ),
            table(
                "Held-out half",
                [(label, row(held, setting)) for label, setting in compared.items()],
            ),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.thresholds", description=__doc__)
    parser.add_argument("--sentences", type=int, help="a stratified subset of this many")
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS)
    parser.add_argument("--reuse", action="store_true", help="report on --records, unheard")
    args = parser.parse_args()
    started, load_before = time.perf_counter(), os.getloadavg()
    if args.reuse:
        turns = load_records(args.records)
    else:
        sentences = load_sentences()
        seen = set(in_training_data(sentences))
        unseen = [sentence for sentence in sentences if sentence not in seen]
        turns = measure(stratified(unseen, args.sentences), args.records)
    print(report(turns))
    load = ", ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(load_before, os.getloadavg(), strict=True))
    wall_s = time.perf_counter() - started
    print(f"\n{len(turns)} turns; {wall_s:.0f} s; load before/after {load}", file=sys.stderr)


if __name__ == "__main__":
    main()
