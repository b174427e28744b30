"""What turn sets 94 to 97 showed (first looks in bench/README.md): a run-on summary checked at
its end ("... is that fair to say") is a closed check that still reflects; "What a generous way
to see it." exclaims; congratulations and "oh good" acknowledge; a stage asked for with fillers
and a favour through the interviewers ask for a job. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.acknowledge import acknowledgement


@pytest.mark.parametrize("text, kind", [
    ("so the money held up but your body didn't is that what you mean", "closed"),
    ("okay so it's more like negotiating between people than designing things is that fair to say", "closed"),
    ("i think the hardest part of the job is the paperwork that is right", "not_a_question"),
    ("What a generous way to see it: the shouting is usually worry in disguise.", "not_a_question"),
    ("What a great way to put it!", "not_a_question"),
    ("what a typical day looks like for you", "open"),
])
def test_checks_and_exclamations(text, kind):
    assert question_type(text) == kind


def test_summary_checked_at_the_end_still_reflects():
    previous = ("Less drawing than people think. I spend most of my time in meetings with developers, "
                "neighborhood groups and public works.")
    scored = score_utterance("okay so it's more like um more like negotiating between people than designing things "
                             "is that fair to say", previous=previous)
    assert scored.listening.reflection
    assert not scored.leading  # the check asks whether it was heard, it pushes no view


@pytest.mark.parametrize("text, heard", [
    ("congrats on making senior um is tax season really as brutal as people say", True),
    ("oh good i'm twenty three so i'm fine um is the academy hard", True),
    ("oh good morning um so what does your week look like", False),
])
def test_congratulations_and_relief(text, heard):
    previous = "I made senior last spring. You have to apply before you turn thirty-one."
    assert bool(acknowledgement(text, previous)) == heard


@pytest.mark.parametrize("text, asks", [
    ("i'm graduating culinary school in june could i maybe like stage in your kitchen for a few nights", True),
    ("could you maybe tell the people doing the interviews that you met me", True),
    ("Did you tell the people doing the interviews that you met the mayor?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, kind", [
    # "what" + a noun + an auxiliary + a subject starts a question wherever it comes in a run
    ("really that's good to hear so what skills would you say i should um build first coming from architecture", "open"),
    ("eighty percent desk hm so like what classes should i be taking now if i want to end up doing this", "open"),
    ("that's like the worst month for new teachers what what was going on for you then", "open"),
    ("i know what classes you should take", "not_a_question"),
    ("that's what people would say about it", "not_a_question"),
    ("i know what was going on back then", "not_a_question"),
])
def test_wh_noun_questions_run_on(text, kind):
    assert question_type(text) == kind
