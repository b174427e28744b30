"""Fixes prompted by this session's first looks, sets 722-753 pooled (bench/README.md)."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    # answers offered to the question just asked, as a verbless list of options
    "What software you use mostly? Premiere or Avid?",
    "For the CDL, which school you recommend? Company school or private?",
    "But the actual work every day, what it looks like? More programming, or more meeting with people?",
    "Which certification is most important to get hired? Security+ or CySA+ or another one?",
    # one share asked of two parts
    "I see. And how much of your day is the math, and how much is explaining it to other people?",
    "oh the spreadsheet part i did not expect that um how much of the time is like the spreadsheet and how much is the diving",
])
def test_one_question_is_not_stacked(text):
    assert not score_utterance(text).stacked


@pytest.mark.parametrize("text", [
    "What do you enjoy most, and what do you enjoy least?",
    "What software do you use? And do you like it?",
    "What software do you use? Is it Premiere or do you use Avid?",
    "How much of your day is the math, and how do you explain it to clients?",
])
def test_two_questions_still_are(text):
    assert score_utterance(text).stacked
