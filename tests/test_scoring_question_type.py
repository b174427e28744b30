"""The stable `question_type` entry point other components import."""

import pytest

from practice.scoring import question_type

CASES = [
    ("Do you like your job?", "closed"),
    ("What do you enjoy most about your job?", "open"),
    ("How many hours a week do you work?", "closed"),
    ("How long have you been at the company?", "closed"),
    ("Could you walk me through a typical day?", "open"),
    ("I'm curious what drew you to product design.", "open"),
    ("Tell me about your path into the field.", "open"),
    ("Is it more the people or the work itself?", "closed"),
    ("You enjoy the travel, right?", "closed"),
    ("That makes sense, thank you.", "not_a_question"),
    ("What I found interesting was the rotation program.", "not_a_question"),
    ("How did you get started? Does that make sense?", "open"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_question_type(text, expected):
    assert question_type(text) == expected
