"""What turn sets 394 to 401 showed (first looks in bench/README.md): more job asks, and asking
which employers hire people like them, or whether they would be competitive, is none; a guess
after a comma keeps the open question even when its first words came earlier; "what's it like
..." followed by a yes/no guess is one open question; curiosity about the person to be
introduced and "or is that too much to ask" ask nothing more."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Makes sense. Any chance your company hires guys my age with no CDL yet, or would I need to get that first?",
    "okay and um the agency you work for do they do they hire people now my english is not perfect but i have the"
    " certificate",
    "dang ok um is there any way i could like come shadow you guys or get on as a helper this summer",
    "that makes sense do you ever like bring on apprentices because i would honestly do anything to get on a foley"
    " stage even sweeping",
    "With so much work in summer, you hire extra people for that? I can work hard and I am not afraid of the stings.",
    "Do you have any regular clients you'd be willing to hand off to me once I'm trained?",
])
def test_job_asks_found_in_sets_394_401(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "That is good news for me. In your opinion, what kind of city is more open to hire people like me, with"
    " experience from other country?",
    "Which companies hire observers?",
    "Would you be willing to look over my résumé and tell me honestly if I'd be competitive for paraplanner jobs?",
    "i'm only sixteen so is it better to go to a welding program after high school or try and get on as a helper first",
])
def test_no_job_ask_in_sets_394_401(text):
    assert not job_ask(text)


def test_a_job_ask_beside_which_employers_hire_is_still_found():
    assert job_ask("Which companies hire new grads around here? And is your team hiring right now?")


@pytest.mark.parametrize("text, kind", [
    ("So regional is kind of the middle ground. How did you make that switch, did you have to change companies?",
     "open"),
    ("Really? How did they make the jump, did they go to culinary school first?", "open"),
    ("What's it actually like sitting in the tower? Is it as stressful as people think?", "open"),
    ("What's your schedule like at the regional? Are you gone most of the week?", "open"),
    ("Could you put me in touch with one of them? I'd love to hear how they made the jump.", "closed"),
    ("How did that water rate story come together? I'd love to hear how you found it.", "open"),
    # a restart or a turn to them before the guess is no open question kept (Switchboard)
    ("Well, how about you, are you an exercise fanatic?", "closed"),
    ("What is, do you know what your state income tax rate is?", "closed"),
    ("How, do you know how wrong they are?", "closed"),
])
def test_questions_found_in_sets_394_401(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "Could you point me toward anyone in the documentary world who came in later? I'd love to hear how they did it.",
    "That's really interesting. Would you be open to being a reference for me when I start applying to firms? Or is"
    " that too much to ask this early?",
    "What's it actually like sitting in the tower? Is it as stressful as people think?",
])
def test_one_question_in_sets_394_401(text):
    assert not score_utterance(text).stacked
