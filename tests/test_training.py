"""Training through Rasa itself, on a tiny data set (about 5 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.training import train_model

TINY_NLU = """version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello
    - hi there
- intent: goodbye
  examples: |
    - bye
    - see you
"""


def test_training_prints_nothing_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `aftercare ask --json` trains first when the data changed: its stdout must stay JSON.
    data = tmp_path / "nlu.yml"
    data.write_text(TINY_NLU, encoding="utf-8")
    target = tmp_path / "tiny.tar.gz"
    train_model([data], target)
    printed = capsys.readouterr()
    assert target.exists()
    assert printed.out == ""
    assert "Your Rasa model is trained" in printed.err
