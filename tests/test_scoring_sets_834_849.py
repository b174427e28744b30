"""Questions of sets 826-849 (first looks on 469c64a, 4d45dca and 19cf499) that the run-on reading
missed: an auxiliary inverted after "imagine" or "wonder", "is that gonna ..." after "... done it",
"how you do this" in a second language's order, a run ending on "in what way"; a favour asked on
top of a question; and the turns beside them."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize(("text", "kind"), [
    # a question run on after imagining, wondering or "... done it"
    ("wow twenty minutes feel like a week i i cannot imagine did he land safely", "closed"),
    ("so i'm i'm kind of bad at coding like i've never done it is that gonna be a problem", "closed"),
    ("i wonder is it worth it", "closed"),
    ("i hate it is that going to be an issue later", "closed"),
    # "how you do this" in a second language's order: "do this" is the verb (sets 842-849)
    ("eighty meter on the ladder every day wow how you how you do this with the legs", "open"),
    ("two agency how you do that with the schedule", "open"),
    ("yes and um how you handle the owners when they are are crying and angry", "open"),
    # a run ending on "in what way" or "what they do exactly"
    ("heated in what way like the people are angry", "open"),
    ("that's that's hard to hear but also good to know um you said prove yourself more like in what way", "open"),
    ("the para professional it is like um assistant teacher in the classroom what what they do exactly", "open"),
])
def test_questions_the_run_on_reading_missed(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "i can imagine it is that bad",
    "i love it it is that good",
    "i can't imagine he did that",
    "that's how you do it in this trade",
    "i love how you do that with the kids",
    "it doesn't matter in what way you do it",
    "i know what they do exactly",
])
def test_the_clauses_beside_them_are_no_question(text):
    assert question_type(text) == "not_a_question"


@pytest.mark.parametrize("text", [
    "okay um this is kind of awkward but your company has local drivers too right and like could you put in a word"
    " for me with the hiring person when i'm done",
    "that's awesome um your department's testing opens in march right and would you be willing to write me a"
    " recommendation for it",
])
def test_a_favour_asked_on_top_of_a_question_is_stacked(text):
    assert score_utterance(text).stacked


def test_a_favour_after_a_statement_is_one_question():
    assert not score_utterance("I finish my degree in May and could you put in a word for me with your manager?").stacked
