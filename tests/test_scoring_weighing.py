"""Follow-up and topic switch weighed by the learned models (`practice.scoring.weighing`)."""

from __future__ import annotations

import json

import pytest

from practice.scoring import score_utterance, weighing
from practice.scoring.model import DATA

# (turn, the answer before it, what the labelled set says) where the rules alone were wrong
CASES = [
    # a paraphrase of the answer's fact, then a question on it (no word in common but "accounting")
    ("Accounting to the PICU is quite a leap. What made you finally walk away?",
     "It took a detour. I actually started in accounting, hated it, and went back for an "
     "accelerated BSN at twenty-seven.", "follow_up", True),
    # "Fifty weeks!" said back, then the user's own story and a question of their own
    ("Fifty weeks! I just finished my architecture degree, so I've mostly seen the design side. "
     "What made you go into construction instead of design?",
     "Ha — sometimes. But honestly most of our delays are weather and material lead times. "
     "Switchgear right now is a fifty-week lead time.", "follow_up", False),
]
# a new topic after a short answer about something else, labelled a switch, which the rules
# alone leave below the bar
SWITCH = ("What do you wish you'd known when you were starting out as a curator? And how did you land your "
          "first museum job?",
          "All the time. There's a 1920s wedding dress I've shown exactly once in twelve years.")


@pytest.mark.parametrize("text, previous, cue, label", CASES)
def test_the_models_decide_where_the_rules_alone_were_wrong(text, previous, cue, label, monkeypatch):
    assert getattr(score_utterance(text, previous=previous).listening, cue) == label
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert getattr(score_utterance(text, previous=previous).listening, cue) != label


def test_a_switch_the_rules_were_unsure_of_is_shown(monkeypatch):
    s = score_utterance(*SWITCH[:1], previous=SWITCH[1])
    assert s.shown("topic_switch") and s.listening.evidence["topic_switch"]
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert not score_utterance(*SWITCH[:1], previous=SWITCH[1]).shown("topic_switch")


def test_the_shipped_weights_read_exactly_the_features_the_scorer_builds():
    signs = score_utterance(*SWITCH[:1], previous=SWITCH[1]).listening.signs
    assert signs is not None
    for name, left_out in ((weighing.FOLLOW_UP_MODEL, set(weighing.SWITCH_ONLY)), (weighing.TOPIC_SWITCH_MODEL, set())):
        weights = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["weights"]
        assert set(weights) == set(signs.features()) - left_out


def test_signs_are_kept_for_training_but_never_saved():
    s = score_utterance(*SWITCH[:1], previous=SWITCH[1])
    assert s.listening.signs is not None
    assert "signs" not in s.to_dict()["listening"] and "signs" not in s.listening.to_dict()
    json.dumps(s.to_dict())


def test_without_the_encoder_the_rules_decide_alone(monkeypatch):
    monkeypatch.setenv("PRACTICE_NO_EMBEDDINGS", "1")
    s = score_utterance(*SWITCH[:1], previous=SWITCH[1])
    assert s.listening.signs is None
    assert s.listening.topic_switch  # the word rules: nothing of the answer in the question


def test_a_pronoun_pointing_back_needs_less_of_the_model():
    assert weighing.follows_up(0.35, "pointer") and weighing.follows_up(0.35, "asks_on")
    assert not weighing.follows_up(0.35, "none") and not weighing.follows_up(0.35, "shared")
    assert weighing.follows_up(0.5, "shared") and not weighing.follows_up(0.5, "none")
    assert weighing.follows_up(0.6, "none")


@pytest.mark.parametrize("features, cap", [
    ({}, 1.0),
    ({"leading": 1.0}, 0.5),
    ({"form_tag": 1.0}, 0.5),
    ({"short_answer": 1.0}, 0.35),
    ({"points_back": 1.0, "leading": 1.0}, 0.35),
    # "Switching gears, ..." after a short reply is still a switch announced
    ({"short_answer": 1.0, "announced": 1.0}, 1.0),
])
def test_the_rules_evidence_caps_a_switch(features, cap):
    assert weighing.switch_cap(features) == cap


def test_features_cover_every_rule_once():
    signs = score_utterance(*CASES[0][:1], previous=CASES[0][1]).listening.signs
    features = signs.features()
    assert sum(features[f"rule_{r}"] for r in weighing.RULES) == 1.0
    assert weighing.rule_of(features) == signs.rule
