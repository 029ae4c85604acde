# ruff: noqa: RUF001 -- the IPA symbols below are meant, not look-alikes of ASCII letters
"""What the recognisers should expect to hear, read from the Rasa NLU training data.

The `examples` of nlu/data/*.yml become normalised sentences. From them come an in-domain
ARPA language model and a pronunciation list for words the general dictionary lacks (for
pocketsphinx), and a phrase-list grammar (for vosk). Built files are cached in a directory
named by a hash of the sentences, so a new training example takes effect without hand edits
and unchanged data is never rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import platformdirs
import yaml
from pocketsphinx.lm import ArpaBoLM

NLU_DATA_DIR = Path(__file__).resolve().parent.parent / "nlu" / "data"
UNKNOWN_WORD = "[unk]"  # vosk's catch-all for speech outside a grammar

# Rasa entity markup: [text](entity), [text]{"entity": ...}; the spoken words are the text.
_ENTITY_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth"}
_IRREGULAR_ORDINALS |= {"eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@dataclass(frozen=True)
class Vocabulary:
    """The normalised sentences the assistant was trained on, one per spoken example."""

    sentences: tuple[str, ...]

    @cached_property
    def key(self) -> str:
        """A short hash of the sentences: it names the directory of built files."""
        return hashlib.sha256("\n".join(self.sentences).encode()).hexdigest()[:16]

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(word for sentence in self.sentences for word in sentence.split())


def vocabulary_from(sentences: Iterable[str]) -> Vocabulary:
    """Normalise, drop empties and duplicates (first occurrence kept)."""
    normalised = (normalise(sentence) for sentence in sentences)
    return Vocabulary(tuple(dict.fromkeys(s for s in normalised if s)))


def load_vocabulary(data_dir: Path = NLU_DATA_DIR) -> Vocabulary:
    """The sentences of every `examples` list in data_dir/*.yml (and *.yaml)."""
    files = sorted([*data_dir.glob("*.yml"), *data_dir.glob("*.yaml")])
    return vocabulary_from(sentence for path in files for sentence in read_examples(path))


def read_examples(path: Path) -> list[str]:
    """The example lines of one Rasa NLU file, with entity markup reduced to its text."""
    return [example for examples in examples_by_intent(path).values() for example in examples]


def examples_by_intent(path: Path) -> dict[str, list[str]]:
    """The example lines of one Rasa NLU file by intent (lookup tables and the like under
    their own names), with entity markup reduced to its text."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ValueError(f"{path} is not valid YAML: {error}") from error
    examples: dict[str, list[str]] = {}
    for item in document.get("nlu") or []:
        block = item.get("examples") if isinstance(item, dict) else None
        if isinstance(block, str):
            name = str(item.get("intent") or item.get("lookup") or item.get("synonym") or "")
            lines = (line.strip() for line in block.splitlines())
            found = [
                _ENTITY_MARKUP.sub(r"\1", line[1:]).strip() for line in lines if line[:1] == "-"
            ]
            examples.setdefault(name, []).extend(found)
    return examples


def normalise(text: str) -> str:
    """Lower case words as a recogniser writes them: no punctuation, numbers spelled out."""
    text = _NOT_WORD.sub(" ", text.lower().replace("-", " "))
    return " ".join(w for w in (_spell(word) for word in text.split()) if w)


def _spell(word: str) -> str:
    if word.isdigit():
        return spell_number(word)
    if ordinal := _ORDINAL.fullmatch(word):
        return spell_ordinal(ordinal.group(1))
    return word.strip("'")


def spell_number(digits: str) -> str:
    """0..999 as words ("42" -> "forty two"); longer numbers digit by digit."""
    value = int(digits)
    if value >= 1000:
        return " ".join(_ONES[int(digit)] for digit in digits)
    hundreds, rest = divmod(value, 100)
    words = [_ONES[hundreds], "hundred"] if hundreds else []
    if rest >= 20:
        words += [_TENS[rest // 10 - 2]] + ([_ONES[rest % 10]] if rest % 10 else [])
    elif rest or not words:
        words.append(_ONES[rest])
    return " ".join(words)


def spell_ordinal(digits: str) -> str:
    """ "22" -> "twenty second", as in "the 22nd"."""
    *head, last = spell_number(digits).split()
    if last in _IRREGULAR_ORDINALS:
        last = _IRREGULAR_ORDINALS[last]
    else:
        last = last[:-1] + "ieth" if last.endswith("y") else last + "th"
    return " ".join([*head, last])


def cache_root() -> Path:
    return Path(platformdirs.user_cache_dir("aftercare")) / "vocabulary"


def artifact_dir(vocabulary: Vocabulary, root: Path | None = None) -> Path:
    """The cache directory of this exact set of sentences (created, sentences written in)."""
    directory = (root or cache_root()) / vocabulary.key
    sentences = directory / "sentences.txt"
    if not sentences.exists():
        _write_atomically(sentences, "".join(s + "\n" for s in vocabulary.sentences))
    return directory


def arpa_model(vocabulary: Vocabulary, root: Path | None = None) -> Path:
    """An in-domain trigram model of the sentences (pocketsphinx's own ARPA builder)."""
    path = artifact_dir(vocabulary, root) / "domain.arpa"
    if not path.exists():
        if not vocabulary.sentences:
            raise ValueError("no sentences to build a language model from")
        builder = ArpaBoLM(text="\n".join(vocabulary.sentences), add_start=True)
        builder.compute()
        with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
            partial = Path(scratch) / path.name
            builder.write_file(str(partial))
            os.replace(partial, path)
    return path


def pronunciations(
    words: Iterable[str], known: frozenset[str], root: Path, name: str
) -> dict[str, str]:
    """ARPAbet pronunciations, from espeak-ng, of the words the dictionary `known` lacks.

    Cached as root/name (a CMUdict-style file): drug names such as "ketamine" are in
    neither pocketsphinx's dictionary nor its general language model.
    """
    path = root / name
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        return dict(line.split(" ", 1) for line in lines if line)
    missing = sorted(set(words) - known)
    found = {word: phones for word in missing if (phones := espeak_arpabet(word))}
    _write_atomically(path, "".join(f"{word} {phones}\n" for word, phones in found.items()))
    return found


def espeak_arpabet(word: str) -> str | None:
    """espeak-ng's US pronunciation of one word as ARPAbet phones, None if it has none."""
    try:
        ipa = subprocess.run(
            ["espeak-ng", "-q", "--ipa", "-v", "en-us", word],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    phones: list[str] = []
    rest = re.sub(r"[ˈˌ\s_‿]", "", ipa)
    while rest:
        symbol = next((s for s in _IPA_SYMBOLS if rest.startswith(s)), None)
        if symbol is None:
            rest = rest[1:]  # length marks and rare symbols carry no phone of their own
            continue
        phones += _IPA_TO_ARPABET[symbol].split()
        rest = rest[len(symbol) :]
    return " ".join(phones) or None


def vosk_grammar(phrases: Sequence[str], with_unknown: bool = True) -> str:
    """A vosk grammar: the phrases, plus "[unk]" so that other speech is not forced into them.

    Phrases keep the model's spelling (the English models write lower case, others may not).
    """
    unique = dict.fromkeys(" ".join(p.split()) for p in phrases if p.strip())
    # ensure_ascii=False: vosk's JSON reader does not decode \\u escapes.
    return json.dumps([*unique, *([UNKNOWN_WORD] if with_unknown else [])], ensure_ascii=False)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as f:
        f.write(text)
    os.replace(f.name, path)


# espeak-ng's en-us IPA -> the ARPAbet phones of pocketsphinx's en-us acoustic model.
_IPA_TO_ARPABET = {
    "aɪə": "AY ER",
    "aɪ": "AY",
    "aʊ": "AW",
    "eɪ": "EY",
    "oʊ": "OW",
    "ɔɪ": "OY",
    "ɔːɹ": "AO R",
    "ɑːɹ": "AA R",
    "ɛɹ": "EH R",
    "ɪɹ": "IH R",
    "ʊɹ": "UH R",
    "ɜː": "ER",
    "ɚ": "ER",
    "ɝ": "ER",
    "iː": "IY",
    "i": "IY",
    "uː": "UW",
    "u": "UW",
    "ɑː": "AA",
    "ɑ": "AA",
    "ɔː": "AO",
    "ɔ": "AO",
    "æ": "AE",
    "ɐ": "AH",
    "ʌ": "AH",
    "ə": "AH",
    "ɛ": "EH",
    "e": "EH",
    "ɪ": "IH",
    "ᵻ": "IH",
    "ʊ": "UH",
    "o": "OW",
    "a": "AA",
    "tʃ": "CH",
    "dʒ": "JH",
    "b": "B",
    "d": "D",
    "ð": "DH",
    "f": "F",
    "ɡ": "G",
    "g": "G",
    "h": "HH",
    "j": "Y",
    "k": "K",
    "l": "L",
    "m": "M",
    "n": "N",
    "ŋ": "NG",
    "p": "P",
    "ɹ": "R",
    "r": "R",
    "s": "S",
    "ʃ": "SH",
    "t": "T",
    "ɾ": "T",
    "θ": "TH",
    "v": "V",
    "w": "W",
    "z": "Z",
    "ʒ": "ZH",
    "ʔ": "T",
}
_IPA_SYMBOLS = sorted(_IPA_TO_ARPABET, key=len, reverse=True)  # longest match first
