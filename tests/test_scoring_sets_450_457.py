"""What turn sets 450 to 457 showed (first looks in bench/README.md): five more job asks, among
them one whose "ER" the transcript cleaner reads as the filler "er"."""

from __future__ import annotations

import pytest

from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "okay that's that's actually really helpful um could you maybe like keep my email and let me know if your er"
    " takes any new grad residents when i finish",
    "Could my field placement be at your hospice? I already know some of the team from volunteering.",
    "right right okay um is your hospital ever like taking people from the excel rated programs could i maybe get on"
    " there when i'm done",
    "Three weeks only, this is good. Your agency, they pay for the course? And maybe after, I can work there with you?",
    "came in sideways okay so like i do a lot of sound for my podcast recording my own effects and stuff so uh would"
    " you ever let me come sit in on a session and maybe help out",
])
def test_job_asks_found_in_sets_450_457(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Could you let me know if your schedule frees up? I'd love to ask a few more questions.",
    "Maybe after, I can work out which program fits me best.",
])
def test_near_misses_ask_no_job(text):
    assert not job_ask(text)
