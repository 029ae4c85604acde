"""The microphone and the speaker, through PortAudio (sounddevice).

Every failure of the sound hardware (no PortAudio library, no such device, a device unplugged
mid-session) becomes an AudioDeviceError whose message a person can act on; the caller may
retry. Audio goes out in pieces of at most 20 ms, so a stop silences the speaker quickly.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import numpy as np
import soxr

from assistant.frames import AudioChunk

DeviceSpec = int | str | None  # a PortAudio device index, part of its name, or None for the default

MIC_RATE_HZ = 16000  # what the recognisers expect
MIC_BLOCK_S = 0.03  # pocketsphinx's voice-activity frames are 30 ms
MIC_STALL_S = 2.0  # a working microphone never stays silent (no data at all) this long
SPEAKER_PIECE_S = 0.02  # the longest write; stop() waits at most this long for it
SPEAKER_LATENCY_S = 0.1  # device buffer: enough to ride out a busy CPU; stop() discards it
_WORKS_WITHOUT_AUDIO = "`aftercare chat` works without audio."
_WIDTH_BYTES = 2


class AudioDeviceError(Exception):
    """The sound hardware cannot be used; the message says what is missing."""


@dataclass(frozen=True)
class Playback:
    """How one `Speaker.play` went."""

    first_sound_at: float | None  # time.monotonic() when the first samples reached the device
    interrupted: bool  # stop() cut it short
    played_s: float  # seconds of audio handed to the device


class Microphone:
    """16 kHz mono 16-bit audio in blocks of 30 ms, from the moment it is opened until closed.

    Iterate to receive the blocks; close() (or leaving the `with` block) ends the iteration.
    """

    def __init__(self, device: DeviceSpec) -> None:
        sd = _sounddevice()
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._device_rate_hz = _input_rate_hz(sd, device)
        try:
            self._stream = sd.RawInputStream(
                samplerate=self._device_rate_hz,
                blocksize=round(self._device_rate_hz * MIC_BLOCK_S),
                device=device,
                channels=1,
                dtype="int16",
                callback=self._on_audio,
            )
            self._stream.start()
        except sd.PortAudioError as error:
            raise AudioDeviceError(
                f"The microphone cannot be opened: {error}. {_WORKS_WITHOUT_AUDIO}"
            ) from error

    def _on_audio(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        # PortAudio's thread: copy and hand over, nothing slower.
        self._queue.put(bytes(indata))

    def __iter__(self) -> Iterator[AudioChunk]:
        block_bytes = round(MIC_RATE_HZ * MIC_BLOCK_S) * _WIDTH_BYTES
        resampler = None
        if self._device_rate_hz != MIC_RATE_HZ:
            resampler = soxr.ResampleStream(self._device_rate_hz, MIC_RATE_HZ, 1, dtype="int16")
        pending = b""
        while (data := self._next_data()) is not None:
            pending += data if resampler is None else _resampled(resampler, data, last=False)
            while len(pending) >= block_bytes:
                yield AudioChunk(pcm=pending[:block_bytes], rate_hz=MIC_RATE_HZ)
                pending = pending[block_bytes:]

    def _next_data(self) -> bytes | None:
        try:
            return self._queue.get(timeout=MIC_STALL_S)
        except queue.Empty:
            raise AudioDeviceError(
                f"The microphone stopped sending sound (nothing for {MIC_STALL_S:.0f} s): "
                f"was it unplugged? {_WORKS_WITHOUT_AUDIO}"
            ) from None

    def close(self) -> None:
        self._stream.close()
        self._queue.put(None)

    def __enter__(self) -> Microphone:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class Speaker:
    """Plays 16-bit mono chunks at any rate; stop() from another thread silences it at once."""

    def __init__(self, device: DeviceSpec) -> None:
        sd = _sounddevice()
        self._portaudio_error: type[Exception] = sd.PortAudioError
        self.rate_hz = _output_rate_hz(sd, device)
        self._stop_requested = threading.Event()
        try:
            self._stream = sd.RawOutputStream(
                samplerate=self.rate_hz,
                device=device,
                channels=1,
                dtype="int16",
                latency=SPEAKER_LATENCY_S,
            )
        except sd.PortAudioError as error:
            raise AudioDeviceError(
                f"The speaker cannot be opened: {error}. {_WORKS_WITHOUT_AUDIO}"
            ) from error

    def play(self, chunks: Iterable[AudioChunk]) -> Playback:
        """Play until the chunks run out or stop() is called; a stop before play() is forgotten.

        Returns once the audio has been heard to its end, or at once when stopped.
        """
        self._stop_requested.clear()
        first_sound_at: float | None = None
        played_bytes = 0
        # The stream runs only while playing: an idle running stream underruns and complains.
        self._device_call(self._stream.start)
        try:
            for piece in self._pieces(chunks):
                if self._stop_requested.is_set():
                    break
                self._device_call(self._stream.write, piece)
                first_sound_at = first_sound_at or time.monotonic()
                played_bytes += len(piece)
            # The device still holds up to one latency of audio: let it play, unless stopped.
            self._stop_requested.wait(self._stream.latency)
            interrupted = self._stop_requested.is_set()
            if not interrupted:
                self._device_call(self._stream.stop)  # plays out whatever is left
        finally:
            self._stream.abort()  # drops what the device still holds: silence now
        return Playback(first_sound_at, interrupted, played_bytes / (self.rate_hz * _WIDTH_BYTES))

    def stop(self) -> None:
        """Silence the playing audio within about 20 ms; play() then returns interrupted."""
        self._stop_requested.set()

    def _pieces(self, chunks: Iterable[AudioChunk]) -> Iterator[bytes]:
        piece_bytes = round(self.rate_hz * SPEAKER_PIECE_S) * _WIDTH_BYTES
        for pcm in self._at_device_rate(chunks):
            for start in range(0, len(pcm), piece_bytes):
                yield pcm[start : start + piece_bytes]

    def _at_device_rate(self, chunks: Iterable[AudioChunk]) -> Iterator[bytes]:
        """The chunks' PCM resampled to the device rate, continuously across chunk borders."""
        resampler = None
        resampler_rate_hz = self.rate_hz
        for chunk in chunks:
            if chunk.width_bytes != _WIDTH_BYTES or chunk.channels != 1:
                raise ValueError(
                    f"the speaker plays 16-bit mono audio, not {chunk.width_bytes * 8}-bit "
                    f"with {chunk.channels} channels"
                )
            if chunk.rate_hz != resampler_rate_hz:
                if resampler is not None:
                    yield _resampled(resampler, b"", last=True)
                resampler_rate_hz = chunk.rate_hz
                resampler = None
                if chunk.rate_hz != self.rate_hz:
                    resampler = soxr.ResampleStream(chunk.rate_hz, self.rate_hz, 1, dtype="int16")
            yield chunk.pcm if resampler is None else _resampled(resampler, chunk.pcm, last=False)
        if resampler is not None:
            yield _resampled(resampler, b"", last=True)

    def _device_call(self, method: Callable[..., object], *args: object) -> None:
        try:
            method(*args)
        except self._portaudio_error as error:
            raise AudioDeviceError(
                f"The speaker stopped working ({error}): was it unplugged? {_WORKS_WITHOUT_AUDIO}"
            ) from error

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> Speaker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_microphone(device: DeviceSpec = None) -> Microphone:
    """The default (or named) microphone, already capturing."""
    return Microphone(device)


def open_speaker(device: DeviceSpec = None) -> Speaker:
    """The default (or named) speaker, ready to play."""
    return Speaker(device)


def _sounddevice() -> Any:
    """sounddevice, imported only when audio is wanted: it fails without PortAudio."""
    try:
        import sounddevice
    except OSError as error:
        raise AudioDeviceError(
            "The audio library PortAudio is missing, so there is no microphone or speaker "
            f"(install it, e.g. 'sudo apt-get install libportaudio2'). {_WORKS_WITHOUT_AUDIO}"
        ) from error
    return sounddevice


def _input_rate_hz(sd: Any, device: DeviceSpec) -> int:
    """16 kHz where the device offers it, else the device's own rate (resampled later)."""
    info = _device_info(sd, device, "input")
    try:
        sd.check_input_settings(device=device, channels=1, dtype="int16", samplerate=MIC_RATE_HZ)
    except sd.PortAudioError:
        return int(info["default_samplerate"])
    return MIC_RATE_HZ


def _output_rate_hz(sd: Any, device: DeviceSpec) -> int:
    return int(_device_info(sd, device, "output")["default_samplerate"])


def _device_info(sd: Any, device: DeviceSpec, kind: str) -> dict[str, Any]:
    what = "microphone" if kind == "input" else "speaker"
    try:
        return dict(sd.query_devices(device, kind))
    except (ValueError, sd.PortAudioError) as error:
        missing = f"No {what} found." if device is None else f"No {what} matches {device!r}."
        raise AudioDeviceError(
            f"{missing} Available {kind} devices: {_device_names(sd, kind)}. {_WORKS_WITHOUT_AUDIO}"
        ) from error


def _device_names(sd: Any, kind: str) -> str:
    try:
        names = [d["name"] for d in sd.query_devices() if d[f"max_{kind}_channels"] > 0]
    except sd.PortAudioError:
        names = []
    return ", ".join(repr(name) for name in names) or "none"


def _resampled(resampler: Any, pcm: bytes, last: bool) -> bytes:
    samples = np.frombuffer(pcm, dtype="<i2")
    return bytes(resampler.resample_chunk(samples, last=last).astype("<i2").tobytes())
