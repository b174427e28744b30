"""What turn set 50 showed (first looks in bench/README.md): "how'd you" run on in speech,
asking to be told a name, and job asks through someone who "might be looking" or by signing
on to work for them. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text, expected", [
    ("so it's basically muscle memory at this point how'd you get trained up for all that", "open"),
    ("Could you tell me the name of someone at the conservancy I could talk with?", "closed"),
    ("Could you tell me about the conservancy?", "open"),
])
def test_question_type(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "you know anybody at one of those small flight departments who might be looking i could send you my stuff",
    "would your company ever sponsor somebody through the training if they signed on to work for you after",
])
def test_job_asks(text):
    assert job_ask(text)


def test_knowing_someone_to_talk_to_is_no_job_ask():
    assert not job_ask("Do you know anybody in the field who might be willing to talk to me?")


def test_getting_me_into_the_next_class_is_a_job_ask():
    assert job_ask("Could you maybe talk to someone at the training center about getting me into the next apprentice class?")


def test_too_bad_acknowledges():
    previous = "Right, HR and payroll. Nothing on the plant side at my company, unfortunately."
    text = "Too bad. Well, if anything junior opens up on your team, I'd be grateful if you'd keep me in mind."
    assert score_utterance(text, previous=previous).listening.acknowledgement
