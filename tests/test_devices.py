"""The microphone and the speaker through real PortAudio, on PulseAudio's virtual devices."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soxr
from audio_rig import RATE_HZ, AudioRig, best_match, loud_windows

from assistant.frames import AudioChunk
from audio.devices import (
    MIC_BLOCK_S,
    MIC_STALL_S,
    AudioDeviceError,
    open_microphone,
    open_speaker,
)
from audio.tts import PiperSynthesizer, Pyttsx3Synthesizer

pytestmark = pytest.mark.audio

LONG_ANSWER = (
    "Breathe in slowly through your nose, and let your shoulders soften as the air fills "
    "your chest. Hold it gently for a moment. Now let it go, slowly, through your mouth."
)


def joined(chunks: list[AudioChunk]) -> AudioChunk:
    return AudioChunk(pcm=b"".join(c.pcm for c in chunks), rate_hz=chunks[0].rate_hz)


def at_rig_rate(chunk: AudioChunk) -> np.ndarray:
    samples = np.frombuffer(chunk.pcm, dtype="<i2")
    return np.asarray(soxr.resample(samples, chunk.rate_hz, RATE_HZ), dtype=np.float64)


def spoken_part(samples: np.ndarray) -> np.ndarray:
    """Without the quiet before and after: the recording may not cover all of that."""
    loud = loud_windows(samples, RATE_HZ)
    return samples[loud[0] : loud[-1] + RATE_HZ // 100]


@pytest.fixture
def speech() -> AudioChunk:
    return joined(list(PiperSynthesizer().synthesize("Please rest with your eyes closed.")))


def test_what_the_speaker_plays_is_heard(audio_rig: AudioRig, speech: AudioChunk) -> None:
    with open_speaker() as speaker, audio_rig.record_speaker() as heard:
        playback = speaker.play([speech])
        time.sleep(0.2)
    recording = heard()
    assert not playback.interrupted
    assert playback.played_s == pytest.approx(speech.duration_s, abs=0.05)
    similarity, _ = best_match(recording.samples, spoken_part(at_rig_rate(speech)))
    assert similarity > 0.9, "the monitor did not hear what was played"
    # first_sound_at marks when the audio reached the device: the speech (after its own
    # leading quiet) is heard right then, give or take the device's buffer.
    assert playback.first_sound_at is not None
    leading_quiet_s = loud_windows(at_rig_rate(speech), RATE_HZ)[0] / RATE_HZ
    expected_start = playback.first_sound_at + leading_quiet_s
    assert recording.sound_started_at() == pytest.approx(expected_start, abs=0.15)


def test_stop_silences_the_speaker_at_once(audio_rig: AudioRig, speech: AudioChunk) -> None:
    reply = speech
    answer = PiperSynthesizer().synthesize(LONG_ANSWER)
    stopped_at: list[float] = []

    def stop() -> None:
        stopped_at.append(time.monotonic())
        speaker.stop()

    with open_speaker() as speaker:
        with audio_rig.record_speaker() as heard:
            threading.Timer(1.0, stop).start()  # mid-way through the first words
            playback = speaker.play(answer)
            returned_at = time.monotonic()
            time.sleep(1.0)  # anything still playing would be heard now
        recording = heard()
        # The same speaker plays the next answer in full: a stop is not remembered.
        again = speaker.play([reply])
    assert not again.interrupted
    assert again.played_s == pytest.approx(reply.duration_s, abs=0.05)
    ended_at = recording.sound_ended_at()
    assert playback.interrupted
    assert playback.played_s < 2.0  # the answer is about 10 s long
    assert ended_at is not None
    latency_s = ended_at - stopped_at[0]
    print(f"speaker silent {latency_s * 1000:.0f} ms after stop()")
    # It was speaking just before the stop, and silent from 300 ms after it to the end.
    loud_times = [recording.time_at(int(i)) for i in recording.loud_windows()]
    assert any(stopped_at[0] - 0.4 < t < stopped_at[0] for t in loud_times)
    assert latency_s < 0.3
    assert returned_at - stopped_at[0] < 0.1


def test_what_is_said_is_heard_by_the_microphone(audio_rig: AudioRig) -> None:
    assert_microphone_hears_what_is_said(audio_rig)


def test_a_microphone_without_16_khz_is_resampled(
    audio_rig: AudioRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The virtual microphone offers every rate, so here it claims not to offer 16 kHz (the
    one fake): the stream then runs at the device's own rate and is resampled."""
    import sounddevice

    def refuse_16_khz(**settings: object) -> None:
        raise sounddevice.PortAudioError("Invalid sample rate")

    monkeypatch.setattr(sounddevice, "check_input_settings", refuse_16_khz)
    assert_microphone_hears_what_is_said(audio_rig)


def assert_microphone_hears_what_is_said(audio_rig: AudioRig) -> None:
    said = joined(list(Pyttsx3Synthesizer().synthesize("Can I drive today?")))
    expected = spoken_part(at_rig_rate(said))
    captured: list[AudioChunk] = []
    with open_microphone() as microphone:
        audio_rig.say(said)
        for chunk in microphone:
            captured.append(chunk)
            if len(captured) * MIC_BLOCK_S > len(expected) / RATE_HZ + 1.5:
                break
    assert {(c.rate_hz, c.channels, len(c.pcm)) for c in captured} == {(16000, 1, 960)}
    heard = np.frombuffer(b"".join(c.pcm for c in captured), dtype="<i2")
    similarity, _ = best_match(heard, expected)
    assert similarity > 0.95, "the microphone did not capture what was said"


@pytest.mark.parametrize("opener", [open_microphone, open_speaker])
def test_a_missing_device_is_a_clear_error(opener: Callable[[str], object]) -> None:
    with pytest.raises(AudioDeviceError) as raised:
        opener("no such sound card")
    message = str(raised.value)
    assert "'no such sound card'" in message
    assert "`aftercare chat` works without audio" in message


@pytest.fixture
def spare_speaker(audio_rig: AudioRig, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A second virtual speaker that the test can unplug: PortAudio's "pulse" device plays on
    the sink that PULSE_SINK names when its stream starts. Yields the PulseAudio module."""
    module = _pactl("load-module", "module-null-sink", "sink_name=spare")
    monkeypatch.setenv("PULSE_SINK", "spare")
    yield module
    subprocess.run(["pactl", "unload-module", module], capture_output=True, timeout=10)


@pytest.fixture
def mute_microphone(
    audio_rig: AudioRig, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[None]:
    """A microphone that delivers nothing: a pipe source nobody writes to. (An unplugged
    microphone is the same to PulseAudio users: it moves the stream to another source, which
    either carries on, and all is well, or delivers nothing.)"""
    fifo = tmp_path / "mute.fifo"
    module = _pactl("load-module", "module-pipe-source", "source_name=mute", f"file={fifo}")
    monkeypatch.setenv("PULSE_SOURCE", "mute")
    yield
    subprocess.run(["pactl", "unload-module", module], capture_output=True, timeout=10)


def test_an_unplugged_speaker_is_a_clear_error(spare_speaker: str, speech: AudioChunk) -> None:
    with open_speaker() as speaker:
        _pactl("unload-module", spare_speaker)
        with pytest.raises(AudioDeviceError, match="speaker stopped working"):
            speaker.play([speech])


def test_a_microphone_that_delivers_nothing_is_a_clear_error(mute_microphone: None) -> None:
    started = time.monotonic()
    with open_microphone() as microphone, pytest.raises(AudioDeviceError, match="unplugged"):
        next(iter(microphone))
    assert time.monotonic() - started < MIC_STALL_S + 1.0


def _pactl(*arguments: str) -> str:
    done = subprocess.run(["pactl", *arguments], capture_output=True, text=True, timeout=10)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_without_portaudio_the_error_says_what_to_install() -> None:
    """PortAudio is installed here, so a subprocess hides it from sounddevice's library
    lookup (the one fake in this file): the real import then fails as it would without it."""
    script = (
        "import ctypes.util, unittest.mock\n"
        "with unittest.mock.patch('ctypes.util.find_library', return_value=None):\n"
        "    from audio.devices import AudioDeviceError, open_speaker\n"
        "    try:\n"
        "        open_speaker()\n"
        "    except AudioDeviceError as error:\n"
        "        print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "PortAudio is missing" in done.stdout
    assert "libportaudio2" in done.stdout
    assert "`aftercare chat` works without audio" in done.stdout
