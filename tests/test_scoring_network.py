"""The learned network's forward pass and file (`practice.scoring.network`), without the
shipped weights: small hand-made ones whose answers can be worked out."""

from __future__ import annotations

import math

import numpy as np
import pytest

from practice.scoring import network


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def tiny(members: int = 1, w1_scale: float = 1.0) -> network.Network:
    """Two named features ("a", "b") and vectors of 2 values, one hidden unit, two outputs.
    The hidden unit adds the question's first value and the answer's first value: it fires
    only where both meanings point the same way."""
    n_in = 2 + 2 * 2
    w1 = np.zeros((members, n_in, 1), np.float32)
    w1[:, 2, 0] = w1_scale   # question[0]
    w1[:, 4, 0] = w1_scale   # answer[0]
    b1 = np.full((members, 1), -1.0, np.float32)  # fires only when their sum is over 1
    w2 = np.zeros((members, 1, 2), np.float32)
    w2[:, 0, 0] = 4.0
    b2 = np.zeros((members, 2), np.float32)
    direct = np.zeros((members, n_in, 2), np.float32)
    direct[:, 0, 1] = 1.0    # named feature "a", standardised, straight to the second output
    return network.Network(("a", "b"), ("follow_up", "topic_switch"), np.array([1.0, 0.0], np.float32),
                           np.array([2.0, 1.0], np.float32), 2, w1, b1, w2, b2, direct)


def test_the_hidden_unit_reads_the_two_meanings_together():
    net = tiny()
    # both meanings point the same way: 1 + 1 - 1 = 1 through the hidden unit, times 4
    assert net.probabilities({"a": 1.0}, [[1.0, 0.0], [1.0, 0.0]])["follow_up"] == pytest.approx(sigmoid(4.0))
    # either alone leaves it silent: no sum of weights over one meaning can do that
    assert net.probabilities({"a": 1.0}, [[1.0, 0.0], [0.0, 1.0]])["follow_up"] == pytest.approx(0.5)
    assert net.probabilities({"a": 1.0}, [[0.0, 1.0], [1.0, 0.0]])["follow_up"] == pytest.approx(0.5)


def test_named_features_are_standardised_and_a_missing_one_is_zero():
    net = tiny()
    # ("a" - 1) / 2 straight to the second output
    assert net.probabilities({"a": 5.0}, [None, None])["topic_switch"] == pytest.approx(sigmoid(2.0))
    assert net.probabilities({}, [None, None])["topic_switch"] == pytest.approx(sigmoid(-0.5))


def test_a_missing_vector_reads_as_zeros():
    net = tiny()
    assert net.probabilities({"a": 1.0}, [[1.0, 0.0], None]) == net.probabilities({"a": 1.0}, [[1.0, 0.0], [0.0, 0.0]])


def test_members_are_averaged():
    one, two = tiny(), tiny(members=2)
    two.w1[1] *= 0.0  # the second member's hidden unit never fires
    said = [[1.0, 0.0], [1.0, 0.0]]
    assert one.probabilities({"a": 1.0}, said)["follow_up"] == pytest.approx(sigmoid(4.0))
    assert two.probabilities({"a": 1.0}, said)["follow_up"] == pytest.approx((sigmoid(4.0) + 0.5) / 2)


def test_a_batch_gives_the_rows_one_turn_at_a_time_gives():
    net = tiny(members=2, w1_scale=0.7)
    feats = [{"a": 0.0, "b": 1.0}, {"a": 3.0}]
    vecs = [[[1.0, 0.0], [1.0, 1.0]], [None, [0.5, 0.5]]]
    batch = net.forward(net.inputs(feats, vecs))
    for row, f, v in zip(batch, feats, vecs):
        p = net.probabilities(f, v)
        assert row == pytest.approx([p["follow_up"], p["topic_switch"]])


def test_read_gives_back_what_was_saved(tmp_path):
    net = tiny(members=2)
    path = tmp_path / "net.npz"
    np.savez_compressed(path, names=np.array(net.names), outputs=np.array(net.outputs), mean=net.mean,
                        scale=net.scale, dim=np.array(net.dim), trained_on=np.array("test"),
                        **{k: getattr(net, k).astype(np.float16) for k in ("w1", "b1", "w2", "b2", "direct")})
    back = network.read(path)
    assert back.names == net.names and back.outputs == net.outputs and back.dim == 2
    said = [[1.0, 0.0], [1.0, 0.0]]
    assert back.probabilities({"a": 2.0}, said) == pytest.approx(net.probabilities({"a": 2.0}, said))


def test_the_number_of_meanings_is_read_from_the_weights():
    # weights fitted on two meanings (question, answer) read two; the scorer gives them the
    # first two of the meanings it has, so weights of either kind load
    assert tiny().meanings == 2
    three = tiny()
    wider = network.Network(three.names, three.outputs, three.mean, three.scale, three.dim,
                            np.concatenate([three.w1, np.zeros((1, 2, 1), np.float32)], axis=1), three.b1,
                            three.w2, three.b2, np.concatenate([three.direct, np.zeros((1, 2, 2), np.float32)], axis=1))
    assert wider.meanings == 3
    assert wider.probabilities({"a": 1.0}, [[1.0, 0.0], [1.0, 0.0], [0.5, 0.5]]) == \
        pytest.approx(three.probabilities({"a": 1.0}, [[1.0, 0.0], [1.0, 0.0]]))
