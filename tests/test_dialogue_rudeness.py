"""Rude is aimed at them: "boring", "politics", "awful" or "worst" are everyday words in
reflections, ethics questions, sympathy and stereotype questions, and a turn is redirected only
when the word insults their work (sets a-r had 24 such turns redirected, bench/README.md)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("scenario, turn, kind", [
    # the dull share of the work, named as such, said back
    ("data_scientist", "So the model does the boring legwork and you still decide what it means.", "reflection_response"),
    # a stereotype put to them to check is a stereotypes question
    ("civil_engineer", "My uncle says engineers are boring folks who only do sums. Any truth in that?", "answer"),
    ("marketing", "people at my work joke that marketing is just colouring in what do they get wrong", "answer"),
    # pressure from politicians is an ethics question, not a question about their politics
    ("civil_engineer", "Have politicians ever leaned on you to move a project up the list?", None),
    # "what ... makes you" is not someone's pay
    ("ux_researcher", "What piece of work makes you proudest?", "answer"),
    # sympathy, not a verdict on their job
    ("nurse", "Oh, that sounds awful. How did you cope afterwards?", None),
    # the user about their own job
    ("teacher", "Accounting got a bit boring for me after twenty years. What keeps teaching fresh for you?", "answer"),
    # whether a course is worth it
    ("data_scientist", "Is a bootcamp a waste of money, or would you do a masters?", "answer"),
])
def test_everyday_words_are_not_insults(reply_to, scenario, turn, kind):
    reply = reply_to(scenario, "What does a normal day look like?", turn)
    assert reply.kind != "redirect"
    if kind:
        assert reply.kind == kind


@pytest.mark.parametrize("scenario, turn", [
    ("marketing", "Honestly your job sounds so boring."),
    ("teacher", "Teaching is just glorified babysitting, isn't it?"),
    ("data_scientist", "This is a waste of time, to be fair."),
    ("civil_engineer", "Aren't you all corrupt at the city anyway?"),
    ("ux_researcher", "My mate says your app is rubbish."),
    ("nurse", "Which of the doctors is the worst one to work with?"),
    ("teacher", "What are your political views?"),
])
def test_insults_and_personal_questions_are_still_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, "What does a normal day look like?", turn).kind == "redirect"


@pytest.mark.parametrize("before, turn", [
    # "boring" after "it bored me silly": their own word, said back
    ("How did you get into teaching?", "was the actuary job really that boring"),
    # their husband, after they spoke of him
    ("What do people get wrong about teachers?", "does your husband really mind"),
])
def test_what_they_raised_themselves_is_no_insult_or_prying(reply_to, before, turn):
    assert reply_to("teacher", before, turn).kind == "follow_up"


def test_asking_after_a_spouse_they_never_mentioned_is_still_prying(reply_to):
    assert reply_to("teacher", "How did you get into teaching?", "does your husband mind the hours").kind == "redirect"
