"""Room noise for the benchmark: speech brought to one level, pink noise mixed under it.

Pink noise (equal energy per octave) is closer to a fan, traffic or a room of voices than
white noise. The signal-to-noise ratio is measured on the speech part of a clip only: the
quiet before and after a question and the pauses between words do not dilute it.
"""

from __future__ import annotations

import numpy as np

from assistant.frames import AudioChunk
from audio.wav import RECOGNIZER_RATE_HZ, chunk_from_float

FRAME_S = 0.02
# Frames within this many decibels of the loudest frame are the speech part.
ACTIVE_RANGE_DB = 30.0
# Every clip's speech is brought to this level first (the usual level of ITU-T P.56), so that
# voices are compared at the same loudness and speech plus noise stays below full scale.
SPEECH_LEVEL_DBFS = -26.0
_INT16_SCALE = 32768.0


def samples_of(chunk: AudioChunk) -> np.ndarray:
    """16-bit PCM as float samples in [-1, 1)."""
    return np.frombuffer(chunk.pcm, dtype="<i2").astype(np.float64) / _INT16_SCALE


def active_frames(samples: np.ndarray) -> np.ndarray:
    """A mask over FRAME_S frames: True where the frame belongs to the speech part."""
    frame = int(FRAME_S * RECOGNIZER_RATE_HZ)
    frames = samples[: len(samples) // frame * frame].reshape(-1, frame)
    energy = (frames**2).mean(axis=1)
    if not energy.size or energy.max() == 0.0:
        return np.zeros(len(energy), dtype=bool)
    return np.asarray(energy >= energy.max() * 10 ** (-ACTIVE_RANGE_DB / 10), dtype=bool)


def frame_power(samples: np.ndarray, mask: np.ndarray) -> float:
    """Mean power of `samples` over the frames that `mask` marks."""
    frame = int(FRAME_S * RECOGNIZER_RATE_HZ)
    frames = samples[: len(mask) * frame].reshape(-1, frame)
    return float((frames[mask] ** 2).mean())


def speech_power(samples: np.ndarray) -> float:
    """Mean power of the speech part (0.0 for silence)."""
    mask = active_frames(samples)
    return frame_power(samples, mask) if mask.any() else 0.0


def pink_noise(length: int, seed: int) -> np.ndarray:
    """`length` samples of pink noise with unit power, the same for the same seed."""
    white = np.random.default_rng(seed).standard_normal(length)
    spectrum = np.fft.rfft(white)
    frequencies = np.fft.rfftfreq(length, d=1.0)
    frequencies[0] = frequencies[1] if length > 2 else 1.0  # no infinite power at 0 Hz
    pink = np.fft.irfft(spectrum / np.sqrt(frequencies), n=length)
    pink -= pink.mean()
    return pink / np.sqrt((pink**2).mean())


def mix(speech: AudioChunk, snr_db: float | None, seed: int) -> AudioChunk:
    """`speech` at SPEECH_LEVEL_DBFS with pink noise `snr_db` below it; None: no noise."""
    samples = samples_of(speech)
    power = speech_power(samples)
    if power == 0.0:
        raise ValueError("cannot set a signal-to-noise ratio for a clip without speech")
    target_power = 10 ** (SPEECH_LEVEL_DBFS / 10)
    samples = samples * np.sqrt(target_power / power)
    if snr_db is not None:
        noise_power = target_power / 10 ** (snr_db / 10)
        samples = samples + pink_noise(len(samples), seed) * np.sqrt(noise_power)
    return chunk_from_float(samples.astype(np.float32), RECOGNIZER_RATE_HZ)
