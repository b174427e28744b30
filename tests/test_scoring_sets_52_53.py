"""What turn set 52 showed (first looks in bench/README.md): a guess said in passing, before
"but" or in a "which" clause, and "..., is that right?" checking what was heard, are not
leading. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "How is that different from usability testing, which I assume you also do?",
    "I know you probably don't take students, but if you ever need someone for weekend prep, would you keep me in mind?",
    "wait paid the whole time like you're earning from day one even during classes is that right",
    "So you started at twenty-two, is that right?",
])
def test_courtesies_and_checks_are_not_leading(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "You probably love the travel, right?",
    "I assume the hours are brutal?",
    "I bet the money makes up for it, doesn't it?",
])
def test_guesses_still_lead(text):
    assert score_utterance(text).leading
