"""What turn sets 594 to 601 showed (first looks in bench/README.md): "you don't think ..." said
without punctuation asks for agreement; a filler "like" in a clause of its own does not make a
fact into "what is it like"; words pointed back to from earlier, or a question prefaced as a dumb
one, say nothing back; a brother or sister of the user is their own side; more job asks."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize("text, kind", [
    ("you don't think like the cleaning part is just gonna get automated by ai soon", "closed"),
    ("what's the age cutoff i heard there's like an age thing", "closed"),
    ("what's the culture like on a crew", "open"),
    ("a bean up his nose that's amazing i bet that's like the best part of the job right all the crazy stuff", "closed"),
    ("i bet you get it right all the time", "not_a_question"),
])
def test_question_types_found_in_sets_594_601(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text, previous", [
    ('You said "some of my best guys" earlier. How many people work for you?',
     "Some of my best guys came from the army, honestly."),
    ("okay so this might be a dumb question but um how important is pastry school really like compared to"
     " just working", "Most of my cooks never went to school; they came up on the line."),
])
def test_pointing_back_or_a_preface_is_no_reflection(text, previous):
    assert not score_utterance(text, previous=previous).listening.reflection


def test_a_sibling_of_the_user_is_their_own_side():
    assert relates_own("Okay, that part actually sounds amazing compared to taking out loans. My older brother has"
                       " like forty thousand in debt and he's working at a phone store.")


@pytest.mark.parametrize("text, asks", [
    ("Wait, you hire assistants? Are you looking for one right now?", True),
    ("Does your museum have this kind of internship? I would be very interested, even part time.", True),
    ("Does the program have an internship component?", False),
])
def test_job_asks_in_sets_594_601(text, asks):
    assert bool(job_ask(text)) is asks
