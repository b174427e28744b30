"""Topic switches of sets 826-833 (first look on 469c64a) that the network found and a cap hid,
and job asks that no phrase found.

The network's switch was capped at 0.35 (never raised) wherever the rules saw a question
pointing back, a guess, or an answer of up to twelve words (`weighing.switch_cap`). "This job",
"what's it like" and "is it" count as pointing back, and most such turns the writers labelled
switches: now only an answer that leaves nothing to switch from caps it
(`weighing.nothing_to_leave`)."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance, weighing


@pytest.mark.parametrize("text, previous", [
    ("What's the part of this job the YouTube videos don't show you?",
     "Pretty much! Most people are shocked by that. Every February I truck about seven hundred hives down to the"
     " almond orchards, and that one month pays for a big chunk of my year."),
    ("um what's the what's the part of this job nobody tells you about",
     "A strap broke on a curve in Nevada once. We spent the whole night in veils scooping bees off the shoulder"
     " while the highway patrol watched from their cars."),
    ("My English is not perfect, and I did not go to college. Is this a problem to be hired on a hotshot crew?",
     "Cards, sleeping, lots of sleeping, workouts if the crew boss is that type. Some people read. We had a guy"
     " who learned to crochet one season and made everyone beanies."),
    ("okay so what's what's the pay like is it mostly over time",
     "Sometimes. Depends on the fire. At a spike camp you're sleeping in the dirt next to your saw. You learn to"
     " sleep anywhere, I've slept on a pile of hose."),
    # an answer of ten words, which the cap counted as too little to leave
    ("what is the most hard part of this job for you",
     "That's lovely to hear. A lot of families don't realize how much that daily visit means until they have it."),
])
def test_a_switch_that_points_back_only_in_words_is_shown(text, previous):
    said = score_utterance(text, previous=previous)
    assert said.listening.signs.points_back
    assert said.shown("topic_switch")


@pytest.mark.parametrize("features, left", [
    ({"short_answer": 1.0, "leaves_a_topic": 1.0}, False),
    ({"leaves_a_topic": 0.0}, False),                       # "... so fire away if there's anything else"
    ({"asks_referral": 1.0, "leaves_a_topic": 1.0}, False),
    ({"job_ask_after_way_in": 1.0, "leaves_a_topic": 1.0}, False),
    ({"short_answer": 1.0, "leaves_a_topic": 1.0, "announced": 1.0}, True),   # "Switching gears, ..."
    ({"points_back": 1.0, "leaves_a_topic": 1.0}, True),
    ({"leading": 1.0, "form_tag": 1.0, "leaves_a_topic": 1.0}, True),
    ({"leaves_a_topic": 1.0}, True),
])
def test_only_an_answer_with_nothing_to_leave_caps_the_network(features, left):
    assert weighing.nothing_to_leave(features) is not left


def test_a_short_reply_still_leaves_nothing_to_switch_from():
    said = score_utterance("What's the pay like for a line cook?", previous="It suits me. Most days, anyway.")
    assert not said.listening.topic_switch


@pytest.mark.parametrize("text", [
    "wait you started at seventeen does your clinic like hire kennel people in high school cause i'd totally do that",
    "ha yeah i bet um so do you think you'll need seasonal guys this summer cause i'd be interested and could i come"
    " out and like shadow you for a day",
    "um so like logging is the is the way in would you know anybody who needs a logger right now because i would i"
    " would totally do that",
])
def test_who_is_needed_then_the_users_own_interest_is_a_job_ask(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "got it and do you guys ever do ride alongs for students because i'd love to like get a feel for it",
    "Do hospitals hire new grads into the ER? I'm asking because I would do that if I could.",
    "Do you need a license for that? I'm curious because I would be interested in the science side.",
])
def test_interest_in_learning_or_said_apart_is_no_job_ask(text):
    assert not score_utterance(text).job_ask
