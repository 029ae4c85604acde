"""Rasa's own story test on the trained model: the multi-turn conversations of
nlu/tests/test_stories.yml, each user line classified in its conversation and each action
predicted by the policies."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from assistant.training import NLU_DIR, ensure_model, prepare_rasa_import

pytestmark = pytest.mark.slow
TEST_STORIES = NLU_DIR / "tests" / "test_stories.yml"


def test_every_test_story_passes(tmp_path: Path) -> None:
    prepare_rasa_import()
    from rasa.core.agent import Agent
    from rasa.core.test import test as test_stories

    agent = Agent.load(str(ensure_model()[0]))
    results = asyncio.run(
        test_stories(
            str(TEST_STORIES), agent, out_directory=str(tmp_path), e2e=True, disable_plotting=True
        )
    )
    failed = yaml.safe_load((tmp_path / "failed_test_stories.yml").read_text()) or {}
    assert not failed, (tmp_path / "failed_test_stories.yml").read_text()
    # Every user turn of every story was predicted: the file was read, not skipped.
    story_steps = yaml.safe_load(TEST_STORIES.read_text())["stories"]
    actions = sum(1 for story in story_steps for step in story["steps"] if "action" in step)
    assert len(results["actions"]) >= actions
    assert results["accuracy"] == 1.0
