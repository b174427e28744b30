"""The network's fitting (`bench/fit_network.py`) learns what `weighing` needs it for: an
answer that depends on how two meanings meet, which no weighted sum of either can give."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from fit_network import Options, fit  # noqa: E402


def meeting(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two 2-value "meanings" a and b; the first label is 1 when they point the same way
    (sign(a0) == sign(b0)): an exclusive or, which a linear model gets right half the time.
    The second label is the named feature itself, which the linear part alone can read."""
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=(n, 2)), rng.normal(size=(n, 2))
    named = rng.normal(size=(n, 1))
    Z = np.hstack([named, a, b]).astype(np.float32)
    Y = np.stack([(np.sign(a[:, 0]) == np.sign(b[:, 0])), named[:, 0] > 0], axis=1).astype(np.float32)
    return Z, Y


def test_the_hidden_layer_learns_how_two_meanings_meet():
    Z, Y = meeting(4000, 0)
    opts = Options(hidden=16, epochs=30, members=2, rate=1e-2)
    net = fit(Z, Y, ("named",), ("same_way", "named_positive"), np.zeros(1, np.float32), np.ones(1, np.float32), 2, opts)
    Zt, Yt = meeting(1000, 1)
    p = net.forward(Zt)
    assert ((p[:, 0] >= 0.5) == Yt[:, 0]).mean() > 0.9
    assert ((p[:, 1] >= 0.5) == Yt[:, 1]).mean() > 0.95
    assert net.w1.shape == (2, 5, 16) and net.outputs == ("same_way", "named_positive")


def test_fitting_is_reproducible():
    Z, Y = meeting(500, 2)
    opts = Options(hidden=4, epochs=2, members=1)
    args = (("named",), ("a", "b"), np.zeros(1, np.float32), np.ones(1, np.float32), 2, opts)
    one, two = fit(Z, Y, *args), fit(Z, Y, *args)
    assert np.array_equal(one.w1, two.w1) and np.array_equal(one.direct, two.direct)
