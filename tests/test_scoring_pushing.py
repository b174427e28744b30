"""The leading flag weighed by the learned model (`practice.scoring.pushing`)."""

from __future__ import annotations

import json

import pytest

from practice.scoring import pushing, score_utterance
from practice.scoring.flags import leading, leading_confidence
from practice.scoring.model import DATA
from practice.scoring.questions import find_questions

# (turn, the answer before it): a fact put back to them with a tag, labelled not leading in the
# sets, which the rules alone showed as leading
CHECKS = [
    ("okay that makes sense um and you sleep there right like at the station",
     "Everybody's at least an EMT. About a third of us are medics. Being a medic gets you a bump in pay."),
    ("And you're on call for that, right?",
     "So I'm on the site reliability team at a payments company. When the app is slow or down, it's our problem."),
    ("You use a special keyboard, not the normal one, right?",
     "Staff reporters in our county start around sixty-five thousand, and freelancers can make a lot more."),
]
# a verdict or a forecast put to them for agreement, labelled leading
PUSHES = [
    ("Crunch is just unavoidable in the game industry, isn't it?", "I've shipped four titles at two studios."),
    ("Understood. AI tools are going to completely change UX, don't you think?",
     "Most of my week is research: interviews, usability tests, and turning that into something the team can use."),
    ("That must be the hardest part, isn't it?", "We lose patients sometimes, and you carry that home."),
]


@pytest.mark.parametrize("text, previous", CHECKS)
def test_a_fact_checked_with_a_tag_is_raised_but_not_shown(text, previous, monkeypatch):
    s = score_utterance(text, previous=previous)
    assert s.leading and not s.shown("leading")
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")  # the rules alone showed it
    assert score_utterance(text, previous=previous).shown("leading")


@pytest.mark.parametrize("text, previous", PUSHES)
def test_a_verdict_put_for_agreement_is_shown(text, previous):
    s = score_utterance(text, previous=previous)
    assert s.shown("leading") and s.confidence["leading"] >= 0.9
    assert any(r.startswith("Leading:") for r in s.reasons)


@pytest.mark.parametrize("env", ["PRACTICE_NO_WEIGHING", "PRACTICE_NO_EMBEDDINGS"])
def test_without_the_model_or_the_encoder_the_rules_confidence_stands(env, monkeypatch):
    text, previous = CHECKS[1]
    monkeypatch.setenv(env, "1")
    found = find_questions(text)
    lead = leading(text, found)
    assert score_utterance(text, previous=previous).confidence["leading"] == round(leading_confidence(text, found, lead), 3)


def test_the_shipped_weights_read_exactly_the_features_the_scorer_builds():
    text, previous = PUSHES[0]
    found = find_questions(text)
    lead = leading(text, found)
    signs = pushing.signs(text, found, lead, leading_confidence(text, found, lead), previous)
    raw = json.loads((DATA / f"{pushing.LEADING_MODEL}.json").read_text(encoding="utf-8"))
    assert set(raw["weights"]) == set(signs.features())
    assert signs.vector is not None and len(raw["vector_weights"]) == len(signs.vector)


@pytest.mark.parametrize("lead, kind", [
    ("right", "tag"), ("isn't it", "tag"), ("recover right", "tag"), ("no", "tag"),
    ("i'm guessing", "guess"), ("surely", "guess"), ("must be the hardest", "guess"),
    ("do you", "negative_then_tag"), ("would it", "negative_then_tag"),
    ("isn't running your", "negative_question"),
    ("don't you think", "tag"), ("why would anyone", "phrase"), ("way better than", "phrase"),
])
def test_the_kind_of_push_is_read_from_the_words_the_rules_return(lead, kind):
    assert pushing.kind_of(lead) == kind


def test_the_sentence_weighed_is_the_one_the_push_is_in():
    text = "What's the worst part of roofing? I'm guessing it's the August heat."
    found = find_questions(text)
    assert pushing.pushing_sentence(text, found, "i'm guessing") == ("I'm guessing it's the August heat.", False)
    text = "That has to mess with your sleep, right? And how do you decompress?"
    found = find_questions(text)
    assert pushing.pushing_sentence(text, found, "right") == ("That has to mess with your sleep, right?", True)
