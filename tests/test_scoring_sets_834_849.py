"""Questions of sets 826-849 (first looks on 469c64a, 4d45dca and 19cf499) that the run-on reading
missed: an auxiliary inverted after "imagine" or "wonder", "is that gonna ..." after "... done it",
"how you do this" in a second language's order, a run ending on "in what way"; a favour asked on
top of a question; and the turns beside them."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


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


@pytest.mark.parametrize("text", [
    "eighty meter on the ladder every day wow how you how you do this with the legs",
    "two agency how you do that with the schedule",
    "yes and um how you handle the owners when they are are crying and angry",
])
def test_how_you_in_a_second_languages_order_asks(text):
    # "do this" is the verb, not the auxiliary (sets 842-849)
    assert question_type(text) == "open"


@pytest.mark.parametrize("text", [
    "that's how you do it in this trade",
    "i love how you do that with the kids",
])
def test_how_you_do_it_named_is_no_question(text):
    assert question_type(text) == "not_a_question"


@pytest.mark.parametrize("text", [
    "heated in what way like the people are angry",
    "that's that's hard to hear but also good to know um you said prove yourself more like in what way",
    "the para professional it is like um assistant teacher in the classroom what what they do exactly",
])
def test_a_run_ending_on_in_what_way_or_what_they_do_asks(text):
    assert question_type(text) == "open"


@pytest.mark.parametrize("text", [
    "it doesn't matter in what way you do it",
    "i know what they do exactly",
])
def test_in_what_way_or_what_they_do_taken_in_is_no_question(text):
    assert question_type(text) == "not_a_question"
