"""Held-out figures in folds of whole sets, and the linear models' file, for the training
scripts of the interview-turn models (`train_listening.py`, `train_leading.py`).

Whole sets are held out together: turns of one set share a writer's habits, and a model that
saw some of them would be judged on what it memorised of that writer.
"""

from __future__ import annotations

import json

import numpy as np
from train_scoring import fit, predict  # L2 logistic regression, Newton's method

from practice.files import atomic_write_text
from practice.scoring.model import DATA as MODEL_DATA

FOLDS = 10  # sets per fold drawn by a fixed shuffle; one set at a time took over an hour with a vector


def folds_of(sets: np.ndarray) -> np.ndarray:
    """Each turn's fold, by its set."""
    names = np.unique(sets)
    fold = dict(zip(names, np.random.default_rng(0).permutation(len(names)) % FOLDS))
    return np.array([fold[s] for s in sets])


def held_out(X: np.ndarray, y: np.ndarray, sets: np.ndarray, l2: float) -> np.ndarray:
    """Each set's probabilities from logistic-regression weights fitted on the other folds."""
    folds, p = folds_of(sets), np.zeros(len(y))
    for k in range(FOLDS):
        mask = folds == k
        if mask.any():
            p[mask] = predict(X[mask], fit(X[~mask], y[~mask], l2))
    return p


def precision(pred: np.ndarray, y: np.ndarray) -> str:
    tp = int((pred & (y == 1)).sum())
    return (f"precision {tp}/{int(pred.sum())} = {tp / max(1, pred.sum()):.3f}, "
            f"recall {tp}/{int(y.sum())} = {tp / max(1, y.sum()):.3f}")


def write_linear(name: str, names: list[str], w: np.ndarray, threshold: float, n: int, sets: int, by: str) -> None:
    """A `model.LinearModel` file: the named features' weights, then one weight a dimension of
    the meaning read beside them."""
    data = {"bias": round(float(w[-1]), 6), "threshold": threshold,
            "weights": {k: round(float(v), 6) for k, v in zip(names, w[:len(names)])},
            "vector_weights": [round(float(v), 6) for v in w[len(names):-1]],
            "trained_on": f"{n} labelled interview turns of {sets} sets ({by})"}
    path = MODEL_DATA / f"{name}.json"
    atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {path}")
