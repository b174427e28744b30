"""What turn sets 690-713 showed (first looks in bench/README.md): "Good." said alone to open a
turn receives the answer, and a question after it is no topic switch. Rows from sets 706-713
and earlier sets that had the same opening."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement

AGE = "You have to apply before you turn 31, with some exceptions for veterans — and you'd qualify either way. You're fine."


@pytest.mark.parametrize("text", [
    "Good. And what are the schedules like? My buddy said controllers work a rattler or something.",
    "Good, I'm twenty-three. Does your facility ever take interns from the collegiate training programs?",
    "Good, so I've got a few years, but the clock's ticking.",
    "Oh good, evenings I can do.",
])
def test_good_alone_at_the_start_acknowledges(text):
    assert acknowledgement(text, AGE)


def test_a_question_after_good_is_no_topic_switch():
    s = score_utterance("Good. And what are the schedules like? My buddy said controllers work a rattler or something.",
                        previous=AGE)
    assert s.listening.acknowledgement and not s.shown("topic_switch")


@pytest.mark.parametrize("text", [
    "Good morning! I'm Sam, thanks for making the time.",
    "Good question to ask, what do you look for in a new hire?",
    "Goodness knows how you do it. What keeps you going?",
])
def test_good_that_goes_on_is_not_the_word_alone(text):
    found = acknowledgement(text, AGE) or ""
    assert found != "good"
