"""A logistic-regression scorer read from a small JSON file shipped in the package.

The weights are learned offline by `bench/train_scoring.py`; here they are only read and
applied, in pure Python, so scoring needs no machine-learning library and takes microseconds.
`contributions` exposes each feature's share of the decision so reasons can quote them. A model
may also weigh a vector (`vector_weights`: one weight per dimension of a sentence's meaning),
read beside the named features.
"""

from __future__ import annotations

import json
import math
import operator
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class LinearModel:
    bias: float
    weights: dict[str, float]
    threshold: float
    vector_weights: tuple[float, ...] = ()

    def probability(self, features: dict[str, float], vector: list[float] | None = None) -> float:
        """`vector` is read only by a model with `vector_weights` of its length."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        if self.vector_weights and vector is not None:
            if len(vector) != len(self.vector_weights):
                raise ValueError(f"a vector of {len(vector)} values for weights of {len(self.vector_weights)}")
            z += sum(map(operator.mul, self.vector_weights, vector))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, features: dict[str, float], vector: list[float] | None = None) -> bool:
        return self.probability(features, vector) >= self.threshold

    def contributions(self, features: dict[str, float]) -> list[tuple[str, float]]:
        """(feature, weight * value), largest effect first."""
        parts = [(k, self.weights[k] * v) for k, v in features.items() if k in self.weights and v]
        return sorted(parts, key=lambda kv: -abs(kv[1]))


def weighing_on(*names: str) -> bool:
    """The learned weighing is not turned off (`PRACTICE_NO_WEIGHING=1`: the rules alone, as the
    training scripts read them) and every named model is shipped."""
    return os.environ.get("PRACTICE_NO_WEIGHING", "") in ("", "0") and all(map(_shipped, names))


@lru_cache(maxsize=None)
def _shipped(name: str) -> bool:
    """A linear model's JSON or a network's archive (`network`) of that name is in `data/`."""
    return (DATA / f"{name}.json").is_file() or (DATA / f"{name}.npz").is_file()


@lru_cache(maxsize=None)
def load_model(name: str) -> LinearModel:
    """Read `data/<name>.json`: {"bias": float, "threshold": float, "weights": {...}} and,
    optionally, "vector_weights": [...]."""
    raw = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return LinearModel(float(raw["bias"]), {k: float(v) for k, v in raw["weights"].items()},
                       float(raw.get("threshold", 0.5)), tuple(float(v) for v in raw.get("vector_weights", ())))
