"""What turn sets 338 to 345 showed (first looks in bench/README.md): more job asks; a closing "is
that true" after a "what they do" clause, and a bare "why grapefruit", asked; a verdict imagined
after the question leads; the user's own people set beside the answer are not praised as a
reflection; a turn opened with "Right," or "I'd really appreciate that" acknowledges."""

from __future__ import annotations

import pytest

from practice.scoring import praise, question_type, score_utterance
from practice.scoring.confidence import bar
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Two million dollars, that's insane. I want to do stuff like that. Do you take high school interns at all?",
    "um so do you know if the courthouse here takes like student interns and could i maybe shadow you sometime",
    "Do you need anyone in your kitchen right now? I am dishwasher at Hotel Marlowe two years.",
    "This is very helpful. You don't need a paraplanner yourself, by any chance?",
    "No way, I play drums too! Is it weird to ask whether you'd ever need a second pair of feet, like on a big"
    " project?",
    "oh externs like like from my school do you do you take people from johnson and whales",
    "You must be always looking for people with experience, people who know bees, right?",
    "Maybe you know if your company pays for CDL school? And they hire people with no experience?",
    "Oh! I have a green card already, I can work legal. Can I join your crew for the almond season in February?",
    "Would a season working for your outfit be possible? I'm flexible starting in March.",
    "um do you think you could maybe give me the name of the person who like gives the work at the court so i can"
    " ask about being a interpreter there",
])
def test_job_asks_found_in_sets_338_345(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "What do companies look for when they hire people with no experience?",
    "Do you ever need someone in your family to cover the school run when you're on call?",
    "You're a mentor to them all, so what do they need from you?",
])
def test_asking_about_the_field_is_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("i feel like aides don't get like enough respect for what they do is that is that true", "closed"),
    ("people say what they do is that true", "closed"),
    ("grapefruit that's so random um why grapefruit", "open"),
    ("i can see why people", "not_a_question"),
    ("i don't know um why not", "not_a_question"),
])
def test_questions_found_in_sets_338_345(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "What makes the 2 a.m. calls worth it for you? I'd imagine it's incredibly rewarding work.",
    "Huh. Is it as stressful as everyone says, though? I feel like it has to be.",
])
def test_a_verdict_imagined_beside_the_question_leads(text):
    assert score_utterance(text).shown("leading")


FIRE = ("Coffee, mostly. No, honestly, it's training. When the tones drop, your body knows what to do before "
        "your brain is fully awake. We drill the same things over and over so it's automatic.")
SHOP = ("The hardest part was being the bottom of the ladder. You're carrying conduit, sweeping, fetching stuff "
        "for guys who yell at you.")


@pytest.mark.parametrize("text, previous", [
    ("in brazil my cousin is a bombeiro a firefighter and he works like a crazy schedule too he's always always"
     " tired", FIRE),
    ("That sounds rough. My dad's a mechanic and he says the same thing about his first shop, he swept floors for"
     " like a year before anybody let him touch a car.", SHOP),
])
def test_the_users_own_people_beside_the_answer_are_not_praised(text, previous):
    s = score_utterance(text, previous=previous)
    assert relates_own(text)
    assert not s.shown("reflection")
    assert s.confidence.get("reflection", 0.0) <= praise.VERDICT_ON_ECHO < bar("reflection")


@pytest.mark.parametrize("text", [
    "so you balance the sad days with happy dogs. in korea we have a saying for this.",
    "Ah, so more meetings than drawing. In my country it is like this too.",
    "That sounds rough, you're carrying everything for everyone.",
])
def test_saying_back_beside_ones_own_people_is_still_weighed(text):
    assert not relates_own(text)


@pytest.mark.parametrize("text, acknowledges", [
    ("Right. What does a normal day look like when you're not on call?", True),
    ("Right, right. So it's the detective work.", True),
    ("I'd really appreciate that. What do you like least about the job?", True),
    ("Yes, please, that would help me a lot. What do they look for?", True),
    ("Right, which is exactly why I wanted to ask. Does your company have a summer program?", False),
    ("Could you put me in touch with one of them? It would help me a lot to hear how they did it.", False),
])
def test_agreeing_and_taking_up_an_offer_acknowledge(text, acknowledges):
    s = score_utterance(text, previous="It's not a vacation if you spend it exhausted. I'm happy to tell you more.")
    assert s.listening.acknowledgement is acknowledges
