"""What turn sets 282 to 289 showed (first looks in bench/README.md): more job asks, "put me in
contact with" someone for advice is none, a guess with its tag after a long reaction asks, and
"weird how" asks them to say more. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "you said credit training program does your bank have one for new graduates and are they taking applications"
    " right now",
    "A hundred stings sounds like a fair price. How would I go about applying for one of those spring helper spots?",
    "I speak Vietnamese. If there is a bilingual job at your credit union, could you tell me?",
    "Twenty-four an hour is more than I make. You don't happen to have anything opening up, do you?",
    "Would you mind introducing me to your principal so I could talk to her about a position for next year?",
    "This makes me feel much better, thank you. Is there any job open in your science department for next year?",
    "Three years on a crew. You probably don't hire people my age for ground crew, do you?",
    "Okay, I will look for it. Your lab takes undergraduate students for research? I would like to join.",
    "Only ten a year, this is small. Could I maybe do one of these pre-program internships in your lab?",
    "Is there any chance I could sit in on your sessions the way you did? I'd be thrilled to help out for free.",
])
def test_job_asks_found_in_sets_282_289(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Your district does this? Could you put me in contact with the person who runs the program, so I can ask them"
    " about it?",
    "Could I sit in on one of your sessions sometime, just to watch?",
])
def test_contact_for_advice_and_watching_are_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("six to ten years wow that's that's a lot you must be so relieved to be done right", "closed"),
    ("weird how", "open"),
    ("okay rough how", "open"),
    ("i don't know how", "not_a_question"),
])
def test_questions_found_in_sets_282_289(text, kind):
    assert question_type(text) == kind
