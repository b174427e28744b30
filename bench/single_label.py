"""What the trainers of one-label readings over a row of named numbers share
(bench/train_follow_ups.py for `story`, bench/train_unknown.py for `outside`): the replay of
a conversation set turn by turn, and the last step: fit on every set, print the weights, and
write them where the reading loads them (`practice.scenario.onevsrest.load_single`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from train_scoring import fit  # L2 logistic regression, Newton's method

from practice.files import atomic_write_text
from practice.scenario import Interviewee, load_scenario

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def replayed(name: str, minds: dict, make: Callable) -> Iterator[tuple]:
    """(understanding, professional, turn) for each user turn after the pitch of
    `conversations_{name}.jsonl`, before the professional replies; the caller reads what it
    needs from the memory so far, then calls `professional.reply`. `make(scenario)` builds
    the understanding, once per scenario (kept in `minds`)."""
    path = DATA / f"conversations_{name}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        mind = minds.setdefault(item["scenario"], make(load_scenario(item["scenario"])))
        professional = Interviewee(mind.scenario, understanding=mind)
        professional.greeting()
        professional.pitch_response()
        for turn in item["turns"][1:]:
            yield mind, professional, turn


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
