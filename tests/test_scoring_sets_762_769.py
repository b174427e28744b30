"""Fixes prompted by this session's first looks, sets 762-769 (bench/README.md)."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    # the subject named, then a yes/no question about it: the question asked decides
    "um what about the parents is it difficult to talk with the parents",
    "What about CDL school, do companies pay for it or do I pay it myself?",
    "what about grad school do you need a phd to do what you do",
    "okay um what about the money is it is it true what they say that first year drivers make like nothing",
])
def test_yes_no_question_after_what_about_is_closed(text):
    assert score_utterance(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    # after a filler, the yes/no question is an example of what the subject could hold
    "what about the mental side like do you ever get scared out there",
    # a relative clause of the subject, then an open question
    "um what about the the companies that do the training what should i look for in a good one",
    "what about like the stereotypes how do people see tattoo artists now compared to when you started",
    "What about the culture?",
])
def test_what_about_stays_open(text):
    assert score_utterance(text).question_type == "open"
