"""Test speech, from bench.speech (which the benchmark shares): see that module."""

from bench.speech import (
    LEAD_SILENCE_S,
    SPEECH_CACHE_DIR,
    VOICES,
    Voice,
    join,
    silence,
    speak,
    white_noise,
)

__all__ = [
    "LEAD_SILENCE_S",
    "SPEECH_CACHE_DIR",
    "VOICES",
    "Voice",
    "join",
    "silence",
    "speak",
    "white_noise",
]
