"""The one custom action: every turn is answered by assistant.answers from the tracker."""

from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant import timeline
from assistant.answers import Conversation, Turn, answer
from assistant.clinic import Clinic, load_clinic
from assistant.paths import default_home


@functools.lru_cache(maxsize=4)
def _clinic(path: str | None, home: str, modified_ns: int) -> Clinic:
    """Loaded once per file version: a clinic editing its file is seen on the next turn."""
    return load_clinic(Path(path) if path else None, Path(home))


def _clinic_for(path: str | None, home: str) -> Clinic:
    source = Path(path) if path else Path(home) / "clinic.yaml"
    modified_ns = source.stat().st_mtime_ns if source.exists() else 0
    return _clinic(path, home, modified_ns)


def _conversation(tracker: Tracker) -> Conversation:
    return Conversation(
        subject=tracker.get_slot("subject"),
        awaiting=tracker.get_slot("awaiting"),
        pending_intent=tracker.get_slot("pending_intent"),
        misses=int(tracker.get_slot("misses") or 0),
        last_answer=tracker.get_slot("last_answer"),
        disclaimer_given=bool(tracker.get_slot("disclaimer_given")),
        booster_day=tracker.get_slot("booster_day"),
        moving=_whole(tracker.get_slot("moving")),
    )


def _whole(slot: Any) -> int | None:
    """A float slot (Rasa keeps numbers as floats) as the whole number it holds."""
    return None if slot is None else int(slot)


def turn_from_tracker(tracker: Tracker) -> Turn:
    message = tracker.latest_message
    metadata: dict[str, Any] = message.get("metadata") or {}
    intent = message.get("intent") or {}
    ranking = tuple(
        (str(item["name"]), float(item["confidence"])) for item in message.get("intent_ranking", [])
    )
    now = datetime.fromisoformat(metadata["now"]) if metadata.get("now") else timeline.now()
    home = metadata.get("home") or str(default_home())
    return Turn(
        text=metadata.get("text") or message.get("text") or "",
        intent=str(intent.get("name") or "nlu_fallback"),
        confidence=float(intent.get("confidence") or 0.0),
        ranking=ranking,
        now=now,
        home=Path(home),
        clinic=_clinic_for(metadata.get("clinic"), home),
        conversation=_conversation(tracker),
        surely_heard=bool(metadata.get("surely_heard", True)),
    )


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        reply = answer(turn_from_tracker(tracker))
        dispatcher.utter_message(json_message=reply.message())
        kept = reply.conversation
        return [
            SlotSet("subject", kept.subject),
            SlotSet("awaiting", kept.awaiting),
            SlotSet("pending_intent", kept.pending_intent),
            SlotSet("misses", float(kept.misses)),
            SlotSet("last_answer", kept.last_answer),
            SlotSet("disclaimer_given", kept.disclaimer_given),
            SlotSet("booster_day", kept.booster_day),
            SlotSet("moving", None if kept.moving is None else float(kept.moving)),
        ]
