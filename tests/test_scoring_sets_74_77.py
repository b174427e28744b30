"""What turn sets 74 to 77 showed (first looks in bench/README.md): job asks through a stage, a
few shifts, clips looked at in case a position opens, and an introduction to whoever hires.
Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text, asks", [
    ("um so at your hotel could i maybe come and do a stage with you some days", True),
    ("Would you let me pick up a few prep shifts here, even unpaid, to find out?", True),
    ("Is there an editor who might look at a few of my clips in case a reporting position opens?", True),
    ("Could you put me in touch with whoever hires the hosts here so I can apply?", True),
    ("Can I pick up shifts at another station once I'm hired?", False),
    ("How many shifts do you work a week?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


def test_a_list_ending_something_else_offers_answers():
    s = score_utterance("Where do you think the field is going in the next ten years? Drones, AI, something else?")
    assert s.question_type == "open" and not s.shown("stacked")


@pytest.mark.parametrize("text, leads", [
    # "i bet" as a reaction before the question, not a guess
    ("haha yeah the knees i bet um what what's the physical side actually like like day to day", False),
    ("I bet you love the overtime, right?", True),
])
def test_i_bet_as_a_reaction(text, leads):
    assert score_utterance(text).shown("leading") == leads


def test_considering_someone_for_one_is_a_job_ask():
    assert score_utterance("Are aide jobs hard to get, and would your clinic consider someone my age for one?").job_ask
