"""What turn sets 602 to 609 showed (bench/README.md): "who" after a noun opens a relative clause,
not a question ("Wait, a marine biologist who gets seasick?"); wanting to learn, with nothing
named to learn, asks nothing; a term checked may take three words; a tag may be followed by a long
afterthought; thanks that praise the person say nothing back."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text, kind", [
    ("So you met who?", "closed"),
    ("You gave the job to who?", "closed"),
    ("Would it be possible to do a summer stage in your kitchen? I'd work for free, I just want to learn.", "closed"),
    ("I want to learn about the job.", "open"),
    ("build the picture meaning like keeping every plane in your head at once like a three d map", "closed"),
    ("that must be kind of annoying right like you got into it for the hands on stuff and now you're stuck on"
     " the phone all day", "closed"),
])
def test_question_types_found_in_sets_602_609(text, kind):
    assert score_utterance(text).question_type == kind


def test_a_relative_who_after_an_echo_is_not_a_second_question():
    text = "Wait, a marine biologist who gets seasick? How does that even work?"
    scored = score_utterance(text, previous="I'm a marine biologist and I get seasick every single time.")
    assert scored.question_type == "open" and not scored.stacked


def test_thanks_that_praise_the_person_are_no_reflection():
    text = "Thank you, Rosa. You are very kind, and I think you are very good at this work."
    listening = score_utterance(text, previous="You'd be good at this. Call me when you finish the course.").listening
    assert not listening.reflection
