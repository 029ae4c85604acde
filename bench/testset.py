"""The benchmark's sentences: held-out lists kept apart from the training data, by kind.

Kinds: "question" (tests/data/spoken_heldout.yml, each with its intent), "crisis", "emergency"
and "everyday" (tests/data/safety_heldout_blind.yml) and "out_of_scope"
(tests/data/bench_out_of_scope.yml). The files live in the project's checkout, beside the
other held-out sets, and never in the packaged application. A sentence that, normalised, is
also an NLU training example (is_training_example) is held out in name only: no figure counts it.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from audio.vocabulary import load_vocabulary, normalise

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
SPOKEN_FILE = "spoken_heldout.yml"
SAFETY_FILE = "safety_heldout_blind.yml"
OUT_OF_SCOPE_FILE = "bench_out_of_scope.yml"
KINDS = ("question", "crisis", "emergency", "everyday", "out_of_scope")
FILE_OF_KIND = {
    "question": SPOKEN_FILE,
    "crisis": SAFETY_FILE,
    "emergency": SAFETY_FILE,
    "everyday": SAFETY_FILE,
    "out_of_scope": OUT_OF_SCOPE_FILE,
}
SUBSET_SEED = 1


class TestSetError(Exception):
    """A held-out file is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Sentence:
    """One held-out sentence and what the assistant must make of it."""

    text: str
    kind: str  # one of KINDS
    expected: str | None  # the intent the reply must carry; None: any intent but an alarm


def load_sentences(data_dir: Path = DATA_DIR) -> list[Sentence]:
    """Every sentence of the three held-out files, questions first."""
    questions = _read(data_dir / SPOKEN_FILE)
    safety = _read(data_dir / SAFETY_FILE)
    out_of_scope = _read(data_dir / OUT_OF_SCOPE_FILE)
    return [
        *(
            Sentence(text, "question", intent)
            for intent in questions
            for text in _section(questions, intent, SPOKEN_FILE)
        ),
        *(Sentence(text, "crisis", "crisis") for text in _section(safety, "crisis", SAFETY_FILE)),
        *(
            Sentence(text, "emergency", "emergency")
            for text in _section(safety, "emergency", SAFETY_FILE)
        ),
        *(Sentence(text, "everyday", None) for text in _section(safety, "everyday", SAFETY_FILE)),
        *(
            Sentence(text, "out_of_scope", "out_of_scope")
            for text in _section(out_of_scope, "out_of_scope", OUT_OF_SCOPE_FILE)
        ),
    ]


@cache
def training_examples() -> frozenset[str]:
    """The examples of the NLU training data, normalised as a recogniser writes them."""
    return frozenset(load_vocabulary().sentences)


def is_training_example(text: str) -> bool:
    """`text`, once normalised, is an example of the NLU training data: a score on it measures
    recall of training rather than understanding, so no figure counts it."""
    return normalise(text) in training_examples()


def in_training_data(sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences that are examples of the NLU training data (see is_training_example)."""
    return [sentence for sentence in sentences if is_training_example(sentence.text)]


def count_by_file(sentences: Iterable[Sentence]) -> dict[str, int]:
    """How many of `sentences` come from each held-out file."""
    counts = Counter(FILE_OF_KIND[sentence.kind] for sentence in sentences)
    return {name: counts[name] for name in dict.fromkeys(FILE_OF_KIND.values())}


def stratified(sentences: Sequence[Sentence], count: int | None) -> list[Sentence]:
    """`count` sentences spread over the kinds in proportion to their size (at least one of
    each kind), and over the intents within the questions; None: all of them, in file order."""
    if count is None or count >= len(sentences):
        return list(sentences)
    by_kind = {kind: [s for s in sentences if s.kind == kind] for kind in KINDS}
    present = {kind: group for kind, group in by_kind.items() if group}
    shares = allocate(count, {kind: len(group) for kind, group in present.items()})
    chosen: list[Sentence] = []
    for kind, group in present.items():
        chosen.extend(itertools.islice(_round_robin_by_intent(group), shares[kind]))
    return chosen


def allocate(count: int, sizes: dict[str, int]) -> dict[str, int]:
    """Shares of `count` (all of them when it is larger): one for each kind first, the rest in
    proportion to the kinds' sizes by largest remainder, none above its kind's size."""
    shares = dict.fromkeys(sizes, 1)
    rest = max(0, count - len(sizes))
    total = sum(sizes.values())
    quotas = {kind: rest * size / total for kind, size in sizes.items()}
    for kind, quota in quotas.items():
        shares[kind] = min(sizes[kind], shares[kind] + int(quota))
    by_remainder = sorted(sizes, key=lambda kind: quotas[kind] - int(quotas[kind]), reverse=True)
    for kind in itertools.cycle(by_remainder):
        if sum(shares.values()) >= count or all(shares[k] >= sizes[k] for k in sizes):
            break
        if shares[kind] < sizes[kind]:
            shares[kind] += 1
    return shares


def _round_robin_by_intent(group: Iterable[Sentence]) -> Iterable[Sentence]:
    """One sentence of every intent, then another of every intent, and so on; drawn at random
    (with a fixed seed) within an intent, since the lists open with their plainest cases."""
    by_intent: dict[str | None, list[Sentence]] = {}
    for sentence in group:
        by_intent.setdefault(sentence.expected, []).append(sentence)
    draw = random.Random(SUBSET_SEED)
    for sentences in by_intent.values():
        draw.shuffle(sentences)
    for layer in itertools.zip_longest(*by_intent.values()):
        yield from (sentence for sentence in layer if sentence is not None)


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise TestSetError(
            f"The held-out file {path} is missing: the benchmark runs from the project's checkout"
        )
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise TestSetError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(content, dict):
        raise TestSetError(f"{path} must map names to lists of sentences")
    return content


def _section(content: dict[str, Any], name: str, file_name: str) -> list[str]:
    texts = content.get(name)
    if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
        raise TestSetError(f"{file_name}: '{name}' must be a list of sentences")
    return texts
