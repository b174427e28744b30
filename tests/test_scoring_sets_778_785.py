"""Fixes prompted by this session's first looks, sets 778-785 (bench/README.md)."""

from __future__ import annotations

from practice.scoring import score_utterance
from practice.scoring.text import sentences


def test_a_saints_name_does_not_end_the_sentence():
    text = "Would you be willing to look over my résumé when I apply to the new-grad residency at St. Vincent's next spring?"
    assert len(sentences(text)) == 1
    assert not score_utterance(text).stacked


def test_a_sentence_after_the_name_is_still_its_own():
    assert sentences("I worked at St. Luke's. What do you do now?") == ["I worked at St. Luke's.", "What do you do now?"]
    assert sentences("I walked down to the store. What do you do now?") == ["I walked down to the store.", "What do you do now?"]
