"""What turn sets 370 to 377 showed (first looks in bench/README.md): more job asks, and an
introduction asked for to hear how someone did it is none; in a transcript "oh no what happened",
"why so short", "what's killing them" and "what skills is most important" ask, and a guess
after a wh-question ("... was it the being away from home") leaves it the question; what users
were or are themselves relates rather than reflects."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Does your lab have a technician job for international students, or a volunteer diving position?",
    "Which firms around here do that? And would you mind introducing me to someone at one of them who's hiring?",
    "Your shows also take freelance pitches? Could I pitch you something?",
    "is there any way i could like volunteer on your boat this summer even just hauling gear around",
    "wait would she would she maybe take me like could you give me her email and tell her i want to be on her crew",
    "Ten years for repairs, wow. Do you ever take an apprentice? I'm very patient.",
    "Would you be open to me shadowing you in the edit suite for a week this summer? I could log footage for free.",
])
def test_job_asks_found_in_sets_370_377(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Would you be willing to introduce me to him? I'd love to hear how he got started.",
    "That's really good to know. Would you be willing to put me in touch with one of them? I'd love to hear how they"
    " juggled it.",
    "oh really um what do you think makes a vet tech stand out when you guys are hiring",
])
def test_no_job_ask_in_sets_370_377(text):
    assert not job_ask(text)


def test_an_introduction_for_a_position_is_still_a_job_ask():
    assert job_ask("Would it be possible for you to introduce me to your nurse manager, so I can ask her about a new"
                   " grad position when I finish?")


@pytest.mark.parametrize("text, kind", [
    ("oh no what happened", "open"),
    ("every thirty minutes why so short", "open"),
    ("thirty percent that's that's a lot of bees what's killing them", "open"),
    ("haha oh no that is very funny um what skills is most important for this job i am learning cooper netties now",
     "open"),
    ("nineteen years wow um so what made you switch to regional was it was it the being away from home", "open"),
    ("that'd be great thank you um what what's the hardest part of getting the cdl for somebody like me who's been on"
     " a factory line his whole life", "open"),
    ("oh that's so cool i didn't know that was a thing is there any chance you could um add me to that group chat",
     "closed"),
    ("Thank you very much, really. Last question, what you wish somebody told you before you started in security?",
     "open"),
    ("Good to hear. What you think is better for me, go to culinary school, or start in a kitchen as commis?", "closed"),
    ("So you still need the master's degree to do what you do?", "closed"),
    ("What is the age limit to enter the FAA academy?", "closed"),
    ("So the people at the desk mostly aren't librarians at all. What's the difference day to day?", "open"),
    ("so basically if your welds are good nobody really cares who's holding the torch", "not_a_question"),
    ("okay so you like not knowing what's coming next", "closed"),  # (`statement_asks.SO_YOU_LAST`, sets 458-465)
    ("what matters is showing how you thought", "not_a_question"),
    ("so what hooked you was more the long haul with the families than the dramatic stuff is that right", "closed"),
])
def test_questions_found_in_sets_370_377(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "you have to be under thirty one to apply right",
    "the pact test that's the one where you walk like three miles with weight on right",
])
def test_a_requirement_or_a_term_checked_is_not_leading(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "i was a crew chief in the air force for six years so i'm kinda used to stuff being designed to wash you out",
    "that's kind of like what we do with the dogs at the clinic um i'm a vet tech right now so",
    "ha i have a twelve year old so i i believe that",
    "I get that. Honestly, the quiet was my favorite part of convoy runs too.",
    "That's so funny, it's exactly like a kitchen. The walk-in dies on a Saturday night.",
])
def test_what_users_are_themselves_relates(text):
    assert relates_own(text)
