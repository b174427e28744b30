"""What sets w and x showed of the professional (first looks in bench/README.md): an open
question with a yes/no guess at its answer is one question, people like the user asked for
by who they are, goodbyes in slang, a colleague's pay, a statement to fix, gossip between
ourselves. Rows written here, not taken from the sets."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("scenario, turn, topic", [
    ("marketing", "How did you end up in marketing? Did you study it at university?", "path"),
    ("data_scientist", "What does the interview process look like? Is there a coding test?", "hiring"),
])
def test_an_open_question_with_a_guess_at_its_answer_is_one_question(reply_to, scenario, turn, topic):
    reply = reply_to(scenario, DAY, turn)
    assert (reply.kind, reply.topic) == ("answer", topic)


def test_two_questions_announced_stay_two(reply_to):
    reply = reply_to("marketing", DAY, "Two quick ones: how did you end up in marketing? And do you work from home much?")
    assert reply.kind == "stacked"


@pytest.mark.parametrize("turn", [
    "Do you know anyone who switched into nursing from teaching? I'd love to hear how it went.",
    "Is there anyone you know who came to this work later in life?",
    "Is there somebody in your office, a junior maybe, who'd have a coffee with me?",
])
def test_someone_like_the_user_asked_for_is_a_referral(reply_to, turn):
    assert reply_to("nurse", DAY, turn).kind == "referral"


def test_knowing_someone_with_a_story_is_not_a_referral(reply_to):
    assert reply_to("nurse", DAY, "do you know anybody who did it that way like a real story").kind != "referral"


@pytest.mark.parametrize("turn", ["okay I'm gonna bounce, class is starting. Laters!",
                                  "right i'd better get back to work see you",
                                  "I'll say goodbye now, thanks again.",
                                  "aight i'm at the station gotta go"])
def test_goodbyes_in_slang_close(reply_to, turn):
    assert reply_to("teacher", DAY, turn).kind == "closing"


def test_later_inside_a_thought_does_not_close(reply_to):
    assert reply_to("teacher", DAY, "So: patience first, results later.").kind != "closing"


@pytest.mark.parametrize("turn", [
    "If you don't mind me asking, what does Priya earn as a lead?",
    "Could you have a quick look at my cover letter and fix it for me?",
    "Between ourselves, are half your colleagues just waiting for retirement?",
])
def test_favours_and_gossip_are_redirected(reply_to, turn):
    assert reply_to("data_scientist", DAY, turn).kind == "redirect"


def test_between_ourselves_before_a_fair_question_is_answered(reply_to):
    reply = reply_to("data_scientist", DAY, "Between ourselves, my son worries AI will take his job. Where is your field heading?")
    assert reply.kind != "redirect"
