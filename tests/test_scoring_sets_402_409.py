"""What turn sets 402 to 409 showed (first looks in bench/README.md): more job asks, and "if
nobody hire me" is none; "... and why" at the end asks for an account."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Oh, nice. Would you be open to me shadowing you on a job sometime? And if it goes well, is there any chance"
    " you'll be hiring in the spring?",
    "Two weeks became six years, wow. Your studio, maybe they need someone for emergency like that sometimes? I can"
    " work very fast.",
    "That's very kind. Your bakery, do you need a morning prep person now? I can come any day for try.",
    "your agency is it looking for new people now because i can i can start the course next month",
    "Do you think you'll need an assistant anytime soon? I'd honestly work for almost nothing too.",
    "i see um is there a possibility to work for you maybe in the almond season as a helper",
])
def test_job_asks_found_in_sets_402_409(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Three years experience, okay. But how I get experience if nobody hire me without the CFP? This is the part I"
    " don't understand.",
    "Six thousand hours is a lot. So how can I get these hours, if nobody hires me without the certification first?",
])
def test_no_job_ask_in_sets_402_409(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("i'm curious um which kind of company is the most difficult to analyze for you and why", "open"),
    ("under twenty percent wow um and and which part was the which part was toughest for you and why", "open"),
    ("Which station pays better?", "closed"),
])
def test_questions_found_in_sets_402_409(text, kind):
    assert question_type(text) == kind
