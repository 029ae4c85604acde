"""The benchmarks' recognition on every core: one worker process per core, each with its own
recogniser, hears one contiguous share of the clips in order.

Contiguous shares keep the order of a single pass: every clip follows the same clip as it
would there (pocketsphinx carries its cepstral mean from one utterance to the next), except
the first clip of each share. The workers share the caches, so each decodes about 10% slower
than one recogniser alone (the full benchmark on two cores: real-time factor in CPU time 0.39,
against 0.35 in one pass): the recognition times are a little pessimistic. The dialogue and
speech synthesis run after, in the main process.
"""

from __future__ import annotations

import itertools
import os
import queue
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import Manager, get_context
from pathlib import Path

from tqdm import tqdm

from assistant.frames import AudioChunk, Transcript
from assistant.spoken import open_recognizer
from audio.recognizer import Engine, transcribe

Clip = Callable[[], AudioChunk]  # makes one utterance's audio; must pickle (a module function)
PROGRESS_POLL_S = 0.5


@dataclass(frozen=True)
class Recognised:
    transcript: Transcript  # its audio_s is the clip's length
    clock_ms: float  # the whole `transcribe` call on the clock


def recognise_all(
    clips: Sequence[Clip], engine: Engine, vosk_model: Path | None, workers: int | None = None
) -> list[Recognised]:
    """Every clip's transcript, in the order of `clips`, with a progress bar."""
    count = min(workers or os.cpu_count() or 1, max(1, len(clips)))
    bounds = [len(clips) * share // count for share in range(count + 1)]
    shares = [list(clips[start:end]) for start, end in itertools.pairwise(bounds)]
    context = get_context("spawn")
    with (
        Manager() as manager,
        ProcessPoolExecutor(max_workers=count, mp_context=context) as pool,
        tqdm(total=len(clips), desc=engine) as bar,
    ):
        heard = manager.Queue()
        jobs = [pool.submit(_recognise_share, share, engine, vosk_model, heard) for share in shares]
        _follow(jobs, heard, bar)
        return [recognised for job in jobs for recognised in job.result()]


def _follow(jobs: list[Future[list[Recognised]]], heard: queue.Queue[int], bar: tqdm) -> None:
    """Moves the bar as clips are heard until every job is done or one has failed (its error
    is raised when its result is taken, after the other workers have finished their shares)."""
    while True:
        done, pending = wait(jobs, timeout=PROGRESS_POLL_S, return_when=FIRST_EXCEPTION)
        while not heard.empty():
            bar.update(heard.get())
        if not pending or any(job.exception() for job in done):
            return


def _recognise_share(
    clips: Sequence[Clip], engine: Engine, vosk_model: Path | None, heard: queue.Queue[int]
) -> list[Recognised]:
    recognizer = open_recognizer(engine, vosk_model)
    results = []
    try:
        for clip in clips:
            audio = clip()
            start = time.perf_counter()
            transcript = transcribe(recognizer, audio)
            elapsed_ms = (time.perf_counter() - start) * 1000
            results.append(Recognised(transcript, elapsed_ms))
            heard.put(1)
    finally:
        recognizer.close()
    return results
