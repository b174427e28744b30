"""What turn sets 102 to 105 showed (first looks in bench/README.md): "which one would you pick"
asks to pick among options, closed (a counsellor's "which of those do you think matters to
you" still invites a view); leave to ask with the topic named ("Can I ask about scheduling?")
comes before the question that decides. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type


@pytest.mark.parametrize("text, kind", [
    ("Which one would you pick if you were starting today?", "closed"),
    ("Which of those programs would you recommend for someone with zero hours?", "closed"),
    ("so you could go military or go to a school um which one would you say gives you the better start", "closed"),
    ("Which of those do you think is most important to you?", "open"),
    ("Where do you think the field is heading?", "open"),
])
def test_which_picks(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Can I ask about scheduling? Do you work three twelves, or is it more of a rotating thing?", "closed"),
    ("Could I ask about pay? What does a first-year apprentice usually make?", "closed"),
    ("Can I ask about your path? How did you get from the lab into policy?", "open"),
    ("Can I ask about scheduling?", "open"),
])
def test_leave_to_ask_comes_first(text, kind):
    assert question_type(text) == kind
