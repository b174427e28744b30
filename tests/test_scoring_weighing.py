"""Follow-up, topic switch, acknowledgement and reflection weighed by the learned network
(`practice.scoring.weighing`)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from practice.scoring import pair_reading, score_utterance, weighing
from practice.scoring.network import Network, load_network

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
    assert net.outputs == ("follow_up", "topic_switch", "acknowledgement", "reflection")


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
    assert not weighing.follows_up(0.9, "none", needs_a_rule=True)
    assert weighing.follows_up(0.9, "shared", needs_a_rule=True)
    # which asks need one: a job ask after an answer of no way in, and a referral ask
    assert weighing.needs_a_rule(job_ask=True, way_in=False, asks_referral=False)
    assert not weighing.needs_a_rule(job_ask=True, way_in=True, asks_referral=False)
    assert weighing.needs_a_rule(job_ask=False, way_in=False, asks_referral=True)
    assert not weighing.needs_a_rule(job_ask=False, way_in=False, asks_referral=False)


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


def test_the_shipped_weights_read_the_three_vectors_the_scorer_builds():
    # the network reads the named features, then the meanings of the last question, the answer
    # and the whole turn
    signs = score_utterance(*SWITCH[:1], previous=SWITCH[1]).listening.signs
    assert signs.question_vector is not None and len(signs.question_vector) > 100
    assert signs.answer_vector is not None and len(signs.answer_vector) == len(signs.question_vector)
    net = load_network(weighing.MODEL)
    assert net.dim == len(signs.question_vector)
    assert signs.turn_vector is not None and len(signs.turn_vector) == net.dim
    assert net.w1.shape[1] == len(net.names) + 3 * net.dim and net.meanings == 3


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


def test_the_turn_vector_is_what_the_whole_turn_means():
    from practice.scoring import meaning

    text = "Wow, twelve years. So the dress only comes out once. How did you get into curating?"
    signs = score_utterance(text, previous=SWITCH[1]).listening.signs
    assert signs.turn_vector == pytest.approx(meaning.vector(text), abs=1e-6)
    assert signs.turn_vector != pytest.approx(signs.question_vector, abs=1e-3)


def test_the_praise_models_confidence_is_a_sign(monkeypatch):
    text = "So the dress has only been out once in twelve years."
    signs = score_utterance(text, previous=SWITCH[1]).listening.signs
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    rules = score_utterance(text, previous=SWITCH[1]).listening
    assert signs.reflection_confidence == pytest.approx(rules.confidence["reflection"], abs=1e-3)
    assert signs.reflection_confidence > 0.5
    assert signs.features()["reflection_confidence"] == signs.reflection_confidence


def _flat(outputs: tuple[str, ...], bias: dict[str, float]) -> Network:
    """Weights that read nothing: each output's probability is its bias alone."""
    names, dim, k = ("asks",), 384, len(outputs)
    n_in = len(names) + 2 * dim
    return Network(names, outputs, np.zeros(1, np.float32), np.ones(1, np.float32), dim,
                   np.zeros((1, n_in, 1), np.float32), np.zeros((1, 1), np.float32), np.zeros((1, 1, k), np.float32),
                   np.array([[bias.get(o, 0.0) for o in outputs]], np.float32), np.zeros((1, n_in, k), np.float32))


REACTS = ("Wow, that's fascinating. How did you get started in conservation?", SWITCH[1])


def test_the_network_decides_the_reaction_and_the_saying_back_where_it_has_them(monkeypatch):
    # the network alone: the pair reader's blend (`pair_reading`, tests/test_pair_reading.py) aside
    monkeypatch.setattr(pair_reading, "read", lambda answer, turn: None)
    assert score_utterance(REACTS[0], previous=REACTS[1]).listening.acknowledgement
    # weights with all four outputs: a reaction it puts at 0.0 is not one, whatever the rules read
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(
        ("follow_up", "topic_switch", "acknowledgement", "reflection"), {"acknowledgement": -20.0, "reflection": 20.0}))
    heard = score_utterance(REACTS[0], previous=REACTS[1]).listening
    assert not heard.acknowledgement and "acknowledgement" not in heard.evidence
    assert heard.reflection and heard.confidence["reflection"] == 1.0 and heard.evidence["reflection"]
    # and one it is sure of is found with the turn's opening words as its reason
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(
        ("follow_up", "topic_switch", "acknowledgement", "reflection"), {"acknowledgement": 20.0}))
    text = "I collect old postcards myself. What is the oldest thing in the collection?"
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert not score_utterance(text, previous=REACTS[1]).listening.acknowledgement  # no rule finds one
    monkeypatch.delenv("PRACTICE_NO_WEIGHING")
    heard = score_utterance(text, previous=REACTS[1]).listening
    assert heard.acknowledgement and heard.evidence["acknowledgement"] == "I collect old postcards myself"


def test_praise_the_rules_are_sure_of_stays_whatever_the_network_reads(monkeypatch):
    # the network learned interview turns only: alone it missed two thirds of AnnoMI's
    # counselling reflections, so it adds praise beside `praise`'s and takes none away
    text = "So the dress has only been out once in twelve years."
    before = score_utterance(text, previous=SWITCH[1])
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(
        ("follow_up", "topic_switch", "acknowledgement", "reflection"), {"reflection": -20.0}))
    after = score_utterance(text, previous=SWITCH[1])
    assert after.shown("reflection") and after.listening.confidence["reflection"] == \
        pytest.approx(before.listening.signs.reflection_confidence, abs=1e-3)


def test_weights_of_two_outputs_leave_the_reaction_and_the_praise_to_the_rules(monkeypatch):
    rules = score_utterance(REACTS[0], previous=REACTS[1]).listening
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(("follow_up", "topic_switch"), {}))
    heard = score_utterance(REACTS[0], previous=REACTS[1]).listening
    assert heard.acknowledgement == rules.acknowledgement is True
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert score_utterance(REACTS[0], previous=REACTS[1]).listening.confidence["reflection"] == \
        heard.confidence["reflection"]


def test_a_turn_that_reacts_is_never_called_a_switch(monkeypatch):
    # the label guide: "That's fascinating. Switching gears, ..." acknowledges first
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(
        ("follow_up", "topic_switch", "acknowledgement", "reflection"),
        {"follow_up": -20.0, "topic_switch": 20.0, "acknowledgement": 20.0, "reflection": -20.0}))
    s = score_utterance(*SWITCH[:1], previous=SWITCH[1])
    assert s.listening.acknowledgement and not s.listening.topic_switch and not s.shown("topic_switch")
    monkeypatch.setattr(weighing, "load_network", lambda name: _flat(
        ("follow_up", "topic_switch", "acknowledgement", "reflection"),
        {"follow_up": -20.0, "topic_switch": 20.0, "acknowledgement": -20.0, "reflection": -20.0}))
    assert score_utterance(*SWITCH[:1], previous=SWITCH[1]).shown("topic_switch")


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
def test_what_the_question_asks_decides_with_its_similarity(text, previous, follow_up, switch, monkeypatch):
    # "Which one ...?" reacts to whatever was said; "How did you get into this?" could open any
    # interview: the question's own meaning tells them apart, beside its similarity to the answer
    # (the network's reading, without the pair reader's blend)
    monkeypatch.setattr(pair_reading, "read", lambda answer, turn: None)
    s = score_utterance(text, previous=previous)
    assert (s.listening.follow_up, s.shown("topic_switch")) == (follow_up, switch)
