"""The `aftercare` command as a user runs it: separate processes, real model, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile
from speech import silence, speak, white_noise

from audio.wav import write_audio

NOW = "2026-11-21T15:00"
ACTING = {"stop", "crisis", "emergency", "can_i_drive", "set_treatment_time", "set_next_booster"}
FIELDS = {"input", "transcript", "intent", "confidence", "entities", "answer", "understood"}
FIELDS |= {"data", "timings_ms"}


def aftercare(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TZ="America/New_York", AFTERCARE_HOME=str(home))
    command = [sys.executable, "-m", "assistant", *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, timeout=300
    )


def json_lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.slow
def test_chat_answers_typed_questions_until_goodbye(tmp_path: Path) -> None:
    result = aftercare(tmp_path, "chat", stdin="can I drive home tonight\ngoodbye\n")
    assert result.returncode == 0, result.stderr
    turns = result.stdout.split("you> ")
    assert len(turns) == 3  # the greeting line, then one prompt per typed line
    assert turns[1].startswith("assistant> About driving")
    assert turns[2].startswith("assistant> ")


@pytest.mark.slow
def test_jsonl_is_one_conversation(tmp_path: Path) -> None:
    questions = (
        "can my wife drive\nher infusion finished at ten this morning\nand can she drive now\n"
    )
    result = aftercare(tmp_path, "ask", "--jsonl", "--now", NOW, stdin=questions)
    assert result.returncode == 0, result.stderr
    first, second, third = json_lines(result)
    assert set(first) == FIELDS
    assert first["intent"] == "can_i_drive" and first["understood"] == (
        "You asked whether she can drive"
    )
    assert second["intent"] == "set_treatment_time"
    assert second["data"]["treatment_ended"] == "2026-11-21T10:00-05:00"  # type: ignore[index]
    assert third["data"]["not_before"] == "2026-11-22T10:00-05:00"  # type: ignore[index]


@pytest.mark.slow
def test_separate_makes_each_line_its_own_conversation(tmp_path: Path) -> None:
    questions = "can I drive\nit ended at ten this morning\n"
    result = aftercare(tmp_path, "ask", "--jsonl", "--separate", "--now", NOW, stdin=questions)
    assert result.returncode == 0, result.stderr
    _, second = json_lines(result)
    # Without the question before it, "it ended at ten" is still understood as a treatment time.
    assert second["intent"] in ("set_treatment_time", "out_of_scope")
    assert "may_drive" not in second["data"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--separate", "can I drive"],
        ["ask", "--now", "yesterday-ish", "can I drive"],
        ["ask", "--clinic", "/nonexistent/clinic.yaml", "can I drive"],
        ["schedule", "add", "booster", "purple", "monkey"],
        ["schedule", "remove", "999"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(tmp_path: Path, args: list[str]) -> None:
    result = aftercare(tmp_path, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_schedule_persists_across_runs(tmp_path: Path) -> None:
    added = aftercare(tmp_path, "schedule", "add", "booster", "next", "tuesday", "at", "10", "am")
    assert added.returncode == 0, added.stderr
    series = aftercare(
        tmp_path, "schedule", "add", "treatment", "2026-12-01T09:30", "--series", "4/6"
    )
    assert series.returncode == 0, series.stderr
    listed = aftercare(tmp_path, "schedule", "list")
    assert "booster" in listed.stdout and "(4 of 6)" in listed.stdout
    first_id = listed.stdout.split()[0]
    assert aftercare(tmp_path, "schedule", "remove", first_id).returncode == 0
    assert len(aftercare(tmp_path, "schedule", "list").stdout.splitlines()) == 1


def test_a_corrupted_schedule_is_a_clear_error_and_kept(tmp_path: Path) -> None:
    database = tmp_path / "schedule.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    result = aftercare(tmp_path, "schedule", "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and str(database) in result.stderr
    assert database.read_bytes() == b"this is not a database" * 100


@pytest.mark.slow
def test_wav_files_any_format_silence_noise_and_bad_files(tmp_path: Path) -> None:
    question = speak("can I drive tomorrow?")
    stereo_44k = tmp_path / "question-44k-stereo.wav"
    samples = np.frombuffer(question.pcm, dtype=np.int16)
    resampled = np.interp(
        np.arange(0, len(samples), 16000 / 44100), np.arange(len(samples)), samples
    )
    soundfile.write(stereo_44k, np.stack([resampled, resampled], axis=1).astype(np.int16), 44100)
    write_audio(tmp_path / "silence.wav", silence(2.0))
    write_audio(tmp_path / "noise.wav", white_noise(2.0))
    (tmp_path / "empty.wav").write_bytes(b"")
    files = ["question-44k-stereo.wav", "silence.wav", "noise.wav", "empty.wav", "missing.wav"]
    result = aftercare(tmp_path, "ask", "--now", NOW, "--wav", *(str(tmp_path / f) for f in files))
    assert result.returncode == 2  # two files could not be read; the others were answered
    assert "empty.wav" in result.stderr and "missing.wav" in result.stderr
    assert "Traceback" not in result.stderr
    answered = {Path(str(item["input"])).name: item for item in json_lines(result)}
    assert set(answered) == {"question-44k-stereo.wav", "silence.wav", "noise.wav"}
    assert answered["question-44k-stereo.wav"]["intent"] == "can_i_drive"
    for name in ("silence.wav", "noise.wav"):
        assert answered[name]["transcript"] == ""
        assert answered[name]["intent"] not in ACTING


def test_models_lists_the_korean_vosk_model_as_never_used_for_english(tmp_path: Path) -> None:
    result = aftercare(tmp_path, "models")
    assert result.returncode == 0, result.stderr
    assert "pocketsphinx" in result.stdout
    assert "ko" in result.stdout and "never used for English speech" in result.stdout
    assert "--stt auto uses: pocketsphinx" in result.stdout


def test_vosk_without_an_english_model_says_how_to_get_one(tmp_path: Path) -> None:
    write_audio(tmp_path / "q.wav", silence(1.0))
    result = aftercare(tmp_path, "ask", "--stt", "vosk", "--wav", str(tmp_path / "q.wav"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "aftercare models fetch" in result.stderr and "vosk-model-small-en-us" in result.stderr
