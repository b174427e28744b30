"""Acknowledgements the interview sets' writers heard and the scorer missed (issue 14).

The answer's fact said back and judged with any verdict ("Four hundred a week is massive",
"Four nights a month must be hard", "three weeks isnt so bad"), interjections of other
Englishes ("Híjole", "grabe", "aye", "Bless your heart"), and news that changed the user's
picture ("Oh, I didn't expect that.").
"""

import pytest

from practice.scoring import score_utterance

ANSWER = "On a busy week we get about four hundred orders, and I'm home maybe four nights a month."


@pytest.mark.parametrize("text", [
    "Four hundred orders is massive. How do you keep track of them all?",
    "Four nights a month must be hard. What keeps you going?",
    "four nights a month isnt so bad i guess what do you do on those nights",
    "Four hundred a week is way more than I pictured. Who packs them?",
    "Híjole, four hundred orders. How many people work with you?",
    "grabe that's so heavy um how do you rest",
    "aye that's what i heard um who does the packing",
    "Bless your heart, four nights! Do you ever get used to it?",
    "Oh, I didn't expect that. How did you end up doing deliveries?",
    "That's a side I'd never considered. What do your kids make of it?",
    "That gives me chills. How do you carry stories like that?",
    "Appreciate it. And would you do it all again?",
    "That's way more than I thought. So what's the catch?",
    "that's wild um are the nights as long as people say",
    "oh i'm so glad to hear that um what does a driver do all day",
    # a verdict on what was said, whatever its words
    "That's a sobering way to put it. Do the routes ever get easier?",
    "That would be really useful. Who should I ask about the routes?",
    "That gave me goosebumps. How did you get through that first winter?",
    "I really admire that. How do you stay patient with the dispatchers?",
    "yeah that's that's tough in a good way so do you end up knowing every street",
    "I hadn't heard of night routes. How do they get assigned?",
    "Four nights a month. I never would have guessed! What do you do with them?",
    "Starting on weekends makes a lot of sense. What would you do first?",
    "That's a much bigger operation than I realized. Who runs it?",
    "right right okay and how long did the training take",
    "Deal. Last one from me: what do you wish you'd known before your first route?",
    "Will do. Before I let you go, what do you wish you'd known at my age?",
])
def test_acknowledgements(text):
    assert score_utterance(text, previous=ANSWER).listening.acknowledgement


@pytest.mark.parametrize("text", [
    "What does a busy week look like for you?",
    "Data science is a big field. Where would you start?",
    "Is it hard to find drivers?",
    "That's why I wanted to ask about the night routes. How do they work?",
    "I will ask about the routes later. How long is a shift?",
])
def test_no_acknowledgement(text):
    assert not score_utterance(text, previous=ANSWER).listening.acknowledgement
