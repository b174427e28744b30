"""What turn sets 36 and 37 showed (first looks in bench/README.md): a negative statement with a
positive tag asks to be agreed with, and job asks made through room on the team, an
apprentice wanted, or working under the professional. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance

PREVIOUS = "Most of my week is on job sites, and the rest is paperwork and training the new people."


@pytest.mark.parametrize("text", [
    "You don't need a degree for that, do you?",
    "My back wouldn't really be a problem, would it? I lift boxes all day now.",
    "The pay can't possibly be worth the hours, can it?",
    "And you haven't missed the office one bit, have you?",
    "So you'd never tell someone to skip the apprenticeship, would you?",
    "I don't need a degree for this, do I?",
])
def test_negative_statement_with_positive_tag_is_leading(text):
    result = score_utterance(text, previous=PREVIOUS)
    # raised by the rules; shown where `pushing`'s model is sure (169 of the 179 such turns of
    # sets 1-721 are labelled leading; "I don't need a degree for this, do I?" reads 0.49)
    assert result.question_type == "closed" and result.leading


@pytest.mark.parametrize("text", [
    "Your crew doesn't happen to have a spot this summer, does it?",  # a job ask, hedged
    "Does it pay well, and is it hard on your family?",
    "I can't imagine that. How do you keep going?",
    "You don't need a degree for that. What do you look for instead?",
    "I haven't decided yet, have you?",  # their own case asked back of them
])
def test_no_lead_without_that_tag(text):
    assert not score_utterance(text, previous=PREVIOUS).shown("leading")


@pytest.mark.parametrize("text", [
    "Would your firm have room for a winter intern next year?",
    "Do you have room for someone like me on the crew?",
    "I'd happily come in on weekends if you're looking for an apprentice.",
    "Could I work under you while I study for the exam?",
    "Would your company consider someone without the license yet for a junior position?",
    "Do you do work experience? We have a week in July and I'd love to do it with you.",  # set ap
])
def test_job_asks_through_room_and_apprentices(text):
    assert score_utterance(text, previous=PREVIOUS).job_ask


@pytest.mark.parametrize("text", [
    "Do you ever find space for a side project?",
    "How do you make room for family with those hours?",
    "What do you look for when you're hiring an apprentice?",
    "Did you work under someone you admired when you started?",
    "Do you have work experience outside hospitals?",
    "Do you like to do it with your team or alone?",
])
def test_not_job_asks(text):
    assert not score_utterance(text, previous=PREVIOUS).job_ask


@pytest.mark.parametrize("previous", [
    "That's exactly how I think about it.",
    "That's a lovely way to put it.",
    "Ha, that's a generous way of putting it.",
])
def test_no_topic_switch_after_they_only_agree_with_how_it_was_put(previous):
    result = score_utterance("um how do you how do you get certified is there like a big exam", previous=previous)
    assert not result.shown("topic_switch")


def test_a_real_answer_that_starts_that_way_can_still_be_left():
    previous = "That's one way to think about it, but mostly the job is paperwork, audits and long site visits."
    result = score_utterance("What do you do for fun on weekends?", previous=previous)
    assert result.listening.topic_switch


@pytest.mark.parametrize("text", [
    "What's the job market like for school librarians around here—are districts still cutting positions?",
    "How do people usually afford a harvest season — do most keep another job on the side?",
])
def test_a_yes_no_question_after_a_dash_names_the_likely_answer(text):
    assert question_type(text) == "open"


def test_a_topic_named_before_the_dash_leaves_the_question_after_it():
    assert question_type("What about AI — are firms worried that software will take over tax prep?") == "closed"
