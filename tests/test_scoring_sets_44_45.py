"""What turn sets 44 and 45 showed (first looks in bench/README.md): short verdicts on what was
said or advised, a bare "Huh.", a short question that names nothing of its own, an externship
asked for "here", and a question after "in your experience". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask

ADVICE = "I'd really recommend substitute teaching for a semester to see it firsthand."
PAY = "Techs in our area start around eighteen an hour, which is tough with a two-year degree."


@pytest.mark.parametrize("text, previous", [
    ("Subbing first is a good idea. Which certification route did you take?", ADVICE),
    ("Good tip. How did you pick your own school?", ADVICE),
    ("Good for you. How long did that take?", "I kept my head down and let my welds do the talking."),
    ("Eighteen an hour is lower than I expected. How do people manage on that?", PAY),
    ("Three or four a day is a ton. How do you choose?", "I file three or four stories on a normal day."),
    ("Huh. That would be a lifesaver for the night shift, wouldn't it?",
     "We'll see more virtual ICU support, a remote nurse watching monitors for several units."),
])
def test_short_verdicts_acknowledge(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


def test_a_question_ending_in_huh_is_no_acknowledgement():
    previous = "We open at six and the line is out the door by seven."
    assert not score_utterance("Is it always that busy, huh?", previous=previous).listening.acknowledgement


STORY = "Bears, hardly ever. People, all the time. Last summer a man tried to set his kid on a bison for a photo."


@pytest.mark.parametrize("text, expected", [
    ("No way. What did you do?", True),
    ("What happened then?", True),
    ("How did you start?", False),
    ("What do you do?", False),
])
def test_a_short_question_with_nothing_of_its_own_asks_on(text, expected):
    assert score_utterance(text, previous=STORY).listening.follow_up is expected


def test_an_externship_here_is_a_job_ask():
    assert job_ask("Would it be possible to do my externship here next spring? I need four hundred hours.")


def test_a_question_after_in_your_experience():
    text = "mm that makes sense um in your experience do firms actually hire career changers my age"
    assert question_type(text) == "closed"


def test_a_phrase_of_everyday_words_said_again_is_a_detail():
    previous = ("I'm on the payments team, so I review code and take my turn being on call. When something "
                "breaks at 2 a.m., people notice fast.")
    text = "Forgive me if this is basic, but what does being on call actually involve for you?"
    listening = score_utterance(text, previous=previous).listening
    assert listening.follow_up and not listening.topic_switch
