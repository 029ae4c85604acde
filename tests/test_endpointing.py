"""Reply latency (issue #4): silence counted from the last word, the final transcript made
during that silence (and remade if speech resumes), answers played from their first sound.
Real synthesised speech, the real pocketsphinx recogniser, the real piper voice."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from audio_rig import AudioRig
from speech import join, silence, speak, white_noise

from assistant.clinic import load_clinic
from assistant.dialogue import Dialogue, Settings
from assistant.frames import AudioChunk
from assistant.spoken import open_recognizer
from assistant.voice_loop import (
    LOOK_AHEAD_SILENCE_S,
    QUICK_END_CONFIDENCE,
    QUICK_END_SILENCE_S,
    LoopSettings,
    VoiceLoop,
)
from audio.devices import open_speaker
from audio.output import KEPT_BEFORE_SOUND_S, QUIET_LEVEL, AudioOutput, from_first_sound
from audio.pocketsphinx_engine import PocketsphinxRecognizer
from audio.recognizer import Endpointer, Utterance, transcribe
from audio.tts import PiperSynthesizer, make_synthesizer
from audio.vocabulary import load_vocabulary
from bench.rig import loud_windows

FRAME_BYTES = 960  # 30 ms, as the microphone delivers it


@pytest.fixture(scope="module")
def recognizer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PocketsphinxRecognizer]:
    engine = PocketsphinxRecognizer(load_vocabulary(), cache=tmp_path_factory.mktemp("vocabulary"))
    yield engine
    engine.close()


def words_only(chunk: AudioChunk) -> AudioChunk:
    """speak()'s audio from its first to its last loud 10 ms: the words, no quiet around."""
    loud = loud_windows(np.frombuffer(chunk.pcm, dtype="<i2"), 16000)
    return AudioChunk(chunk.pcm[2 * int(loud[0]) : 2 * (int(loud[-1]) + 160)])


def blocks(audio: AudioChunk) -> list[AudioChunk]:
    """The audio in 30 ms blocks, as the microphone delivers it."""
    pcm = audio.pcm
    return [AudioChunk(pcm[i : i + FRAME_BYTES]) for i in range(0, len(pcm), FRAME_BYTES)]


def fed(endpointer: Endpointer, audio: AudioChunk) -> list[float]:
    """Feeds the audio; the trailing silence after each block."""
    silences = []
    for block in blocks(audio):
        endpointer.feed(block)
        silences.append(endpointer.trailing_silence_s)
    return silences


def scaled(chunk: AudioChunk, gain: float) -> AudioChunk:
    samples = np.frombuffer(chunk.pcm, dtype="<i2") * gain
    return AudioChunk(samples.astype("<i2").tobytes())


@pytest.mark.parametrize("voice", ["joe", "joe-slow", "hibari"])
def test_the_silence_after_a_question_counts_from_its_last_word(voice: str) -> None:
    # The Vad alone holds on to speech 0.1-0.3 s past the last word: it counted 0.1 s or less.
    endpointer = Endpointer()
    fed(endpointer, join(silence(0.3), words_only(speak("can i drive today", voice)), silence(0.3)))
    assert endpointer.in_speech
    assert endpointer.trailing_silence_s >= 0.24


def test_steady_noise_after_the_words_is_not_silence() -> None:
    question = words_only(speak("can i drive today"))
    noise = white_noise(question.duration_s + 1.0, level=0.03)
    heard = AudioChunk(
        (
            np.frombuffer(noise.pcm, dtype="<i2").astype(np.int32)
            + np.frombuffer(join(question, silence(1.0)).pcm, dtype="<i2")
        )
        .clip(-32768, 32767)
        .astype("<i2")
        .tobytes()
    )
    endpointer = Endpointer()
    silences = fed(endpointer, join(silence(0.3), heard))
    assert endpointer.in_speech and max(silences) == 0.0


def test_after_an_early_end_the_vad_holding_on_starts_no_utterance() -> None:
    # A murmur 34 dB below the question, straight after it: the Vad calls it speech without a
    # break, as it holds on to the words just ended; it must not become a new utterance.
    murmur = scaled(words_only(speak("what can i eat")), 0.02)
    endpointer = Endpointer()
    ended_early = False
    for block in blocks(join(silence(0.3), words_only(speak("can i drive today")), murmur, murmur)):
        endpointer.feed(block)
        assert not (ended_early and endpointer.in_speech), "a new utterance started"
        if endpointer.in_speech and endpointer.trailing_silence_s >= QUICK_END_SILENCE_S:
            endpointer.end_now()
            ended_early = True
    assert ended_early


def test_speech_after_an_early_finish_is_heard_with_what_came_before(
    recognizer: PocketsphinxRecognizer,
) -> None:
    first, rest = words_only(speak("can i drive")), words_only(speak("today"))
    pause = silence(0.2)
    utterance = Utterance(recognizer)
    for chunk in (silence(0.3), first, pause):
        utterance.accept(chunk)
    assert utterance.finish_early().text == "can i drive"
    utterance.accept(rest)
    assert utterance.early is not None  # until told that speech resumed
    utterance.resume()
    utterance.accept(silence(0.3))
    heard = utterance.finish().text
    assert (
        heard == transcribe(recognizer, join(silence(0.3), first, pause, rest, silence(0.3))).text
    )
    assert "today" in heard.split()


def test_an_early_finish_is_the_final_transcript_when_no_speech_follows(
    recognizer: PocketsphinxRecognizer,
) -> None:
    utterance = Utterance(recognizer)
    utterance.accept(join(speak("what can i eat"), silence(0.1)))
    early = utterance.finish_early()
    utterance.accept(silence(0.5))
    assert utterance.finish() is early
    assert early.text == "what can i eat"
    assert utterance.finish().text == ""  # the next utterance starts empty


def test_an_answer_is_played_from_its_first_sound() -> None:
    # Piper's noise makes the onset differ run to run: a soft "a" can take 30 ms to grow loud,
    # so the check is on the first audible sample, which is what the trimming keys on.
    sentences = list(PiperSynthesizer().synthesize("About driving. Not today."))
    played = list(from_first_sound(sentences))
    rate_hz = sentences[0].rate_hz

    def first_audible_s(pcm: bytes) -> float:
        samples = np.abs(np.frombuffer(pcm, dtype="<i2").astype(np.int32))
        return int(np.flatnonzero(samples > QUIET_LEVEL * 32768)[0]) / rate_hz

    # piper's own quiet before the words: 48-62 ms over 55 runs, well past what is kept
    assert first_audible_s(sentences[0].pcm) >= 0.03
    assert first_audible_s(played[0].pcm) == pytest.approx(KEPT_BEFORE_SOUND_S, abs=1 / rate_hz)
    assert sentences[0].pcm.endswith(played[0].pcm)  # only quiet was dropped
    assert played[1:] == sentences[1:]  # the pause before a later sentence stays


@pytest.mark.audio
@pytest.mark.slow
def test_a_request_that_goes_on_after_a_short_pause_is_heard_whole(
    audio_rig: AudioRig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # "can i drive" is complete by itself: it is finished early in the pause, and when "today"
    # follows, heard again with it.
    saturday = datetime(2026, 11, 21, 15, 0, tzinfo=ZoneInfo("America/New_York"))
    dialogue = Dialogue(Settings(home=tmp_path, fixed_now=saturday))
    recognizer = open_recognizer("pocketsphinx", None)
    _, confidence = dialogue.classify("can i drive")
    assert confidence >= QUICK_END_CONFIDENCE  # else nothing would be finished early
    pause = silence((LOOK_AHEAD_SILENCE_S + QUICK_END_SILENCE_S) / 2)
    question = join(
        silence(0.3), words_only(speak("can i drive")), pause, words_only(speak("today"))
    )
    try:
        with open_speaker() as speaker, caplog.at_level(logging.INFO, "assistant.voice_loop"):
            output = AudioOutput(speaker)
            loop = VoiceLoop(
                dialogue,
                recognizer,
                make_synthesizer("piper"),
                output,
                load_clinic(),
                LoopSettings(),
            )
            loop.hear(blocks(join(question, silence(1.6))))  # type: ignore[arg-type]
            output.close()
    finally:
        dialogue.close()
        recognizer.close()
    heard = [r.args[0] for r in caplog.records if r.msg.startswith("heard")]  # type: ignore[index]
    assert heard == ["can i drive today"]
