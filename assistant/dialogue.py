"""One conversation turn: the safety net first, then Rasa in process, answers from the actions."""

from __future__ import annotations

import asyncio
import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant import replies, safety, timeline
from assistant.action_server import ActionServer
from assistant.frames import Reply
from assistant.training import ensure_model, prepare_rasa_import

# Long enough for any spoken question; a pasted essay is cut rather than slowing every turn.
MAX_UTTERANCE_CHARS = 500


@dataclass(frozen=True)
class Settings:
    """Where the patient's data lives and which clock and clinic file the answers use."""

    home: Path
    clinic_path: Path | None = None
    fixed_now: datetime | None = None  # `--now`: every turn happens at this local time


def clean_utterance(text: str) -> str:
    """Drops control and format characters, folds white space, cuts very long input."""
    kept = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    folded = re.sub(r"\s+", " ", kept).strip()
    if len(folded) <= MAX_UTTERANCE_CHARS:
        return folded
    return folded[:MAX_UTTERANCE_CHARS].rsplit(" ", 1)[0]


class Dialogue:
    """Rasa's agent in this process; custom actions on a supervised local action server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._server = ActionServer(settings.home / "logs" / "action-server.log")
        self._server.start()  # starts while the model loads
        try:
            model, _ = ensure_model()  # training, if the data changed, keeps the collector on
            with _collector_paused():
                self._agent = _load_agent(model, self._server.webhook_url)
                safety.load_rules()  # compiled now, so the first answer is as quick as the rest
            self._server.wait_ready()
        except BaseException:
            self._server.stop()
            raise

    def respond(
        self, text: str, conversation_id: str = "default", surely_heard: bool = True
    ) -> Reply:
        """Answers one utterance; every utterance passes the safety net before anything else.
        Advice on words the recogniser was unsure of (`surely_heard` False) is confirmed first."""
        utterance = clean_utterance(text)
        if not utterance:
            return replies.nothing_heard()
        alarm = safety.check(utterance)
        # An alarm goes to Rasa as that intent, so the conversation's state stays consistent.
        message = f"/{alarm.value}" if alarm else utterance
        self._server.ensure_running()
        return self._loop.run_until_complete(
            self._handle(message, utterance, conversation_id, surely_heard)
        )

    def classify(self, text: str) -> tuple[str, float]:
        """The classifier's best intent for a text, without taking a turn of the conversation."""
        parsed = self._loop.run_until_complete(self._agent.parse_message(clean_utterance(text)))
        intent = parsed.get("intent") or {}
        return str(intent.get("name") or "nlu_fallback"), float(intent.get("confidence") or 0.0)

    async def _handle(
        self, message: str, utterance: str, conversation_id: str, surely_heard: bool
    ) -> Reply:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        now = self.settings.fixed_now or timeline.now()
        metadata = {
            "text": utterance,
            "now": now.isoformat(),
            "home": str(self.settings.home),
            "clinic": str(self.settings.clinic_path) if self.settings.clinic_path else None,
            "surely_heard": surely_heard,
        }
        channel = CollectingOutputChannel()
        await self._agent.handle_message(
            UserMessage(message, channel, conversation_id, metadata=metadata)
        )
        return _reply_from(channel.messages)

    def close(self) -> None:
        self._server.stop()
        self._loop.close()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading creates some 750,000 objects that live as long as the process; the cyclic garbage
    collector would scan them again and again (a quarter of the start-up's CPU time), so it
    waits, and afterwards leaves them out of its scans for good."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _load_agent(model: Path, action_webhook_url: str) -> Any:
    prepare_rasa_import()
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

    _check_action_results_with_a_compiled_schema()
    return Agent.load(str(model), action_endpoint=EndpointConfig(action_webhook_url))


def _check_action_results_with_a_compiled_schema() -> None:
    """Rasa checks every action server response with `jsonschema.validate`, which first checks
    the response schema itself against JSON Schema's metaschema: most of a turn's time (15-40 ms
    of it). The same check, with the same error, by a validator compiled once takes 1 ms."""
    from jsonschema import ValidationError, validators
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator = validators.validator_for(schema)(schema)
    unchecked = RemoteAction._validate_action_result

    def validate_action_result(action: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError:
            return bool(unchecked(action, result))  # raises Rasa's own error, with its advice
        return True

    RemoteAction._validate_action_result = validate_action_result


def _reply_from(messages: list[dict[str, Any]]) -> Reply:
    """The action sends one custom message holding the words and the facts behind them."""
    facts = next((m["custom"] for m in messages if m.get("custom")), None)
    if facts is None:
        return replies.failure()
    return Reply(
        text=facts["text"],
        intent=facts["intent"],
        confidence=float(facts["confidence"]),
        understood=facts.get("understood"),
        data=facts.get("data", {}),
        entities=facts.get("entities", []),
        expects_answer=bool(facts.get("expects_answer")),
    )
