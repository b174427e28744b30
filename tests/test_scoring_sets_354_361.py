"""What turn sets 354 to 361 showed (first looks in bench/README.md): more job asks; in a run-on
transcript a topic named and then "how you ..." or "why they ..." asked about it, and "coming in
what's the fastest way ...", are questions; a "how you ..." clause of a statement is not."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Are you working on anything right now that might need an assistant? I'd take anything, even a few weeks.",
    "Do you need an assistant for this bee film? I can do syncing, organizing, anything.",
    "do you know if your agency takes people like me without the certificate yet",
    "Would your office ever need a front desk person? I could start part-time.",
    "Ha! Do you hire teenagers for the summer? I'm in 4-H and I have two hives of my own.",
    "Interesting. Do you ever hire people without commercial experience for the season?",
    "Well, that's encouraging. Are you planning to hire another paraplanner anytime soon?",
    "sunrise okay would you mind giving denise my number or like telling her i'm interested in a job there",
    "could i do a stodge with you like in your kitchen sometime this spring",
    "My driving record's clean. Could I come by the shop and fill out an application with you?",
    "would would your company maybe cover that if i came to drive for you guys",
])
def test_job_asks_found_in_sets_354_361(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


def test_asking_what_she_looks_for_in_seasonal_hires_is_no_job_ask():
    assert not JOB_ASK.search("oh okay yes please what what does she look for when she hire someone for the season")


@pytest.mark.parametrize("text, kind", [
    ("hazmat like the like chemicals why they pay more for this", "open"),
    ("private clients how you find them at the beginning", "open"),
    ("oh sixty hours that's a lot and in this time how you keep the the balance with the family", "open"),
    ("okay that's good to hear so for someone my age coming in what's the um what's the fastest way to actually"
     " get licensed", "open"),
    ("i like how you say this", "not_a_question"),
    ("so the jokes in the break room are kind of how you all get through it", "not_a_question"),
    ("the exam is what really counts and the school is just how you get to sit for it", "not_a_question"),
    ("they've already shown you how they age", "not_a_question"),
])
def test_questions_found_in_sets_354_361(text, kind):
    assert question_type(text) == kind
