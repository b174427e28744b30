"""What turn sets 126 to 129 showed (first looks in bench/README.md): "and you're still"
checked back; a pair of words said twice; curiosity after "i guess" or "thank you"; "how
much happier are you"; "what was so bad about"; "must beat"; a guess "has that door
closed?"; acknowledgements of a long apprenticeship, "that would solve it", "i can relate",
"ok noted", "that must be really hard", "Smart."; job asks to get on with their outfit or
pick up hearings. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("eleven years wow and you're still at the same hospital", "closed"),
    ("hi i'm eli i'm a junior in the woodshop program and my teacher gave me your name um i guess "
     "i just wanted to hear how you got into building cabinets", "open"),
    ("it was thank you um i also wanted to ask if you'd be okay with me listing you as a reference", "closed"),
    ("How much happier are you now that you're building your own designs?", "open"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, shown", [
    ("How much happier are you now that you're building your own designs?", True),
    ("What was so bad about the postdoc world that you had to get out?", True),
    ("Being your own boss must beat working for someone else by a mile. What's the best part of it?", True),
    ("What was the postdoc world like?", False),
])
def test_leading(text, shown):
    assert score_utterance(text).shown("leading") == shown


@pytest.mark.parametrize("text, stacked", [
    ("What's QA like as a way in these days? Has that door mostly closed?", False),
    ("How about the other side? Have you noticed any not-so-good things about it?", False),
    ("What do you enjoy most? Have you ever thought of leaving?", True),
])
def test_a_guess_at_what_it_is_like(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("That would solve it. Would you be a reference?", "A lot of parks have RV pads for staff.", True),
    ("Oh, I can relate. I taught kindergarten for nine years.", "Basically I figure out why people get confused.", True),
    ("ok noted i'm definitely signing up for the coding elective", "A lot of R and some Python.", True),
    ("yeah that must be really hard when it comes down to money", "Owners sometimes choose euthanasia because of money.", True),
    ("that must be really hard with your family you probably hate missing all the birthdays right",
     "I'm gone four days at a time. You miss birthdays.", False),
    ("Smart. What do you ask them, exactly?", "When I interview with studios, I ask them about crunch.", True),
])
def test_acknowledgements(text, previous, acknowledged):
    assert bool(score_utterance(text, previous=previous).listening.acknowledgement) == acknowledged


@pytest.mark.parametrize("text, asks", [
    ("i know it's a long shot but what would it take to get on with your outfit as a sawyer", True),
    ("does your court ever hire interpreters on contract like could i pick up some smaller hearings", True),
    ("How did you get on with the crew at first?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
