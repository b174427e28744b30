"""The last step shared by the trainers of one-label readings over a row of named numbers
(bench/train_follow_ups.py for `story`, bench/train_unknown.py for `outside`): fit on every
set, print the weights, and write them where the reading loads them
(`practice.scenario.onevsrest.load_single`)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from train_scoring import fit  # L2 logistic regression, Newton's method

from practice.files import atomic_write_text

ROOT = Path(__file__).resolve().parent.parent


def fit_and_save(reading, about: str, train: tuple[str, ...], data: dict, l2: float, write: bool) -> np.ndarray:
    """`reading`: the module with FEATURES, LABEL and WEIGHTS; `data[name]` starts with the
    set's (features, labels). Returns the weights, bias last."""
    X = np.vstack([data[n][0] for n in train])
    y = np.concatenate([data[n][1] for n in train])
    w = fit(X, y, l2)
    print("weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in zip((*reading.FEATURES, "bias"), w)))
    if write:
        atomic_write_text(reading.WEIGHTS, json.dumps({
            "about": about,
            "trained_on": [f"bench/data/conversations_{n}.jsonl" for n in train],
            "l2": l2, "features": list(reading.FEATURES) + ["bias"], "labels": [reading.LABEL],
            "weights": [[round(float(v), 5)] for v in w]}) + "\n")
        print(f"wrote {Path(reading.WEIGHTS).relative_to(ROOT)}")
    return w
