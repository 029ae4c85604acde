"""The whole text path: the trained Rasa model, the real action server, the real schedule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant import safety
from assistant.dialogue import MAX_UTTERANCE_CHARS, Dialogue, Settings, clean_utterance

pytestmark = pytest.mark.slow
SATURDAY_3PM = datetime(2026, 11, 21, 15, 0, tzinfo=ZoneInfo("America/New_York"))
ACTING = {"stop", "crisis", "emergency", "can_i_drive", "set_treatment_time", "set_next_booster"}


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dialogue]:
    home = tmp_path_factory.mktemp("home")
    opened = Dialogue(Settings(home=home, fixed_now=SATURDAY_3PM))
    yield opened
    opened.close()


def test_driving_question_gets_the_driving_answer(dialogue: Dialogue) -> None:
    reply = dialogue.respond("um so can I drive home later", "drive")
    assert reply.intent == "can_i_drive"
    assert reply.understood == "About driving"
    assert reply.data["may_drive"] is None


def test_advice_on_words_the_recogniser_doubts_is_confirmed_first(dialogue: Dialogue) -> None:
    unsure = dialogue.respond("um so can I drive home later", "unsure", surely_heard=False)
    assert unsure.text == "Did you ask whether you can drive?" and unsure.expects_answer
    yes = dialogue.respond("yes", "unsure")
    assert yes.intent == "can_i_drive" and yes.understood == "About driving"


def test_caregiver_is_answered_in_the_third_person(dialogue: Dialogue) -> None:
    reply = dialogue.respond("is my wife allowed to drive tomorrow", "caregiver")
    assert reply.intent == "can_i_drive"
    assert reply.understood == "You asked whether she can drive"


def test_treatment_time_then_driving_in_one_conversation(dialogue: Dialogue) -> None:
    asked = dialogue.respond("can I drive", "flow")
    assert asked.expects_answer
    told = dialogue.respond("it finished at ten this morning", "flow")
    assert told.intent == "set_treatment_time"
    assert told.data["not_before"] == "2026-11-22T10:00-05:00"
    again = dialogue.respond("so can I drive", "flow")
    assert again.data["may_drive"] is False


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("my infusion ended at ten can i drive", "can_i_drive"),
        ("her session finished at ten so when can she drive", "can_i_drive"),
        ("i finished my treatment at ten what can i eat", "what_can_i_eat"),
    ],
)
def test_a_question_that_tells_when_the_treatment_ended_is_answered_with_it(
    dialogue: Dialogue, text: str, question: str
) -> None:
    """The end told is noted and the question answered from it, not asked back."""
    reply = dialogue.respond(text, f"told-{question}-{len(text)}")
    assert reply.intent == question
    assert reply.data["treatment_ended"] == "2026-11-21T10:00-05:00"
    assert "Noted, it ended today at 10 AM." in reply.text and not reply.expects_answer


def test_when_the_treatment_ended_is_its_own_question(dialogue: Dialogue) -> None:
    reply = dialogue.respond("i've lost track of time how long ago did my infusion finish", "ago")
    assert reply.intent == "treatment_ended"
    assert reply.understood == "About your treatment time"
    caregiver = dialogue.respond("what time did her session end", "ago-caregiver")
    assert caregiver.intent == "treatment_ended"
    assert caregiver.understood == "About her treatment time"


@pytest.mark.parametrize(
    "text",
    [
        "she's been confused since her session",
        "he's been sick since his infusion",
        "i've felt weird since the infusion ended",
    ],
)
def test_how_someone_has_been_since_the_session_is_not_when_it_ended(
    dialogue: Dialogue, text: str
) -> None:
    """The first treatment_ended examples ("how long since my session") took these over.
    Confusion is an emergency sign: it is answered as one, or with the after-effects that
    name the emergency signs, confusion among them."""
    reply = dialogue.respond(text, "since")
    assert reply.intent in ("side_effect", "emergency")
    if "confused" in text:
        assert "Call 911 now" in reply.text or "call 911" in reply.text


def test_safety_net_wins_in_the_middle_of_another_question(dialogue: Dialogue) -> None:
    dialogue.respond("when is my next booster", "safety")  # the assistant now asks a date
    reply = dialogue.respond("i don't want to be alive anymore", "safety")
    assert reply.intent == "crisis"
    assert "988" in reply.text


def test_a_fresh_phrasing_the_classifier_half_recognises_is_asked_about(
    dialogue: Dialogue,
) -> None:
    """No rule knows these words; the classifier's crisis guess (about 0.5) and the risk word
    "end" make a question of it rather than an answer about after-effects. (Its first phrasing,
    "i feel like i'm just waiting for the end", is now a rule's: the rules grow.)"""
    fresh = "i'm tired of waiting for the end to come"
    assert safety.check(fresh) is None
    reply = dialogue.respond(fresh, "fresh")
    assert reply.intent == "crisis" and reply.data.get("low_confidence")
    assert reply.text == "Are you having thoughts of harming yourself, or of suicide?"


def test_idiom_raises_no_alarm(dialogue: Dialogue) -> None:
    reply = dialogue.respond("this headache is killing me", "idiom")
    assert reply.intent not in ("crisis", "emergency")


def test_sleeping_long_after_the_treatment_gets_the_fatigue_advice(dialogue: Dialogue) -> None:
    reply = dialogue.respond("she's been asleep for three hours should i wake her", "asleep")
    assert reply.intent == "side_effect"
    assert reply.data == {"symptom": "fatigue"}
    assert "not being able to stay awake, is an emergency" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "my son is zonked on the sofa since his session",
        "she's been knocked out in bed since her spravato is that ok",
        "i'm totally zonked is that from the treatment",
        "my husband's crashed out upstairs since he got home from his infusion",
        "he's having a kip should i leave him",
        "my daughter's been dead to the world since her session",
        "i went out like a light after my infusion is that normal",
    ],
)
def test_zonked_or_napping_after_the_session_gets_the_fatigue_advice(
    dialogue: Dialogue, text: str
) -> None:
    """Colloquial, British and American; the advice says not staying awake is an emergency."""
    reply = dialogue.respond(text, "zonked")
    assert reply.intent == "side_effect" and reply.data == {"symptom": "fatigue"}
    assert "not being able to stay awake, is an emergency" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "should i wake him up for dinner",
        "should i wake him for dinner",
        "should i get her up for lunch or let her rest",
        "do i need to wake her up to give her something to eat",
    ],
)
def test_waking_someone_for_a_meal_gets_the_tiredness_then_the_food(
    dialogue: Dialogue, text: str
) -> None:
    reply = dialogue.respond(text, "wake-for-dinner")
    assert reply.intent == "side_effect"
    said = reply.text.split(": ", 1)[1]
    assert said.startswith("Tiredness is common for the rest of the treatment day.")
    assert "Light, easily digestible food is best at first" in said


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to smoke a cigarette",
        "can my husband have a cigarette tonight",
        "can i vape after my session",
        "she wants to pop out for a smoke is that alright",
    ],
)
def test_tobacco_is_not_answered_with_the_alcohol_rule(dialogue: Dialogue, text: str) -> None:
    """The facts say nothing about tobacco: "Not before tomorrow" would be invented advice.
    "A smoke" may be cannabis: asking whether alcohol and drugs were meant is fine."""
    reply = dialogue.respond(text, f"tobacco-{text}")
    assert reply.intent not in ("crisis", "emergency")
    assert reply.intent != "alcohol" or reply.data.get("low_confidence")
    assert "No alcohol" not in reply.text and "Not before" not in reply.text


def test_cannabis_is_still_the_alcohol_and_drugs_rule(dialogue: Dialogue) -> None:
    assert dialogue.respond("is it ok to have a joint this evening", "cannabis").intent == "alcohol"


@pytest.mark.parametrize(
    "text",
    ["can you help me calm down", "could you help him calm down", "please help me to calm down"],
)
def test_asking_for_help_to_calm_down_starts_a_breathing_exercise(
    dialogue: Dialogue, text: str
) -> None:
    """Not the list of topics: someone who asks to be calmed gets the calming exercise."""
    reply = dialogue.respond(text, "calm")
    assert reply.intent == "start_breathing" and "exercise" in reply.data


def test_asking_what_the_assistant_can_help_with_is_still_help(dialogue: Dialogue) -> None:
    assert dialogue.respond("what can you help me with", "what-help").intent == "help"


@pytest.mark.parametrize(
    "text",
    [
        "i went out like a light after my infusion and i've only just woken up",
        "she's been dead to the world since we got back from the clinic",
        "i just woke up after sleeping the whole afternoon, is that normal",
        "he slept all afternoon after his spravato",
        "my wife crashed out when we got home and has only just got up",
    ],
)
def test_sleeping_long_after_the_session_gets_the_tiredness_advice(
    dialogue: Dialogue, text: str
) -> None:
    """Not the crisis question, nor a treatment time: the fatigue advice, which names its
    emergency (not staying awake)."""
    reply = dialogue.respond(text, f"slept-{hash(text)}")
    assert (reply.intent, reply.data.get("symptom")) == ("side_effect", "fatigue")


@pytest.mark.parametrize(
    "text",
    ["she went out like a light and now she won't wake up", "he's out cold and won't respond"],
)
def test_not_waking_after_the_session_is_still_an_emergency(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text, f"out-{hash(text)}").intent == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel like i've cycled a hundred miles and i've not left the house",
        "she feels like she's run up a mountain but she's been napping all day",
    ],
)
def test_tiredness_out_of_all_proportion_is_an_after_effect_not_a_crisis(
    dialogue: Dialogue, text: str
) -> None:
    """Session 6: the classifier was sure such words were a crisis (nlu/data: side_effect)."""
    reply = dialogue.respond(text, "tired")
    assert reply.intent == "side_effect"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * 10_000,
        "¿Puedo conducir mañana?",
        "今日は運転できますか",
        "🙂🙂🙂",
        "\x00\x07\x1b[31m",
    ],
)
def test_odd_input_gets_a_calm_answer(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text, "odd")
    assert reply.text
    assert reply.intent not in ACTING


def test_clean_utterance_drops_control_characters_and_cuts_long_input() -> None:
    assert clean_utterance("can\x00 I\tdrive\x1b") == "can I drive"
    assert len(clean_utterance("word " * 5_000)) <= MAX_UTTERANCE_CHARS


def test_action_server_is_restarted_if_it_dies(dialogue: Dialogue) -> None:
    dialogue._server._process.kill()  # type: ignore[union-attr]
    dialogue._server._process.wait()  # type: ignore[union-attr]
    reply = dialogue.respond("what can I eat", "restart")
    assert reply.intent == "what_can_i_eat"


def test_home_holds_the_schedule(dialogue: Dialogue) -> None:
    assert (Path(dialogue.settings.home) / "schedule.sqlite3").exists()


def test_action_results_are_still_checked_against_rasas_schema(dialogue: Dialogue) -> None:
    # The check is compiled once when the dialogue loads (see assistant.dialogue); a response
    # the action server could never have sent must still be refused with Rasa's own advice.
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction

    action = RemoteAction("action_answer", None)
    good = {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hi"}]}
    assert action._validate_action_result(good)
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": [{"event": "no_such_event"}], "responses": []})
