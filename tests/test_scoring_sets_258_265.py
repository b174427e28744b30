"""What turn sets 258 to 265 showed (first looks in bench/README.md): a plain fact about them
said back in a transcript is a question to confirm; a fact with "I assume?" after it checks
rather than leads; more job asks. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text, kind", [
    ("oh wow okay so you work nights", "closed"),
    ("so you you work nights still", "closed"),
    ("so your uncle was already an electrician", "closed"),
    ("so you rotate between days and midnights in the same week", "closed"),
    ("two hundred people wow that is a lot um how you deal with that when they are angry at you", "open"),
    # a summary said back, with a hedge or a verdict, stays a statement
    ("so you kind of have to be really disciplined with money since it goes up and down", "not_a_question"),
    ("ha so you basically traded the banquet grind for a different grind", "not_a_question"),
    ("So you work nights.", "not_a_question"),
    ("how you handle it is what matters", "not_a_question"),
])
def test_questions_found_in_sets_258_265(text, kind):
    assert question_type(text) == kind


def test_a_fact_checked_back_before_the_question_is_not_shown_as_stacked():
    s = score_utterance("so you came from industry too um what made you make the jump from the lab to the classroom")
    assert s.stacked and not s.shown("stacked")


@pytest.mark.parametrize("text, leads", [
    ("You need a master's degree to be a librarian, I assume?", False),
    ("And you were a seasonal first, I assume?", False),
    ("You must love the travel, I assume?", True),
    ("The nights are brutal, I assume?", True),
])
def test_a_fact_put_with_i_assume_checks(text, leads):
    assert bool(score_utterance(text).leading) == leads


@pytest.mark.parametrize("text", [
    "can i come and do the test at your shop maybe next month",
    "Would it be okay if I called your station when applications open and mentioned that we talked?",
    "Until I get the license, maybe I can work in your office as dental assistant? I have experience.",
    "What would a volunteer do in a department like yours? And who would I reach out to about volunteering with you?",
    "I've got my OSHA 10 and I'm not squeamish. Are you looking for techs right now?",
    "Thank you, this help me a lot. If one day there is a job open in the court, can you tell me?",
    "Do you know anyone in consulting I could talk to? And are you taking any undergrads on your dive surveys?",
    "The agency pays for it, that is very good. Your agency is hiring now?",
    "and your agency do they ever take people who are still studying for the exam like as a trainee",
])
def test_job_asks_found_in_sets_258_265(text):
    assert job_ask(text)


def test_asking_to_take_questions_is_no_job_ask():
    assert not job_ask("Are you taking any questions from the audience after the talk?")
