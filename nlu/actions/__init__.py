"""Custom actions for the rasa_sdk action server (`python -m rasa_sdk --actions nlu.actions`)."""

from nlu.actions.answer import ActionAnswer

__all__ = ["ActionAnswer"]
