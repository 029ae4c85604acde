"""The one way sound reaches the speaker, and the one way it is silenced (barge-in, stop).

A player thread keeps one `Speaker.play` running over a queue of chunks. Whoever has audio
(a spoken answer, an exercise's cues and tones) queues it; `interrupt` drops everything
queued, silences the speaker at once, and makes any producer of the old audio stop.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

import numpy as np

from assistant.frames import AudioChunk
from audio.devices import Speaker

_WAKE = None  # ends the current play() so that a new one starts clean
IDLE_GAP_S = 0.25  # a play() ends when no audio came for this long (a hold in an exercise)
GAP_FILL_S = 0.02  # silence played meanwhile, in pieces this short so that new audio starts soon
# Piper opens every sentence with 50-70 ms below this level (of full scale, -50 dB): an answer
# is played from its first sound, with this little kept before it so that no onset is cut.
QUIET_LEVEL = 0.003
KEPT_BEFORE_SOUND_S = 0.01


class AudioOutput:
    def __init__(self, speaker: Speaker) -> None:
        self._speaker = speaker
        self._queue: queue.Queue[tuple[int, AudioChunk] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._generation = 0
        self._audible_until = 0.0  # time.monotonic() when the queued-and-played audio ends
        self.first_sound_at: float | None = None  # of the latest generation
        self._closed = False
        self._player = threading.Thread(target=self._play_forever, name="speaker", daemon=True)
        self._player.start()

    @property
    def generation(self) -> int:
        return self._generation

    def put(self, chunk: AudioChunk, generation: int | None = None) -> bool:
        """Queues a chunk; False when it belongs to audio that was interrupted meanwhile."""
        with self._lock:
            if generation is not None and generation != self._generation:
                return False
            self._queue.put((self._generation, chunk))
            return True

    def speak(self, chunks: Iterable[AudioChunk]) -> threading.Thread:
        """Queues audio as a producer makes it (speech synthesis streams sentence by sentence),
        from its first sound on."""
        generation = self.begin()

        def produce() -> None:
            for chunk in from_first_sound(chunks):
                if not self.put(chunk, generation):
                    return

        producer = threading.Thread(target=produce, name="synthesis", daemon=True)
        producer.start()
        return producer

    def begin(self) -> int:
        """Starts a new piece of audio (measured for its first sound); returns its generation."""
        self.first_sound_at = None
        return self._generation

    def interrupt(self) -> None:
        """Silences the speaker now and drops everything queued or still being produced."""
        with self._lock:
            self._generation += 1
            while not self._queue.empty():
                self._queue.get_nowait()
            self._queue.put(_WAKE)
            self._speaker.stop()
            self._audible_until = 0.0

    def busy(self) -> bool:
        """True while audio is queued or still audible."""
        return not self._queue.empty() or time.monotonic() < self._audible_until

    def wait_idle(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while self.busy():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self) -> None:
        self._closed = True
        self.interrupt()
        self._player.join(timeout=1)

    def _play_forever(self) -> None:
        while not self._closed:
            # Wait for audio outside play(): an idle running stream underruns.
            first = self._queue.get()
            if first is not _WAKE:
                self._speaker.play(self._current(first))

    def _current(self, item: tuple[int, AudioChunk] | None) -> Iterator[AudioChunk]:
        """Chunks for one play(), which ends on interrupt or after a short quiet gap.

        While waiting for more audio (the next sentence is being synthesised) it plays silence:
        a stream left without data underruns, which is heard as a click and logged by ALSA.
        """
        rate_hz = 16000
        waited_s = 0.0
        while item is not _WAKE and not self._closed:
            generation, chunk = item
            if generation == self._generation:
                now = time.monotonic()
                if self.first_sound_at is None:
                    self.first_sound_at = now
                self._audible_until = max(now, self._audible_until) + chunk.duration_s
                rate_hz, waited_s = chunk.rate_hz, 0.0
                yield chunk
            while True:
                try:
                    item = self._queue.get_nowait()
                    break
                except queue.Empty:
                    if waited_s >= IDLE_GAP_S:
                        return
                    waited_s += GAP_FILL_S
                    yield AudioChunk(bytes(2 * round(rate_hz * GAP_FILL_S)), rate_hz)


def from_first_sound(chunks: Iterable[AudioChunk]) -> Iterator[AudioChunk]:
    """The chunks without the quiet they open with."""
    iterator = iter(chunks)
    for chunk in iterator:
        samples = np.frombuffer(chunk.pcm, dtype="<i2")
        loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > QUIET_LEVEL * 32768)
        if len(loud):
            start = max(0, int(loud[0]) - round(KEPT_BEFORE_SOUND_S * chunk.rate_hz))
            yield replace(chunk, pcm=chunk.pcm[start * chunk.width_bytes :])
            break
    yield from iterator
