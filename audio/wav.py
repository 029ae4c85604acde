"""Audio files in, audio files out: whatever soundfile reads becomes 16 kHz mono 16-bit PCM."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile
import soxr

from assistant.frames import AudioChunk

RECOGNIZER_RATE_HZ = 16000
_INT16_FULL_SCALE = 32767


class AudioFileError(Exception):
    """An audio file that cannot be used: missing, unreadable or empty."""


def read_audio(path: Path | str) -> AudioChunk:
    """Read any file soundfile understands, mixed to mono and resampled to 16 kHz int16."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(f"Audio file {path} does not exist (or is not a file)")
    try:
        samples, rate_hz = soundfile.read(path, dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError) as error:
        raise AudioFileError(f"Audio file {path} cannot be read: {error}") from error
    if samples.shape[0] == 0:
        raise AudioFileError(f"Audio file {path} holds no audio samples")
    return chunk_from_float(samples.mean(axis=1), rate_hz)


def chunk_from_float(samples: np.ndarray, rate_hz: int) -> AudioChunk:
    """Mono float samples in [-1, 1] at any rate -> a 16 kHz int16 chunk."""
    if rate_hz != RECOGNIZER_RATE_HZ:
        # soxr's default "HQ" quality; the recognisers see nothing above 8 kHz anyway.
        samples = soxr.resample(samples, rate_hz, RECOGNIZER_RATE_HZ)
    scaled = np.clip(np.round(samples * _INT16_FULL_SCALE), -32768, 32767)
    return AudioChunk(pcm=scaled.astype("<i2").tobytes(), rate_hz=RECOGNIZER_RATE_HZ)


def write_audio(path: Path | str, chunk: AudioChunk) -> None:
    """Write a chunk as a 16-bit WAV file, creating the parent directory."""
    if chunk.width_bytes != 2:
        raise ValueError(f"only 16-bit audio can be written, not {chunk.width_bytes * 8}-bit")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    samples = np.frombuffer(chunk.pcm, dtype="<i2").reshape(-1, chunk.channels)
    soundfile.write(path, samples, chunk.rate_hz, subtype="PCM_16", format="WAV")
