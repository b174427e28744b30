"""What turn sets 562 to 569 showed (first looks in bench/README.md): "how much do they make like
starting out" asks for the pay; "get right" at the end is no tag; the user's own years or
trade set beside the answer are relating, not reflection."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize("text, kind", [
    ("how much do rad techs make like starting out around here", "closed"),
    ("how much do you like the work", "open"),
    ("forty minutes for one couch sit that's wild what what makes it so hard to get right", "open"),
])
def test_question_types_found_in_sets_562_569(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text", [
    "that's funny cause in kitchens it's kind of the same like the people who are good on expo are the ones who"
    " like chaos and i was always that guy",
    "In construction is the same a little bit. My crew, we eat lunch together every day, and when somebody get"
    " hurt, everybody feel it.",
    "i managed a store for like fifteen years so i i kind of know that feeling of everybody needing you at once",
])
def test_the_users_own_side_is_relating(text):
    assert relates_own(text)
