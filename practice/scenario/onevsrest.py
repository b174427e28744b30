"""Logistic regression, one label against the rest, over a sentence vector: the shape of both
learned readings of the dialogue manager (`intents`, `topic_model`), kept as JSON weights.

Only the weights ship (trained by bench/train_intents.py, numpy only); reading them needs no
learning library. A missing or malformed file, or a vector of another size (another encoder),
is no reading at all, and the rules and other evidence decide alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class OneVsRest:
    labels: tuple[str, ...]
    weights: np.ndarray  # (dim + 1, labels), bias last

    def fits(self, vector: np.ndarray) -> bool:
        return np.asarray(vector).shape == (self.weights.shape[0] - 1,)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(label) for each label, in `labels` order (each against the rest, so they need not
        sum to one): one row of them for a vector, one row per row of a matrix of vectors."""
        logits = np.asarray(vectors, dtype=np.float64) @ self.weights[:-1] + self.weights[-1]
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))


def load(path: Path, labels_key: str) -> OneVsRest | None:
    """The weights in `path` with their labels under `labels_key`, or None when the file is
    missing, unreadable or inconsistent."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = np.asarray(data["weights"], dtype=np.float64)
        labels = tuple(data[labels_key])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if weights.ndim != 2 or weights.shape[1] != len(labels):
        return None
    return OneVsRest(labels, weights)


def load_single(path: Path, features: tuple[str, ...]) -> OneVsRest | None:
    """Weights of one label over a row of named numbers (`story`, `outside`), or None when the
    file is missing, unreadable or made for another list of features."""
    found = load(path, "labels")
    if found is None or found.weights.shape != (len(features) + 1, 1):
        return None
    return found
