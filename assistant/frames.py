"""What flows through the assistant: small typed records, each carrying its own units."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AudioChunk:
    """A piece of 16-bit little-endian PCM audio."""

    pcm: bytes
    rate_hz: int = 16000
    channels: int = 1
    width_bytes: int = 2

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / (self.rate_hz * self.channels * self.width_bytes)


@dataclass(frozen=True)
class Transcript:
    """What a recogniser heard in one utterance; empty text means nothing usable was heard."""

    text: str
    confidence: float  # 0..1, the engine's own estimate
    engine: str
    audio_s: float = 0.0  # length of the decoded audio
    decode_s: float = 0.0  # time the engine spent on it
    decode_cpu_s: float = 0.0  # the same in CPU time of the decoding thread (see Stopwatch)
    alternatives: tuple[str, ...] = ()  # the engine's next best wordings, for the safety net


class Person(enum.Enum):
    """Whom a question is about: the patient speaking, or the patient a caregiver speaks of."""

    PATIENT = "patient"
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class Reply:
    """One answer of the assistant, as the command line and the voice loop receive it."""

    text: str  # the words the assistant says
    intent: str  # a name from the public intent map
    confidence: float
    understood: str | None = None  # the short echo of what was understood, if any
    data: dict[str, Any] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    expects_answer: bool = False  # the assistant just asked the user something


class Control(enum.Enum):
    """Commands that steer what is playing (an answer or an exercise) rather than ask anything."""

    STOP = "stop"
    PAUSE = "pause"
    RESUME = "resume"
    REPEAT = "repeat"
    SLOWER = "slower"
    FASTER = "faster"
