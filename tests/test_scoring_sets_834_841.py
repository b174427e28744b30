"""Unpunctuated questions of sets 826-841 (first looks on 469c64a and 4d45dca) that the run-on
reading missed: an auxiliary inverted after "imagine" or "wonder", and "is that gonna ..."
after "... done it"; and the statements beside them."""

from __future__ import annotations

import pytest

from practice.scoring import question_type


@pytest.mark.parametrize("text", [
    "wow twenty minutes feel like a week i i cannot imagine did he land safely",
    "so i'm i'm kind of bad at coding like i've never done it is that gonna be a problem",
    "i wonder is it worth it",
    "i hate it is that going to be an issue later",
])
def test_a_question_run_on_after_imagining_or_a_done_it_is_closed(text):
    assert question_type(text) == "closed"


@pytest.mark.parametrize("text", [
    "i can imagine it is that bad",
    "i love it it is that good",
    "i can't imagine he did that",
])
def test_how_much_it_is_or_what_they_imagine_is_no_question(text):
    assert question_type(text) == "not_a_question"
