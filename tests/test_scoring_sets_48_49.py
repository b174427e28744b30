"""What turn sets 48 and 49 showed (first looks in bench/README.md): leave asked to ask ("Do
you mind if I ask how ...?"), "how you started" in the grammar of a second language, a trailing
"or" after a hesitation, "maybe i can work there", "know of any courts looking for ...", and
"i totally understand". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text, expected", [
    ("Mind if I start by asking what got you into electrical work?", "open"),
    ("Do you mind if I ask how you got started?", "open"),
    ("Do you mind if I ask whether you'd do it again?", "closed"),
    ("hi um thank you for this my name is thiago i was a civil engineer so um how you started in this field", "open"),
    ("what's the culture like on a job site um is it pretty rough or", "open"),
])
def test_question_type(text, expected):
    assert question_type(text) == expected


def test_options_trailing_off_after_a_hesitation_are_one_question():
    assert not score_utterance("what's the culture like on a job site um is it pretty rough or").stacked


@pytest.mark.parametrize("text", [
    "your hospital does it hire assistants like that maybe i can work there while i do the program",
    "Do you know of any courts looking for Arabic interpreters right now?",
])
def test_job_asks(text):
    assert job_ask(text)


def test_how_you_deal_with_it_is_a_statement():
    assert question_type("how you deal with it is up to you") == "not_a_question"


def test_i_totally_understand_acknowledges():
    previous = "I'd rather not review applications for my own park; there are rules about that."
    assert score_utterance("oh of course i totally understand um what makes one stand out",
                           previous=previous).listening.acknowledgement


def test_a_request_to_tell_run_on_at_the_end_is_what_is_asked():
    text = ("i was at the plant thirty years so i wanted to hear it from somebody who actually does it "
            "you know tell me how you got into it")
    assert question_type(text) == "open"


def test_no_topic_switch_shown_after_a_reply_of_a_few_words():
    text = "What would be the best way for me to get on your crew as a helper at the next shutdown?"
    score = score_utterance(text, previous="Everybody does it once. Learn from your cousin.")
    assert not score.listening.topic_switch or score.confidence["topic_switch"] < 0.7
    long_answer = ("Everybody does it once, honestly. I burned my forearm on my first day and learned to "
                   "wear the leathers in August heat, which is its own kind of misery.")
    score = score_utterance(text, previous=long_answer)
    assert score.listening.topic_switch and score.confidence["topic_switch"] >= 0.7
