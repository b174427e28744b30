"""Follow-up and topic switch weighed by the learned network (`practice.scoring.weighing`)."""

from __future__ import annotations

import json

import pytest

from practice.scoring import score_utterance, weighing
from practice.scoring.network import load_network

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
    net = load_network(weighing.MODEL)
    assert set(net.names) == set(signs.features())
    assert net.outputs == ("follow_up", "topic_switch")


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


def test_one_bar_decides_a_follow_up_and_a_job_ask_elsewhere_needs_a_rule():
    assert weighing.follows_up(0.5, "none") and weighing.follows_up(0.5, "pointer")
    assert not weighing.follows_up(0.49, "pointer") and not weighing.follows_up(0.49, "shared")
    # a job ask after an answer of no way in follows up only where a rule found the answer in it
    assert not weighing.follows_up(0.9, "none", job_ask_elsewhere=True)
    assert weighing.follows_up(0.9, "shared", job_ask_elsewhere=True)


@pytest.mark.parametrize("features, cap", [
    ({}, 1.0),
    ({"leading": 1.0}, 0.5),
    ({"form_tag": 1.0}, 0.5),
    ({"short_answer": 1.0}, 0.35),
    ({"points_back": 1.0, "leading": 1.0}, 0.35),
    # "Switching gears, ..." after a short reply is still a switch announced
    ({"short_answer": 1.0, "announced": 1.0}, 1.0),
    # an answer that leaves no topic ("... so fire away if there's anything else") has nothing to switch from
    ({"leaves_a_topic": 0.0}, 0.35),
    ({"leaves_a_topic": 1.0}, 1.0),
])
def test_the_rules_evidence_caps_a_switch(features, cap):
    assert weighing.switch_cap(features) == cap


def test_features_cover_every_rule_once():
    signs = score_utterance(*CASES[0][:1], previous=CASES[0][1]).listening.signs
    features = signs.features()
    assert sum(features[f"rule_{r}"] for r in weighing.RULES) == 1.0
    assert weighing.rule_of(features) == signs.rule


def test_the_shipped_weights_read_both_vectors_the_scorer_builds():
    # the network reads the named features, then the last question's meaning and the answer's
    signs = score_utterance(*SWITCH[:1], previous=SWITCH[1]).listening.signs
    assert signs.question_vector is not None and len(signs.question_vector) > 100
    assert signs.answer_vector is not None and len(signs.answer_vector) == len(signs.question_vector)
    net = load_network(weighing.MODEL)
    assert net.dim == len(signs.question_vector)
    assert net.w1.shape[1] == len(net.names) + 2 * net.dim


def test_the_answer_vector_is_what_the_answer_means():
    from practice.scoring import meaning

    signs = score_utterance("Wow. How did that feel?", previous=SWITCH[1]).listening.signs
    assert signs.answer_vector == pytest.approx(meaning.vector(SWITCH[1]), abs=1e-6)


def test_the_question_vector_is_what_the_last_question_means():
    from practice.scoring import meaning

    signs = score_utterance("Wow. How did that feel?", previous=SWITCH[1]).listening.signs
    assert signs.question_vector == pytest.approx(meaning.vector("How did that feel?"), abs=1e-6)
    assert sum(v * v for v in signs.question_vector) == pytest.approx(1.0, abs=1e-3)
    # a turn that asks nothing has no question to read
    assert score_utterance("That sounds hard.", previous=SWITCH[1]).listening.signs.question_vector is None


def test_the_vector_moves_the_probability_and_only_with_its_weights():
    from practice.scoring.model import LinearModel

    plain = LinearModel(0.0, {"a": 1.0}, 0.5)
    both = LinearModel(0.0, {"a": 1.0}, 0.5, (2.0, -1.0))
    assert plain.probability({"a": 0.0}, [1.0, 0.0]) == pytest.approx(0.5)
    assert both.probability({"a": 0.0}) == pytest.approx(0.5)  # no vector: the named features alone
    assert both.probability({"a": 0.0}, [1.0, 0.0]) == pytest.approx(1 / (1 + 2.718281828 ** -2.0))
    assert both.probability({"a": 1.0}, [0.0, 1.0]) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        both.probability({"a": 0.0}, [1.0, 0.0, 0.0])


# Turns of sets 690-697, written after the models were fit, that the weights before the
# question's vector judged wrongly: (turn, the answer before it, follow-up, switch shown)
ASKED = [
    ("Which one gave you more trouble?",
     "It counts more than you'd think. Admissions committees see a lot of 22-year-olds, and a career "
     "changer who has handled angry customers and a staff schedule stands out. But you still need the "
     "prerequisites, and anatomy and chemistry are the ones that weed people out.", True, False),
    ("Okay, I won't ask! How did you even get into this? Did you go to school for it, or sort of stumble in?",
     "Probably a wet chamois and a roll of packing tape for an alien birth scene. Don't ask.", False, False),
    ("How useful would a forensic science degree be in this line of work?",
     "Ha, no. I was a janitor at a hospital, then a buddy who did water damage restoration got a biohazard "
     "job nobody wanted, and he called me. Turned out I had the stomach for it and the calm for it. "
     "Started my own company four years later.", False, True),
    ("So what's it like being a woman on those crews?",
     "Ha, a lot of people start out that way. You'd be surprised how fast you adjust when you're harnessed "
     "in and focused on the bead.", False, True),
]


@pytest.mark.parametrize("text, previous, follow_up, switch", ASKED)
def test_what_the_question_asks_decides_with_its_similarity(text, previous, follow_up, switch):
    # "Which one ...?" reacts to whatever was said; "How did you get into this?" could open any
    # interview: the question's own meaning tells them apart, beside its similarity to the answer
    s = score_utterance(text, previous=previous)
    assert (s.listening.follow_up, s.shown("topic_switch")) == (follow_up, switch)
