"""Requests for an account said politely ("would you mind going into more detail", "can you
unpack that", "I wanted to quickly ask how ...", "I just wanted to check in and see how it went"):
open questions, though they start like yes/no questions or statements. Found in the AnnoMI
errors, written here as interview turns; the favours and literal wishes beside them stay as
they were."""

from __future__ import annotations

import pytest

from practice.scoring import question_type


@pytest.mark.parametrize("text, kind", [
    ("Would you mind filling me in on how the team is set up?", "open"),
    ("would you mind giving me a sense of the hours", "open"),
    ("Do you mind expanding on that?", "open"),
    ("would you mind going into a bit more detail on the reorg", "open"),
    ("Could you go into more detail about the licensing exam?", "open"),
    ("can you unpack that a little", "open"),
    ("Could you dig into that a bit more?", "open"),
    ("Can you break down how the budget works?", "open"),
    ("Go into that a bit more, if you don't mind.", "open"),
    ("I wanted to quickly ask how you got into design.", "open"),
    ("i wanted to also ask what you enjoy most about it", "open"),
    ("I wanted to simply ask you how you feel about the hours?", "open"),
    ("I just wanted to check in and see how the move to nights went.", "open"),
    ("I wanted to see what you thought about the new certification.", "open"),
    # favours and yes/no questions keep their kind
    ("Would you mind giving me your email?", "closed"),
    ("Could you go into management from here?", "closed"),
    ("I wanted to check in and see if you got my email.", "closed"),
    # a wish to see something is not a question
    ("I'd love to see what it's actually like.", "not_a_question"),
    ("I wanted to see the studio.", "not_a_question"),
])
def test_polite_requests(text, kind):
    assert question_type(text) == kind
