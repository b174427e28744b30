"""Turn kinds set l's first look showed (bench/README.md): a follow-up that says it points back
at a story ("that thing you said about ..."), two questions announced ("Two quick ones."),
"tell me more" or "why do you say that" opening a longer turn, a plural "you people", and
redirects for the team's pay, gossip about named people, and someone else's data."""

from __future__ import annotations

import pytest

from practice.scenario import acts, parts, redirects


@pytest.mark.parametrize("text", [
    "That thing you said about the man who grabbed your hand, what happened to him?",
    "you mentioned a patient who squeezed your hand what happened with him after",
])
def test_pointing_back_at_a_story_is_a_follow_up(reply_to, text):
    reply = reply_to("nurse", "What do you enjoy most about your work?", text)
    assert (reply.kind, reply.topic) == ("follow_up", "enjoy")


def test_points_back_reads_descriptions_not_any_that():
    assert acts.points_back(acts.normal("The one where the pipe burst under the bridge, how long did it take?"))
    assert acts.points_back(acts.normal("That lady from purchasing who told you to cut the deck, what is she like?"))
    assert not acts.points_back(acts.normal("What does that involve day to day?"))


@pytest.mark.parametrize("text", [
    "Two quick ones. What does a new nurse earn, and if you could start again would you do anything differently?",
    "two practical things how much does a new nurse earn here and uh do i need a full bachelor's degree",
    "Can I ask two things? What does a new nurse earn, and what's a really bad day like for you?",
])
def test_two_announced_questions_are_stacked(reply_to, text):
    reply = reply_to("nurse", text)
    assert reply.kind == "stacked" and reply.topic == "pay"


def test_split_announced_needs_a_second_question():
    assert parts.split_announced("Two things. I love the night shift and the team.") == []


@pytest.mark.parametrize("text", [
    "Only twelve? Why do you say that, where does the rest of the week go?",
    "Tell me more, how did you manage that in your first year?",
])
def test_asking_for_more_first_elaborates_the_last_answer(reply_to, text):
    reply = reply_to("nurse", "What does a typical day look like for you?", text)
    assert (reply.kind, reply.topic) == ("elaborate", "day_to_day")


@pytest.mark.parametrize("text", [
    "Would you mind telling me what the people on your team are paid?",
    "Which doctors are the worst ones to work with? You can tell me.",
    "Your manager sounds awful. Is she actually good at her job?",
])
def test_the_teams_pay_and_gossip_are_redirected(reply_to, text):
    assert reply_to("nurse", text).kind == "redirect"


def test_someone_elses_data_and_the_firms_code_are_redirected(reply_to):
    assert reply_to("data_scientist", "My neighbour shops with you. Can you see what she buys?").kind == "redirect"
    assert reply_to("data_scientist", "Could you send me the code for your forecasting model?").kind == "redirect"


def test_you_people_as_a_plural_is_not_rude(reply_to):
    assert not redirects.is_redirect(acts.normal("How do you people handle the night shift?"))
    assert redirects.is_redirect(acts.normal("You people are all the same."))
