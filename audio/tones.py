"""Soft guide tones for breathing: a pitch that rises while breathing in, falls breathing out.

A tone lasts the rest of its phase, so the listener can follow the breath without counting.
It is quiet (well under speech), a warm sine with a little octave, and fades in and out
slowly so that it never starts or stops with a click.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from assistant.frames import AudioChunk

RATE_HZ = 16000
CHUNK_S = 0.02  # short pieces: a stop silences the tone within one of them
LEVEL_DBFS = -26.0  # the peak; speech from the voices peaks around -6 to -3 dBFS
LOW_HZ = 220.0  # A3
HIGH_HZ = 330.0  # E4, a fifth above: a calm, consonant span
OCTAVE_SHARE = 0.15  # a touch of the octave above makes the sine less thin
FADE_IN_S = 0.5
FADE_OUT_S = 0.8
_INT16_FULL_SCALE = 32767


def rising_tone(seconds: float) -> Iterator[AudioChunk]:
    """A tone gliding up from LOW_HZ to HIGH_HZ over `seconds`: breathe in."""
    return _chunks(_glide(LOW_HZ, HIGH_HZ, seconds))


def falling_tone(seconds: float) -> Iterator[AudioChunk]:
    """A tone gliding down from HIGH_HZ to LOW_HZ over `seconds`: breathe out."""
    return _chunks(_glide(HIGH_HZ, LOW_HZ, seconds))


def _glide(start_hz: float, end_hz: float, seconds: float) -> np.ndarray:
    if seconds <= 0:
        raise ValueError(f"a tone needs a length of more than 0 seconds, not {seconds}")
    count = int(seconds * RATE_HZ)
    progress = np.arange(count) / max(count - 1, 1)
    # An exponential glide sounds even to the ear; the phase is the running sum of frequency.
    frequency_hz = start_hz * (end_hz / start_hz) ** progress
    phase = 2 * np.pi * np.cumsum(frequency_hz) / RATE_HZ
    wave = (np.sin(phase) + OCTAVE_SHARE * np.sin(2 * phase)) / (1 + OCTAVE_SHARE)
    return wave * _envelope(count) * 10 ** (LEVEL_DBFS / 20)


def _envelope(count: int) -> np.ndarray:
    """Raised-cosine fades, shortened to fit a short tone."""
    envelope = np.ones(count)
    fade_in = min(int(FADE_IN_S * RATE_HZ), count // 3)
    fade_out = min(int(FADE_OUT_S * RATE_HZ), count // 2)
    if fade_in:
        envelope[:fade_in] = 0.5 - 0.5 * np.cos(np.pi * np.arange(fade_in) / fade_in)
    if fade_out:
        envelope[count - fade_out :] *= 0.5 + 0.5 * np.cos(
            np.pi * np.arange(1, fade_out + 1) / fade_out
        )
    return envelope


def _chunks(samples: np.ndarray) -> Iterator[AudioChunk]:
    pcm = np.round(samples * _INT16_FULL_SCALE).astype("<i2").tobytes()
    step = int(CHUNK_S * RATE_HZ) * 2
    for start in range(0, len(pcm), step):
        yield AudioChunk(pcm=pcm[start : start + step], rate_hz=RATE_HZ)
