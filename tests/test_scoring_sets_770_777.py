"""Fixes prompted by this session's first looks, sets 770-777 (bench/README.md)."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    # "which one" picks among options named, whatever the verb
    "Which one did you originally want to do?",
    "Which one would you start with?",
    "so you could you could go military or go to a school um which one do you think gives you the better start",
    "Interesting, so you're more the teacher than the cop. Which one did you want to be when you started?",
])
def test_which_one_picks_and_is_closed(text):
    assert score_utterance(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    # a view asked with "which" but no "one": still open
    "Which part of the job do you enjoy the most?",
    "Which of those do you think is important to you?",
])
def test_which_with_a_view_asked_stays_open(text):
    assert score_utterance(text).question_type == "open"
