"""What turn sets 554 to 561 showed (first looks in bench/README.md): a verdict after "wait"
answers the surprise itself; a guess after "tell me about ..." continues it; "who would you
recommend" asks a name; several wh-questions run together after a lead-in are no reflection; six
job-ask readings, four found and two cleared."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "wait that's so interesting the quiet ones are the ones that worry you",
    "wait you get paid while you're learning that's that's way better than college",
    "wait you get to dive for your job that's like that's literally my dream",
])
def test_a_verdict_after_wait_answers_the_surprise(text):
    assert score_utterance(text).question_type == "not_a_question"


@pytest.mark.parametrize("text", [
    "eight thousand calls that's insane wait so most of them aren't even fires",
    "wait so you're the only one there the whole night",
])
def test_surprise_checked_back_still_asks(text):
    assert score_utterance(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    "Tell me about how you started to do this work. Did you study biology from the beginning?",
    "Walk me through how your team actually hires these days. Is it still whiteboard algorithm puzzles?",
])
def test_a_guess_after_tell_me_continues_the_request(text):
    scored = score_utterance(text)
    assert scored.question_type == "open" and not scored.stacked


def test_who_would_you_recommend_asks_a_name():
    assert score_utterance("That's reassuring. Who would you recommend I talk to next if I want to get onto a"
                           " Foley stage as a student?").question_type == "closed"


def test_two_wh_questions_after_a_lead_in_are_no_reflection():
    found = score_utterance("okay cool so um what's the part you like the most and what's the part you'd like"
                            " happily never do again", previous="My title is senior producer. Here I do story"
                            " research, book guests, cut tape, and write about half of each script.").listening
    assert not found.reflection


@pytest.mark.parametrize("text", [
    "so i'm applying for summer externships right now and um is there any way you could get me onto your unit",
    "Is it possible that I can do internship with your group this summer, to work on that model?",
    "Oh wow, so she basically tested it out on weekends before committing. Is a Saturday stage something you'd"
    " let me do here?",
    "ha okay um so this is a bit forward but could i maybe come in and do one of those stages with you sometime",
])
def test_job_asks_found_in_sets_554_561(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "What does staging involve, exactly? Is it like an unpaid trial shift?",
    "Would you be willing to listen to a sample of mine at some point? Not to hire me or anything, just to tell me"
    " if I sound like I'm selling something.",
])
def test_asking_what_a_stage_is_or_for_a_listen_is_no_job_ask(text):
    assert job_ask(text) is None


def test_asking_to_do_a_stage_after_naming_it_is_a_job_ask():
    assert job_ask("Stage, like an unpaid trial shift? Could I do one here sometime?")


@pytest.mark.parametrize("text, heard", [
    ("Those are good, I will remember them. How do banks here look at someone out of work for six years?",
     "i will remember them"),
    ("So you find one small door into it for each kid. I like this very much.", "i like this very much"),
])
def test_taking_advice_to_heart_acknowledges(text, heard):
    found = score_utterance(text, previous="Bring the numbers, and say why you left. Banks like a clear story.").listening
    assert found.acknowledgement and heard in found.evidence["acknowledgement"]
