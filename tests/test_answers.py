"""The answer policy on its own: real clinic defaults, a real schedule file, a fixed clock.

The classifier's output (intent, confidence, ranking) is given directly here; the same
turns through the trained Rasa model are in test_dialogue.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.answers import ADVISING, Answer, Conversation, Turn, answer
from assistant.clinic import SymptomAdvice, load_clinic
from assistant.exercises import load_exercises
from assistant.schedule import Schedule

ZONE = ZoneInfo("America/New_York")
SATURDAY_3PM = datetime(2026, 11, 21, 15, 0, tzinfo=ZONE)


@pytest.fixture
def turn(tmp_path: Path) -> Turn:
    return Turn(
        text="",
        intent="greet",
        confidence=0.9,
        ranking=(),
        now=SATURDAY_3PM,
        home=tmp_path,
        clinic=load_clinic(None, tmp_path),
    )


Ranking = tuple[tuple[str, float], ...]


def ask(
    base: Turn, text: str, intent: str, confidence: float = 0.9, ranking: Ranking | None = None
) -> Answer:
    ranked = ranking if ranking is not None else ((intent, confidence),)
    return answer(replace(base, text=text, intent=intent, confidence=confidence, ranking=ranked))


def then(base: Turn, previous: Answer) -> Turn:
    """The next turn of the same conversation."""
    return replace(base, conversation=previous.conversation)


def advice_on(base: Turn, symptom: str) -> SymptomAdvice:
    """The clinic file's advice on a symptom it advises on."""
    advice = base.clinic.side_effects.advice_for(symptom)
    assert advice is not None, symptom
    return advice


ECHOES = {
    "can_i_drive": ("can I drive", "About driving", "can she drive", "whether she can drive"),
    "what_can_i_eat": ("what can I eat", "About food", "what can he eat", "what he can eat"),
    "alcohol": ("can I have wine", "About alcohol", "can she have wine", "alcohol for her"),
    "medications": ("my pills", "your medicines", "his pills", "his medicines"),
    "side_effect": ("I feel dizzy", "after-effects", "she feels dizzy", "her after-effects"),
    "activities": ("can I work", "rest and activities", "can he work", "what he can do"),
    "feel_better_when": ("when will I feel better", "treatment helps", "when will she", "she"),
    "warning_signs": ("what to watch for", "when to get help", "signs in him", "get help for him"),
    "phone_numbers": ("clinic number", "phone numbers", "her clinic's number", "phone numbers"),
    "next_booster": ("when is my booster", "Your next booster", "her booster", "Her next"),
    "treatment_ended": (
        "when did it end",
        "your treatment time",
        "when did her session end",
        "her t",
    ),
    "crisis": ("I want to die", "your safety", "she wants to die", "her safety"),
    "emergency": ("chest pain", "medical emergency", "his chest hurts", "medical emergency"),
}


@pytest.mark.parametrize("intent", sorted(ECHOES))
def test_advice_opens_with_the_echo_in_the_right_person(turn: Turn, intent: str) -> None:
    patient_text, patient_echo, caregiver_text, caregiver_echo = ECHOES[intent]
    patient = ask(turn, patient_text, intent)
    caregiver = ask(turn, caregiver_text, intent)
    assert patient.understood and patient_echo in patient.understood
    assert patient.text.startswith(patient.understood)
    assert caregiver.understood and caregiver_echo in caregiver.understood
    assert caregiver.text.startswith(caregiver.understood)
    assert "you " not in caregiver.understood.lower().removeprefix("you asked")


@pytest.mark.parametrize("intent", ["greet", "thanks", "stop", "pause", "slower", "goodbye"])
def test_no_echo_for_small_talk_and_controls(turn: Turn, intent: str) -> None:
    reply = ask(turn, "hi", intent)
    assert reply.understood is None
    assert intent not in ADVISING


def test_disclaimer_once_per_conversation(turn: Turn) -> None:
    first = ask(turn, "can I work", "activities")
    second = ask(then(turn, first), "can I work", "activities")
    assert turn.clinic.disclaimer.say in first.text
    assert turn.clinic.disclaimer.say not in second.text


def test_driving_without_treatment_time_gives_the_rule_and_asks(turn: Turn) -> None:
    reply = ask(turn, "can I drive", "can_i_drive")
    assert reply.data == {"treatment_ended": None, "may_drive": None, "not_before": None}
    assert "24 hours" in reply.text or "twenty-four hours" in reply.text
    assert reply.text.rstrip().endswith("?") or "When did" in reply.text
    assert reply.expects_answer


def test_treatment_time_given_after_the_question_answers_the_driving_question(turn: Turn) -> None:
    asked = ask(turn, "can I drive", "can_i_drive")
    told = ask(then(turn, asked), "it ended at ten this morning", "out_of_scope", 0.4)
    assert told.intent == "set_treatment_time"
    assert told.data["treatment_ended"] == "2026-11-21T10:00-05:00"
    assert told.data["may_drive"] is False
    assert told.data["not_before"] == "2026-11-22T10:00-05:00"
    assert "tomorrow, Sunday, at 10 AM" in told.text


def test_driving_allowed_after_a_night_and_a_day(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 20, 9, 0, tzinfo=ZONE))
    reply = ask(turn, "can I drive", "can_i_drive")
    assert reply.data["may_drive"] is True
    assert reply.data["not_before"] == "2026-11-21T09:00-05:00"


@pytest.mark.parametrize(
    ("intent", "text", "answer_starts"),
    [
        # The day the driving becomes allowed: from when on it.
        (
            "can_i_drive",
            "can i drive tomorrow",
            "From tomorrow, Sunday, at 2:30 PM, and only after",
        ),
        ("can_i_drive", "will she be ok to drive tomorrow morning", "From tomorrow, Sunday, at"),
        # Before it: not then.
        (
            "can_i_drive",
            "can i drive tonight",
            "Not then. Not before tomorrow, Sunday, at 2:30 PM,",
        ),
        ("can_i_drive", "can i drive tomorrow at nine am", "Not then. Not before tomorrow, Sunday"),
        # After it: yes, with the condition.
        ("can_i_drive", "can he drive to work on monday", "Yes, by then: driving is allowed again"),
        ("can_i_drive", "can i drive tomorrow evening at six", "Yes, by then: driving is allowed"),
        # No day asked: now.
        ("can_i_drive", "can i drive", "Not yet. Not before tomorrow, Sunday, at 2:30 PM"),
        ("can_i_drive", "can i drive later", "Not yet. Not before tomorrow, Sunday, at 2:30 PM"),
        # The same for alcohol, with its rule.
        ("alcohol", "can i have a glass of wine tomorrow", "From tomorrow, Sunday, at 2:30 PM. No"),
        ("alcohol", "can i have a beer tonight", "Not before tomorrow, Sunday, at 2:30 PM. No"),
        (
            "alcohol",
            "can she have a glass of wine on monday",
            "Yes, by then: the clinic's alcohol-free time ends tomorrow, Sunday, at 2:30 PM."
            " Some clinics ask for 72 hours.",
        ),
        ("alcohol", "can i have a drink", "Not before tomorrow, Sunday, at 2:30 PM. No alcohol"),
    ],
)
def test_a_day_asked_ahead_is_answered_for_that_day(
    turn: Turn, intent: str, text: str, answer_starts: str
) -> None:
    """ "can i drive tomorrow?" was answered "Not yet. Not before tomorrow at 2:30 PM": a no to
    the day asked, when driving is allowed from that afternoon (found in session 15)."""
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 14, 30, tzinfo=ZONE))
    reply = ask(turn, text, intent)
    assert reply.text.split(": ", 1)[1].startswith(answer_starts)
    # The data still say whether it is allowed now, and from when.
    assert reply.data.get("may_drive", reply.data.get("alcohol_ok")) is False
    assert reply.data["not_before"] == "2026-11-22T14:30-05:00"


def test_food_and_alcohol_follow_the_hours_since_treatment(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 13, 0, tzinfo=ZONE))
    food = ask(turn, "what can I eat", "what_can_i_eat")
    assert turn.clinic.food.stages[0].advice in food.text
    alcohol = ask(turn, "can I have a beer", "alcohol")
    assert alcohol.data == {"alcohol_ok": False, "not_before": "2026-11-22T13:00-05:00"}
    next_day = replace(turn, now=datetime(2026, 11, 22, 15, 0, tzinfo=ZONE))
    assert turn.clinic.food.stages[-1].advice in ask(next_day, "food?", "what_can_i_eat").text
    assert ask(next_day, "a beer?", "alcohol").data["alcohol_ok"] is True


def _booster_at(turn: Turn, at: datetime, told_end: datetime | None = None) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 14, 14, 0, tzinfo=ZONE))  # a week ago
        schedule.add("booster", at)
        if told_end is not None:
            schedule.set_treatment_ended(told_end)


def test_a_session_begun_since_the_last_told_end_is_asked_about(turn: Turn) -> None:
    # A week-old end must not make today's booster look long past.
    _booster_at(turn, datetime(2026, 11, 21, 10, 0, tzinfo=ZONE))
    drive = ask(turn, "can I drive", "can_i_drive")
    assert drive.data == {"treatment_ended": None, "may_drive": False, "not_before": None}
    assert "Your booster was today at 10 AM. When did it end?" in drive.text
    assert drive.expects_answer
    # Light food whenever today's session ended: nothing to ask.
    food = ask(turn, "what can I eat", "what_can_i_eat")
    assert turn.clinic.food.stages[0].advice in food.text
    assert not food.expects_answer
    alcohol = ask(turn, "can I have a beer", "alcohol")
    assert alcohol.data == {"alcohol_ok": False, "not_before": None}
    assert "When did it end?" in alcohol.text
    told = ask(then(turn, alcohol), "about noon", "out_of_scope", 0.4)
    assert told.intent == "set_treatment_time"
    assert told.data["not_before"] == "2026-11-22T12:00-05:00"
    assert "Not before tomorrow, Sunday, at noon." in told.text
    drive = ask(turn, "can I drive", "can_i_drive")
    assert drive.data["not_before"] == "2026-11-22T12:00-05:00"


def test_a_caregiver_is_asked_about_her_session(turn: Turn) -> None:
    _booster_at(turn, datetime(2026, 11, 21, 9, 30, tzinfo=ZONE))
    drive = ask(turn, "can she drive", "can_i_drive")
    assert "Her booster was today at 9:30 AM. When did it end?" in drive.text


def test_food_asks_only_when_the_sessions_end_decides_the_advice(turn: Turn) -> None:
    _booster_at(turn, datetime(2026, 11, 20, 20, 0, tzinfo=ZONE))  # last night at 8
    # 13 hours after its start, 9 after its day ended: light or normal food depends on the end.
    morning = replace(turn, now=datetime(2026, 11, 21, 9, 0, tzinfo=ZONE))
    food = ask(morning, "what can I eat", "what_can_i_eat")
    assert turn.clinic.food.stages[0].advice in food.text
    assert "Your booster was yesterday, Friday, at 8 PM. When did it end?" in food.text


def test_an_untold_session_long_enough_ago_no_longer_matters(turn: Turn) -> None:
    _booster_at(turn, datetime(2026, 11, 17, 10, 0, tzinfo=ZONE))
    drive = ask(turn, "can I drive", "can_i_drive")
    assert drive.data == {"treatment_ended": None, "may_drive": True, "not_before": None}
    assert "allowed again: your booster was Tuesday, November 17 at 10 AM" in drive.text
    assert not drive.expects_answer
    alcohol = ask(turn, "can I have a beer", "alcohol")
    assert alcohol.data == {"alcohol_ok": True, "not_before": None}
    assert turn.clinic.food.stages[-1].advice in ask(turn, "food?", "what_can_i_eat").text


def test_an_end_told_on_the_sessions_day_is_its_end(turn: Turn) -> None:
    # The booster was booked for ten, and ended at half past nine: it was moved.
    booked = datetime(2026, 11, 21, 10, 0, tzinfo=ZONE)
    _booster_at(turn, booked, told_end=datetime(2026, 11, 21, 9, 30, tzinfo=ZONE))
    drive = ask(turn, "can I drive", "can_i_drive")
    assert drive.data["treatment_ended"] == "2026-11-21T09:30-05:00"
    assert drive.data["not_before"] == "2026-11-22T09:30-05:00"
    assert not drive.expects_answer


def _ended(turn: Turn, text: str) -> Answer:
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    return ask(given, text, "treatment_ended")


def test_when_the_treatment_ended_says_the_told_end_and_how_long_ago(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 13, 30, tzinfo=ZONE))
    reply = _ended(turn, "when did my treatment finish")
    assert reply.text == (
        "About your treatment time: Your treatment ended today at 1:30 PM, an hour and a half ago."
    )
    assert reply.data == {"treatment_ended": "2026-11-21T13:30-05:00", "hours_since": 1.5}
    assert not reply.expects_answer
    caregiver = _ended(turn, "what time did her session end")
    assert caregiver.text == (
        "About her treatment time: Her treatment ended today at 1:30 PM, an hour and a half ago."
    )


@pytest.mark.parametrize(
    ("ended", "said"),
    [
        (datetime(2026, 11, 21, 14, 40), "today at 2:40 PM, twenty minutes ago."),
        (datetime(2026, 11, 20, 19, 0), "yesterday, Friday, at 7 PM, twenty hours ago."),
        (datetime(2026, 11, 18, 11, 0), "Wednesday, November 18 at 11 AM, three days ago."),
    ],
)
def test_how_long_ago_is_said_in_words(turn: Turn, ended: datetime, said: str) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(ended.replace(tzinfo=ZONE))
    assert _ended(turn, "how long ago was my infusion").text.endswith(f"ended {said}")


def test_an_unknown_end_is_asked_for_and_recorded_from_the_next_turn(turn: Turn) -> None:
    asked = _ended(turn, "i've lost track of time how long ago was my spravato")
    assert "I haven't been told when your last treatment ended." in asked.text
    assert asked.text.endswith(
        "When did it end? You can say, for example, at eleven, or an hour ago."
    )
    assert asked.data == {"treatment_ended": None, "hours_since": None}
    assert asked.expects_answer and asked.conversation.awaiting == "treatment_time"
    told = ask(then(turn, asked), "at half past one", "out_of_scope", 0.4)
    assert told.intent == "set_treatment_time"
    assert told.text.endswith("Noted, it ended today at 1:30 PM, an hour and a half ago.")
    assert told.data == {"treatment_ended": "2026-11-21T13:30-05:00"}
    with Schedule(turn.home) as schedule:
        assert schedule.latest_treatment_ended() == datetime(2026, 11, 21, 13, 30, tzinfo=ZONE)


def test_a_session_on_the_schedule_without_a_told_end_is_asked_about(turn: Turn) -> None:
    _booster_at(turn, datetime(2026, 11, 21, 10, 0, tzinfo=ZONE))
    asked = _ended(turn, "how long has it been since her infusion")
    assert asked.text == (
        "About her treatment time: Her booster was today at 10 AM. When did it end? You can say,"
        " for example, at eleven, or an hour ago."
    )
    assert asked.conversation.awaiting == "treatment_time"
    told = ask(then(turn, asked), "it finished at noon", "set_treatment_time")
    assert "Noted, it ended today at noon, three hours ago." in told.text
    # A session days ago whose end was not told: its day is answer enough.
    days_ago = replace(turn, now=datetime(2026, 11, 24, 15, 0, tzinfo=ZONE), home=turn.home)
    with Schedule(turn.home) as schedule:
        schedule.add("booster", datetime(2026, 11, 22, 9, 0, tzinfo=ZONE))
    said = _ended(days_ago, "when was my last booster")
    assert said.text.endswith("Your booster was Sunday, November 22 at 9 AM, two days ago.")
    assert not said.expects_answer


def test_food_before_a_treatment_is_the_clinics_fasting_rule_alone(turn: Turn) -> None:
    food = turn.clinic.food
    for question in ("can I eat before my treatment tomorrow", "should she fast beforehand"):
        reply = ask(turn, question, "what_can_i_eat")
        assert food.before_treatment in reply.text
        assert food.stages[0].advice not in reply.text
    after = ask(turn, "what can I eat before bed", "what_can_i_eat")
    assert food.before_treatment not in after.text


def test_coffee_gets_the_caffeine_advice_with_the_food_stage(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 13, 0, tzinfo=ZONE))
    reply = ask(turn, "is it ok to have a coffee", "what_can_i_eat")
    said = reply.text.split(": ", 1)[1]
    # What was asked is answered first (session 14: the caffeine sentence came last).
    assert said.startswith(turn.clinic.food.caffeine)
    assert turn.clinic.food.stages[0].advice in said
    unknown = ask(
        replace(turn, home=turn.home / "nobody"), "can she have a latte", "what_can_i_eat"
    )
    assert unknown.text.split(": ", 1)[1].startswith(turn.clinic.food.caffeine)


def test_a_ride_home_is_said_when_asked_about(turn: Turn) -> None:
    ride = turn.clinic.driving.ride_home
    asked = ask(turn, "does he need someone to drive him home", "can_i_drive")
    assert asked.understood is not None
    assert asked.text.startswith(f"{asked.understood}: {ride}")
    assert turn.clinic.driving.rule in asked.text and asked.expects_answer
    assert ride not in ask(turn, "can I drive tomorrow", "can_i_drive").text


@pytest.mark.parametrize(
    "question",
    [
        "who takes me home after my session",
        "who is taking her home",
        "who drives him back",
        "who will be driving her home after",
        "can i drive myself home",
    ],
)
def test_a_ride_home_asked_in_other_words_is_answered_first(turn: Turn, question: str) -> None:
    """'who takes me home after my session' heard only when driving is allowed again."""
    asked = ask(turn, question, "can_i_drive")
    assert asked.text.startswith(f"{asked.understood}: {turn.clinic.driving.ride_home}")


def test_blood_pressure_gets_its_own_advice(turn: Turn) -> None:
    advice = advice_on(turn, "blood_pressure")
    # "high" is also a dissociation word ("i feel high"): the blood pressure is named first.
    reply = ask(turn, "her blood pressure is a bit high is that normal", "side_effect")
    assert advice.advice in reply.text and advice.call_clinic in reply.text
    assert reply.data == {"symptom": "blood_pressure"}


NEVER_STOP = (
    "A prescribed medicine is never stopped or changed without the prescriber. The clinic can "
    "answer questions about it."
)
SEDATION = "Benzodiazepines, opioids and alcohol add to the sleepiness."
BLOOD_PRESSURE = "Stimulants and monoamine oxidase inhibitors can raise blood pressure."
WEAKEN = "Benzodiazepines may weaken the antidepressant effect of ketamine"
SEROTONIN = "S S R I and S N R I antidepressants usually do not interfere."


def _medicines(turn: Turn, text: str) -> Answer:
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    return ask(given, text, "medications")


def test_a_named_medicine_gets_its_kind_then_the_sentences_about_it(turn: Turn) -> None:
    reply = _medicines(turn, "should i take my sertraline tonight")
    said = reply.text.removeprefix("About your medicines: ")
    assert said == f"Sertraline is an S S R I antidepressant. {SEROTONIN} {NEVER_STOP}"
    assert reply.data == {"medicines": ["sertraline"], "kinds": ["ssris"], "symptom": None}


def test_a_caregivers_benzodiazepine_gets_the_benzodiazepine_sentences(turn: Turn) -> None:
    reply = _medicines(turn, "can she take her xanax")
    said = reply.text.removeprefix("You asked about her medicines: ")
    assert said.startswith(f"Xanax is a benzodiazepine. {SEDATION} {WEAKEN}")
    assert said.endswith(NEVER_STOP)
    assert BLOOD_PRESSURE not in said and SEROTONIN not in said


@pytest.mark.parametrize(
    ("question", "opening", "about"),
    [
        ("i take adderall can i take it tomorrow", "Adderall is a stimulant.", BLOOD_PRESSURE),
        ("he's on nardil is that a problem", "Nardil is a monoamine oxidase", BLOOD_PRESSURE),
        ("can i take my Oxycodone", "Oxycodone is an opioid.", SEDATION),
        ("i take venlafaxine is that ok", "Venlafaxine is an S N R I", SEROTONIN),
        ("is it safe to take my prozac", "Prozac is an S S R I antidepressant.", SEROTONIN),
    ],
)
def test_each_kind_of_medicine_is_named_and_answered(
    turn: Turn, question: str, opening: str, about: str
) -> None:
    said = _medicines(turn, question).text.split(": ", 1)[1]
    assert said.startswith(opening)
    assert about in said and said.endswith(NEVER_STOP)


def test_two_kinds_named_get_both_kinds_sentences_once(turn: Turn) -> None:
    said = _medicines(turn, "can i take xanax and ritalin").text.split(": ", 1)[1]
    assert said.startswith("Xanax is a benzodiazepine. Ritalin is a stimulant.")
    assert said.count(SEDATION) == 1 and BLOOD_PRESSURE in said and SEROTONIN not in said


def test_a_kind_named_itself_is_not_introduced(turn: Turn) -> None:
    said = _medicines(turn, "does it matter that i take an ssri").text.split(": ", 1)[1]
    assert said == f"{SEROTONIN} {NEVER_STOP}"


def test_an_unknown_medicine_gets_every_medication_sentence(turn: Turn) -> None:
    reply = _medicines(turn, "can i take my lamotrigine")
    said = reply.text.split(": ", 1)[1]
    assert said == " ".join(sentence.say for sentence in turn.clinic.medications)
    assert reply.data == {"medicines": [], "kinds": [], "symptom": None}


def test_a_symptom_named_with_a_medicine_adds_its_advice_after(turn: Turn) -> None:
    """A medicine of no known kind, for a symptom: the sentences about every medicine and the
    symptom's advice, not the other kinds' sentences (100 words, read aloud)."""
    headache = advice_on(turn, "headache")
    reply = _medicines(turn, "can i take ibuprofen for my headache")
    general = " ".join(s.say for s in turn.clinic.medications if not s.about)
    said = reply.text.split(": ", 1)[1]
    assert said == f"{general} {headache.advice} {headache.call_clinic}"
    assert "ibuprofen" not in said.lower() and "Benzodiazepines" not in said
    anxious = _medicines(turn, "can she take her ativan, she's really anxious").text
    anxiety = advice_on(turn, "anxiety")
    assert anxious.index(NEVER_STOP) < anxious.index(anxiety.advice)
    assert anxious.endswith(anxiety.call_clinic)


SLEEP_AS_PURPOSE = (
    "can i take xanax to help me sleep",
    "can i take a valium tonight so i can sleep",
    "is it ok to give her her ativan to help her get to sleep",
    "can he have his temazepam so that he can get some sleep",
    "can my mum take her lorazepam for sleep tonight",
    "is it alright if i take my klonopin to sleep",
)


@pytest.mark.parametrize("question", SLEEP_AS_PURPOSE)
def test_a_medicine_to_help_sleep_is_not_answered_with_the_tiredness_advice(
    turn: Turn, question: str
) -> None:
    """Sleep as what a medicine is for is being unable to sleep (insomnia), not tiredness; the
    clinic file has no advice for it, so only the medicine's sentences are said."""
    fatigue = advice_on(turn, "fatigue")
    reply = _medicines(turn, question)
    said = reply.text.split(": ", 1)[1]
    assert said.startswith(f"{reply.data['medicines'][0].capitalize()} is a benzodiazepine.")
    assert said.endswith(NEVER_STOP)
    assert fatigue.advice not in said and fatigue.call_clinic not in said
    assert reply.data["symptom"] == "insomnia" and reply.data["kinds"] == ["benzodiazepines"]


def test_a_sleeping_pill_of_no_known_kind_gets_every_medication_sentence(turn: Turn) -> None:
    said = _medicines(turn, "can i take a sleeping pill tonight").text.split(": ", 1)[1]
    assert said == " ".join(sentence.say for sentence in turn.clinic.medications)


def test_a_symptom_the_person_has_wins_over_sleep_as_purpose(turn: Turn) -> None:
    """ "to help him sleep" is what the medicine is for; "he's so anxious" is what he has."""
    anxiety = advice_on(turn, "anxiety")
    reply = _medicines(turn, "can he take his ativan to help him sleep, he's so anxious")
    assert reply.data["symptom"] == "anxiety" and reply.text.endswith(anxiety.call_clinic)
    groggy = ask(turn, "i took a sleeping tablet last night and i'm still groggy", "side_effect")
    assert groggy.data == {"symptom": "fatigue"}


def test_a_headache_a_medicine_is_for_keeps_its_advice(turn: Turn) -> None:
    """The headache advice says when to call: the person has the headache the pill is for."""
    headache = advice_on(turn, "headache")
    for question in (
        "can i take ibuprofen for my headache",
        "can she have a paracetamol for her head ache",
    ):
        reply = _medicines(turn, question)
        assert reply.data["symptom"] == "headache" and reply.text.endswith(headache.call_clinic)


@pytest.mark.parametrize(
    "question",
    [
        "i can't sleep since my infusion",
        "she can't get to sleep after her session is that normal",
        "he's wide awake at two in the morning after his treatment",
        "i've got insomnia since the spravato",
    ],
)
def test_being_unable_to_sleep_is_not_answered_as_tiredness(turn: Turn, question: str) -> None:
    """No clinic advice for it: the common after-effects and when to call are said."""
    reply = ask(turn, question, "side_effect")
    assert reply.data == {"symptom": "insomnia"}
    assert advice_on(turn, "fatigue").advice not in reply.text
    assert turn.clinic.side_effects.common in reply.text
    assert turn.clinic.side_effects.call_clinic in reply.text


def test_a_clinics_own_advice_for_being_unable_to_sleep_is_said(tmp_path: Path) -> None:
    defaults = (Path(__file__).parent.parent / "assistant" / "data" / "clinic.yaml").read_text()
    side_effects = defaults[defaults.index("side_effects:") : defaults.index("\n# A sentence")]
    own_file = side_effects.replace(
        "    blood_pressure:",
        "    insomnia:\n      advice: Sleep may come late tonight.\n"
        "      call_clinic: Call the clinic if it lasts.\n    blood_pressure:",
    )
    (tmp_path / "clinic.yaml").write_text(own_file, encoding="utf-8")
    own = Turn("", "greet", 0.9, (), SATURDAY_3PM, tmp_path, load_clinic(None, tmp_path))
    reply = _medicines(own, "can i take xanax to help me sleep")
    assert reply.text.endswith("Sleep may come late tonight. Call the clinic if it lasts.")
    asked = ask(own, "i can't sleep", "side_effect")
    assert asked.text.startswith("About after-effects: Sleep may come late tonight.")


def test_medications_without_kinds_in_the_clinic_file_are_all_said(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        "medications:\n  - say: Ask the clinic first.\n  - say: Bring the list of medicines.\n",
        encoding="utf-8",
    )
    own = Turn("", "greet", 0.9, (), SATURDAY_3PM, tmp_path, load_clinic(None, tmp_path))
    said = _medicines(own, "can i take my sertraline").text.split(": ", 1)[1]
    assert said == "Ask the clinic first. Bring the list of medicines."


SLEEPING = (
    "she's been asleep for three hours should i wake her",
    "he's been sleeping since we got home is that normal",
    "should i wake him up for his dinner or let him sleep",
    "she's slept the whole afternoon since the infusion is that okay",
    "i slept for about five hours after my session is that normal",
    "i keep dozing off on the sofa since the treatment",
    "my husband keeps nodding off in his chair is that alright",
    "um i've been drowsy all day since my spravato",
    "is it normal to feel this sleepy the evening after treatment",
    "my daughter's been napping on and off since her session",
    "she's fast asleep upstairs do i need to check on her",
    "do i need to keep waking her to check she's okay",
    "he woke up for a bit then went straight back to sleep",
    "my mum's been flat out on the bed since we got back should i let her rest",
    "i feel really heavy and sleepy since the infusion",
    "my wife can barely keep her eyes open",
    "my eyes feel heavy",
    "he's really drowsy should i be worried",
    "my son is zonked on the sofa since his session",
    "he's been knocked out since we got home",
    "she's crashed out on the couch since her infusion",
    "i'm absolutely shattered after my session",
    "he's spark out upstairs is that normal",
    "she's been dead to the world all afternoon",
    "he's having a kip on the settee should i leave him",
    "i've been snoozing on and off since my treatment",
    "my girlfriend conked right out the minute we got in the car",
    "i went out like a light when i got home",
)


@pytest.mark.parametrize("question", SLEEPING)
def test_sleeping_long_or_drowsy_gets_the_fatigue_advice(turn: Turn, question: str) -> None:
    fatigue = advice_on(turn, "fatigue")
    reply = ask(turn, question, "side_effect")
    assert reply.data == {"symptom": "fatigue"}
    assert fatigue.advice in reply.text and fatigue.call_clinic in reply.text
    assert "not being able to stay awake, is an emergency" in reply.text


FEELING_SICK = (
    "i feel really sick what can i do",
    "i have a bit of a tummy ache",
    "he keeps throwing up since his treatment",
    "she's been sick twice since we got home",
    "i'm feeling so sick after the infusion",
    "my belly is churning",
    "he threw up in the car on the way back",
)


@pytest.mark.parametrize("question", FEELING_SICK)
def test_feeling_sick_said_plainly_gets_the_nausea_advice(turn: Turn, question: str) -> None:
    """Session 14: "really sick" and "tummy" named no symptom and got the long general answer."""
    nausea = advice_on(turn, "nausea")
    reply = ask(turn, question, "side_effect")
    assert reply.data == {"symptom": "nausea"}
    assert nausea.advice in reply.text and nausea.call_clinic in reply.text


@pytest.mark.parametrize(
    "question",
    ["i'm sick of lying on the sofa", "she's homesick and tired", "he's sick and tired of waiting"],
)
def test_sick_of_something_is_not_nausea(turn: Turn, question: str) -> None:
    assert ask(turn, question, "side_effect").data.get("symptom") != "nausea"


@pytest.mark.parametrize(
    "question",
    [
        "should i wake him for dinner",
        "should i wake her up for her tea or let her sleep",
        "do i wake him to eat something",
        "should i set an alarm so i don't sleep through lunch",
    ],
)
def test_waking_someone_for_a_meal_gets_the_tiredness_first_then_the_food(
    turn: Turn, question: str
) -> None:
    """Sleep after a treatment is expected, and not staying awake is an emergency sign: a
    caregiver needs that first; then what to eat when awake (the first hours' stage)."""
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 12, 0, tzinfo=ZONE))
    fatigue = advice_on(turn, "fatigue")
    light = turn.clinic.food.stages[0].advice
    reply = ask(turn, question, "side_effect")
    assert reply.data == {"symptom": "fatigue"}
    said = reply.text.split(": ", 1)[1]
    assert said.startswith(f"{fatigue.advice} {fatigue.call_clinic} {light}")
    assert turn.clinic.food.nausea not in said


@pytest.mark.parametrize(
    "question",
    [
        "should i wake him for dinner",
        "do i need to wake her up to give her something to eat",
        "should i get my dad up for lunch or let him rest",
        "is it ok to let her sleep through dinner",
    ],
)
def test_a_food_question_about_waking_someone_is_answered_for_the_sleep_first(
    turn: Turn, question: str
) -> None:
    """The classifier hears "dinner" and says food; the sleep comes first all the same."""
    reply = ask(turn, question, "what_can_i_eat")
    assert reply.intent == "side_effect" and reply.data == {"symptom": "fatigue"}
    fatigue = advice_on(turn, "fatigue")
    assert reply.text.split(": ", 1)[1].startswith(f"{fatigue.advice} {fatigue.call_clinic}")
    assert turn.clinic.food.stages[0].advice in reply.text


@pytest.mark.parametrize(
    "question",
    ["when he wakes up what should i make him for dinner", "she's awake now can she eat"],
)
def test_food_once_awake_stays_a_food_question(turn: Turn, question: str) -> None:
    assert ask(turn, question, "what_can_i_eat").intent == "what_can_i_eat"


def test_the_food_after_a_symptom_is_the_stage_of_the_hours_since_the_treatment(
    turn: Turn,
) -> None:
    with Schedule(turn.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 20, 10, 0, tzinfo=ZONE))
    normal = turn.clinic.food.stages[-1].advice
    reply = ask(turn, "he's still sleeping should i wake him for his dinner", "side_effect")
    assert reply.text.split(": ", 1)[1].startswith(f"{advice_on(turn, 'fatigue').advice}")
    assert normal in reply.text and turn.clinic.food.stages[0].advice not in reply.text
    unknown = ask(
        replace(turn, home=turn.home / "new"), "should i wake her for dinner", "side_effect"
    )
    assert turn.clinic.food.stages[0].advice in unknown.text
    assert normal not in unknown.text
    assert turn.clinic.food.stages[0].advice not in ask(turn, "i'm so sleepy", "side_effect").text


@pytest.mark.parametrize(
    ("question", "symptom"),
    [
        ("my eyes are a bit blurry", "blurred_vision"),
        ("my eyes feel strange", "blurred_vision"),
        ("i can't see properly", "blurred_vision"),
        ("i'm anxious and can't sleep", "anxiety"),
        ("i'm really worried and jumpy", "anxiety"),
        ("i bought a dozen eggs and feel sick", "nausea"),
    ],
)
def test_eyes_and_sleep_words_keep_their_symptoms(turn: Turn, question: str, symptom: str) -> None:
    assert ask(turn, question, "side_effect").data == {"symptom": symptom}


@pytest.mark.parametrize(
    ("question", "symptom"),
    [
        ("he feels a bit wobbly on his feet", "dizziness"),
        ("i'm all wobbly when i stand up", "dizziness"),
        ("i feel like i'm not in my body", "dissociation"),
        ("she says she's not in her body", "dissociation"),
    ],
)
def test_wobbly_and_not_in_my_body_name_their_symptoms(
    turn: Turn, question: str, symptom: str
) -> None:
    """Not the general after-effects answer (74 words): the advice for the symptom said."""
    reply = ask(turn, question, "side_effect")
    assert reply.data == {"symptom": symptom}
    assert advice_on(turn, symptom).advice in reply.text


def test_booster_unknown_then_recorded_from_the_next_turn(turn: Turn) -> None:
    unknown = ask(turn, "when is my next booster", "next_booster")
    assert unknown.data == {"next_booster": None} and unknown.expects_answer
    recorded = ask(then(turn, unknown), "it's on friday at 3 pm", "set_next_booster")
    assert recorded.data == {"next_booster": "2026-11-27T15:00-05:00"}
    known = ask(then(turn, recorded), "when is my next booster", "next_booster")
    assert known.data == {"next_booster": "2026-11-27T15:00-05:00"}
    assert "Friday, November 27 at 3 PM, in six days" in known.text


def test_a_noted_booster_or_treatment_time_does_not_repeat_its_echo(turn: Turn) -> None:
    """The echo names the topic; the confirmation after it need not name it again ("Your next
    booster: I've noted your next booster: ...", found in session 14)."""
    booster = ask(turn, "my next booster is on tuesday at ten am", "set_next_booster")
    assert booster.text.startswith(
        "Your next booster: Noted for Tuesday, November 24 at 10 AM, in three days."
    )
    assert booster.text.count("booster") == 1
    told = ask(turn, "her treatment ended at noon", "set_treatment_time")
    assert told.text.startswith("Her treatment time: Noted, it ended today at noon.")
    assert told.text.count("treatment") == 1


TOLD_WITH_A_QUESTION = [
    # (words, the classifier's ranking, the question answered, the end told)
    (
        "my infusion ended at ten can i drive",
        (("can_i_drive", 0.72), ("set_treatment_time", 0.27)),
        "can_i_drive",
        "2026-11-21T10:00-05:00",
    ),
    (
        "i finished my infusion an hour ago what can i eat",
        (("set_treatment_time", 0.62), ("what_can_i_eat", 0.36)),
        "what_can_i_eat",
        "2026-11-21T14:00-05:00",
    ),
    (
        "she finished her treatment at noon she's really dizzy",
        (("set_treatment_time", 0.64), ("side_effect", 0.36)),
        "side_effect",
        "2026-11-21T12:00-05:00",
    ),
    (
        "her session finished at ten so when can she drive",
        (("can_i_drive", 0.92), ("treatment_ended", 0.05), ("set_treatment_time", 0.03)),
        "can_i_drive",
        "2026-11-21T10:00-05:00",
    ),
    (
        "i had my treatment this morning at nine what can i eat",
        (("nlu_fallback", 0.5), ("what_can_i_eat", 0.51), ("set_treatment_time", 0.49)),
        "what_can_i_eat",
        "2026-11-21T09:00-05:00",
    ),
]


@pytest.mark.parametrize(("text", "ranking", "question", "ended"), TOLD_WITH_A_QUESTION)
def test_a_question_that_tells_when_the_treatment_ended_is_answered_with_it(
    turn: Turn, text: str, ranking: Ranking, question: str, ended: str
) -> None:
    """ "My infusion ended at ten, can I drive?" was asked when the treatment ended, or the
    time was noted and the question dropped: the classifier splits between the two. The end
    is noted and the question answered from it."""
    intent, confidence = ranking[0]
    reply = ask(turn, text, intent, confidence, ranking)
    assert reply.intent == question
    assert reply.data["treatment_ended"] == ended
    assert "Noted, it ended today at" in reply.text
    assert not reply.expects_answer
    with Schedule(turn.home) as schedule:
        latest = schedule.latest_treatment_ended()
    assert latest is not None and latest.isoformat(timespec="minutes") == ended


def test_the_driving_answer_from_an_end_told_with_the_question(turn: Turn) -> None:
    reply = ask(
        turn,
        "my infusion ended at ten can i drive",
        "can_i_drive",
        0.72,
        (("can_i_drive", 0.72), ("set_treatment_time", 0.27)),
    )
    assert reply.text.startswith("About driving: Noted, it ended today at 10 AM. Not yet.")
    assert "Not before tomorrow, Sunday, at 10 AM" in reply.text
    assert reply.data["may_drive"] is False


def test_an_end_told_with_a_question_about_a_day_ahead(turn: Turn) -> None:
    """The end is read from the words that tell it, not from the day asked after them."""
    reply = ask(turn, "my infusion ended at ten can i drive tomorrow", "can_i_drive", 0.98)
    assert reply.data["treatment_ended"] == "2026-11-21T10:00-05:00"
    assert "Noted, it ended today at 10 AM. From tomorrow, Sunday, at 10 AM" in reply.text


def test_an_end_told_when_asked_for_with_another_question(turn: Turn) -> None:
    """Asked when the treatment ended, the answer may come with a new question."""
    asked = ask(turn, "can I drive", "can_i_drive")
    reply = ask(
        then(turn, asked),
        "it was at two and can i eat now",
        "what_can_i_eat",
        0.82,
        (("what_can_i_eat", 0.82), ("set_treatment_time", 0.15)),
    )
    assert reply.intent == "what_can_i_eat"
    assert reply.data["treatment_ended"] == "2026-11-21T14:00-05:00"
    assert not reply.expects_answer


@pytest.mark.parametrize(
    ("text", "ranking"),
    [
        # Telling alone: the classifier gives the question no share.
        (
            "my infusion finished at two thirty",
            (("set_treatment_time", 0.99), ("can_i_drive", 0.01)),
        ),
        # A time ahead is no end told: the question is answered as asked.
        ("can i drive tomorrow at eleven", (("can_i_drive", 0.7), ("set_treatment_time", 0.3))),
        # An end, but not the treatment's.
        ("i finished my lunch at ten can i drive", (("can_i_drive", 0.9),)),
        # No time at all.
        ("can i drive after my treatment", (("can_i_drive", 0.7), ("set_treatment_time", 0.3))),
    ],
)
def test_no_end_is_noted_without_a_past_time_and_a_shared_question(
    turn: Turn, text: str, ranking: Ranking
) -> None:
    intent, confidence = ranking[0]
    reply = ask(turn, text, intent, confidence, ranking)
    assert reply.intent == intent
    if intent == "can_i_drive":
        assert reply.data["treatment_ended"] is None and reply.expects_answer


def test_a_booster_counted_on_in_weeks_is_stored_on_that_day(turn: Turn) -> None:
    """ "a week on friday at two" was stored as tomorrow, Sunday, at 2 PM: the weekday was
    lost and the clock time alone kept (found in session 15)."""
    booked = ask(turn, "they booked her next one for a week on friday at two", "set_next_booster")
    assert booked.data == {"next_booster": "2026-12-04T14:00-05:00"}
    moved = ask(turn, "my next infusion is in two weeks on wednesday at eleven", "set_next_booster")
    assert moved.data == {"next_booster": "2026-12-02T11:00-05:00"}


def test_a_booster_day_said_but_not_understood_is_asked_again(turn: Turn) -> None:
    reply = ask(turn, "it's the friday before the school holidays at two", "set_next_booster")
    assert "next_booster" not in reply.data and reply.expects_answer
    with Schedule(turn.home) as schedule:
        assert schedule.list_all() == []


def test_booster_in_the_past_gets_a_clarifying_question(turn: Turn) -> None:
    reply = ask(turn, "my booster was yesterday at 10 am", "set_next_booster")
    assert "next_booster" not in reply.data and reply.expects_answer
    with Schedule(turn.home) as schedule:
        assert schedule.list_all() == []


def test_booster_day_without_time_asks_the_time(turn: Turn) -> None:
    day_only = ask(turn, "my next booster is next tuesday", "set_next_booster")
    assert day_only.expects_answer and "What time" in day_only.text
    timed = ask(then(turn, day_only), "ten am", "out_of_scope", 0.3)
    assert timed.data == {"next_booster": "2026-11-24T10:00-05:00"}


def test_a_booster_moved_replaces_the_next_one(turn: Turn) -> None:
    ask(turn, "my next booster is on tuesday at ten am", "set_next_booster")
    moved = ask(turn, "they moved my booster to friday at three pm", "set_next_booster")
    assert moved.data == {"next_booster": "2026-11-27T15:00-05:00"}
    assert "moved your booster to Friday, November 27 at 3 PM" in moved.text
    assert "instead of Tuesday, November 24 at 10 AM" in moved.text
    with Schedule(turn.home) as schedule:
        assert [a.at.day for a in schedule.list_all()] == [27]
    # Without a word of moving, a second booster is one more.
    ask(turn, "and another one on monday the thirtieth at nine", "set_next_booster")
    with Schedule(turn.home) as schedule:
        assert [(a.at.month, a.at.day) for a in schedule.list_all()] == [(11, 27), (11, 30)]


def test_a_session_moved_to_a_day_keeps_its_place_while_the_time_is_asked(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.add("treatment", datetime(2026, 11, 24, 10, 0, tzinfo=ZONE), 4, 6)
    day_only = ask(turn, "they've changed my session to thursday", "set_next_booster")
    assert "What time" in day_only.text
    timed = ask(then(turn, day_only), "half past one", "out_of_scope", 0.3)
    assert "moved your treatment to Thursday, November 26 at 1:30 PM" in timed.text
    with Schedule(turn.home) as schedule:
        (session,) = schedule.list_all()
    assert (session.kind, session.series_index, session.at.day) == ("treatment", 4, 26)


def test_a_cancelled_booster_comes_off_the_schedule_and_is_named(turn: Turn) -> None:
    nothing = ask(turn, "cancel my booster", "cancel_booster")
    assert "no booster on the schedule" in nothing.text
    assert nothing.data == {"next_booster": None}
    ask(turn, "my next booster is on tuesday at ten am", "set_next_booster")
    ask(turn, "and another on friday at three pm", "set_next_booster")
    cancelled = ask(turn, "the clinic cancelled her booster", "cancel_booster")
    assert "taken her booster off the schedule: Tuesday, November 24 at 10 AM" in cancelled.text
    assert "tell me its day and time again" in cancelled.text
    assert cancelled.data == {"next_booster": "2026-11-27T15:00-05:00"}
    with Schedule(turn.home) as schedule:
        assert [a.at.day for a in schedule.list_all()] == [27]


def test_induction_series_says_which_session_is_next(turn: Turn) -> None:
    with Schedule(turn.home) as schedule:
        schedule.add("treatment", datetime(2026, 11, 24, 10, 0, tzinfo=ZONE), 4, 6)
    reply = ask(turn, "when's my next session", "next_booster")
    assert "fourth session of 6" in reply.text


def test_low_confidence_confirms_then_yes_answers(turn: Turn) -> None:
    ranking = (("nlu_fallback", 0.35), ("can_i_drive", 0.3), ("activities", 0.2))
    unsure = ask(turn, "can i dry", "nlu_fallback", 0.35, ranking=ranking)
    assert unsure.text == "Did you ask whether you can drive?"
    assert unsure.data["low_confidence"] and unsure.understood is None
    yes = ask(then(turn, unsure), "yes", "affirm")
    assert yes.intent == "can_i_drive" and yes.understood == "About driving"


def test_low_confidence_then_no_asks_again_and_a_second_miss_lists_topics(turn: Turn) -> None:
    ranking = (("nlu_fallback", 0.35), ("can_i_drive", 0.3))
    unsure = ask(turn, "can i dry", "nlu_fallback", 0.35, ranking=ranking)
    no = ask(then(turn, unsure), "no", "deny", ranking=(("deny", 0.95),))
    assert no.text.endswith("What did you want to ask?")
    again = ask(then(turn, no), "mumble", "nlu_fallback", 0.3, ranking=ranking)
    assert "I can help with driving" in again.text


def test_no_with_a_correction_answers_the_corrected_question(turn: Turn) -> None:
    ranking = (("nlu_fallback", 0.35), ("can_i_drive", 0.3))
    unsure = ask(turn, "can i dry", "nlu_fallback", 0.35, ranking=ranking)
    corrected = ask(
        then(turn, unsure),
        "no I asked about food",
        "deny",
        0.6,
        ranking=(("deny", 0.6), ("what_can_i_eat", 0.3)),
    )
    assert corrected.intent == "what_can_i_eat"
    assert corrected.understood == "About food and drink"


def test_advice_on_unsurely_heard_words_is_confirmed_then_yes_answers(turn: Turn) -> None:
    heard_unsure = replace(turn, surely_heard=False)
    unsure = ask(heard_unsure, "can i drive", "can_i_drive", 0.95)
    assert unsure.text == "Did you ask whether you can drive?"
    assert unsure.data["low_confidence"] and unsure.understood is None
    yes = ask(then(heard_unsure, unsure), "yes", "affirm")
    assert yes.intent == "can_i_drive" and yes.understood == "About driving"


def test_unsurely_heard_controls_alarms_and_answers_to_our_question_are_acted_on(
    turn: Turn,
) -> None:
    heard_unsure = replace(turn, surely_heard=False)
    assert ask(heard_unsure, "stop", "stop").data == {"control": "stop"}
    assert (
        ask(heard_unsure, "I want to die", "crisis", 1.0).understood
        == "I'm worried about your safety"
    )
    asked = ask(turn, "can I drive", "can_i_drive")
    told = ask(then(heard_unsure, asked), "it ended at ten this morning", "set_treatment_time")
    assert told.intent == "set_treatment_time" and not told.data.get("low_confidence")


def test_crisis_answer_gives_988_911_and_the_clinic(turn: Turn) -> None:
    reply = ask(turn, "I want to end my life", "crisis")
    assert "988" in reply.text and "911" in reply.text and "clinic" in reply.text
    assert reply.data["call"] == ["988", "911"]


def test_emergency_says_call_911_now(turn: Turn) -> None:
    reply = ask(turn, "she has crushing chest pain", "emergency")
    assert "911" in reply.text and "now" in reply.text


def test_warning_signs_come_from_the_clinic_file(turn: Turn) -> None:
    flags = turn.clinic.red_flags
    reply = ask(turn, "what should I watch out for", "warning_signs")
    for said in (flags.emergency.spoken(), flags.call_clinic.spoken()):
        assert said in reply.text
    assert "call or text 988" in reply.text
    assert "clinic's number" not in reply.text  # none known yet


def _words_said(reply: Answer) -> int:
    return len(reply.text.split())


def test_the_warning_signs_are_short_enough_to_take_in_by_ear(turn: Turn) -> None:
    """Every emergency sign and 911, the crisis line (call or text 988, 911 in immediate danger,
    then the clinic, with the Lifeline's name) and the reasons to call the clinic, in at most 88
    words with the echo (110 before, session 15)."""
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    reply = ask(given, "what are the warning signs", "warning_signs")
    flags = turn.clinic.red_flags
    for sign in (*flags.emergency.signs, *flags.call_clinic.signs):
        assert sign in reply.text
    for needed in ("Call 911 now.", "in immediate danger, call 911", "call or text 988"):
        assert needed in reply.text
    assert "Then tell the clinic." in reply.text
    assert reply.text.index("Call 911 now.") < reply.text.index("988")
    assert "the Suicide and Crisis Lifeline" in reply.text
    assert _words_said(reply) <= 88, reply.text


def test_the_general_after_effects_are_short_enough_to_take_in_by_ear(turn: Turn) -> None:
    """The common effects, how long they last, when to call the clinic, and every emergency
    sign with 911, in at most 75 words with the echo (90 before, session 15)."""
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    reply = ask(given, "what side effects should i expect", "side_effect")
    for sign in turn.clinic.red_flags.emergency.signs:
        assert sign in reply.text
    assert "Call 911 now." in reply.text and "clinic" in reply.text
    assert reply.text.index("floaty") < reply.text.index("chest pain")
    assert _words_said(reply) <= 75, reply.text


def test_warning_signs_name_the_clinics_own_number_and_signs(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        """
clinic:
  name: Riverside Clinic
  phone: "555-123-4567"
red_flags:
  emergency:
    intro: Call an ambulance for
    signs: [chest pain, a seizure]
    action: Call {emergency} now.
  call_clinic:
    intro: Ring us about
    signs: [vomiting that goes on]
    action: null
""",
        encoding="utf-8",
    )
    clinic = load_clinic(None, tmp_path)
    reply = answer(
        Turn("when do we get help", "warning_signs", 0.9, (), SATURDAY_3PM, tmp_path, clinic)
    )
    assert "Call an ambulance for: chest pain, or a seizure. Call 911 now." in reply.text
    assert "Ring us about: vomiting that goes on." in reply.text
    assert "Riverside Clinic's number is 555-123-4567." in reply.text


@pytest.mark.parametrize(
    ("intent", "question"),
    [
        ("side_effect", "what are the side effects"),
        ("side_effect", "i feel dizzy"),
        ("medications", "can i take my pills"),
        ("activities", "can i go to work tomorrow"),
        ("feel_better_when", "when will i feel better"),
    ],
)
def test_advice_says_when_to_call_the_clinic(turn: Turn, intent: str, question: str) -> None:
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    reply = ask(given, question, intent)
    assert "clinic" in reply.text or "care team" in reply.text


def test_phone_numbers_say_the_clinics_when_known_then_911_and_988(
    turn: Turn, tmp_path: Path
) -> None:
    unknown = ask(turn, "what's the clinic's phone number", "phone_numbers")
    assert "I don't have your clinic's number yet." in unknown.text
    assert "call 911" in unknown.text and "call or text 988" in unknown.text
    assert unknown.data == {"clinic_phone": None, "call": ["911", "988"]}
    (tmp_path / "clinic.yaml").write_text(
        'clinic:\n  name: Riverside Clinic\n  phone: "555-123-4567"\n', encoding="utf-8"
    )
    own = replace(turn, clinic=load_clinic(None, tmp_path))
    known = ask(own, "how do i get hold of her clinic", "phone_numbers")
    assert "Riverside Clinic's number is 555-123-4567." in known.text
    assert known.data["clinic_phone"] == "555-123-4567"


def test_repeat_says_the_last_answer_again(turn: Turn) -> None:
    first = ask(turn, "can I work", "activities")
    again = ask(then(turn, first), "say that again", "repeat")
    assert again.text == first.text


def test_every_exercise_request_names_an_exercise(turn: Turn) -> None:
    assert ask(turn, "help me breathe", "start_breathing").data == {"exercise": "paced"}
    assert ask(turn, "box breathing please", "start_breathing").data == {"exercise": "box"}
    assert ask(turn, "body scan please", "start_grounding").data == {"exercise": "body_scan"}
    assert ask(turn, "ground me", "start_grounding").data == {"exercise": "grounding"}


def test_a_caregiver_asking_to_calm_him_hears_how_to_help_first(turn: Turn) -> None:
    """The cues say "you": the caregiver hears first that he can follow the voice and that
    they can breathe along with him; the exercise itself is the patient's."""
    intro = load_exercises()["paced"].intro
    reply = ask(turn, "can you help me calm him down", "start_breathing")
    opening = (
        "I'll talk him through it: he can follow my voice, and you can breathe along with him."
    )
    assert reply.text == f"{opening} {intro}"
    assert reply.data == {"exercise": "paced", "opening": opening}
    her = ask(turn, "help my wife ground herself", "start_grounding")
    assert her.text.startswith("I'll talk her through it: she can follow my voice,")


@pytest.mark.parametrize("text", ["can you help me calm down", "help me breathe"])
def test_the_patients_own_exercise_opens_as_before(turn: Turn, text: str) -> None:
    reply = ask(turn, text, "start_breathing")
    assert reply.text == load_exercises()["paced"].intro
    assert reply.data == {"exercise": "paced"}


def _told_at_1_30(base: Turn) -> Turn:
    with Schedule(base.home) as schedule:
        schedule.set_treatment_ended(datetime(2026, 11, 21, 13, 30, tzinfo=ZONE))
    return replace(base, conversation=Conversation(disclaimer_given=True))


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("can i have a bath tonight", "a bath"),
        ("can i look after the kids tonight", "looking after children"),
        ("can i go to the gym", "the gym"),
    ],
)
def test_an_activity_the_clinic_file_does_not_name_is_said_to_be_not_covered(
    turn: Turn, question: str, named: str
) -> None:
    """Not the whole activities list (55 words): that the instructions do not cover it, then
    the rule that applies (rest on the day, no driving until the clinic's rule allows it),
    then the clinic to ask. Nothing about baths is invented."""
    reply = ask(_told_at_1_30(turn), question, "activities")
    assert reply.text == (
        f"About rest and activities: The clinic's instructions don't cover {named}. Rest is the"
        " main thing on the day of a treatment. No driving before tomorrow, Sunday, at 1:30 PM."
        " The clinic can advise on that."
    )


def test_an_uncovered_activity_without_a_treatment_time_says_the_driving_rule(turn: Turn) -> None:
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    reply = ask(given, "is it ok to take a bath", "activities")
    assert reply.text.startswith(
        "About rest and activities: The clinic's instructions don't cover a bath. Rest is"
    )
    assert turn.clinic.driving.rule in reply.text


@pytest.mark.parametrize(
    "question", ["can i go to work tomorrow", "what should i do for the rest of the day"]
)
def test_activities_the_clinic_file_speaks_of_get_its_sentences(turn: Turn, question: str) -> None:
    given = replace(turn, conversation=Conversation(disclaimer_given=True))
    reply = ask(given, question, "activities")
    expected = " ".join(sentence.say for sentence in turn.clinic.activities)
    assert reply.text == f"About rest and activities: {expected}"


def test_a_clinic_that_names_baths_has_its_own_sentences_said(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        "activities:\n  - say: A warm bath is fine that evening.\n  - say: Rest.\n",
        encoding="utf-8",
    )
    clinic = load_clinic(None, tmp_path)
    conversation = Conversation(disclaimer_given=True)
    turn = Turn("can i have a bath", "activities", 0.9, (), SATURDAY_3PM, tmp_path, clinic)
    reply = answer(replace(turn, conversation=conversation))
    assert reply.text == "About rest and activities: A warm bath is fine that evening. Rest."


def test_conversation_defaults_are_a_fresh_start() -> None:
    assert Conversation() == Conversation(None, None, None, 0, None, False, None)


def test_classifier_alone_confident_alarm_is_answered_at_once(turn: Turn) -> None:
    ranking = (("crisis", 0.95), ("side_effect", 0.03))
    reply = ask(turn, "i've got it all planned out", "crisis", 0.95, ranking=ranking)
    assert reply.intent == "crisis" and "988" in reply.text


def test_classifier_alone_unsure_alarm_asks_straight_out(turn: Turn) -> None:
    ranking = (("crisis", 0.7), ("side_effect", 0.2))
    unsure = ask(turn, "i just want it all to stop", "crisis", 0.7, ranking=ranking)
    assert unsure.intent == "crisis" and unsure.expects_answer
    assert unsure.text == "Are you having thoughts of harming yourself, or of suicide?"
    yes = ask(then(turn, unsure), "yes", "affirm")
    assert yes.intent == "crisis" and "988" in yes.text


def test_classifier_alone_doubtful_alarm_takes_the_next_reading(turn: Turn) -> None:
    ranking = (("emergency", 0.5), ("side_effect", 0.4))
    reply = ask(turn, "she is sleeping peacefully", "emergency", 0.5, ranking=ranking)
    assert reply.intent == "side_effect"


def test_classifier_alarm_on_an_idiom_takes_the_next_reading(turn: Turn) -> None:
    ranking = (("crisis", 0.7), ("side_effect", 0.2))
    reply = ask(turn, "this headache is killing me", "crisis", 0.7, ranking=ranking)
    assert reply.intent == "side_effect"


def test_an_unsure_classifier_alarm_without_risk_words_is_set_aside(turn: Turn) -> None:
    """Words of neither kind and a guess below ALARM_CONFIDENCE: the next reading is taken."""
    ranking = (("crisis", 0.7), ("activities", 0.25))
    plans = ask(
        turn, "he doesn't want to go to the appointment tomorrow", "crisis", 0.7, ranking=ranking
    )
    assert (
        plans.text == "Did you ask what he can do after the treatment?"
    )  # the next reading, confirmed


def test_a_sure_classifier_alarm_without_risk_words_is_asked_not_dropped(turn: Turn) -> None:
    """Recall first: a sure guess is asked about straight out, never answered as advice."""
    ranking = (("crisis", 0.91), ("activities", 0.06))
    plans = ask(
        turn, "he doesn't want to go to the appointment tomorrow", "crisis", 0.91, ranking=ranking
    )
    assert plans.intent == "crisis" and plans.expects_answer
    assert plans.text == "Is he having thoughts of self-harm or suicide?"
    ranking = (("emergency", 0.96), ("side_effect", 0.02))
    grief = ask(
        turn, "my mum passed away last year and i miss her", "emergency", 0.96, ranking=ranking
    )
    assert grief.intent == "emergency" and grief.expects_answer and "911" not in grief.text


def test_an_alarm_ranked_below_the_best_reading_is_asked_about_when_the_words_are_risky(
    turn: Turn,
) -> None:
    """Fresh phrasing the classifier half recognises: asked from ALARM_ASK_CONFIDENCE."""
    ranking = (("side_effect", 0.5), ("crisis", 0.45), ("out_of_scope", 0.05))
    risky = ask(turn, "my mum says she's had enough of everything", "side_effect", 0.5, ranking)
    assert risky.intent == "crisis" and risky.expects_answer
    assert risky.text == "Is she having thoughts of self-harm or suicide?"
    plain = ask(turn, "my mum says she wants a nap this afternoon", "side_effect", 0.5, ranking)
    assert plain.intent == "side_effect" and not plain.data.get("low_confidence")
    ranking = (("side_effect", 0.6), ("crisis", 0.35), ("out_of_scope", 0.05))
    faint = ask(turn, "my mum says she's had enough of everything", "side_effect", 0.6, ranking)
    assert faint.intent == "side_effect" and not faint.data.get("low_confidence")


def test_an_unsure_best_guess_of_an_alarm_with_risky_words_is_asked_about(turn: Turn) -> None:
    ranking = (("crisis", 0.52), ("side_effect", 0.4))
    reply = ask(turn, "i feel like i'm just waiting for the end", "crisis", 0.52, ranking)
    assert reply.intent == "crisis" and reply.expects_answer


def test_an_alarm_of_the_wrong_kind_is_asked_about_as_the_kind_its_words_are(turn: Turn) -> None:
    ranking = (("emergency", 0.7), ("side_effect", 0.2))
    reply = ask(turn, "she keeps talking about the bridge", "emergency", 0.7, ranking=ranking)
    assert reply.intent == "crisis" and reply.expects_answer
    assert reply.text == "Is she having thoughts of self-harm or suicide?"


def test_a_fallback_with_an_alarm_as_best_guess_asks_when_the_words_are_risky(turn: Turn) -> None:
    ranking = (("nlu_fallback", 0.5), ("crisis", 0.45), ("next_booster", 0.3))
    risky = ask(turn, "i won't be here by next week", "nlu_fallback", 0.5, ranking=ranking)
    assert risky.intent == "crisis" and risky.expects_answer
    assert risky.text == "Are you having thoughts of harming yourself, or of suicide?"
    ranking = (("nlu_fallback", 0.5), ("crisis", 0.42), ("side_effect", 0.3))
    sleepy = ask(turn, "she wants to sleep", "nlu_fallback", 0.5, ranking=ranking)
    assert sleepy.intent == "side_effect" and sleepy.expects_answer
    assert "harming" not in sleepy.text and "emergency" not in sleepy.text


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "i've got it all planned out",
            "Are you having thoughts of harming yourself, or of suicide?",
        ),
        ("she's going to do it once the kids are in bed", "Is she having thoughts of self-harm"),
        ("i won't be here next week", "Are you having thoughts of harming yourself"),
        ("he's out cold on the sofa", "Is this a medical emergency happening now?"),
    ],
)
def test_a_phrasing_the_rules_ask_about_is_asked_whatever_the_classifier_says(
    turn: Turn, text: str, question: str
) -> None:
    """The words alone cannot tell: asked straight out, even over a sure ordinary reading."""
    ranking = (("next_booster", 0.93), ("activities", 0.04))
    reply = ask(turn, text, "next_booster", 0.93, ranking=ranking)
    assert reply.intent in ("crisis", "emergency") and reply.expects_answer
    assert reply.text.startswith(question)
    yes = ask(then(turn, reply), "yes", "affirm")
    assert yes.intent == reply.intent and ("988" in yes.text or "911" in yes.text)


def test_a_phrasing_to_ask_about_said_with_its_everyday_reason_is_not_asked(turn: Turn) -> None:
    ranking = (("activities", 0.8), ("crisis", 0.1))
    reply = ask(
        turn, "i won't be here next week because i'm on holiday", "activities", 0.8, ranking
    )
    assert reply.intent == "activities" and not reply.expects_answer


def test_a_sure_classifier_alarm_on_an_everyday_idiom_is_still_asked_about(turn: Turn) -> None:
    """A sure guess is never set aside: asked in error costs a moment, a crisis missed more."""
    ranking = (("crisis", 0.97), ("activities", 0.02))
    reply = ask(turn, "we're stockpiling tins in case it snows", "crisis", 0.97, ranking=ranking)
    assert reply.intent == "crisis" and reply.expects_answer


def test_a_safety_question_is_asked_even_after_two_missed_turns(turn: Turn) -> None:
    ranking = (("nlu_fallback", 0.35), ("can_i_drive", 0.3))
    first = ask(turn, "can i dry", "nlu_fallback", 0.35, ranking=ranking)
    risky = (("nlu_fallback", 0.5), ("crisis", 0.45), ("next_booster", 0.3))
    second = ask(then(turn, first), "she talks about the bridge", "nlu_fallback", 0.5, risky)
    assert second.intent == "crisis" and second.expects_answer
    assert second.text == "Is she having thoughts of self-harm or suicide?"
