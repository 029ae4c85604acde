"""Recognition with pocketsphinx's US English models: the embedded engine that always works.

Two decoders hear every question: one with an in-domain model built from the NLU training
sentences, one with the general en-us model (plus the domain's words it lacks, such as
"ketamine", pronounced by espeak-ng). The transcript is that of the decoder whose path scores
higher. Measured on held-out questions with the 2,400 training sentences: this "best of two"
makes fewest word errors (piper voice 7%, slow 11%) against the domain model alone (8%, 12%)
and the general model alone (10%, 17%), and it still hears phrasing and words that no training
sentence has. Exercise commands ("stop", "slower") are training sentences too, heard by the same
decoders: a command-only grammar would hide a crisis said mid-exercise from the safety net.
Each transcript also carries the decoders' next best wordings, which the safety net reads too
(assistant.spoken.heard_text). The decoders hear the audio with a faint hiss added (NoiseFloor):
exact digital silence, as in synthetic speech, throws their front end off.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from statistics import fmean

import numpy as np
from pocketsphinx import Decoder, Hypothesis, NGramModel, get_model_path

from assistant.frames import AudioChunk, Transcript
from audio.recognizer import SpeechMeter, Stopwatch, check_format
from audio.vocabulary import (
    Vocabulary,
    arpa_model,
    artifact_dir,
    cache_root,
    pronunciations,
)

DOMAIN_SEARCH = "domain"
GENERAL_SEARCH = "general"
MIN_SPEECH_S = 0.2  # less voiced audio than this is a click or a breath, not a question
ADDED_WORD_WEIGHT = 10.0  # unigram weight of added words, relative to a uniform distribution
# Paths read from each decoder's n-best list. Measured with the safety rules on the spoken
# safety development sets v8-v11 (4 voices, clean and 15 dB SNR): on the transcript alone they
# raise 207 of 320 alarms and 9 false ones of 160; with 5 paths, 241 and 12; 10 paths add 4
# alarms and 2 false ones more. The lists take 2 ms (at most 16) after an utterance.
NBEST_PATHS = 5
# Exact digital silence (synthetic speech, sound files, noise-gated microphones) throws off
# pocketsphinx's noise estimate and cepstral mean: 40% of espeak-ng's samples are exact zeros,
# which no microphone's own hiss ever gives. The decoders get the audio with a faint hiss added,
# -60 dBFS, the best of the levels tried (8, 16, 32) on 60 NLU training sentences: word errors
# espeak-ng 40.5% -> 11.7%, slow 43.7% -> 26.5%, joe 6.2% -> 4.2%, hibari 3.2% -> 2.9%. On the
# held-out clean speech of `aftercare eval` intent accuracy rose for every voice: espeak-ng
# 74% -> 90%, slow 72% -> 88%, joe 95% -> 97%, hibari 98% -> 99%.
NOISE_FLOOR_LSB = 32.0


class PocketsphinxRecognizer:
    """Streaming pocketsphinx decoding of one utterance at a time."""

    name = "pocketsphinx"

    def __init__(self, vocabulary: Vocabulary, cache: Path | None = None) -> None:
        self._cache = cache or cache_root()
        self._dictionary = _dictionary_words()
        extra = pronunciations(
            vocabulary.words, self._dictionary, artifact_dir(vocabulary, self._cache), "extra.dict"
        )
        self._domain: Decoder | None = Decoder(lm=None, loglevel="ERROR")
        self._general: Decoder | None = Decoder(loglevel="ERROR")
        for decoder in self._decoders():
            _add_words(decoder, extra)  # before the models, so that their searches know them
        self._domain.add_lm_file(DOMAIN_SEARCH, str(arpa_model(vocabulary, self._cache)))
        self._domain.activate_search(DOMAIN_SEARCH)
        self._extend_general_model(self._general, vocabulary)
        self._speech = SpeechMeter()
        self._hiss = NoiseFloor(NOISE_FLOOR_LSB)
        self._in_utterance = False
        self._voice_means: list[str] = []  # the decoders' cepstral means before the utterance
        self._audio_s = 0.0
        self._stopwatch = Stopwatch()

    def accept(self, chunk: AudioChunk) -> str:
        check_format(chunk)
        with self._stopwatch:
            if not self._in_utterance:
                self._hiss.restart()
                self._voice_means = [decoder.get_cmn() for decoder in self._decoders()]
                for decoder in self._decoders():
                    decoder.start_utt()
                self._in_utterance = True
            pcm = self._hiss.added_to(chunk.pcm)
            for decoder in self._decoders():
                decoder.process_raw(pcm, False, False)
            best = self._best()
        self._speech.add(chunk.pcm)
        self._audio_s += chunk.duration_s
        return _clean(best[1].hypstr) if best else ""

    def finish(self) -> Transcript:
        if not self._in_utterance:
            return Transcript("", 0.0, self.name)
        with self._stopwatch:
            for decoder in self._decoders():
                decoder.end_utt()
            best = self._best()
            text = _clean(best[1].hypstr) if best else ""
            confidence = _confidence(best[0]) if best and text else 0.0
            alternatives = self._alternatives(text) if text else ()
        if self._speech.seconds < MIN_SPEECH_S:
            text, confidence, alternatives = "", 0.0, ()
            self._keep_voice_means()
        watch = self._stopwatch
        transcript = Transcript(
            text,
            confidence,
            self.name,
            self._audio_s,
            watch.seconds,
            watch.cpu_seconds,
            alternatives,
        )
        self._forget_utterance()
        return transcript

    def reset(self) -> None:
        if self._in_utterance:
            for decoder in self._decoders():
                decoder.end_utt()
            self._keep_voice_means()
        self._forget_utterance()

    def close(self) -> None:
        self.reset()
        self._domain = self._general = None

    def _decoders(self) -> list[Decoder]:
        return [self._live(self._domain), self._live(self._general)]

    def _best(self) -> tuple[Decoder, Hypothesis] | None:
        """The decoder whose hypothesis has the higher path score (acoustic and language)."""
        scored = [(d, h) for d in self._decoders() if (h := d.hyp()) is not None]
        return max(scored, key=lambda pair: pair[0].logmath.log(pair[1].score), default=None)

    def _alternatives(self, text: str) -> tuple[str, ...]:
        """The other wordings on the decoders' n-best lists, best first, each once."""
        paths = (
            _clean(hypothesis.hypstr)
            for decoder in self._decoders()
            for hypothesis in itertools.islice(decoder.nbest(), NBEST_PATHS)
            if hypothesis is not None  # a path whose words the lattice cannot give
        )
        return tuple(dict.fromkeys(path for path in paths if path and path != text))

    @staticmethod
    def _live(decoder: Decoder | None) -> Decoder:
        if decoder is None:
            raise RuntimeError("this pocketsphinx recogniser has been closed")
        return decoder

    @staticmethod
    def _extend_general_model(decoder: Decoder, vocabulary: Vocabulary) -> None:
        """The general model with the domain's words that it lacks ("ketamine")."""
        general = NGramModel(decoder.config, decoder.logmath, get_model_path("en-us/en-us.lm.bin"))
        zero = decoder.logmath.get_zero()
        for word in sorted(vocabulary.words):
            if general.prob([word]) <= zero and decoder.lookup_word(word):
                general.add_word(word, ADDED_WORD_WEIGHT)
        decoder.add_lm(GENERAL_SEARCH, general)
        decoder.activate_search(GENERAL_SEARCH)

    def _keep_voice_means(self) -> None:
        """Undo what an utterance without speech taught the decoders: each adapts its cepstral
        mean to the audio it hears, and after 2 s of silence or noise a lone "stop" was heard
        as "to die", "pause" as "wallace", "slower" as "floor" (joe's voice, measured)."""
        for decoder, mean in zip(self._decoders(), self._voice_means, strict=True):
            decoder.set_cmn(mean)

    def _forget_utterance(self) -> None:
        self._in_utterance = False
        self._speech.clear()
        self._audio_s = 0.0
        self._stopwatch = Stopwatch()


class NoiseFloor:
    """A faint Gaussian hiss added to 16-bit audio, the same for every utterance (restarted at
    each), so that the same audio always decodes the same."""

    def __init__(self, sigma_lsb: float, seed: int = 0) -> None:
        self._sigma_lsb = sigma_lsb
        self._seed = seed
        self._random = np.random.default_rng(seed)

    def restart(self) -> None:
        self._random = np.random.default_rng(self._seed)

    def added_to(self, pcm: bytes) -> bytes:
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
        hissed = samples + self._random.normal(0.0, self._sigma_lsb, len(samples))
        return np.clip(np.round(hissed), -32768, 32767).astype("<i2").tobytes()


def _add_words(decoder: Decoder, pronounced: dict[str, str]) -> None:
    new = [(word, phones) for word, phones in pronounced.items() if not decoder.lookup_word(word)]
    for index, (word, phones) in enumerate(new, 1):
        # Each update rebuilds the active search: once, after the last word, is enough.
        decoder.add_word(word, phones, index == len(new))


def _confidence(decoder: Decoder) -> float:
    """The mean posterior probability of the recognised words."""
    posteriors = [s.prob for s in decoder.seg() or [] if _is_word(s.word)]
    return min(1.0, fmean(posteriors)) if posteriors else 0.0


def _dictionary_words() -> frozenset[str]:
    path = Path(get_model_path("en-us/cmudict-en-us.dict"))
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.split(" ", 1)[0] for line in lines)


def _is_word(token: str) -> bool:
    """Not silence (<sil>), sentence marks (<s>) nor noise fillers ([NOISE], +breath+)."""
    return not token.startswith(("<", "[", "+"))


def _clean(text: str) -> str:
    return " ".join(word for word in text.split() if _is_word(word))
