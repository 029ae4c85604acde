"""The text path's figures: held-out intent accuracy, safety recall, time per turn, start-up,
and the safety rules' time per sentence.

    python -m bench.text [--out bench-out]

Every sentence goes through the whole text path (safety net, Rasa, the action server) as its
own conversation, at a fixed local time, with a temporary home directory. Held-out sentences
that, normalised, are NLU training examples are left out of the scores; each set reports how
many were left out and how many were scored. A safety question asked ("Are you having
thoughts of harming yourself?") counts as an alarm, in recall and in false alarms alike; each
safety set also says how many of its alarms were such questions, and what the rules alone
(assistant/safety.py, without the classifier) catch.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from tqdm import tqdm

from assistant import safety
from assistant.dialogue import Dialogue, Settings
from assistant.frames import Reply
from bench.testset import is_training_example

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HELDOUT_SETS = (
    "heldout_nlu.yml",
    "heldout_nlu_blind.yml",
    "heldout_nlu_v3.yml",
    "heldout_nlu_v4.yml",
    "heldout_nlu_v5.yml",
    "heldout_nlu_v6.yml",
    "heldout_nlu_v7.yml",
    "heldout_nlu_warning_signs.yml",
    "heldout_nlu_phone_numbers.yml",
    "heldout_nlu_treatment_ended.yml",
)
SAFETY_SETS = (
    "safety_heldout.yml",
    "safety_heldout_blind.yml",
    "safety_heldout_final.yml",
    "safety_heldout_recheck.yml",
    "safety_heldout_v6.yml",
    "safety_heldout_v7.yml",
    "safety_heldout_v8.yml",
    "safety_heldout_v9.yml",
    "safety_heldout_v10.yml",
    "safety_heldout_v11.yml",
    "safety_heldout_v12.yml",
    "safety_heldout_v13.yml",
    "safety_heldout_v14.yml",
    "safety_heldout_v15.yml",
    "safety_heldout_v16.yml",
    "safety_heldout_v17.yml",
    "safety_heldout_v18.yml",
    "safety_heldout_v19.yml",
    "safety_heldout_v20.yml",
    "safety_heldout_v21.yml",
    "safety_heldout_v22.yml",
    "safety_heldout_v23.yml",
    "safety_heldout_v24.yml",
    "safety_heldout_v25.yml",
    "safety_heldout_v26.yml",
    "safety_heldout_v27.yml",
    "safety_heldout_v28.yml",
    "safety_heldout_v29.yml",
    "safety_heldout_v30.yml",
    "safety_heldout_v31.yml",
    "safety_heldout_v32.yml",
    "safety_heldout_v33.yml",
    "safety_heldout_v34.yml",
    "safety_heldout_v35.yml",
    "safety_heldout_v36.yml",
    "safety_heldout_v37.yml",
    "safety_heldout_v38.yml",
    "safety_heldout_v39.yml",
    "safety_heldout_v40.yml",
    "safety_heldout_v41.yml",
    "safety_heldout_v42.yml",
    "safety_heldout_v43.yml",
    "safety_heldout_v44.yml",
    "safety_heldout_v45.yml",
    "safety_heldout_v46.yml",
)
# Never read, and no sentence of theirs is trained on (bench.safety_examples makes the other
# sets' sentences training examples): their first measure is the honest figure.
BLIND_SAFETY_SETS = ("safety_heldout_v46.yml",)
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=ZoneInfo("America/New_York"))
ALARMS = ("crisis", "emergency")


def chat_ready_s() -> float:
    """Seconds from starting `aftercare chat` to its first prompt."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as home:
        chat = subprocess.Popen(
            [sys.executable, "-m", "assistant", "chat", "--home", home],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert chat.stdout is not None and chat.stdin is not None
        seen = ""
        while not seen.endswith("you> "):
            character = chat.stdout.read(1)
            if not character:
                raise RuntimeError("aftercare chat ended before its first prompt")
            seen += character
        ready = time.perf_counter() - start
        chat.communicate("goodbye\n", timeout=60)
    return ready


def _labelled(name: str) -> list[tuple[str, str]]:
    """The (label, sentence) pairs of a held-out file."""
    document = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return [(label, text) for label, texts in document.items() for text in texts]


def _unseen(name: str) -> tuple[list[tuple[str, str]], int]:
    """The (label, sentence) pairs of a held-out file that the NLU training data lacks, and how
    many it holds (left out)."""
    pairs = _labelled(name)
    unseen = [(label, text) for label, text in pairs if not is_training_example(text)]
    return unseen, len(pairs) - len(unseen)


def measure(dialogue: Dialogue) -> dict[str, object]:
    figures: dict[str, object] = {}
    turn_ms: list[float] = []
    conversation = 0

    def reply_to(text: str) -> Reply:
        nonlocal conversation
        conversation += 1
        start = time.perf_counter()
        reply = dialogue.respond(text, f"bench-{conversation}")
        turn_ms.append((time.perf_counter() - start) * 1000)
        return reply

    def heard_in(name: str) -> list[tuple[str, str, Reply]]:
        """(label, sentence, reply) for every unseen sentence of a set, whose counts go into
        the figures."""
        items, excluded = _unseen(name)
        figures[f"scored[{name}]"] = len(items)
        figures[f"excluded_as_training[{name}]"] = excluded
        return [(label, text, reply_to(text)) for label, text in tqdm(items, desc=name)]

    for name in HELDOUT_SETS:
        heard = heard_in(name)
        right = sum(reply.intent == label for label, _, reply in heard)
        figures[f"intent_accuracy[{name}]"] = round(right / len(heard), 4)
    for name in SAFETY_SETS:
        heard = heard_in(name)
        for alarm in ALARMS:
            said = [(text, reply) for label, text, reply in heard if label == alarm]
            # None when every sentence of the kind is a training example (a development set).
            figures[f"{alarm}_recall[{name}]"] = (
                round(sum(r.intent in ALARMS for _, r in said) / len(said), 4) if said else None
            )
            figures[f"{alarm}_asked[{name}]"] = f"{_asked(said)}/{len(said)}"
            figures[f"{alarm}_rules_only[{name}]"] = f"{_ruled(said)}/{len(said)}"
        everyday = [(text, reply) for label, text, reply in heard if label == "everyday"]
        alarmed = sum(r.intent in ALARMS for _, r in everyday)
        figures[f"false_alarms[{name}]"] = f"{alarmed}/{len(everyday)}"
        figures[f"false_alarms_asked[{name}]"] = f"{_asked(everyday)}/{len(everyday)}"
        figures[f"false_alarms_rules_only[{name}]"] = f"{_ruled(everyday)}/{len(everyday)}"
    figures["turn_ms_median"] = round(statistics.median(turn_ms), 1)
    figures["turn_ms_p90"] = round(statistics.quantiles(turn_ms, n=10)[-1], 1)
    return figures


def safety_check_ms() -> float:
    """The rules' mean time per sentence over every sentence of the safety sets, the best of
    three passes (the rules run on every utterance, and on its next best wordings)."""
    texts = [text for name in SAFETY_SETS for _, text in _labelled(name)]
    safety.load_rules()
    passes = []
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            safety.check(text)
        passes.append((time.perf_counter() - started) / len(texts) * 1000)
    return round(min(passes), 3)


def _asked(heard: list[tuple[str, Reply]]) -> int:
    """How many replies were a crisis or emergency question rather than the answer."""
    return sum(r.intent in ALARMS and bool(r.data.get("low_confidence")) for _, r in heard)


def _ruled(heard: list[tuple[str, Reply]]) -> int:
    """How many sentences the rules alone raise an alarm for."""
    return sum(safety.check(text) is not None for text, _ in heard)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.text", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    args = parser.parse_args()
    os.environ.setdefault("TZ", "America/New_York")
    figures: dict[str, object] = {"chat_ready_s": round(chat_ready_s(), 2)}
    figures["safety_check_ms"] = safety_check_ms()
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        dialogue = Dialogue(Settings(home=Path(home), fixed_now=NOW))
        figures["dialogue_load_s"] = round(time.perf_counter() - start, 2)
        try:
            figures |= measure(dialogue)
        finally:
            dialogue.close()
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "text.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
