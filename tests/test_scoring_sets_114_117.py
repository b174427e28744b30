"""What turn sets 114 to 117 showed (first looks in bench/README.md): run-on questions after
"i'd love that", a reaction or "is what's that like"; a "how long now" asked where its answer
would go; a "what matters is ..." statement; "where do bootcamps fit in"; a topic named before
the one question about it; a comparison the user says must hold; "the X idea is great"; job
asks through a stage, techs needed now, a list, a manager told. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("i'd actually love that would you would you be open to taking me on as a farmhand this spring", "closed"),
    ("retirees that's interesting i was wondering um if you know if there's any openings for assistants here", "closed"),
    ("oh that's great um i was wondering is there", "not_a_question"),
    ("oh so like you just you go wherever the shutdown is what's that like being away from home for weeks", "open"),
    ("huh a social worker in a library i would never have guessed um so you've been here how long now", "closed"),
    ("so you've been doing this how many years", "closed"),
    ("i don't know how long", "not_a_question"),
    ("that's that's good to hear so what matters is is your clinical eye not how you talk", "not_a_question"),
    ("who decides what gets binned is that you or the editor", "closed"),
    ("oh man that's rough what what happens financially when a crop fails like that", "open"),
    ("What's the job market like for researchers right now, and where do bootcamps fit in?", "open"),
    ("wait seriously could you could you tell your manager i want to apply for that", "closed"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, stacked", [
    ("Can I ask, what about this clinic? Do you need any techs right now?", False),
    ("What about pay? How does a line cook actually live on what kitchens pay?", False),
    ("Fifties, sure, but what about someone in their sixties? And what's the coursework like part-time?", True),
])
def test_a_topic_named_then_asked_about(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


def test_a_comparison_said_to_hold_beside_the_question_leads():
    turn = "Working with small businesses must be so much more satisfying than big corporate clients. What do you like?"
    assert score_utterance(turn).shown("leading")


def test_a_verdict_on_their_idea_acknowledges():
    s = score_utterance("Oh, the gradebook idea is great. Our teachers complain about ours constantly.",
                        previous="Volunteer for a nonprofit, or study your own school's gradebook.")
    assert s.listening.acknowledgement


@pytest.mark.parametrize("text, asks", [
    ("oh okay um could i maybe like stage here sometime over winter break", True),
    ("Do you need any techs right now?", True),
    ("Do you need any techs to be certified?", False),
    ("Do you know anyone at your local who could bump me up that list?", True),
    ("could you tell your manager i want to apply for that", True),
    ("could you tell your manager what you told me", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
