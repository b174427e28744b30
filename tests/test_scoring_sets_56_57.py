"""What turn sets 56 and 57 showed (first looks in bench/README.md): "who would I contact"
asks for a name, "so do i need ..." asks, "is like" before the options is a filler, a short
request for an account of what the question before named asks it again, and two indirect job
asks. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, expected", [
    ("Does your lab take pre-program interns, and who would I contact about that?", "closed"),
    ("Who should I talk to?", "closed"),
    # (open when sets 56-57 were read; over sets 1-561, 23 of the 30 such questions are labelled
    # closed: a name, the one fact asked for)
    ("Who would you recommend I talk to?", "closed"),
    ("the doctorate so do i need to do the whole doctorate again or is there like a different way", "closed"),
    ("oh so do i", "not_a_question"),
    ("how much of your day is like coding versus meetings", "closed"),
    ("how much do you like the work", "open"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


def test_a_short_request_after_an_open_question_asks_it_again():
    s = score_utterance("Clever. What does a therapy session with a kid actually look like? Could you walk me through one?")
    assert not s.stacked and s.question_type == "open"
    assert score_utterance("What do you enjoy most? Could you tell me about your training?").stacked


@pytest.mark.parametrize("text, asks", [
    ("Could you get me on as a helper with your crew next season, then? I'd work hard.", True),
    ("Would you introduce me to your editor so I can ask about a staff reporter job?", True),
    ("How did you get on with your boss?", False),
    ("Would you introduce me to the people who do the training for the role?", False),
])
def test_indirect_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
