"""A small learned network that reads the rules' signs with several sentence meanings at once.

`weighing` asks it how likely a turn follows up on the answer, how likely it leaves it for
a new subject, and how likely it reacts to it and says it back. A linear model over the same
signs could weigh what the question means, but not what it means *beside the answer*: "Is it
hard on your family?" after "touring eight months a year" follows up because of how the two
meanings meet, which no sum of weights over either one alone can see. One hidden layer over
the named features and the meanings (the question's, the answer's, the whole turn's) learns
such meetings; a linear part beside it keeps what the linear model had. Several members trained
from different random starts are averaged, so one unlucky start does not decide a turn.

The weights are learned offline by `bench/train_listening.py` (which also writes them) and
read here from a numpy archive in `data/`; the forward pass is a few small matrix products
(well under a millisecond a turn). Both training and scoring build the inputs with `inputs`, so
they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from practice.scoring.model import DATA

SUFFIX = ".npz"


@dataclass(frozen=True)
class Network:
    """`names`: the named features in input order; `mean`/`scale` standardise them; then
    `dim` values of each meaning read (the question's, the answer's, then the whole turn's; zeros
    when absent; `meanings` says how many the weights read).
    Each of the `members` has a hidden layer (`w1`, `b1`) and an output layer (`w2`, `b2`),
    plus a linear part (`direct`) from the inputs straight to the outputs; one output per name
    in `outputs`."""

    names: tuple[str, ...]
    outputs: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    dim: int
    w1: np.ndarray      # (members, inputs, hidden)
    b1: np.ndarray      # (members, hidden)
    w2: np.ndarray      # (members, hidden, outputs)
    b2: np.ndarray      # (members, outputs)
    direct: np.ndarray  # (members, inputs, outputs)

    @property
    def meanings(self) -> int:
        """How many meanings' vectors follow the named features in the input."""
        return (self.w1.shape[1] - len(self.names)) // self.dim

    def inputs(self, features: list[dict[str, float]], vectors: list[list[list[float] | None]]) -> np.ndarray:
        """One row a turn: the standardised named features, then each meaning's vector."""
        return inputs(self.names, self.mean, self.scale, self.dim, features, vectors)

    def forward(self, z: np.ndarray) -> np.ndarray:
        """Probabilities, one row a row of `z`, one column an output; the members averaged."""
        return np.mean([forward(z, *(a[m] for a in (self.w1, self.b1, self.w2, self.b2, self.direct)))
                        for m in range(len(self.w1))], axis=0)

    def probabilities(self, features: dict[str, float], vectors: list[list[float] | None]) -> dict[str, float]:
        """One turn's probability for each output."""
        p = self.forward(self.inputs([features], [vectors]))[0]
        return {name: float(v) for name, v in zip(self.outputs, p)}


def inputs(names: tuple[str, ...], mean: np.ndarray, scale: np.ndarray, dim: int,
           features: list[dict[str, float]], vectors: list[list[list[float] | None]]) -> np.ndarray:
    """The network's input rows, one a turn: `features[i]` by `names` (a missing one is 0),
    standardised, then each of `vectors[i]` in order (`dim` zeros for a missing one). The
    training script builds its inputs here too, so training and scoring read the same."""
    named = np.array([[f.get(n, 0.0) for n in names] for f in features], dtype=np.float32)
    parts = [(named - mean) / scale]
    for k in range(len(vectors[0]) if vectors else 0):
        parts.append(np.array([v[k] if v[k] is not None else np.zeros(dim) for v in vectors], dtype=np.float32)
                     .reshape(len(vectors), dim))
    return np.hstack(parts).astype(np.float32)


def forward(z: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray,
            direct: np.ndarray) -> np.ndarray:
    """One member: sigmoid(relu(z w1 + b1) w2 + b2 + z direct)."""
    h = np.maximum(z @ w1 + b1, 0.0)
    return 1.0 / (1.0 + np.exp(-np.clip(h @ w2 + b2 + z @ direct, -30.0, 30.0)))


@lru_cache(maxsize=None)
def load_network(name: str) -> Network:
    return read(DATA / f"{name}{SUFFIX}")


def read(path: Path) -> Network:
    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    return Network(tuple(str(n) for n in arrays["names"]), tuple(str(n) for n in arrays["outputs"]),
                   arrays["mean"].astype(np.float32), arrays["scale"].astype(np.float32), int(arrays["dim"]),
                   *(arrays[k].astype(np.float32) for k in ("w1", "b1", "w2", "b2", "direct")))
