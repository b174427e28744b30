"""Questions that read as a topic and ask beside it (`practice.scenario.outside.beside`): the
writers of the conversation sets label them `unknown`, and answering them from the topic
("Is working in a neonatal ICU very different from adult ICU?" answered with what the nurse
would do differently) tells the user something untrue. Rows written here."""

from __future__ import annotations

import numpy as np
import pytest

from practice.scenario import outside


@pytest.mark.parametrize("scenario, turn", [
    ("nurse", "Is working in a neonatal ICU very different from adult ICU?"),
    ("civil_engineer", "Is civil engineering in Dubai very different from here?"),
])
def test_a_question_beside_a_topic_is_not_answered_from_it(reply_to, scenario, turn):
    assert reply_to(scenario, turn).kind == "unknown"


@pytest.mark.parametrize("scenario, turn, topic", [
    ("nurse", "What does a normal shift look like?", "day_to_day"),
    ("civil_engineer", "What degree do you need to become a civil engineer?", "education"),
    ("civil_engineer", "How much does a new engineer make?", "pay"),
])
def test_a_question_on_the_topic_is_answered(reply_to, scenario, turn, topic):
    reply = reply_to(scenario, turn)
    assert (reply.kind, reply.topic) == ("answer", topic)


def test_the_features_are_the_models_and_probabilities_are_probabilities(minds, talk):
    mind = minds["nurse"]
    person = talk("nurse")
    text = "Is working in a neonatal ICU very different from adult ICU?"
    reading = mind.read(text, person.memory)
    row = outside.features(mind, text, reading, reading.topic)
    assert len(row) == len(outside.FEATURES) and all(np.isfinite(row))
    assert outside.model().weights.shape == (len(outside.FEATURES) + 1, 1)
    assert 0.0 <= outside.probability(mind, text, reading, reading.topic) <= 1.0


def test_without_the_weights_the_rules_decide_alone(reply_to, monkeypatch):
    monkeypatch.setattr(outside, "model", lambda: None)
    reply = reply_to("nurse", "Is working in a neonatal ICU very different from adult ICU?")
    assert reply.kind != "unknown"
