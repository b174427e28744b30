"""Fixes prompted by the first looks of sets 722-729 (bench/README.md)."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.lexicon import stem


@pytest.mark.parametrize("a, b", [("panic", "panicking"), ("panic", "panicked"), ("picnic", "picnicking"),
                                  ("traffic", "trafficking"), ("mimic", "mimicked")])
def test_a_verb_in_ic_and_its_k_forms_compare_equal(a, b):
    assert stem(a) == stem(b)


def test_short_ick_words_keep_their_k():
    assert stem("trick") == "trick" and stem("kicked") == "kick" and stem("sick") == "sick"


def test_their_word_asked_about_in_another_form_follows_up():
    s = score_utterance("What happens when clients panic? Like in 2020, what did you do with them?",
                        previous="People come in thinking they need a hot tip, and what they really need is "
                                 "someone to stop them from panicking in a downturn.")
    assert s.listening.follow_up and not s.shown("topic_switch")


@pytest.mark.parametrize("text, kind", [
    # "like" after anything but its subject is a filler: one figure asked
    ("how much money are we talking like for pipeline", "closed"),
    ("grading on sundays ugh how how much time does that take like per week", "closed"),
    ("how much training do you need like is it a certificate or", "closed"),
    ("how much less like um in percent maybe", "closed"),
    # liking, after its subject
    ("how much do you like it", "open"),
    ("how much does that like come up in your work or is it kind of rare", "open"),
    # the subject named, then a single fact asked about it in one breath
    ("yeah my girlfriend would probably kill me um what about money like how much do new drivers "
     "actually make their first year", "closed"),
    ("what about getting stung how often does that happen", "closed"),
    # ... or an open question, or nothing more
    ("what about the kids like what's the hardest part with the students themselves", "open"),
    ("what about like a phd how much does that matter for a job like yours", "open"),
    ("What about the pay?", "open"),
    ("What about the ones who don't get better?", "open"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind
