"""Turns of sets 954-961 (first look on 1fb3236) the scorer read wrongly: "..., sweep floors,
whatever." read as a wh-question, "why you don't miss it" (a second language's order); job asks
through someone "who can help me get inside the program", whoever "runs the internships", "any
chance at an associate producer opening", "some position in your lab", mentioning their name
"about the position", who to talk to "about getting one at your park", who to call "at your agency
to apply"; and the turns beside them that must keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize(("text", "kind"), [
    ("Okay, that's really helpful. Actually, is your company taking summer helpers? I'd honestly do anything, sweep"
     " floors, whatever.", "closed"),
    ("Would you ever take on an apprentice? I'd sweep floors, whatever. I'm serious.", "closed"),
    ("why you don't miss it", "open"),
    # ... and beside them
    ("Whatever happened to the old crew?", "open"),
    ("that's why you don't see many of them anymore", "not_a_question"),
])
def test_question_types_found_in_sets_954_961(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("Very simple, very honest, I like this. Maybe you know somebody in the union who can help me get inside the"
     " program?", True),
    ("That's encouraging. Could you connect me with whoever runs the internships at the transit agency?", True),
    ("That's really practical, thank you. Would your station let me shadow a morning show, and if it goes well, is"
     " there any chance at an associate producer opening?", True),
    ("Washing glassware, I can do that. Maybe you have some position in your lab for this, for undergraduate?", True),
    ("That would help me so much, thank you. Is it okay if I mention your name when I write to her about the"
     " position?", True),
    ("path ways okay do you know when those open up or like who i'd talk to about getting one at your park", True),
    ("oh that's good so um maybe you can tell me who i should call at your agency to apply", True),
    # not asks
    ("Who helped you get into the program back then?", False),
    ("Do you have some position in mind for people starting out?", False),
    ("What's the best way to apply, in general?", False),
])
def test_job_asks_in_sets_954_961(text, asks):
    assert bool(job_ask(text)) is asks
