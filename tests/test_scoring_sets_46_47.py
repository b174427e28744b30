"""What turn sets 46 and 47 showed (first looks in bench/README.md): more short reactions and
advice taken up, a question about one of the things they listed or about "something so slow",
and no topic switch after a reply that only confirms ("That's it exactly. ...", "Ha, yes,
..."). Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance

LAYOFFS = "We have a hiring freeze at the moment, unfortunately. Things have been slow since the layoffs."


@pytest.mark.parametrize("text", [
    "oh sorry to hear that um what's the vibe on the team been like since",
    "I stand corrected, and happily so. How long does the program take?",
    "The dark humor thing is so real. At my pharmacy we get the same way.",
    "okay so most of it is physical labor that's so not what i pictured",
    "the county good tip um what do you wish you'd known when you started",
    "I will check with them. How often do they post?",
    "yeah i've read a little about that um how do you personally deal with it",
    "That would mean a lot for me. One more question: what do you wish somebody had told you?",
])
def test_reactions_and_advice_taken_up_acknowledge(text):
    assert score_utterance(text, previous=LAYOFFS).listening.acknowledgement


@pytest.mark.parametrize("text, previous", [
    ("Which of the three do most applicants come in weakest on?",
     "For conservators, the graduate programs want chemistry, art history, and studio art."),
    ("How do you keep your concentration doing something so slow, day after day?",
     "Right now I'm removing yellowed varnish from a portrait, one square centimeter at a time."),
])
def test_questions_that_point_at_what_they_described_follow_up(text, previous):
    listening = score_utterance(text, previous=previous).listening
    assert listening.follow_up and not listening.topic_switch


@pytest.mark.parametrize("previous", [
    "That's it exactly. I wouldn't go back.",
    "Ha, yes, a very expensive Rolodex.",
])
def test_no_topic_switch_after_a_reply_that_only_confirms(previous):
    text = "How would you think about the CPA versus the EA for someone my age?"
    assert not score_utterance(text, previous=previous).listening.topic_switch
