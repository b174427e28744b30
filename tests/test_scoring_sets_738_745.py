"""Fixes prompted by the first looks of sets 738-745 (bench/README.md)."""

from __future__ import annotations

import pytest

from practice.scoring import question_type


@pytest.mark.parametrize("text, kind", [
    # a count asked with "have" as the main verb, in a second language's word order, mid-run
    ("three miles apart okay and how many planes you have at one time on the screen", "closed"),
    ("you never know how many hours you have to put in", "not_a_question"),
    # what made it so, asked after a restart
    ("bored out of your mind like how like what was boring about it", "open"),
    ("i know what was hard about it", "not_a_question"),
    # their view asked without the inversion
    ("Thank you very much. Last question, where you think this field is going in five years, with the AI?", "open"),
    ("I know where you think it is going.", "not_a_question"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind
