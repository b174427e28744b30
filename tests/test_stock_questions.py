"""The typical interview questions, encoded ahead for the topic-switch weighing: the shipped file
matches the wordings it was made from, and a question is read as close to one of them or not."""

from __future__ import annotations

import pytest

from practice.embedding import read_bank, write_bank
from practice.scenario.lexicon import EXAMPLES
from practice.scoring import meaning
from practice.scoring.weighing import Signs


def test_the_shipped_questions_match_the_wordings():
    # a wording added or removed without `bench/train_listening.py` leaves the file stale
    bank = read_bank(meaning.STOCK_QUESTIONS)
    assert bank is not None
    assert bank.shape[0] == sum(len(wordings) for wordings in EXAMPLES.values())


@pytest.mark.parametrize("question", ["What does a typical day look like for you?", "How did you get started?"])
def test_a_typical_question_reads_as_one(question):
    assert meaning.stock_similarity(question) > 0.9


@pytest.mark.parametrize("question", ["Did the van hit the pothole?", "Was that because of the almond growers?"])
def test_a_question_about_the_answer_does_not(question):
    assert meaning.stock_similarity(question) < 0.4


def test_no_question_no_similarity():
    assert meaning.stock_similarity("  ") is None


def test_a_bank_round_trips_and_a_broken_one_reads_as_none(tmp_path):
    import numpy as np

    vectors = np.eye(3, 4, dtype=np.float32)
    write_bank(tmp_path / "bank.npy", vectors)
    assert np.allclose(read_bank(tmp_path / "bank.npy"), vectors)
    (tmp_path / "broken.npy").write_bytes(b"not numpy")
    assert read_bank(tmp_path / "broken.npy") is None
    assert read_bank(tmp_path / "missing.npy") is None


def test_the_similarity_is_a_feature_of_the_weighing():
    signs = Signs(rule="none", sim_question=0.1, sim_sentence=0.1, sim_earlier=None, acknowledged=False,
                  reflected=False, reflection_raised=False, referred=False, leading=False, stacked=False,
                  job_ask=False, asks_referral=False, announced=False, question_type="open", form="wh_open",
                  answer_words=30, turn_words=6, questions=1, points_back=False, leaves_a_topic=False,
                  way_in=False, sim_stock=0.8)
    assert signs.features()["sim_stock"] == pytest.approx(0.8)
