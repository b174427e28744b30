"""What turn sets 130 to 133 showed (first looks in bench/README.md): "you have to tell me
more"; "I'd love for you to think of me"; "and you were like okay with that"; a superlative
or a comparison the user imagines or says sounds better; "way better than"; job asks to work
as an aide in their clinic or to be considered for hire; acknowledgements "what a great way
to learn", "that must take a toll", "totally understand". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("Okay, you have to tell me more about that.", "open"),
    ("If a coordinator spot ever opens up, I'd love for you to think of me.", "closed"),
    ("Do you ever look at portfolios? I'd love for you to see mine.", "closed"),
    ("two years wow and you were like okay with that the whole time", "closed"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


# the rules find the push (whether it is shown is `pushing`'s model's call: tests/test_scoring_pushing.py)
@pytest.mark.parametrize("text, raised", [
    ("I imagine the silent visits are the hardest to get used to. Are they?", True),
    ("Sixty hours outside sounds a lot better than sixty hours staring at tickets. What do you love about it?", True),
    ("What's the schedule like at your seniority now? Way better than the junior years?", True),
    ("Ugh, I'd imagine that gets old fast. How do you handle it when it happens?", False),
    ("Forecasting demand for a food bank—how do you even approach that? I'd imagine it swings a lot.", False),
])
def test_leading(text, raised):
    assert score_utterance(text).leading == raised


@pytest.mark.parametrize("text, asks", [
    ("Maybe I could work as a PT aide in your clinic while I do the prerequisites?", True),
    ("And maybe later, if I finish, your practice would consider hiring me?", True),
    ("What do you consider when hiring new grads?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("What a great way to learn. I hope I get a partner like that.", "The real teacher is your first partner.", True),
    ("that that must take a toll i mean how do you take care of yourself", "The hard days are hard.", True),
    ("Totally understand. What do you wish someone had told you?", "I can't review applications for my own park.", True),
    ("man that's exactly what i miss since i got out", "It's like being in a platoon, the same twenty people.", True),
])
def test_acknowledgements(text, previous, acknowledged):
    assert bool(score_utterance(text, previous=previous).listening.acknowledgement) == acknowledged
