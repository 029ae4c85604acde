"""A real microphone and speaker without sound hardware: PulseAudio with virtual devices.

A private PulseAudio daemon offers a pipe source "mic" (what the program hears is what the rig
writes into its FIFO) and a null sink "speaker" (what the program plays is recorded from its
monitor). PortAudio sees both as its default ALSA device "pulse", so the tests and the live
part of `aftercare eval` run the real sounddevice path end to end. See
/work/shared/audio-rig.md.
"""

from __future__ import annotations

import array
import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soxr

from assistant.frames import AudioChunk

RATE_HZ = 16000
WIDTH_BYTES = 2
FEED_BLOCK_S = 0.02  # the microphone FIFO gets this much audio (speech or silence) per step
MIC_BACKLOG_S = 0.1  # silence allowed to wait in the microphone FIFO for a reader
MONITOR_LATENCY_MS = 10  # small: it also keeps the null sink from rendering 2 s ahead
_TOOLS = ("pulseaudio", "pactl", "parec")


class RigUnavailable(Exception):
    """The virtual devices cannot run on this machine; the message says why."""


@dataclass(frozen=True)
class Recording:
    """What the speaker's monitor heard, 16 kHz mono, with the arrival time of each block."""

    samples: np.ndarray  # int16
    block_ends: np.ndarray  # index after the last sample of each block read from parec
    block_times: np.ndarray  # time.monotonic() when that block arrived

    def time_at(self, index: int) -> float:
        """When sample `index` was heard (it arrived with its block, 10 ms pieces or less)."""
        block = int(np.searchsorted(self.block_ends, index, side="right"))
        block = min(block, len(self.block_ends) - 1)
        return float(self.block_times[block] - (self.block_ends[block] - index) / RATE_HZ)

    def loud_windows(self) -> np.ndarray:
        return loud_windows(self.samples, RATE_HZ)

    def sound_started_at(self) -> float | None:
        loud = self.loud_windows()
        return self.time_at(int(loud[0])) if len(loud) else None

    def sound_ended_at(self) -> float | None:
        loud = self.loud_windows()
        return self.time_at(int(loud[-1]) + int(0.01 * RATE_HZ)) if len(loud) else None


class AudioRig:
    """The running virtual devices: speak into the microphone, listen to the speaker."""

    def __init__(self, runtime_dir: Path) -> None:
        self.runtime_dir = runtime_dir
        self._lock = threading.Lock()
        self._to_say = bytearray()
        self._said = threading.Condition(self._lock)
        self._said_at = 0.0  # when the last queued sample went into the microphone
        self._heard: list[tuple[float, bytes]] = []
        self._closing = threading.Event()
        self._threads: list[threading.Thread] = []
        self._monitor: subprocess.Popen[bytes] | None = None

    def say(self, chunk: AudioChunk) -> None:
        """Queue speech for the microphone; it is fed in real time after what is queued."""
        with self._lock:
            self._to_say += _as_rig_pcm(chunk)

    def wait_until_said(self, timeout_s: float) -> float:
        """Blocks until every queued sample has gone into the microphone; returns when the last
        one did (time.monotonic(), taken by the feeding thread as it wrote it)."""
        with self._said:
            if not self._said.wait_for(lambda: not self._to_say, timeout_s):
                raise TimeoutError(f"the rig's microphone feed fell behind by {timeout_s} s")
            return self._said_at

    @contextlib.contextmanager
    def record_speaker(self) -> Iterator[Callable[[], Recording]]:
        """Record the speaker while the block runs: call what it yields for the Recording
        (inside the block: what was heard so far)."""
        with self._lock:
            first = len(self._heard)
        last: list[int] = []

        def heard() -> Recording:
            time.sleep(0.05)  # the last played samples are still on their way from the sink
            with self._lock:
                blocks = self._heard[first : last[0] if last else None]
            return _recording(blocks)

        yield heard
        time.sleep(0.05)
        with self._lock:
            last.append(len(self._heard))

    def start(self) -> None:
        self._start_thread(self._feed_microphone)
        self._monitor = subprocess.Popen(
            [
                "parec",
                "--device=speaker.monitor",
                "--format=s16le",
                f"--rate={RATE_HZ}",
                "--channels=1",
                f"--latency-msec={MONITOR_LATENCY_MS}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._start_thread(self._record_monitor)
        self._wait_for_steady_monitor()

    def close(self) -> None:
        self._closing.set()
        if self._monitor is not None:
            self._monitor.terminate()
            self._monitor.wait(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def _start_thread(self, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name="audio-rig", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _feed_microphone(self) -> None:
        """Write speech, or silence, into the FIFO at real-time pace until closed: the pipe
        source delivers audio only while something writes. PulseAudio reads the FIFO only while
        someone records, so silence is written only while little is waiting in the pipe; the
        program then hears speech about when it was said, not after seconds of stale silence."""
        block_bytes = int(FEED_BLOCK_S * RATE_HZ) * WIDTH_BYTES
        # Non-blocking, so a full pipe never holds the rig up; writes this small are atomic.
        fifo = os.open(self.runtime_dir / "mic.fifo", os.O_WRONLY | os.O_NONBLOCK)
        try:
            due = time.monotonic()
            while not self._closing.is_set():
                with self._lock:
                    speech = bytes(self._to_say[:block_bytes])
                if speech:
                    with contextlib.suppress(BlockingIOError):
                        os.write(fifo, speech.ljust(block_bytes, b"\0"))
                        written_at = time.monotonic()
                        with self._lock:
                            del self._to_say[: len(speech)]
                            if not self._to_say:
                                self._said_at = written_at
                                self._said.notify_all()
                elif _waiting_bytes(fifo) < MIC_BACKLOG_S * RATE_HZ * WIDTH_BYTES:
                    with contextlib.suppress(BlockingIOError):
                        os.write(fifo, bytes(block_bytes))
                due = max(due + FEED_BLOCK_S, time.monotonic() - 0.1)
                time.sleep(max(0.0, due - time.monotonic()))
        finally:
            os.close(fifo)

    def _record_monitor(self) -> None:
        assert self._monitor is not None and self._monitor.stdout is not None
        descriptor = self._monitor.stdout.fileno()
        while data := os.read(descriptor, 4096):
            arrived = time.monotonic()
            with self._lock:
                self._heard.append((arrived, data))

    def _wait_for_steady_monitor(self) -> None:
        """An idle null sink renders 2 s ahead; once our low-latency monitor stream is served,
        it runs in 10 ms steps and the arrival times mean something."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with self._lock:
                if self._heard and time.monotonic() - self._heard[0][0] > 0.2:
                    return
            time.sleep(0.02)
        raise RigUnavailable("the speaker monitor (parec) delivered no audio within 10 s")


@contextlib.contextmanager
def running_rig() -> Iterator[AudioRig]:
    """PulseAudio with the virtual devices as this process's default microphone and speaker,
    while the block runs; raises RigUnavailable (before the block) where it cannot run."""
    missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
    if missing:
        raise RigUnavailable(
            f"PulseAudio tools missing: {', '.join(missing)} (apt-get install "
            "pulseaudio pulseaudio-utils libasound2-plugins)"
        )
    runtime_dir = Path(tempfile.mkdtemp(prefix="aftercare-audio-"))
    runtime_dir.chmod(0o700)
    previous = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = str(runtime_dir)
    rig = AudioRig(runtime_dir)
    try:
        _start_pulseaudio(runtime_dir)
        _reinitialise_portaudio()
        rig.start()
        yield rig
    finally:
        rig.close()
        _stop_pulseaudio(runtime_dir)
        if previous is None:
            os.environ.pop("XDG_RUNTIME_DIR", None)
        else:
            os.environ["XDG_RUNTIME_DIR"] = previous
        shutil.rmtree(runtime_dir, ignore_errors=True)


def _start_pulseaudio(runtime_dir: Path) -> None:
    try:
        started = subprocess.run(
            [
                "pulseaudio",
                "--daemonize=yes",
                "--exit-idle-time=-1",
                "-n",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink sink_name=speaker",
                f"--load=module-pipe-source source_name=mic file={runtime_dir / 'mic.fifo'} "
                f"format=s16le rate={RATE_HZ} channels=1",
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except subprocess.TimeoutExpired:
        raise RigUnavailable("PulseAudio did not start within 30 s") from None
    if started.returncode != 0:
        raise RigUnavailable(f"PulseAudio did not start: {started.stderr.strip()}")
    for command in (["set-default-source", "mic"], ["set-default-sink", "speaker"]):
        done = subprocess.run(["pactl", *command], capture_output=True, text=True, timeout=10)
        if done.returncode != 0:
            raise RigUnavailable(f"pactl {' '.join(command)} failed: {done.stderr.strip()}")


def _reinitialise_portaudio() -> None:
    """PortAudio lists devices when initialised: if sounddevice was imported before the daemon
    ran, make it look again (these two private functions are how sounddevice itself does it)."""
    sounddevice = sys.modules.get("sounddevice")
    if sounddevice is not None:
        sounddevice._terminate()
        sounddevice._initialize()


def _stop_pulseaudio(runtime_dir: Path) -> None:
    pid_file = runtime_dir / "pulse" / "pid"
    if not pid_file.exists():
        return  # never started; pactl would only try to spawn one
    pid = int(pid_file.read_text().strip())
    subprocess.run(["pactl", "exit"], capture_output=True, timeout=10)
    with contextlib.suppress(ProcessLookupError):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            os.kill(pid, 0)  # raises ProcessLookupError once it is gone
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)


def loud_windows(
    samples: np.ndarray, rate_hz: int, threshold: float = 0.02, window_s: float = 0.01
) -> np.ndarray:
    """Start indexes of the 10 ms windows whose RMS exceeds `threshold` of full scale."""
    size = int(window_s * rate_hz)
    count = len(samples) // size
    windows = samples[: count * size].reshape(count, size).astype(np.float64) / 32768
    rms = np.sqrt((windows**2).mean(axis=1))
    return np.flatnonzero(rms > threshold) * size


def _waiting_bytes(fifo: int) -> int:
    waiting = array.array("i", [0])
    fcntl.ioctl(fifo, termios.FIONREAD, waiting)
    return waiting[0]


def _recording(blocks: list[tuple[float, bytes]]) -> Recording:
    pcm = b"".join(data for _, data in blocks)
    ends = np.cumsum([len(data) // WIDTH_BYTES for _, data in blocks], dtype=np.int64)
    return Recording(
        samples=np.frombuffer(pcm, dtype="<i2"),
        block_ends=ends,
        block_times=np.array([arrived for arrived, _ in blocks]),
    )


def _as_rig_pcm(chunk: AudioChunk) -> bytes:
    if chunk.width_bytes != WIDTH_BYTES or chunk.channels != 1:
        raise ValueError("the rig's microphone takes 16-bit mono audio")
    if chunk.rate_hz == RATE_HZ:
        return chunk.pcm
    samples = np.frombuffer(chunk.pcm, dtype="<i2")
    return bytes(soxr.resample(samples, chunk.rate_hz, RATE_HZ).astype("<i2").tobytes())
