"""What turn sets 24 and 25 showed of the follow-up cue (first looks in bench/README.md): words
that only look like pointing back. An existential "there" ("when there isn't a fire"), an
ordinal before the user's own noun ("before your first season"), "you guys", and the career
as "this" ("getting into this?") say nothing of the answer. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance

CREW = ("Once I ran my own crew, I guess. That weight is the part nobody tells you about when "
        "you're young and the other guys just want to dig line. My first year I barely slept.")


@pytest.mark.parametrize("text", [
    "What does a typical day look like when there isn't an active fire?",
    "Would it be okay if I sent you my CV, in case there's ever an opening?",
    "What do you wish someone had told you before your first season?",
    "Do you guys take volunteers at all?",
    "What would someone my age underestimate about getting into this?",
])
def test_words_that_only_look_like_pointing_back_are_no_follow_up(text):
    s = score_utterance(text, previous=CREW)
    assert not s.listening.follow_up, s.listening.evidence.get("follow_up")


@pytest.mark.parametrize("text", [
    "What's the scariest moment you've had up there?",
    "How did you handle that?",
    "What was sleeping in the dirt like?",
    "Was it hard to sleep after a night like this?",
])
def test_pointing_back_at_the_answer_still_follows_up(text):
    previous = "I spent ten summers on the fire line up in the Cascades, sleeping in the dirt."
    assert score_utterance(text, previous=previous).listening.follow_up


@pytest.mark.parametrize("previous", ["Sure, go ahead, ask me whatever you want.", "Of course. Fire away."])
def test_no_topic_switch_after_an_invitation_to_ask(previous):
    text = "I ran a stamping press for twenty-six years. Is fifty-two too old to start an apprenticeship?"
    assert not score_utterance(text, previous=previous).listening.topic_switch


def test_a_real_answer_before_still_can_be_switched_from():
    previous = "I split my week between video relay calls and interpreting at a community college."
    text = "What's the pay like for a new apprentice electrician?"
    assert score_utterance(text, previous=previous).listening.topic_switch


@pytest.mark.parametrize("text", [
    "okay and um you guys are hiring right now right i saw a post",
    "Is your kitchen taking on any prep help this summer?",
    "is there any way you could vouch for me when applications open",
    "I could start part-time this spring if there is a position.",
    "Do you know if the clinic you trained at is hiring vet assistants?",
    "could i maybe do my clinical hours here with you",
    "Could you tell the coordinator I'd like a spot in the next cohort?",
    "does the court take like interns from the program",
])
def test_indirect_job_asks_of_sets_25_to_27(text):
    assert score_utterance(text, previous="We keep busy.").job_ask


@pytest.mark.parametrize("text", [
    "How did you get taken on at the clinic?",
    "Is the field hiring more people than ten years ago?",
    "What do you look for when you hire interns?",
    # what they look for is advice, not a job ask
    "When you're hiring for your team, what makes a CV jump out at you?",
    "What do hiring managers look for in someone starting out?",
    "How can someone like me stand out when applying?",
    # what goes in the application is advice too (conversation set ai)
    "What should be in a portfolio if I apply for a junior role?",
])
def test_questions_about_hiring_are_not_job_asks(text):
    assert not score_utterance(text, previous="We keep busy.").job_ask


def test_a_job_ask_beside_it_is_still_one():
    assert score_utterance("What do you look for? Are you hiring right now?", previous="We keep busy.").job_ask
