"""What turn sets 134 to 137 showed (first looks in bench/README.md): "how much does like a
planner make" asks the pay; "I imagine it must get frustrating ...?" leads; job asks through
high schoolers hired, a lab's waiting list, a program "that I could apply to" and "you must
need more people". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("um how much does like an entry level planner make", "closed"),
    ("how much does it like bother you", "open"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, shown", [
    ("I imagine it must get frustrating, doing so much of the work while the vet gets the credit?", True),
    ("I imagine the work changes a lot with the seasons. What's winter like?", False),
])
def test_leading(text, shown):
    assert score_utterance(text).shown("leading") == shown


@pytest.mark.parametrize("text, asks", [
    ("Does your clinic hire high schoolers as assistants? I'd clean kennels, anything.", True),
    ("Could you put me on your lab's waiting list?", True),
    ("ah okay um does your hotel have like a management trainee program that i could apply to", True),
    ("You turn work away every week? Then you must need more people, no?", True),
    ("Is there a scholarship that I could apply for at my school?", False),
    ("How long is the waiting list for the union program?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
