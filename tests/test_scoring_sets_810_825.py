"""Job asks of sets 810-825 (first looks on 29fc640 and bbe536f) that no phrase found: a job at
their own workplace asked for by the user, an internship asked for as a possibility, room on
their crew, an apprenticeship "here with you"; and the turns beside them that are no job ask."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "Okay, I will call them. When I finish the program, how can I get a job in your office? I am very careful worker.",
    "how can i get hired at your firm",
    "Oh wow, so she basically reads the layers for you before you even start. Is it possible to intern in your lab? "
    "I'd take anything, even cleaning brushes.",
    "I'm a certified rescue diver, actually. Would there be any room for a second diver on your crew?",
    "Is there room on your team for someone like me?",
    "okay so um is there any chance i could do that apprenticeship year here with you",
])
def test_a_place_at_their_own_workplace_asked_for_is_a_job_ask(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "How do I get a job in this field?",                     # advice, anywhere
    "how'd you get hired on your first crew",                # their own start
    "Is there room for growth on your team?",                # the job's prospects
    "Is it possible to work in this field without a degree?",
])
def test_advice_and_their_own_story_are_not(text):
    assert not score_utterance(text).job_ask
