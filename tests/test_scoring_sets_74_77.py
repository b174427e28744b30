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
