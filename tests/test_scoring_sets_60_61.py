"""What turn sets 60 and 61 showed (first looks in bench/README.md): job asks through a way
onto their crew, internships, a stage, a freelancer's work, and "how much" of a degree with
"carries over" or "hurt". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, asks", [
    ("If I get into the JATC program, is there a way I could end up on your crew?", True),
    ("do you guys do internships for high schoolers cause i would literally do anything to get in there", True),
    ("Then can I ask you right now? Could I come in and stage here some Saturday?", True),
    ("okay writing that down um when i turn eighteen could you could you help me get on with your company", True),
    ("Is the wind farm bringing on any new techs this spring?", True),
    ("Would the Ledger take on a freelancer to cover those rural township meetings?", True),
    ("How did you end up on your crew?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, expected", [
    ("And how much of my psych lab experience actually carries over to UX?", "open"),
    ("With all the dinners you've had to leave, how much has the on-call life hurt your relationships?", "open"),
    ("How much does it cost?", "closed"),
])
def test_how_much_of_a_degree(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "Fair point. How long is the DPT program?",
    "Okay, I'll do that tonight. Last question: where do you see libraries going in the next ten years?",
    "that means a lot coming from you um would you be okay if i sent you my portfolio",
    "Okay, that is not so bad for me. How do people in my situation usually find the first job here?",
])
def test_acknowledgements_of_sets_56_to_61(text):
    previous = "A four-year degree from abroad often counts for about a hundred and twenty, so people take a few extra classes."
    assert score_utterance(text, previous=previous).listening.acknowledgement


def test_a_question_about_not_so_bad_is_no_acknowledgement():
    assert not score_utterance("That's not so bad, is it?", previous="It pays about forty thousand to start.").listening.acknowledgement


def test_that_as_the_subject_of_a_later_clause_points_back():
    from practice.scoring.pointing import points_back
    from practice.scoring.questions import find_questions

    found = find_questions("How do you keep from burning out when that's most of what you do?")
    assert points_back(found.questions)
