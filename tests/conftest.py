"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from audio_rig import AudioRig, running_audio_rig


@pytest.fixture(scope="session")
def audio_rig() -> Iterator[AudioRig]:
    """PulseAudio's virtual microphone and speaker as the default devices, for the session."""
    with running_audio_rig() as rig:
        yield rig
