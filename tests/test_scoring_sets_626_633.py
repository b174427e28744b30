"""What turn sets 626 to 633 showed (bench/README.md): a second question said straight after an
open one mostly narrows it or offers an answer ("What skills should I focus on? Linux?"), so the
turn is not called stacked; joined on with "And ..." it is a question of its own."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "Where do you think Foley is heading in the next ten years? Are sound libraries going to replace people like you?",
    "What's the culture like among the teachers at your school? Do people tend to stay long?",
    "Ha. What's the day-to-day actually like? Walk me through a typical Tuesday.",
])
def test_a_question_that_narrows_an_open_one_is_not_stacked(text):
    assert not score_utterance(text).shown("stacked")


@pytest.mark.parametrize("text", [
    "How did you get into funeral service? And did you have to go to mortuary school for it?",
    "Do you ever worry about funding? Where do you see the field in ten years?",
    "What's the weirdest prop you've ever used? And do you get to keep any of them?",
])
def test_questions_of_their_own_are_stacked(text):
    assert score_utterance(text).shown("stacked")


@pytest.mark.parametrize("text", [
    "Wait, a piano is deliberately out of tune? Why would anyone build it that way?",
    "Wait, a whole dog? Why would anyone paint over a dog?",
])
def test_wondering_at_their_oddity_does_not_lead(text):
    assert not score_utterance(text).leading


def test_why_would_anyone_choose_it_still_leads():
    assert score_utterance("With money like that, why would anybody ever quit?").leading


@pytest.mark.parametrize("text", [
    "that is very kind thank you um do you have like fellowships or paid internships at your station",
    "okay that's good to know um does your crew ever take like first year people or",
])
def test_job_asks_found_in_sets_626_633(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text, kind", [
    ("What's the culture like among the teachers at your school? Do people tend to stay long?", "open"),
    ("Where do you think Foley is heading in the next ten years? Are sound libraries going to replace people like you?",
     "open"),
    ("How did you get into funeral service? And did you have to go to mortuary school for it?", "closed"),
])
def test_the_open_question_decides_when_the_yes_no_one_narrows_it(text, kind):
    assert score_utterance(text).question_type == kind
