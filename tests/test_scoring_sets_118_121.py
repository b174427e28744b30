"""What turn sets 118 to 121 showed (first looks in bench/README.md): curiosity stated, or a
lead-in cut off, before the question; a relative "which" in a statement; a second object of a
request; a guess at the answer after a fact asked; "where should I start"; "do you know how
that works"; what a term means; what something costs; "such a thankless job"; "couldn't
you?"; job asks through a helper used and a list. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, stacked", [
    ("I've managed a hardware store for years. I keep wondering if I'm too old to start. How did you get into it?", False),
    ("hi mister jackson um i'm kayla i'm a junior and i'm in the welding class at my high school my teacher "
     "gave me your number so um i wanted to ask like how did you get started", False),
    ("That sounds a lot like ethnography, which is what I do in my master's. How different is it really?", False),
    ("I'd love to hear about the worst night you've had and how you got through it.", False),
    ("How much cost the exams, and how people usually study for them?", True),
    ("What's the hardest part of being a sous chef, compared to being on the line? Is it managing people?", False),
    ("So what do you think about Tai Chi? Is that something you might try sometime?", True),
    ("What's 'staged'? Is that like a tryout?", False),
])
def test_stacked(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


@pytest.mark.parametrize("text, kind", [
    ("I'm curious what the culture among teachers is like — do people collaborate, or is everyone alone?", "open"),
    ("I'm just wondering, is there some step you would be willing to take, or consider?", "closed"),
    ("What would you recommend for someone my age — where should I start?", "open"),
    ("And where do most conservators actually end up?", "open"),
    ("Where do you live?", "closed"),
    ("Do you know how that works?", "open"),
    ("Do you know what the practical test involves?", "open"),
    ("Do you know what I mean?", "closed"),
    ("do you know what a fajita is?", "closed"),
    ("What's the JATC?", "closed"),
    ("Sorry — what's a banker?", "closed"),
    ("What's that?", "open"),
    ("What is a sit-along?", "open"),
    ("And what did training cost them?", "closed"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, shown", [
    ("Why is teaching still such a thankless job, though?", True),
    ("You could probably get certified in a year or so with a science degree, couldn't you?", True),
    ("Why is it such a long program?", False),
])
def test_leading(text, shown):
    assert score_utterance(text).shown("leading") == shown


@pytest.mark.parametrize("text, asks", [
    ("Any chance your foreman could use a helper before I get into the program?", True),
    ("could you maybe introduce me to whoever coordinates the interpreters so i could get on their list", True),
    ("How do you get on the schedule for the good shifts?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
