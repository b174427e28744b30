"""What turn sets 98 to 101 showed (first looks in bench/README.md): a verdict that is itself
the pushed guess ("That must have been exhausting, right?") is no acknowledgement; "so much
better than" and a negative question after a lead-in lead; run-on questions through "how many
of those", "which one is", "what was X like" and an "-ing" subject with a comparison; job asks
through part-time help, applying to their local and a letter. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, previous, heard", [
    ("Four years of night classes on top of full workdays. That must have been exhausting, right?",
     "Four years of on-the-job hours plus night classes, then the journeyman exam.", False),
    ("Five seasons in three parks, you must have really loved it to keep going, right?",
     "I did five seasons in three parks before I landed a permanent job.", False),
    # a reaction said apart from the guess, or a laugh before it, still receives the answer
    ("Wow, that's fascinating. You must love the variety, right?",
     "Some days I'm in court, some days in a hospital, some days at a school.", True),
    ("Ha, four hundred times. I bet that killed your love of games, right?",
     "I played that level about four hundred times before we shipped.", True),
    # without punctuation the guess cannot be told apart from the reaction: unchanged
    ("ten days offshore wow you must love that part right",
     "Some trips are a day, some are ten days offshore.", True),
])
def test_the_guess_itself_is_no_acknowledgement(text, previous, heard):
    assert score_utterance(text, previous=previous).listening.acknowledgement == heard


@pytest.mark.parametrize("text, pushes", [
    ("What makes hospital work so much better than retail?", True),
    ("Why is talking to owners so much harder than handling the animals?", True),
    ("How much more rewarding is hospital work than a tech company?", True),
    ("In the meantime, aren't museums moving away from physical collections?", True),
    ("Since it goes in waves, wouldn't now be the perfect time to start training?", True),
    ("What makes hospital work different from retail?", False),
    ("In the meantime, what should I read?", False),
])
def test_leading(text, pushes):
    assert bool(score_utterance(text).leading) == pushes


@pytest.mark.parametrize("text, kind", [
    ("fifteen calls um and how many of those are actually fires", "closed"),
    ("huh i had no idea there were two kinds which one is harder to get into", "closed"),
    ("alaska wow that must have been something what was flying freight up there like", "open"),
    ("is doing four or five legs in one day as exhausting as it sounds", "closed"),
    ("is going back to school worth it at fifty", "closed"),
    ("i know which one is harder", "not_a_question"),
    ("that's exactly what was going on", "not_a_question"),
    ("is doing great these days", "not_a_question"),
])
def test_run_on_questions(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, asks", [
    ("that's very good to hear um does your company maybe need someone part time for the ground work", True),
    ("wait is it open right now like could i apply to your local tomorrow", True),
    ("Would you consider writing me one of those letters if I shadowed you this spring?", True),
    ("Did your mentor write you a letter back then?", False),
    ("Does your company need more people part time these days, or is it steady?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
