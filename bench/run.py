"""`aftercare eval`: held-out sentences, spoken by several voices, under noise, through the
recogniser and the dialogue exactly as `aftercare ask --wav --separate` takes them; then, live,
held-out questions spoken into the real voice loop on PulseAudio's virtual devices (bench.live).

Held-out sentences that are also NLU training examples are left out, and counted per file. The
items are heard on every core (bench.hearing), then answered: one Dialogue is opened once, with
a temporary home and a fixed clock; every item is a fresh conversation, and the live questions
one more. The first audio of each answer is timed with the piper voice the assistant speaks
with. The test speech is synthesised beforehand in a worker process, so that neither its time
nor its models' memory count in the figures.

The live part takes LIVE_QUESTIONS questions (QUICK_LIVE_QUESTIONS with --quick; with
--sentences, no more than that many).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import resource
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from assistant import replies, timeline
from assistant.dialogue import Dialogue, Settings
from assistant.errors import UsageError
from assistant.frames import AudioChunk, Reply
from assistant.spoken import heard_text, open_recognizer, surely_heard
from assistant.training import ensure_model
from audio.recognizer import Engine
from audio.tts import Synthesizer, make_synthesizer, split_for_speech
from audio.vocabulary import normalise
from bench.hearing import Recognised, recognise_all
from bench.live import LIVE_VOICE, STOP_WORDS, LiveRun, live_questions, measure_live
from bench.metrics import Outcome, word_errors
from bench.noise import mix
from bench.report import write_report
from bench.speech import VOICES, cached_path, speak
from bench.summary import RunFacts
from bench.testset import Sentence, TestSetError, in_training_data, load_sentences, stratified

# As many voices as noise levels: in rotation, every sentence is heard at every level, and
# every voice at every level for a quarter of the sentences. The full run takes about 15 min
# on two cores; a fifth voice (espeak-slow, --voices) adds about a quarter.
DEFAULT_VOICES = ("joe", "joe-slow", "hibari", "espeak")
SNRS_DB: tuple[float | None, ...] = (None, 24.0, 15.0, 6.0)  # None: clean
QUICK_SENTENCES = 60
LIVE_QUESTIONS = 20
QUICK_LIVE_QUESTIONS = 5
EXIT_FAILURE = 1
T = TypeVar("T")


@dataclass(frozen=True)
class _Item:
    sentence: Sentence
    voice: str
    snr_db: float | None


@dataclass(frozen=True)
class Plan:
    """What one run covers: every sentence by every voice, each pair at one noise level in
    rotation (so every sentence is heard at every level when there are as many voices as
    levels), or with `crossed` at every level."""

    sentences: tuple[Sentence, ...]
    voices: tuple[str, ...]
    snrs_db: tuple[float | None, ...]
    crossed: bool
    engines: tuple[Engine, ...]  # "pocketsphinx", "vosk"
    engine_note: str | None  # why an engine was left out
    vosk_model: Path | None
    now: datetime
    excluded: tuple[Sentence, ...] = ()  # held-out sentences left out: the NLU data holds them
    live_questions: tuple[Sentence, ...] = ()  # spoken into the voice loop on the virtual devices

    def items(self) -> list[_Item]:
        """The items each engine hears."""
        return [
            _Item(sentence, voice, snr_db)
            for index, sentence in enumerate(self.sentences)
            for offset, voice in enumerate(self.voices)
            for snr_db in self._levels(index + offset)
        ]

    def _levels(self, turn: int) -> tuple[float | None, ...]:
        if self.crossed:
            return self.snrs_db
        return (self.snrs_db[turn % len(self.snrs_db)],)


def snr_label(snr_db: float | None) -> str:
    return "clean" if snr_db is None else f"{snr_db:g}"


def eval_command(args: argparse.Namespace) -> int:
    """The command line's entry: checks the arguments, runs, says where the report is."""
    try:
        plan = plan_from(args)
    except TestSetError as error:
        print(f"aftercare: {error}", file=sys.stderr)
        return EXIT_FAILURE
    design = "every level" if plan.crossed else "one level each, in rotation"
    print(
        f"Benchmark: {len(plan.sentences)} sentences x {len(plan.voices)} voices, "
        f"{len(plan.snrs_db)} noise levels ({design}): {len(plan.items())} items "
        f"for each of {', '.join(plan.engines)}",
        file=sys.stderr,
    )
    if plan.engine_note:
        print(plan.engine_note, file=sys.stderr)
    print(
        f"Left out: {len(plan.excluded)} held-out sentences that are NLU training examples. "
        f"Live: {len(plan.live_questions)} questions on the virtual devices",
        file=sys.stderr,
    )
    summary = run_eval(plan, args.out)
    print(f"Report: {args.out / 'report.md'} ({summary['wall_s']:.0f} s)", file=sys.stderr)
    return 0


def plan_from(args: argparse.Namespace) -> Plan:
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"--out {args.out} is a file, not a directory")
    if args.sentences is not None and args.sentences < 1:
        raise UsageError("--sentences must be at least 1")
    voices = _voices(args.voices or ",".join(DEFAULT_VOICES))
    engines, note = _engines(args.stt, args.vosk_model)
    try:
        now = timeline.parse_now(args.now)
    except ValueError as error:
        raise UsageError(str(error)) from None
    count = args.sentences or (QUICK_SENTENCES if args.quick else None)
    live_count = min(
        QUICK_LIVE_QUESTIONS if args.quick else LIVE_QUESTIONS, args.sentences or LIVE_QUESTIONS
    )
    sentences = load_sentences()
    excluded = in_training_data(sentences)
    unseen = [sentence for sentence in sentences if sentence not in excluded]
    return Plan(
        sentences=tuple(stratified(unseen, count)),
        excluded=tuple(excluded),
        live_questions=tuple(live_questions(unseen, live_count)),
        voices=voices,
        snrs_db=_snrs(args.snr) if args.snr else SNRS_DB,
        crossed=args.crossed,
        engines=engines,
        engine_note=note,
        vosk_model=args.vosk_model,
        now=now,
    )


def _voices(text: str) -> tuple[str, ...]:
    voices = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in voices if name not in VOICES]
    if unknown or not voices:
        raise UsageError(f"--voices takes names from {', '.join(VOICES)}; not {text!r}")
    if "hibari" in voices and importlib.util.find_spec("hibari") is None:
        raise UsageError(
            "The hibari voice needs the test extra (`make bench` installs it); "
            "or leave it out with --voices"
        )
    return voices


def _snrs(text: str) -> tuple[float | None, ...]:
    snrs: list[float | None] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        try:
            snrs.append(None if part == "clean" else float(part))
        except ValueError:
            raise UsageError(
                f"--snr takes 'clean' or decibels, e.g. clean,15,6; not {part!r}"
            ) from None
    if not snrs:
        raise UsageError("--snr needs at least one level, e.g. clean,15,6")
    return tuple(snrs)


def _engines(stt: str, vosk_model: Path | None) -> tuple[tuple[Engine, ...], str | None]:
    """The engines to run and, when vosk is left out, why."""
    from audio.vosk_models import ModelNotFoundError, choose_english_model, find_vosk_models

    if stt == "pocketsphinx":
        return ("pocketsphinx",), "vosk was not run: --stt pocketsphinx"
    try:
        choose_english_model(find_vosk_models(vosk_model))
    except ModelNotFoundError as error:
        if stt == "vosk":
            raise UsageError(str(error)) from None
        return ("pocketsphinx",), f"vosk was not run: {error}"
    return (("pocketsphinx", "vosk") if stt == "auto" else ("vosk",)), None


def run_eval(plan: Plan, out_dir: Path) -> dict[str, Any]:
    """Runs the plan and writes the report into `out_dir`; returns the summary."""
    started = time.perf_counter()
    load_before = os.getloadavg()
    cache_speech(_speech_needed(plan))
    ensure_model()  # training, when the NLU data changed, is no part of starting up
    with tempfile.TemporaryDirectory(prefix="aftercare-eval-") as home:
        dialogue_s, dialogue = _timed(partial(Dialogue, Settings(Path(home), None, plan.now)))
        try:
            outcomes, startup_s = _run_engines(plan, dialogue, dialogue_s)
            live = _run_live(plan, dialogue)
        finally:
            dialogue.close()
    facts = RunFacts(
        engines=plan.engines,
        engine_note=plan.engine_note,
        voices=plan.voices,
        snrs=tuple(snr_label(snr) for snr in plan.snrs_db),
        crossed=plan.crossed,
        sentences=plan.sentences,
        excluded=plan.excluded,
        live=live,
        now=plan.now.isoformat(),
        startup_s=startup_s,
        wall_s=time.perf_counter() - started,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        cpus=os.cpu_count() or 0,
        load_before=load_before,
        load_after=os.getloadavg(),
    )
    return write_report(outcomes, facts, out_dir)


def _run_engines(
    plan: Plan, dialogue: Dialogue, dialogue_s: float
) -> tuple[list[Outcome], dict[str, dict[str, float]]]:
    """Every item through each engine; the outcomes and the start-up times."""
    outcomes: list[Outcome] = []
    startup_s: dict[str, dict[str, float]] = {}
    voice_s, voice = _timed(partial(make_synthesizer, "piper"))
    conversations = (f"eval-{number}" for number in itertools.count())
    for engine in plan.engines:
        recognizer_s, recognizer = _timed(partial(open_recognizer, engine, plan.vosk_model))
        startup_s[engine] = {
            "dialogue": round(dialogue_s, 2),
            "recognizer": round(recognizer_s, 2),
            "voice": round(voice_s, 2),
            "total": round(dialogue_s + recognizer_s, 2),
        }
        recognizer.close()  # opened to time the start-up; the workers open their own
        items = plan.items()
        clips = [partial(item_audio, item) for item in items]
        heard = recognise_all(clips, engine, plan.vosk_model)
        for item, recognised in tqdm(
            zip(items, heard, strict=True), desc="answers", total=len(items)
        ):
            outcomes.append(_answer_item(item, engine, recognised, dialogue, voice, conversations))
    return outcomes, startup_s


def _run_live(plan: Plan, dialogue: Dialogue) -> LiveRun:
    """The live questions with the engine `aftercare run` would choose: vosk where it can."""
    engine: Engine = "vosk" if "vosk" in plan.engines else "pocketsphinx"
    return measure_live(dialogue, engine, plan.vosk_model, plan.live_questions)


def _timed(make: Callable[[], T]) -> tuple[float, T]:
    """The seconds `make` took, and what it made."""
    start = time.perf_counter()
    made = make()
    return time.perf_counter() - start, made


def _answer_item(
    item: _Item,
    engine: str,
    recognised: Recognised,
    dialogue: Dialogue,
    voice: Synthesizer,
    conversations: Iterator[str],
) -> Outcome:
    """One heard item through the path of `aftercare ask --wav --separate`, then the first
    audio."""
    transcript = recognised.transcript
    text = heard_text(transcript)
    started = time.perf_counter()
    reply: Reply = (
        dialogue.respond(text, next(conversations), surely_heard(transcript))
        if text
        else replies.nothing_heard()
    )
    answered = time.perf_counter()
    first_audio_ms = _first_audio_ms(voice, split_for_speech(reply.text)) if text else None
    reference = normalise(item.sentence.text).split()
    return Outcome(
        engine=engine,
        voice=item.voice,
        snr=snr_label(item.snr_db),
        kind=item.sentence.kind,
        text=item.sentence.text,
        expected=item.sentence.expected,
        transcript=transcript.text,
        intent=reply.intent,
        low_confidence=bool(reply.data.get("low_confidence")),
        word_errors=word_errors(reference, normalise(transcript.text).split()),
        reference_words=len(reference),
        audio_s=transcript.audio_s,
        recognition_ms=recognised.clock_ms,
        recognition_cpu_ms=transcript.decode_cpu_s * 1000,
        dialogue_ms=(answered - started) * 1000 if text else None,
        first_audio_ms=first_audio_ms,
    )


def item_audio(item: _Item) -> AudioChunk:
    """The item's sentence in its voice, under its noise (the same noise on every run)."""
    seed = zlib.crc32(f"{item.sentence.text}|{item.voice}|{item.snr_db}".encode())
    return mix(speak(item.sentence.text, item.voice), item.snr_db, seed)


def _first_audio_ms(voice: Synthesizer, pieces: Sequence[str]) -> float | None:
    """The time piper takes to make the first piece of the answer, as the voice loop speaks it.
    Only that piece is made: later ones would still be synthesising during the next item."""
    if not pieces:
        return None
    chunks = voice.synthesize(pieces[0])
    start = time.perf_counter()
    next(chunks)
    elapsed_ms = (time.perf_counter() - start) * 1000
    for _ in chunks:  # a piece the synthesiser splits once more
        pass
    return elapsed_ms


def _speech_needed(plan: Plan) -> list[tuple[str, str]]:
    """(text, voice) of every utterance the plan speaks, the live part's among them."""
    return [
        *((sentence.text, voice) for sentence in plan.sentences for voice in plan.voices),
        *((sentence.text, LIVE_VOICE) for sentence in plan.live_questions),
        *((word, LIVE_VOICE) for word in STOP_WORDS),
    ]


def cache_speech(utterances: Sequence[tuple[str, str]]) -> None:
    """Makes the test speech (text, voice) not yet cached, in a worker process (see the module
    docstring)."""
    missing = list(dict.fromkeys(u for u in utterances if not cached_path(*u).exists()))
    if not missing:
        return
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as worker:
        jobs = [worker.submit(_speak_one, text, voice) for text, voice in missing]
        for job in tqdm(jobs, desc="test speech"):
            job.result()


def _speak_one(text: str, voice: str) -> None:
    speak(text, voice)
