"""The deterministic safety net: crisis and emergency statements, and everyday speech.

Lists of phrasings, each sentence asserting its exact class. Each list after DEV_* was
written without looking at the rules and measured before any fix (the honest figure); only
then were the rules fixed. Every error in them was a miss or a false alarm, never the wrong
kind of alarm:
- DEV_*: written first; the rules were written against them.
- SECOND_*: crisis 56/75, emergency 64/75, false alarms 3/110.
- THIRD_*: crisis 15/25, emergency 18/25, false alarms 1/40.
- LAST_EVERYDAY (ordinary aftercare questions): false alarms 0/79.
- FOURTH_* (indirect, rambling speech): crisis 10/20, emergency 8/20, false alarms 2/30.
- FIFTH_* (by category: overdose with any medicine or drink, British seizures, blue, stroke,
  choking, anaphylaxis, self-harm by any method with its intent, warning signs, idioms):
  crisis 15/65, emergency 29/55, false alarms 7/64 under the rules before them.
- SIXTH_* (a clinician's suicide-risk checklist: euphemisms such as "check out", "top myself",
  "go to sleep and not come back", "be with my late husband"; hopelessness; plans, methods
  and means; self-harm by any method without the word "myself"; caregivers' reports;
  British and American usage; near-miss idioms): crisis 84/186, false alarms 7/104 under the
  rules before them; 186/186 and 0/104 after. By category, crisis caught before: passive
  wishes 23/46, active ideation 11/22, hopelessness 19/32, plans and means 9/29, self-harm
  7/24, caregivers 15/33. A bare "i've picked a date" was left out: it is also how a
  patient answers when the next booster is.
The examples of nlu/data/nlu.yml (another helper's intent data) are checked too. Before any
fix: an alarm for 174/181 crisis examples (5 of them overdoses taken, answered as emergencies
by design) and 153/181 emergency examples (1 as a crisis), and a false alarm for 2 of 2,039
examples of the other intents.
Most sentences are in a recogniser's style: lowercase, no punctuation, split contractions.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from assistant.safety import (
    DEFAULT_PATH,
    Alarm,
    SafetyRulesError,
    assess,
    check,
    load_rules,
    normalise,
    spoken_number,
)

C = Alarm.CRISIS
E = Alarm.EMERGENCY

DEV_CRISIS = [
    # The patient
    "i want to die",
    "I want to die.",
    "i just want to die",
    "i really want to die",
    "i wanna die",
    "i dont want to live anymore",
    "i don't want to live anymore",
    "i do not want to be here anymore",
    "i don t want to be here",
    "i wish i was dead",
    "i wish i were dead",
    "i wish i had never been born",
    "i want to kill myself",
    "im going to kill myself",
    "i m going to kill my self",
    "i have been thinking about killing myself",
    "i keep thinking about suicide",
    "i have suicidal thoughts",
    "i feel suicidal",
    "i m not suicidal",
    "i want to end my life",
    "i want to end it all",
    "i am going to end it",
    "i just want to end it",
    "i want to take my own life",
    "everyone would be better off without me",
    "everybody would be better off without me",
    "they would be better off if i was dead",
    "it would be better for everyone if i was not here",
    "my family would be better off without me",
    "i'd be better off dead",
    "i can't go on",
    "i can not go on like this",
    "i cant go on anymore",
    "i can't do this anymore",
    "i can't take it anymore",
    "i cant take this any more",
    "there is no reason to live",
    "there's no reason for me to live",
    "i have nothing to live for",
    "there is no point in living",
    "what's the point of living",
    "what is the point anymore",
    "life isn't worth living",
    "life is not worth living anymore",
    "i feel hopeless",
    "everything is hopeless",
    "i've lost all hope",
    "i'm a burden to everyone",
    "i am just a burden",
    "nobody would miss me if i was gone",
    "no one would care if i died",
    "i want to go to sleep and never wake up",
    "i hope i don't wake up tomorrow",
    "i wish i could go to sleep and not wake up",
    "i want to disappear",
    "i want to stop existing",
    "i am tired of living",
    "i'm sick of being alive",
    "i've been cutting myself",
    "i cut myself last night",
    "i want to hurt myself",
    "i'm scared i'll hurt myself",
    "im afraid i might hurt myself",
    "i feel like hurting myself",
    "i have been self harming again",
    "i keep having thoughts of self-harm",
    "i want to cut my wrists",
    "i have been saving up my pills",
    "i'm thinking about taking all my pills",
    "i want to take all of my sleeping pills at once",
    "i want to overdose",
    "i want to jump off a bridge",
    "i thought about jumping in front of a train",
    "i want to hang myself",
    "i bought a gun",
    "i want to shoot myself",
    "how many pills would it take to die",
    "i wrote a goodbye letter",
    "i don't feel safe",
    "i dont feel safe with myself",
    "i am not safe right now",
    "i'm afraid of what i might do",
    "i might do something stupid",
    "i feel like i'm losing my mind",
    "i'm going crazy",
    "i'm scared i'm going to lose control",
    "i feel trapped",
    "i am stuck in here forever",
    "there's no way out",
    "i'd rather be dead",
    "i would rather die than feel like this",
    "i've given up on life",
    "i keep having dark thoughts",
    "the voices are telling me to hurt myself",
    "what is the number for the crisis line",
    "can you give me the suicide hotline",
    "I'm in crisis",
    # A caregiver
    "she says she wants to die",
    "she said she wanted to die",
    "he's talking about killing himself",
    "he keeps talking about suicide",
    "my wife cut herself",
    "my husband has been cutting again",
    "my daughter is hurting herself",
    "she tried to kill herself last year",
    "he says everyone would be better off without him",
    "she keeps saying she's a burden",
    "he said he doesn't want to live anymore",
    "she doesnt want to be here anymore",
    "she told me she can't go on",
    "he's been saying goodbye to everyone",
    "she's been giving away her things",
    "he has a gun in the house",
    "she has been stockpiling her pills",
    "she's threatening to take all her pills",
    "he said he would jump off the roof",
    "she locked herself in the bathroom",
    "my son says he wishes he was dead",
    "he is thinking about ending his life",
    "she wants to end it",
    "my wife is not safe on her own",
    "she feels hopeless",
    "my partner keeps saying there is no point",
]

DEV_EMERGENCY = [
    # The patient
    "i have chest pain",
    "my chest hurts",
    "I've got a pain in my chest",
    "my chest feels tight",
    "there's a lot of pressure in my chest",
    "my chest feels really heavy",
    "tightness in my chest",
    "i think i'm having a heart attack",
    "the pain is going down my left arm",
    "i can't breathe",
    "i cant breathe",
    "i can not breathe",
    "help i can t breathe",
    "i can't breathe properly",
    "it's hard to breathe",
    "i'm struggling to breathe",
    "i have trouble breathing",
    "i can't catch my breath",
    "i'm short of breath",
    "i feel short of breath",
    "i'm so out of breath",
    "i can't get enough air",
    "my throat is closing up",
    "i feel like i'm going to faint",
    "i think i'm going to pass out",
    "i fainted",
    "i passed out",
    "i blacked out for a minute",
    "i can't stay awake",
    "i had a seizure",
    "i think i'm having a seizure",
    "this is the worst headache of my life",
    "worst headache i've ever had",
    "i have a sudden severe headache",
    "i suddenly have a terrible headache",
    "it feels like my head is going to explode",
    "a headache that came on like a thunderclap",
    "i can't see",
    "i can't see out of my left eye",
    "i suddenly lost my vision",
    "everything went black",
    "i'm going blind",
    "i don't know where i am",
    "where am i",
    "my blood pressure is one ninety over one ten",
    "my blood pressure is 185/100",
    "my bp is two hundred over one twenty",
    "the cuff says one eighty five over ninety",
    "my blood pressure is really high",
    "my blood pressure is through the roof",
    "i took too many pills",
    "i took all my pills",
    "i took a whole bottle of sleeping pills",
    "i overdosed",
    "i think i'm having a stroke",
    "one side of my face is numb",
    "i can't move my left arm",
    "call an ambulance",
    "please call 911",
    "call nine one one",
    "somebody help me",
    "i need an ambulance",
    "my heart is racing and my chest hurts",
    # A sense of dying: a heart attack's sign as much as panic's, so 911 first.
    "i feel like i'm dying",
    "am i dying",
    "i think i'm going to die",
    # A caregiver
    "he collapsed",
    "she collapsed on the floor",
    "she's not breathing properly",
    "he is not breathing",
    "she stopped breathing",
    "her breathing is very shallow",
    "his lips are turning blue",
    "she's gasping for air",
    "she fainted",
    "he passed out and won't wake up",
    "she won't wake up",
    "i can't wake her",
    "i cant wake him up",
    "he's unresponsive",
    "she's not responding",
    "she isn't responding to me",
    "my wife is having a seizure",
    "he's convulsing",
    "she is shaking uncontrollably and not responding",
    "her eyes rolled back",
    "she's confused and doesn't know where she is",
    "he doesn't know where he is",
    "she doesn't recognise me",
    "my husband is very confused",
    "she's talking nonsense",
    "she took all her pills",
    "he took all of his pills",
    "she swallowed a bunch of pills",
    "he's taken too many of his sleeping pills",
    "she took an overdose",
    "he says he has the worst headache of his life",
    "she says her chest hurts",
    "he's clutching his chest",
    "she can't see out of one eye",
    "her face is drooping",
    "he fell and hit his head",
    "my husband can't stay awake",
    "she's having trouble breathing",
    "he can't breathe",
    "her blood pressure is 190 over 115",
]

DEV_EVERYDAY = [
    "this headache is killing me",
    "my feet are killing me",
    "my back is killing me",
    "you're killing me",
    "i'm dead tired",
    "i'm dead on my feet",
    "i could die for a coffee",
    "i'd die for a cup of tea",
    "i'm dying to know when my booster is",
    "i'm dying for a cup of tea",
    "i nearly died laughing",
    "kill the lights",
    "that joke killed me",
    "i'm so tired i could sleep for a week",
    "i have a mild headache",
    "i have a bit of a headache",
    "i have a bad headache",
    "i feel a bit dizzy",
    "i feel dizzy",
    "can i take ibuprofen for my headache",
    "my chest of drawers is stuck",
    "breathe in",
    "help me breathe",
    "can you help me breathe",
    "breathe with me",
    "i can't breathe that slowly",
    "i can't breathe slowly",
    "i can't breathe in for that long",
    "i can not breathe in for four",
    "i can't breathe through my nose it's blocked",
    "it's hard to breathe that slowly",
    "i can't hold my breath that long",
    "i'm not dead yet haha",
    "stop",
    "pause",
    "stop please",
    "go on",
    "please go on",
    "repeat that",
    "slower please",
    "start a breathing exercise",
    "let's do box breathing",
    "can we do the grounding exercise",
    "i feel floaty",
    "i feel detached from my body",
    "everything looks weird",
    "my vision is a bit blurry",
    "i feel sick",
    "i feel nauseous",
    "i threw up",
    "i feel tired",
    "i'm exhausted",
    "i'm sleepy",
    "i want to sleep",
    "i just want to sleep",
    "can i drive tomorrow",
    "when can i drive",
    "when is my next appointment",
    "when is my booster",
    "what can i eat",
    "can i have a glass of wine",
    "can i drink coffee",
    "i took my pills",
    "did i take my pills today",
    "i took all my pills this morning",
    "have i taken all my meds today",
    "i forgot to take my pills",
    "should i take my antidepressant tonight",
    "my heart is racing",
    "my heart is beating fast",
    "i feel anxious",
    "i feel a little anxious",
    "i'm scared",
    "i feel sad",
    "i feel down today",
    "i feel much better",
    "i feel great",
    "thank you",
    "what time is it",
    "my blood pressure was one thirty over eighty five",
    "my blood pressure is 140/90",
    "my blood pressure is a bit high",
    "can ketamine raise blood pressure",
    "i cut my finger chopping onions",
    "i cut myself shaving",
    "i hurt myself when i fell off my bike",
    "she's cutting vegetables",
    "he's cutting the grass",
    "i need a haircut",
    "i'm going to jump in the shower",
    "can i take a bath",
    "she's sleeping",
    "he's resting on the couch",
    "she fell asleep",
    "he's snoring",
    "she's been asleep for two hours",
    "is it normal to feel this sleepy",
    "i passed out on the couch for an hour",
    "i'm going to kill him for eating my sandwich",
    "my phone is dying",
    "the battery is dead",
    "the plants are dying",
    "i could murder a pizza",
    "i'm starving",
    "i'm dying of thirst",
    "i'm bored to death",
    "that movie was to die for",
    "you nearly gave me a heart attack",
    "i almost had a heart attack when i saw the bill",
    "i want to dye my hair",
    "i'm thinking of dyeing my hair",
    "my mum will have a fit",
    "the dress is a good fit",
    "what a stroke of luck",
    "i'm stroking the cat",
    "i'm losing my mind trying to find my glasses",
    "the kids are driving me crazy",
    "i'm hopeless at crosswords",
    "i can't see without my glasses",
    "i can't see the clock",
    "it's dark i can't see anything with my eyes closed",
    "she's not responding to my texts",
    "he's not responding to the treatment yet",
    "the app isn't responding",
    "i don't want to be here at nine tomorrow",
    "i don't want to go on the trip",
    "i can't go on the walk today",
    "i can't take this medicine on an empty stomach",
    "i can not do this exercise",
    "i want to end it here",
    "let's end it there",
    "can we stop the exercise",
    "there's no point in going to the shop today",
    "i'm not having any chest pain",
    "no chest pain",
    "no shortness of breath",
    "i didn't pass out",
    "i never fainted",
    "when should i call 911",
    "what counts as a medical emergency",
    "i'm choked up",
    "i'm a bit breathless with excitement",
    "i'm killing myself laughing",
    "i'm killing myself trying to get this done",
    "i hit myself on the door",
    "i'm out cold",
    "i'm so confused about my schedule",
    "i'm confused about my dose",
    "i'd be lost without you",
    "i hate mondays",
    "my wife is making dinner",
    "my husband is driving me to the clinic",
    "my daughter will pick me up",
    "she's feeling much better",
    "he's watching tv",
    "i'm in a lot of pain after the massage",
    "she has a headache",
    "i'm saving money on my pills",
    "i keep my pills in the cupboard",
]

SECOND_CRISIS = [
    "honestly i just dont see the point anymore",
    "i keep thinking everyone would be happier if i wasnt around",
    "sometimes i think about ending things",
    "i have a plan to kill myself",
    "i feel like killing myself",
    "i dont want to wake up tomorrow",
    "i want to go to sleep forever",
    "i wish i could just disappear",
    "im done with everything",
    "i cant keep living like this",
    "life feels pointless",
    "why should i even bother staying alive",
    "whats the point of going on",
    "i feel like a burden on my family",
    "my kids would be better off without their mum",
    "i took a razor to my arm last night",
    "i keep scratching my arms until they bleed",
    "i burned myself with a lighter on purpose",
    "im going to drive my car off a cliff",
    "i looked up how many pills it takes to overdose",
    "i ve been googling ways to die",
    "nobody would notice if i disappeared",
    "i feel like ending it",
    "i cant stop thinking about dying",
    "i am planning to end my life this weekend",
    "i am thinking of hurting myself",
    "i have the urge to cut",
    "im so scared im going to do something to myself",
    "i don t trust myself right now",
    "i m afraid to be alone with my thoughts",
    "i feel like i m not going to come back from this",
    "i feel like i m going insane",
    "im panicking and i think i might hurt myself",
    "i keep hearing a voice telling me to jump",
    "i feel like everyone hates me and i should just die",
    "maybe i should just kill myself",
    "i wish i wasnt alive",
    "i hate being alive",
    "being dead would be easier",
    "i don't want to exist anymore",
    "im thinking about suicide",
    "i attempted suicide before and i feel that way again",
    "can i talk to someone at nine eight eight",
    "i need the crisis number",
    "i just want the pain to stop forever",
    "there's nothing left for me",
    "i'm tired of fighting",
    "i don't see a future for myself",
    "i feel completely empty and hopeless",
    "i want it all to be over",
    # A caregiver
    "my wife keeps saying she wants to end it all",
    "my husband said he d rather be dead",
    "she's been self harming",
    "my son is threatening suicide",
    "he told me he has pills hidden",
    "she said she s going to kill herself tonight",
    "my daughter cut her wrists",
    "he keeps saying life isn't worth it",
    "she told the nurse she has no reason to live",
    "my husband said we d all be better off without him",
    "she s saying she wants to die",
    "he wrote a suicide note",
    "she s standing on the balcony saying she ll jump",
    "my wife says she can t take it anymore",
    "he s been hoarding his medication",
    "my partner said she wished she d never woken up",
    "he doesn t want to live anymore",
    "she says she doesn t feel safe",
    "my mom has been talking about death a lot",
    "my dad said he wants to go to sleep and not wake up",
    "she s in a really dark place and talking about hurting herself",
    "he said nobody would miss him",
    "my wife told me she wants to disappear forever",
    "she keeps asking how many of her pills it would take",
    "he has been researching ways to kill himself",
]

SECOND_EMERGENCY = [
    "my chest is really hurting",
    "it feels like an elephant is sitting on my chest",
    "i have a sharp pain in my chest",
    "crushing chest pain",
    "my chest is burning and my arm feels numb",
    "i feel pressure on my chest and i m sweating",
    "i can barely breathe",
    "i can t get my breath",
    "i m having a hard time breathing",
    "breathing is really difficult right now",
    "i feel like i m suffocating",
    "my breathing is weird and shallow",
    "i m wheezing and can t breathe",
    "i think i m going to black out",
    "i keep fainting",
    "i nearly passed out in the bathroom",
    "i feel like i m about to collapse",
    "i lost consciousness for a bit",
    "i have the worst headache ever",
    "i got a sudden splitting headache",
    "my vision suddenly went dark",
    "i can t see anything out of my right eye",
    "i m suddenly seeing double",
    "half my face feels numb",
    "my speech is slurred and my face is drooping",
    "my blood pressure reading is 210 over 130",
    "it says 195 over 105",
    "blood pressure one ninety five over one hundred",
    "the top number is two hundred",
    "i took way too many of my anxiety pills",
    "i swallowed all my pills",
    "i overdosed on my meds",
    "i think i had a fit",
    "i don t know what day it is or where i am",
    "call the ambulance",
    "get me an ambulance",
    "i need help right now i can t breathe",
    "my heart is pounding and my chest feels tight",
    "i feel like i m having a heart attack",
    "i m having a seizure",
    # A caregiver
    "my wife just collapsed",
    "he fell over and isn t moving",
    "he s out cold and i can t wake him",
    "my husband is unconscious",
    "she s breathing really slowly and i can t rouse her",
    "he s making gurgling noises and won t respond",
    "her lips are blue",
    "he s turning grey",
    "she s having a fit",
    "he s jerking all over",
    "my mum doesn t know who i am",
    "he doesn t know what year it is",
    "she s suddenly very confused",
    "he s not making any sense",
    "she says she can t see",
    "his face looks droopy on one side",
    "she can t lift her arm",
    "he says his head is exploding",
    "she s complaining of chest pain",
    "he says he can t breathe",
    "my wife is struggling for breath",
    "she s choking",
    "he swallowed a whole pack of sleeping tablets",
    "she took loads of her pills",
    "my son took too much of his medicine",
    "she drank bleach",
    "he s bleeding heavily",
    "her blood pressure is 200 over 110",
    "he passed out in the bathroom",
    "she s fainted again",
    "i found him on the floor and he won t wake up",
    "she s barely breathing",
    "we need an ambulance",
    "my husband says his chest feels heavy",
    "she can t catch her breath",
]

SECOND_EVERYDAY = [
    "my legs are killing me after the walk",
    "these shoes are killing me",
    "i m dying to get home",
    "i d kill for a hot shower",
    "i m dead beat",
    "i m so hungry i could eat a horse",
    "i m laughing so hard i can t breathe",
    "my phone battery died",
    "i m feeling a little lightheaded",
    "i have a slight headache",
    "my head hurts a little",
    "i have a headache can you play some calm music",
    "the room is spinning a bit",
    "i feel weird and floaty",
    "colours look really bright",
    "i feel like i m floating",
    "i feel disconnected",
    "can we do the breathing again",
    "breathe out slowly",
    "i m breathing too fast can you slow me down",
    "i can t breathe in that deep",
    "i can t breathe out that long",
    "how long should i breathe in for",
    "i can t hold it for seven seconds",
    "it s hard to breathe out for eight counts",
    "help me calm down",
    "i m a bit anxious can we do a breathing exercise",
    "play some music",
    "turn it down",
    "say that again",
    "skip this one",
    "i want to stop the exercise",
    "i m done with this exercise",
    "i m done for today",
    "end the session",
    "i want to end the exercise",
    "when can i go back to work",
    "is it okay to take a nap",
    "can i have a beer tonight",
    "when is my next infusion",
    "i have my spravato on thursday",
    "remind me to take my pills at eight",
    "i need to take my blood pressure pills",
    "should i take all my pills with food",
    "i take all my medication in the morning",
    "my husband gave me my pills",
    "my wife is asleep next to me",
    "she s having a nap",
    "he s a bit groggy",
    "she s a bit wobbly on her feet",
    "she s been quiet all afternoon",
    "my daughter drove me home",
    "i don t want to talk right now",
    "i don t want to do the exercise",
    "i don t want to eat",
    "i don t want to go to work tomorrow",
    "i m a bit down",
    "i m bored out of my mind",
    "this is driving me nuts",
    "i m sick of the rain",
    "i m tired of waiting",
    "i can t wait for the weekend",
    "i can t be bothered to cook",
    "i can t stand this music",
    "where are my pills",
    "how many pills do i take",
    "how much ibuprofen can i take",
    "what happens if i miss a dose",
    "i think i took my pill twice by accident",
    "can ketamine affect my heart",
    "my chest feels fine",
    "no headache today",
    "i feel hopeful",
    "i hope i sleep well tonight",
    "i hope she wakes up soon",
    "she s been sleeping for hours",
    "he s out like a light",
    "she says her head hurts a bit",
    "she s a bit confused about the time",
    "i m killing time until dinner",
    "i killed a spider",
    "shoot i forgot",
    "i m going to hang the washing out",
    "jump to the next exercise",
    "i jumped when the phone rang",
    "cut the music",
    "i cut back on coffee",
    "i burned the toast",
    "the heat is unbearable",
    "my arm is sore from the iv",
    "my hands are shaking a bit",
    "i m a bit shaky",
    "take a deep breath",
    "let me catch my breath",
    "i ve lost my glasses",
    "where am i supposed to go for my appointment",
    "help me sleep",
    "what can you help me with",
    "i m feeling so much better than yesterday",
    "the treatment went well",
    "my husband says hi",
    "she wants to know when she can drive",
    "i feel numb",
    "i m starving to death",
    "i m going out of my mind with boredom",
    "that was a killer workout",
    "the suspense is killing me",
    "my mum is a pain in the neck",
    "i m hoping to feel better tomorrow",
    "she s dead to the world",
]

THIRD_CRISIS = [
    "i keep thinking i should end it",
    "i dont think i can keep going",
    "i have been thinking it would be easier to just not exist",
    "i m scared of what i ll do to myself tonight",
    "i can t do this life anymore",
    "everyone would be fine without me",
    "i want to go to sleep and never wake up again",
    "part of me wants to die",
    "i feel like i want to die",
    "i feel like i don t deserve to live",
    "i ve thought about how i would do it",
    "my life is over",
    "i have pills saved up in case",
    "i m planning to overdose",
    "i m thinking of jumping off the bridge near my house",
    "i keep picturing myself dead",
    "nobody cares if i live or die",
    # A caregiver
    "she keeps saying she wants to go to sleep forever",
    "my husband told me he s been thinking about ending it",
    "my daughter has cuts all over her arms",
    "he says he s not going to be a problem for us much longer",
    "she said goodbye like she wasn t coming back",
    "my son said he wants to die",
    "my wife s been talking about taking her own life",
    "he thinks we d be better off if he was gone",
]

THIRD_EMERGENCY = [
    "my chest is so tight i can hardly breathe",
    "i feel an awful pressure in my chest",
    "my heart hurts and i feel sick",
    "i can t seem to breathe",
    "i m wheezing really badly",
    "i think i m going to faint",
    "i blacked out in the kitchen",
    "i feel like i m going to pass out",
    "my head suddenly started pounding like never before",
    "i m losing my sight",
    "my left side has gone numb",
    "i can t feel my face on one side",
    "blood pressure is two hundred and ten over one hundred",
    "i took twice my dose and now i can t stay awake",
    # A caregiver
    "she s gone really pale and isn t responding",
    "he s lying on the floor and won t answer me",
    "my wife has stopped breathing",
    "she s having convulsions",
    "he s shaking all over and won t respond",
    "she doesn t know who she is",
    "my husband swallowed a load of painkillers",
    "i found her with an empty pill bottle",
    "he s foaming at the mouth",
    "she keeps passing out",
    "help he s not breathing",
]

THIRD_EVERYDAY = [
    "i m dying to see my grandkids",
    "the wait is killing me",
    "i almost died when i saw the price",
    "i m so full i could burst",
    "my feet are sore",
    "i feel a bit off",
    "my head feels fuzzy",
    "i have a dull headache",
    "i feel foggy",
    "my eyes are a bit blurry",
    "i feel wobbly",
    "can i take a paracetamol",
    "what should i do for nausea",
    "breathe in for four",
    "i can t breathe out for that long",
    "that breathing exercise was hard",
    "can we slow down the breathing",
    "i want to stop",
    "enough for now",
    "i m done",
    "i give up on this crossword",
    "i m tired of this song",
    "i can t be here at ten",
    "i don t want to go outside",
    "i m sick of waiting for the bus",
    "she s going to kill me if i forget the milk",
    "my husband is out cold on the sofa",
    "she s dead asleep",
    "he s a bit confused by the instructions",
    "the remote isn t working",
    "i need to take my pills now",
    "did my wife take her pills",
    "my blood pressure is usually one twenty over eighty",
    "my chest feels better now",
    "i had a panic attack last week but i m fine now",
    "i m not in any pain",
    "i want to hurt my sister s feelings less",
    "my cat is a burden sometimes haha",
    "i m going to jump on the bed",
    "the pressure at work is too much",
]


FOURTH_CRISIS = [
    "um i dont know i just feel like i dont want to be around anymore",
    "honestly sometimes i think my family would be relieved if i was gone",
    "i keep getting these thoughts that i should just end everything",
    "i feel like there is no way forward",
    "i m exhausted of being alive",
    "i just want everything to go away forever",
    "i cant stop thinking about taking all my tablets",
    "i told my therapist i wanted to die and now i feel it again",
    "if i didn t wake up tomorrow that would be fine",
    "i keep thinking about the bridge",
    "i am so done with life",
    "i want to hurt myself really badly",
    "sometimes i punch walls until my hands bleed",
    "i m afraid i ll do something i can t take back",
    "i feel dangerous to myself",
    "my wife has been saying she doesn t see the point in living",
    "he keeps telling me he wants to end his life",
    "my girlfriend texted me goodbye",
    "she told me she has a plan",
    "my son has been searching online for how to kill himself",
]

FOURTH_EMERGENCY = [
    "uh my chest is hurting really bad and it goes into my jaw",
    "there is this heavy squeezing feeling in my chest",
    "i m finding it really hard to get air in",
    "i can hardly get a breath",
    "i feel like i m going to keel over",
    "i went down and i don t remember anything",
    "the room went dark and i fell",
    "my head hurts worse than it ever has",
    "i have a sudden terrible pain in my head",
    "everything is blurry and i can t see properly all of a sudden",
    "my blood pressure machine says two twenty over one twenty",
    "i took like twenty pills",
    "she is not waking up no matter what i do",
    "he s breathing but he won t open his eyes",
    "my husband is slumped over and not answering",
    "she s twitching and her eyes are rolling",
    "he doesn t seem to know where he is",
    "her speech is all slurred and her face looks funny",
    "my wife s lips have gone blue",
    "he said his chest is killing him",
]

FOURTH_EVERYDAY = [
    "um can i take a nap now",
    "my chest is a bit congested from my cold",
    "i feel a bit short tempered today",
    "i m out of breath from the stairs",
    "i blacked out the windows to sleep",
    "the suspense of waiting for results is killing me",
    "i want to kill this headache",
    "can you help me fall asleep",
    "i want to sleep for a hundred years",
    "i m so tired i could die haha",
    "my feet are dead",
    "i feel dead inside today",
    "i feel so low",
    "nothing helps my mood",
    "i m tired of feeling tired",
    "i can t wait to feel normal again",
    "can i skip the next breathing step",
    "what happens if i fall asleep during the exercise",
    "i lost my breath for a second during the hold",
    "i feel a bit of pressure behind my eyes",
    "my ears feel pressured",
    "i have pressure in my sinuses",
    "she is acting a bit silly",
    "he s talking a lot",
    "my wife is laughing at nothing",
    "he is a bit out of it but fine",
    "she keeps drifting off",
    "he fell asleep mid sentence",
    "i don t want to go back to work",
    "i don t want to be alone tonight can you talk to me",
]

# Ordinary aftercare questions, written before FOURTH_*: no false alarm before any fix.
LAST_EVERYDAY = [
    "when can i drive again",
    "is it safe to drive tomorrow morning",
    "can i drive to work on monday",
    "what can i eat after my infusion",
    "can i have soup",
    "is it okay to drink coffee today",
    "when can i have alcohol again",
    "can i have a glass of wine with dinner",
    "when is my next treatment",
    "when is my next booster",
    "what day is my next spravato appointment",
    "how many treatments do i have left",
    "remind me about my appointment on friday",
    "i have my infusion at ten tomorrow",
    "can i take my sertraline tonight",
    "can i take lorazepam after ketamine",
    "is it okay to take tylenol",
    "can i take melatonin to sleep",
    "should i skip my pills today",
    "what are the side effects",
    "is it normal to feel dizzy after ketamine",
    "how long does the floaty feeling last",
    "why do i feel so tired",
    "is nausea normal",
    "how long will the blurry vision last",
    "what should i do if i feel anxious",
    "what should i do about my headache",
    "when should i call the clinic",
    "what's the clinic's number",
    "start box breathing",
    "can we do four seven eight breathing",
    "let's do a body scan",
    "five four three two one grounding please",
    "slow down",
    "a bit faster",
    "go back",
    "next step",
    "i lost count",
    "how long do i hold my breath",
    "i need a break",
    "i can't focus",
    "i can't concentrate",
    "i can't sleep",
    "i can't get comfortable",
    "i can't remember what you said",
    "i can't hear you",
    "i can't find my phone",
    "i don't know",
    "i don't understand",
    "i don't feel like eating",
    "i don't feel like talking",
    "i feel strange",
    "i feel emotional",
    "i cried a bit",
    "i feel better now",
    "she wants to know if she can shower",
    "can he have a snack",
    "she is asking for water",
    "my wife is feeling dizzy",
    "my husband feels sick",
    "he has a headache",
    "she said her vision is blurry",
    "how do i take her blood pressure",
    "her blood pressure was one forty over ninety",
    "his heart rate is ninety",
    "can she go to the bathroom alone",
    "should i stay with her tonight",
    "she is sleeping a lot",
    "he is very sleepy",
    "she feels a bit disconnected",
    "he's emotional and crying",
    "what should she avoid today",
    "is it okay if she naps",
    "she is a bit anxious",
    "i'm worried about her",
    "thanks that helps",
    "goodnight",
    "what can you do",
    "tell me a joke",
]

# Written by category, as a clinician's checklist reads, with the rules they widened.
FIFTH_CRISIS = [
    # Self-harm by any method, with the reason or intent said
    "i burnt my arm with a lighter on purpose",
    "she has been scratching her arms on purpose",
    "i hit myself to feel something",
    "i cut to feel something",
    "he burns himself to punish himself",
    "i bang my head against the wall on purpose",
    "she scalded her hand deliberately",
    "i punched the wall on purpose to hurt",
    "he has been starving himself to punish himself",
    "i scratch my skin till it bleeds to feel something",
    "she bites her arms deliberately when she is upset",
    "i cut my legs so nobody can see",
    "i deserve to hurt",
    "i hurt myself because i deserve it",
    "i pinch my skin really hard on purpose",
    "she carved into her arm with a compass",
    # Warning signs, the patient
    "i won't be around much longer",
    "i won't be around to see it",
    "i will not be here for christmas",
    "you won't have to worry about me for much longer",
    "i'm ready to die",
    "i am ready to go now i have had enough",
    "i've already said my goodbyes",
    "i have the rope ready",
    "i've got the knife ready",
    "i know where the rope is",
    "i keep picturing myself dead",
    "i keep picturing myself hanging",
    "i can see myself jumping off the bridge",
    "i wish i could vanish",
    "i wish i could just disappear forever",
    "there's no point going on",
    "there is no reason to keep living",
    "i'd rather not wake up tomorrow",
    "i'd rather never wake up",
    "i made an attempt last year",
    "i've attempted before",
    "i wrote a will and a note",
    "look after the cat when i'm gone",
    "i've put my affairs in order",
    "i've tied a rope to the banister",
    "i'm sick to death of living",
    # Warning signs, a caregiver
    "she said she won't be around for the kids",
    "he told me he won't be here for his birthday",
    "she keeps saying she's ready to go",
    "he said goodbye to everyone at the party like it was the last time",
    "she said goodbye to all of us last night",
    "he's been saying goodbye to people",
    "she rang everyone to say goodbye",
    "he's been giving away his guitar and his records",
    "she gave her jewellery away",
    "he has the pills ready in a drawer",
    "she told me where the rope is",
    "he says he keeps picturing himself dead",
    "she wishes she could vanish",
    "she wishes she could disappear forever",
    "he says there's no point going on",
    "she said there's no reason to keep living",
    "he would rather not wake up",
    "she made an attempt on her life in march",
    "he has made an attempt before",
    "she wrote a will and a note last week",
    "he wrote letters to each of the kids in case something happens",
    "she's put her affairs in order",
    "she told her sister to look after the dog when she's gone",
]
FIFTH_EMERGENCY = [
    # Overdose already taken: any swallowing verb and any medicine name or pill word
    "i swallowed a whole packet of paracetamol",
    "she's overdosed on her sertraline",
    "he necked a load of zopiclone",
    "she downed all her diazepam",
    "i've had a handful of co-codamol",
    "he took thirty of his amitriptyline",
    "she swallowed a strip of tramadol",
    "i took a month's supply of quetiapine",
    "he od'd on his meds",
    "she overdosed on venlafaxine",
    "my husband took the whole lot of his propranolol",
    "i took half a bottle of painkillers",
    "she had two whole boxes of ibuprofen",
    # Alcohol on top of pills
    "she took her sleeping pills and drank a whole bottle of wine",
    "i took all my tablets with a bottle of vodka",
    "he's drunk a bottle of whisky on top of his pills",
    "i've had loads to drink and taken a load of pills",
    "she washed down a handful of pills with vodka",
    # Seizures in British English
    "she's fitting",
    "he is fitting again",
    "my wife's having a fit",
    "he's had a fit and he's not waking",
    "she keeps having fits",
    "he took a fit on the sofa",
    "she went into a fit",
    # Blue
    "she's gone blue",
    "he's going blue",
    "her lips are blue",
    "his lips have gone a bit blue",
    "she's blue around the lips",
    "he has blue lips",
    "my husband is turning purple",
    # Stroke signs
    "her face is drooping on one side",
    "his speech is slurred",
    "she's slurring her words",
    "he's got slurred speech all of a sudden",
    "his arm has gone weak",
    "her hand has suddenly gone all floppy",
    "she can't lift her arm",
    "his smile is lopsided",
    "my left side has gone weak",
    "she's got weakness in one arm",
    "my face feels droopy",
    # Choking
    "she's choking",
    "he's choking on his food",
    "something is stuck in her throat and she can't breathe",
    "a piece of meat is stuck in his throat",
    "i need to do the heimlich",
    # Anaphylaxis
    "her tongue is swelling",
    "his lips are swelling up",
    "my face has swelled up and my throat feels tight",
    "her throat is closing up",
    "she needs her epipen",
    "he's having an allergic reaction",
    "i've come out in hives and my lips are swollen",
]
FIFTH_EVERYDAY = [
    # Tablets and pills in routine speech
    "i took my tablets this morning as usual",
    "the pills are on the bedside table",
    "she had her tablets with breakfast",
    "he swallowed his tablet with a glass of water",
    "i've had a lot of tablets to take this week",
    "can i have a glass of wine with my tablets",
    "she's had a glass of wine with her tablets",
    "do you know where the pills are",
    "i've got my pills ready for the morning",
    "a pill got stuck in my throat",
    # Sleeping, blankets
    "she's sleeping peacefully now",
    "she's asked for a blanket",
    "he's sleeping like a baby",
    # Death and killing idioms
    "this cough will be the death of me",
    "that dog will be the death of her",
    "i could have killed him when he forgot the tickets",
    "she could have strangled him for being late",
    "my mum will kill me when she finds out",
    "he was scared to death of the needle",
    "i'm bored to death",
    "let's kill some time before the taxi",
    "we killed an hour in the cafe",
    # Heart
    "i'm heartbroken my team lost",
    "she's heartbroken about the dog",
    "my heart skipped a beat when the phone rang",
    "my heart goes out to her",
    "my heart hurts for her",
    "i'm gasping for a cuppa",
    "she's gasping for a cup of tea",
    "it broke my heart to see him like that",
    # Breath
    "i'm out of breath from the stairs",
    "she's out of breath from the run",
    "i was out of breath from laughing",
    "he's a bit out of breath after the walk up the hill",
    "i'm out of breath from running for the bus",
    # End, cut, numb
    "i'm going to end up watching telly all day",
    "we'll probably end up ordering pizza",
    "i cut my hair yesterday",
    "she wants me to cut her hair",
    "he cut his nails",
    "my foot went numb from sitting",
    "my leg's gone numb from sitting on the floor",
    "my left arm went numb from lying on it",
    "my bum is numb from this chair",
    "my hands are numb from the cold",
    # Fits, blue, goodbyes, going
    "she'll throw a fit when she sees the mess",
    "he threw a fit about the noise",
    "the new curtains are fitting nicely",
    "she's fitting in well at the new job",
    "i'm ready to go when you are",
    "i'm ready to go to bed",
    "ok i'm ready to go",
    "she said goodbye and left for work",
    "i won't be around next week i'm visiting my sister",
    "the sky has gone grey",
    "i'm feeling a bit blue today",
    "she's wearing blue",
    "i'm going grey",
    "i'd rather not wake up early tomorrow",
    "she made an attempt to walk to the kitchen",
    "i've tried the breathing exercise before",
    "we're giving away old clothes to the charity shop",
    "i wrote a shopping list",
    "the knife is in the drawer",
]

# Written fresh as a clinician's suicide-risk checklist reads (C-SSRS ideation, PHQ-9 item 9,
# crisis-line warning signs), measured before the rules were widened by category.
SIXTH_CRISIS = [
    # Passive wishes and euphemisms for dying
    "i just want to check out",
    "sometimes i think about checking out for good",
    "i want to go to sleep and not come back",
    "i wish i could go to sleep and never come back",
    "i hope i dont wake up tomorrow",
    "id be happy if i never woke up again",
    "i pray every night that i wont wake up",
    "i wish god would take me in my sleep",
    "i want to die in my sleep",
    "i want to be with my late husband",
    "i just want to be with my wife again shes been gone two years and i want to join her",
    "i want to join my mum in heaven",
    "i want to make it all stop",
    "i need it all to stop for good",
    "i just want everything to stop",
    "i want to take myself out of the picture",
    "everyone would be better off if i wasnt around",
    "my kids would be better off without their mum",
    "im tired of living",
    "im so tired of being alive",
    "i am tired of existing",
    "im done with life",
    "im done with everything i cant keep going",
    "i am done with living",
    "im so done with this world",
    "i keep wishing a car would hit me",
    "i wouldnt care if i got hit by a bus",
    "i wish i could disappear and never come back",
    "i want to stop being alive",
    "it would be easier if i just wasnt here",
    "i wish it would all just end",
    "death cant come soon enough",
    "i would welcome death",
    "i feel like ending things",
    "ive been having thoughts of ending things",
    "part of me wants to not exist",
    "i dont see myself being here next year",
    "i dont plan on being around for christmas",
    "i want to go to sleep and stay asleep forever",
    "i want to fall asleep and never wake up",
    "i dont want to wake up in the morning",
    "life isnt for me anymore",
    "im ready to go to the other side",
    "lord take me now i cant do this",
    "i want it to be over",
    "i want out of this life",
    # Active ideation, direct and euphemistic
    "ive been thinking about taking my own life",
    "i keep thinking about ways to end it",
    "ive been googling ways to die",
    "i looked up how many pills it would take",
    "im going to top myself",
    "i might as well top myself",
    "i want to do myself in",
    "im thinking of doing myself in",
    "i feel like throwing myself under a train",
    "ive thought about jumping off the bridge",
    "i think about driving my car off the road",
    "im going to end my life tonight",
    "i want to put an end to it all",
    "i want to put an end to my life",
    "i want to finish myself off",
    "i think about killing myself every day",
    "ive been having thoughts of not wanting to be here",
    "i should just end it",
    "i want to eat a bullet",
    "i want to put a bullet in my head",
    "i want to end myself",
    "i keep thinking the world would be better without me",
    # Hopelessness, burden, cannot go on
    "i cant do this anymore",
    "i cant keep doing this",
    "i cant carry on like this much longer",
    "i cant face another day",
    "i cant face waking up again",
    "theres no future",
    "there is no future for me",
    "i have no future",
    "i dont have a future",
    "i see no future",
    "whats the point in living",
    "whats the point of going on",
    "whats the point of anything anymore",
    "nothing will ever get better",
    "it will never get better for me",
    "im a burden to everyone",
    "i am just a burden on my family",
    "im a waste of space",
    "nobody would even notice if i was gone",
    "no one would care if i died",
    "i feel trapped and theres no way out",
    "ive given up on everything",
    "i dont care if i live or die",
    "i have nothing left to live for",
    "ive had enough of living",
    "ive had enough of it all",
    "i cant live with myself anymore",
    "nothing matters anymore",
    "life has no meaning anymore",
    "i cant see the point of living",
    "i am beyond help",
    "i feel worthless and i want to disappear",
    # Plans, methods, means, preparations
    "i have a plan",
    "ive worked out how id do it",
    "i know how i would do it",
    "ive got a method",
    "i have set a date to do it",
    "ive been saving up my tablets",
    "i have tablets saved up",
    "ive got a stash of pills in the drawer",
    "ive been stockpiling my sleeping pills",
    "ive got enough pills to do it",
    "i bought a rope",
    "i went to the bridge last night and looked down",
    "i stood on the bridge for an hour",
    "i keep thinking about stepping in front of a train",
    "i wrote letters to my kids to say sorry",
    "ive written a letter to my family explaining why",
    "ive written my note",
    "i went down to the train tracks last night",
    "im going to drive into a wall",
    "i thought about crashing my car on purpose",
    "ive got a knife and im thinking of using it on myself",
    "im going to swallow everything in the medicine cabinet",
    "ive chosen the bridge",
    "i could walk in front of a lorry",
    "i want to throw myself under a train",
    "i feel like chucking myself off a bridge",
    "ive been researching methods",
    "ive tied a rope in the garage",
    "im going to take all my paracetamol tonight",
    # Self-harm in all its forms
    "ive been cutting my arms again",
    "i cut my thighs with a razor last night",
    "i keep hitting myself in the head",
    "i punch myself when im angry with myself",
    "i keep pulling out my hair until i have bald patches",
    "ive stopped eating to punish myself",
    "i havent eaten in days because i dont deserve food",
    "i dont deserve to eat",
    "i make myself sick after every meal",
    "i hurt myself last night",
    "i did something to myself last night",
    "i relapsed and cut again",
    "i want to cut",
    "i have been drinking myself to death",
    "i drive really fast hoping i crash",
    "i keep running red lights hoping something happens to me",
    "i bite myself until it bleeds",
    "i slammed my hand in the door on purpose",
    "i used a lighter on my arm",
    "i press a hot spoon onto my skin",
    "i scratch myself raw",
    "im not eating on purpose",
    "i have been burning myself with cigarettes again",
    "i want to feel pain",
    # A caregiver's report
    "she said she wants to check out",
    "he told me he wants to go to sleep and not wake up",
    "she keeps saying she wants to be with her late husband",
    "he said hes tired of living",
    "she told me she cant do this anymore",
    "my son has been cutting his arms",
    "i found cuts on my daughters legs",
    "i found a stash of pills under his bed",
    "he wrote letters to all of us and hid them in a drawer",
    "he drove to the bridge and sat there for hours",
    "she says she has no future",
    "he said whats the point of anything",
    "she told me shes made a plan",
    "he has been researching methods online",
    "my partner said he wants to take himself out of the picture",
    "shes been pulling her hair out in clumps",
    "he hasnt been eating on purpose",
    "he said he wants to end things",
    "my wife said shed be better off not waking up",
    "he keeps saying hes done with life",
    "my mum says shes ready to go and be with my dad",
    "he told me hes got a method",
    "my wife keeps saying she wants it all to stop",
    "he said he wishes he could go to sleep forever",
    "she keeps talking about checking out",
    "my husband says hes a waste of space",
    "she keeps saying she wants to join her late mum",
    "he said hed be better off dead",
    "my dad said he cant see a way forward",
    "she says shes had enough of life",
    "he keeps saying theres no point in anything",
    "my daughter burns herself with a lighter",
    "he has been hitting himself",
]

SIXTH_EVERYDAY = [
    # "done", "can't do this", "tired of": ordinary complaints
    "i'm done with the dishes",
    "i can't do this crossword anymore",
    "i'm tired of this rain",
    "i'm done",
    "ok i'm done for today",
    "i'm done eating thanks",
    "i'm done with the breathing exercise",
    "i can't do this puzzle any more",
    "i can't do this exercise anymore my legs are aching",
    "i'm tired of waiting for the doctor",
    "i'm so tired of sitting in this chair",
    "i'm tired of living in this flat",
    "i'm sick of living with my in laws",
    "i'm tired of the same food every day",
    "she's done with her tablets for the day",
    # Checking out, sleeping, waking
    "i want to check out of the hotel at noon",
    "can we check out the new cafe",
    "check out this song",
    "i'm going to sleep now",
    "i want to go to sleep",
    "please don't wake me up until lunch",
    "i'm going to sleep for a week after this",
    # Stopping things, ending things
    "can you make the music stop",
    "make it stop playing",
    "let's end things here for today",
    "she ended things with her boyfriend",
    "the end of the film was sad",
    # Future, point, plans, methods
    "there's no future in that business",
    "what's the point of this button",
    "what's the point of the second dose",
    "i have a plan for the weekend",
    "my plan is to rest today",
    "what's the method for the breathing exercise",
    "i tried a new method for making bread",
    # Bridges, trains, letters, tablets
    "the train was late again",
    "i'm taking the train to see my mum",
    "we drove over the bridge on the way home",
    "i wrote letters to my pen pals",
    "i wrote thank you letters to the nurses",
    "i'm going to take my tablets now",
    # Late spouses, better off, pictures
    "i miss my late husband",
    "my late wife loved this song",
    "i want to be with my family at christmas",
    "we'd be better off taking the bus",
    "you're better off without that app",
    "can you take me out of the group photo",
    # Trapped, hopeless, no way out
    "there's no way out of this traffic",
    "i'm trapped in traffic",
    "it's hopeless trying to find a parking space",
    # Hair, scratching, eating, crashing, jumping
    "i'm pulling my hair out over this remote",
    "she's pulling her hair back into a ponytail",
    "the cat scratched my arm",
    "i'm scratching my arm it's itchy",
    "i burned my hand on the kettle",
    "i bit my tongue",
    "i'm not eating much because of the nausea",
    "i'm fasting for my blood test",
    "i'm starving when's dinner",
    "i'm going to crash on the sofa",
    "i'm going to jump in the shower",
    "she threw herself into her work",
    "i'm going to throw myself into the garden this week",
    # Near-misses of the new rules
    "i couldn't live with myself if anything happened to her",
    "i'm not eating on purpose before my treatment",
    "she's not eating on purpose because the clinic said to fast",
    "what time do we have to check out",
    "she checked out of the hospital this morning",
    "i'll check out the leaflet later",
    "i want to see my late husband's photos",
    "my mum passed away last year and i miss her",
    "i hope i don't wake up the baby",
    "god took him too soon",
    "i put a hot water bottle on my stomach",
    "i used the iron on my shirt",
    "i scratched my arms raw from the eczema",
    "i've got a method for remembering my pills",
    "we've picked a date for the wedding",
    "i've picked a date for my next booster",
    "i bought some rope for the washing line",
    "i tied the rope to the boat",
    "i wrote a letter to my gp explaining the side effects",
    "the kids wrote letters to their grandad",
    "i wrote cards to everyone for christmas",
    "we walked to the bridge and had a picnic",
    "we went to the bridge for the fireworks",
    "i'm going to crash early tonight",
    "i hope i crash out early tonight",
    "i want to go to the other side of the room",
    "i did something to my back at the gym",
    "i slammed the door on purpose",
    "i need to top myself up with tea",
    "i took myself out of the group chat",
    "i'm going to go and be with my husband downstairs",
    "i've had enough of this rain",
    "i've had enough to eat thanks",
    "nothing will be open on sunday",
    "things will get better once the nausea passes",
    "i'm tired of living out of a suitcase",
    "my knee will never be the same",
    "i want to cut my hair",
    "there's no future in arguing",
    "i'm beyond excited",
    "nothing matters more than rest",
    "that hotel was hopeless",
]

ALARMS = [
    *(
        (text, C)
        for text in DEV_CRISIS
        + SECOND_CRISIS
        + THIRD_CRISIS
        + FOURTH_CRISIS
        + FIFTH_CRISIS
        + SIXTH_CRISIS
    ),
    *(
        (text, E)
        for text in DEV_EMERGENCY
        + SECOND_EMERGENCY
        + THIRD_EMERGENCY
        + FOURTH_EMERGENCY
        + FIFTH_EMERGENCY
    ),
]
EVERYDAY = [
    *DEV_EVERYDAY,
    *SECOND_EVERYDAY,
    *THIRD_EVERYDAY,
    *LAST_EVERYDAY,
    *FOURTH_EVERYDAY,
    *FIFTH_EVERYDAY,
    *SIXTH_EVERYDAY,
]
ALL = [*ALARMS, *((text, None) for text in EVERYDAY)]


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_each_phrasing_gets_its_exact_class(text: str, expected: Alarm | None) -> None:
    assert check(text) is expected, assess(text)


@pytest.mark.parametrize(
    "spell",
    [
        pytest.param(lambda t: t.upper() + "!", id="shouted"),
        pytest.param(lambda t: t.replace("'", " "), id="split"),  # "don't" -> "don t"
        pytest.param(lambda t: t.replace("'", ""), id="joined"),  # "don't" -> "dont"
        pytest.param(lambda t: t.replace("'", "\u2019"), id="typographic"),
        pytest.param(lambda t: f"um, {t}... you know?", id="fillers"),
    ],
)
def test_spelling_and_punctuation_do_not_change_the_class(spell: Callable[[str], str]) -> None:
    changed = [(text, check(spell(text)), expected) for text, expected in ALL]
    assert [c for c in changed if c[1] is not c[2]] == []


def test_the_brief_cases() -> None:
    """The examples the project was asked to handle, with the decisions taken for them."""
    assert check("help me breathe") is None  # a request for a breathing exercise
    assert check("i can't breathe slowly") is None  # the pace of an exercise
    assert check("i can't breathe") is E
    assert check("I'm not dead yet haha") is None  # "dead" alone is never an alarm
    assert check("stop") is None
    assert check("pause") is None


def test_negation_never_silences_a_crisis() -> None:
    """Recall first: a recogniser drops and adds 'not', and a kind word costs little."""
    assert check("i don't want to live anymore") is C
    assert check("i'm not suicidal") is C
    assert check("i would never kill myself") is C
    assert check("i don't want to die") is C


def test_a_plain_denial_of_a_physical_symptom_is_no_alarm() -> None:
    assert check("no chest pain") is None
    assert check("she didn't pass out") is None
    assert check("no chest pain but i can't breathe") is E


def test_a_blanked_idiom_leaves_the_rest_of_the_sentence_checked() -> None:
    assert check("this headache is killing me and i want to die") is C
    assert check("i cut myself shaving and then i took all my pills") is E
    assert check("i'm dying to know if everyone would be better off without me") is C


def test_an_emergency_wins_and_says_it_is_a_crisis_too() -> None:
    match = assess("I took all my pills and I want to die")
    assert match is not None
    assert match.alarm is E
    assert match.rule == "overdose_taken"
    assert match.alarms == {E, C}
    crisis_only = assess("i want to die")
    assert crisis_only is not None and crisis_only.alarms == {C}
    assert crisis_only.rule == "wants_to_die" and crisis_only.phrase == "want to die"


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("my blood pressure is 180/90", E),
        ("my blood pressure is 179 over 119", None),
        ("it was one fifty over one twenty", E),
        ("one seventy nine over one nineteen", None),
        ("a hundred and eighty over ninety", E),
        ("my bp is one hundred seventy over ninety five", None),
        ("two hundred over one hundred", E),
        ("one oh five over sixty", None),
        ("the top number is one ninety", E),
        ("the bottom number is one twenty five", E),
        ("the bottom number is ninety", None),
        ("we won two over three", None),  # no blood pressure is that
    ],
)
def test_blood_pressure_readings_against_the_limits(reading: str, expected: Alarm | None) -> None:
    assert check(reading) is expected, assess(reading)


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("one eighty five", 185),
        ("one oh five", 105),
        ("one ten", 110),
        ("a hundred and ten", 110),
        ("one hundred eighty", 180),
        ("two hundred", 200),
        ("ninety five", 95),
        ("eighty", 80),
        ("185", 185),
        ("nineteen", 19),
        ("ninety ninety", None),
        ("hundred hundred", None),
        ("five five five", None),
    ],
)
def test_spoken_numbers(words: str, number: int | None) -> None:
    assert spoken_number(words.split()) == number


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("I can't BREATHE!", "i can not breathe"),
        ("i cant breathe", "i can not breathe"),
        ("i can t breathe", "i can not breathe"),
        ("I cannot breathe", "i can not breathe"),
        ("I\u2019m gonna kill my self", "i am going to kill myself"),
        ("um she's, like, really not ok", "she is like really not ok"),
        ("my wife's BP: 180/110", "my wifes bp 180 over 110"),
        ("self-harm", "self harm"),
        ("call 911", "call nine one one"),
        ("i don't wanna be here any more", "i do not want to be here anymore"),
        ("", ""),
        ("?!", ""),
    ],
)
def test_normalise(text: str, normal: str) -> None:
    assert normalise(text) == normal


@pytest.mark.parametrize("text", ["", "   ", "...", "\U0001f600", "\u00e9\u00e0\u00fc", "0" * 50])
def test_odd_input_is_no_alarm_and_no_error(text: str) -> None:
    assert check(text) is None


def test_every_rule_is_exercised_by_a_test_sentence() -> None:
    """Like hassil's template tests: the data and the tests stay in step."""
    fired = {match.rule for text, _ in ALARMS if (match := assess(text))}
    names = {rule.name for rule in load_rules().rules} | {"blood_pressure_reading"}
    assert names - fired == set()


def test_well_under_a_millisecond_per_utterance() -> None:
    texts = [text for text, _ in ALL]
    load_rules()
    started = time.perf_counter()
    for text in texts:
        check(text)
    mean_ms = (time.perf_counter() - started) / len(texts) * 1000
    assert mean_ms < 1.0


def test_long_rambling_input_stays_fast() -> None:
    """No pattern backtracks without bound: a long transcript costs linear time."""
    started = time.perf_counter()
    assert check("really " * 500 + "so very " * 300 + "one " * 300 + "over") is None
    assert time.perf_counter() - started < 0.5


# --- A clinic's own rules file ---


Edit = Callable[[dict[str, Any]], object]


def _edited_rules(tmp_path: Path, edit: Edit) -> Path:
    """A copy of the shipped rules with `edit(document)` applied, written to tmp_path."""
    yaml = YAML(typ="safe")
    document = yaml.load(DEFAULT_PATH.read_text(encoding="utf-8"))
    edit(document)
    path = tmp_path / "safety.yaml"
    yaml.dump(document, path)
    return path


def test_a_clinic_adds_a_phrasing_without_code(tmp_path: Path) -> None:
    phrase = "i want to go where grandad went"

    def add(document: dict[str, Any]) -> None:
        document["crisis"].append({"name": "clinic_phrasings", "patterns": [phrase]})

    rules = load_rules(_edited_rules(tmp_path, add))
    assert check(phrase) is None  # the shipped rules do not know it
    match = rules.assess(phrase.upper() + ".")
    assert match is not None and match.rule == "clinic_phrasings" and match.alarm is C


def test_a_clinic_sets_its_own_blood_pressure_limits(tmp_path: Path) -> None:
    def lower(document: dict[str, Any]) -> None:
        document["blood_pressure"] = {"systolic_mm_hg": 160, "diastolic_mm_hg": 100}

    rules = load_rules(_edited_rules(tmp_path, lower))
    assert rules.check("one sixty five over ninety") is E
    assert check("one sixty five over ninety") is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["crisis"][0]["patterns"].append("(unclosed"), r"crisis\.suicide: bad pattern"),
        (lambda d: d["crisis"][0]["patterns"].append("<nowhere>"), "unknown <nowhere>"),
        (lambda d: d["emergency"].append(dict(d["emergency"][0])), "must be unique"),
        (lambda d: d["crisis"][1].pop("patterns"), "exactly two keys"),
        (lambda d: d["crisis"][1].update(patterns="want to die"), "list of non-empty strings"),
        (lambda d: d.pop("emergency"), "emergency: must be a non-empty list"),
        (lambda d: d.update(emergencies=[]), "emergencies: unknown section"),
        (lambda d: d["blood_pressure"].update(systolic_mm_hg="high"), "whole numbers of mmHg"),
        (lambda d: d["blood_pressure"].pop("diastolic_mm_hg"), "needs exactly"),
        (lambda d: d["spoken_forms"]["do not"].append("can't"), '"can\'t" is listed twice'),
        (lambda d: d["words"].update(self=42), r"words\.self: must be a list"),
        (lambda d: d["everyday"].append(""), "everyday: must be a list of non-empty strings"),
    ],
)
def test_a_broken_rules_file_is_refused_with_the_place_named(
    tmp_path: Path, edit: Edit, message: str
) -> None:
    path = _edited_rules(tmp_path, edit)
    with pytest.raises(SafetyRulesError, match=message) as raised:
        load_rules(path)
    assert str(path) in str(raised.value)


def test_a_file_that_is_not_yaml_or_missing_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("crisis: [unclosed\n", encoding="utf-8")
    with pytest.raises(SafetyRulesError, match="cannot read"):
        load_rules(broken)
    with pytest.raises(SafetyRulesError, match="cannot read"):
        load_rules(tmp_path / "missing.yaml")
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n", encoding="utf-8")
    with pytest.raises(SafetyRulesError, match="mapping of sections"):
        load_rules(listed)


# --- In step with the intent classifier's training data ---

NLU_PATH = Path(__file__).parents[1] / "nlu" / "data" / "nlu.yml"


def _nlu_examples() -> dict[str, list[str]]:
    """The examples of each intent in nlu/data/nlu.yml (written without entity annotations)."""
    document = YAML(typ="safe").load(NLU_PATH.read_text(encoding="utf-8"))
    return {
        item["intent"]: [line[2:] for line in item["examples"].splitlines() if line[:2] == "- "]
        for item in document["nlu"]
        if "intent" in item
    }


def test_the_crisis_and_emergency_examples_of_the_intent_classifier_raise_their_alarm() -> None:
    """Both halves of the safety check agree; an overdose taken is answered as an emergency."""
    examples = _nlu_examples()
    crisis = [text for text in examples["crisis"] if Alarm.CRISIS not in _alarms(text)]
    emergency = [text for text in examples["emergency"] if check(text) is not E]
    assert (crisis, emergency) == ([], [])


def test_no_example_of_another_intent_raises_an_alarm() -> None:
    examples = _nlu_examples()
    alarmed = [
        (intent, text, assess(text))
        for intent, texts in examples.items()
        if intent not in ("crisis", "emergency")
        for text in texts
        if check(text) is not None
    ]
    assert alarmed == []


def _alarms(text: str) -> frozenset[Alarm]:
    match = assess(text)
    return match.alarms if match else frozenset()
