"""The virtual microphone and speaker of bench.rig, for tests: skipped where PulseAudio cannot
run, and failed there instead when AFTERCARE_REQUIRE_AUDIO=1."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import NoReturn

import numpy as np
import pytest
import scipy.signal

from bench.rig import RATE_HZ, AudioRig, Recording, RigUnavailable, loud_windows, running_rig

REQUIRE_AUDIO_VARIABLE = "AFTERCARE_REQUIRE_AUDIO"

__all__ = [
    "RATE_HZ",
    "AudioRig",
    "Recording",
    "best_match",
    "loud_windows",
    "running_audio_rig",
    "unavailable",
]


@contextlib.contextmanager
def running_audio_rig() -> Iterator[AudioRig]:
    """bench.rig's running devices; skips (or fails, see the module docstring) without them."""
    with contextlib.ExitStack() as stack:
        try:
            rig = stack.enter_context(running_rig())
        except RigUnavailable as error:
            unavailable(str(error))
        yield rig


def unavailable(reason: str) -> NoReturn:
    """Skips the test for want of audio, or fails it when audio is required."""
    if os.environ.get(REQUIRE_AUDIO_VARIABLE) == "1":
        pytest.fail(f"{reason}; {REQUIRE_AUDIO_VARIABLE}=1 requires the audio tests to run")
    pytest.skip(reason)


def best_match(heard: np.ndarray, expected: np.ndarray) -> tuple[float, int]:
    """Where `expected` occurs in `heard`, and how alike they are there: the normalised
    cross-correlation (1.0 is the same waveform at any loudness) and the sample offset."""
    heard = heard.astype(np.float64)
    expected = expected.astype(np.float64)
    if len(heard) < len(expected):
        return 0.0, 0
    products = scipy.signal.correlate(heard, expected, mode="valid", method="fft")
    energy = np.concatenate([[0.0], np.cumsum(heard**2)])
    window_energy = energy[len(expected) :] - energy[: -len(expected)]
    scores = products / np.sqrt(np.maximum(window_energy, 1e-9) * np.sum(expected**2))
    offset = int(np.argmax(scores))
    return float(scores[offset]), offset
