"""Turns of sets 946-953 (first look on f255da9) the scorer read wrongly: leave asked in one breath
before the question ("can we go back to the diving for a sec how did you ..."), "do a lot of
people wash out", "but is forty four too old"; job asks by an outfit that "doesn't happen to need
drivers", "can you help me to get in?", a stage "with your team", and "would your company ever
hire somebody right out of school" after asking which companies are fair; and the turns beside
them that must keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize(("text", "kind"), [
    ("um can we go back to the diving for a sec how did you get your dive certification was it through school", "open"),
    ("can i ask you something kind of personal why didn't you go to vet school", "open"),
    ("they bend it to see if it breaks that's kind of brutal do a lot of people wash out", "closed"),
    ("yeah i i really am but is forty four too old to start nursing school", "closed"),
    # ... and beside them
    ("can we go back to the diving for a sec", "closed"),
    ("it was hard but is too much for me", "not_a_question"),
    ("the nurses do a lot of charting and a lot of people quit", "not_a_question"),
])
def test_question_types_found_in_sets_946_953(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("Makes sense. Your outfit doesn't happen to need drivers, does it?", True),
    ("huh that makes a lot of sense comparing them you wouldn't need like a seasonal driver for the almond trip would"
     " you i still got my cdl from driving for the postal service", True),
    ("You must feel a lot of pressure in that moment, yes? Also, do you know if the union has apprenticeship openings"
     " this year, and can you help me to get in?", True),
    ("Okay, worked a line, even a bad one, got it. Would it make sense for me to stage with your team over winter"
     " break? I'd do it for free.", True),
    ("oh wow okay so the free schools aren't really free do you know which companies are like the fair ones about"
     " that and um would your company ever hire somebody right out of school", True),
    # not asks
    ("Which companies hire people right out of school?", False),
    ("What would help me get in, a degree or experience?", False),
    ("Did you stage with your chef before you were hired?", False),
])
def test_job_asks_in_sets_946_953(text, asks):
    assert bool(job_ask(text)) is asks
