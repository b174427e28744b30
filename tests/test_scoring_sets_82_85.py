"""What turn sets 82 to 85 showed (first looks in bench/README.md): unpunctuated wh-subject
questions and the statements that only look like them, a guess after a question about the way
to do something, a fact said back after "wait", "that helps", and job asks through an
application put in front of someone. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text, kind", [
    ("only four hours huh so what eats up the rest of your day", "open"),
    ("what happens when a patient is crashing", "open"),
    ("so what happens when a patient is crashing", "open"),
    # a wh-clause that is the subject of a later "is" names its point: a statement
    ("honestly what makes it hard is the hours", "not_a_question"),
    ("what keeps me going is the kids", "not_a_question"),
    # a relative clause cut by a hesitation is no question
    ("there was a little boy who um who went home to his grandma and i still think about him", "not_a_question"),
    # a hesitation before "is <three words> as": the question starts there
    ("nice to meet you i am lin i finish my master's in accounting this may um is january to april as hard "
     "as everyone says", "closed"),
    # but not after a preposition: no subject
    ("i stayed late um was in the office really late most nights", "not_a_question"),
])
def test_unpunctuated_questions(text, kind):
    assert find_questions(text).question_type == kind


def test_a_guess_after_asking_the_way_narrows_it():
    s = score_utterance("What's the cheapest realistic way to build those hours? Do most people instruct?")
    assert s.question_type == "open" and not s.shown("stacked")


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("wait eighty percent medical how does that change the kind of training you need",
     "You eat together, fight, cover for each other. Though medical calls are like 80 percent of what we do now.", True),
    ("wait only three vets for the whole county how come there's so few",
     "There are only three vets for the whole county.", True),
    # "wait" then their words and no question after: a check, not a reaction
    ("wait six weeks like in a tent the whole time",
     "Most of my fieldwork is in the spring. I spend about six weeks camping out at the sites.", False),
    ("Okay, that helps. If I apply to your local, would you be willing to be one of my references?",
     "Either route works.", True),
    ("That really helps. What do you wish someone had told you before PT school?", "Aide jobs turn over a lot.", True),
])
def test_acknowledgements(text, previous, acknowledged):
    assert bool(acknowledgement(text, previous)) == acknowledged


def test_what_helps_is_asked_not_acknowledged():
    assert acknowledgement("What helps you most on bad days?", "Some days are hard.") is None


@pytest.mark.parametrize("text, asks", [
    ("Do you know anyone at Deloitte who could get my application in front of the right person?", True),
    ("are you guys testing for new recruits soon because i'd really like to get my application in with your department",
     True),
    ("so do you think maybe there could be a place for me in your kitchen like even part time on weekends", True),
    ("Is your clinic looking for a vet assistant? I could work while I study.", True),
    ("Is there a place for me to park near your office?", False),
    ("How did you get your name in front of clients when you started?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
