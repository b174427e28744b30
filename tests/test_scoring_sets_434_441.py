"""What turn sets 434 to 441 showed (first looks in bench/README.md): more job asks, and asking
what makes an application stand out or whether a résumé is competitive is advice; "And would
you be willing to share it?" asks for more; a yes/no guess about customers or about what the
work looks like keeps the open question."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "so showing up and being coachable counts more than the diploma are you guys looking for anybody right now even"
    " like prep or dish",
    "How did you make the jump out of academia? And are there summer technician jobs at your agency that a sophomore"
    " could apply for?",
    "That's fair. Would you ever take a student like me for a clinical placement?",
    "Would your agency be one of those that pays? If so, I'd love your recruiter's name.",
    "You probably know most of the small bakery owners around here. You don't happen to know one who needs morning"
    " help, do you?",
    "yeah for sure um would you ever want a second guy out there like could i like tag along with you for a season as"
    " your tender",
    "Your company, they have also local routes? And maybe you can tell me who I should talk with about apply.",
])
def test_job_asks_found_in_sets_434_441(text):
    assert JOB_ASK.search(clean(text).lower())
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "If I apply for the ER tech opening at your hospital while I'm in school, what would make an application stand"
    " out to whoever reads it?",
    "would you be willing to look at my resume once i've got a couple of projects on there and tell me if it's like"
    " competitive",
])
def test_advice_on_applying_is_no_job_ask(text):
    assert not job_ask(text)


def test_and_would_you_share_it_asks_for_more():
    assert score_utterance("Three thousand terms! How did you organize it? And would you be willing to share it?").stacked


@pytest.mark.parametrize("text", [
    "What's it been like being a woman in the trade? Do customers mostly not care?",
    "What does SRE work with developers look like at your company? Is it only fixing things after?",
])
def test_a_guess_after_how_it_goes_keeps_the_open_question(text):
    said = score_utterance(text)
    assert not said.stacked
    assert said.question_type == "open"
