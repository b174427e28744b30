"""Train the reading of a question that asks beside a topic (`practice/scenario/outside.py`).

Reproducible: `.venv/bin/python bench/train_unknown.py [--no-write]` runs every conversation of
the sets in TRAIN through the real `Interviewee` with the learned reading off, and records the
features (`outside.FEATURES`) of each turn that it answers from a topic (`answer` or `recap`)
and that is labelled `answer`, `recap` or `unknown`: an `unknown` label is a positive example
(the writers found no answer in the scenario), the others negative.

It reports, held out one set at a time, how many of those turns each threshold would change:
unknowns answered today that it would read as unknown, and answers it would take for unknowns.
The whole effect, later turns included, is measured with bench/eval_conversation.py. Then it
fits on all the sets and writes the weights to practice/scenario/data/answerable.json.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from single_label import fit_and_save, replayed  # noqa: E402
from train_scoring import fit  # noqa: E402  (L2 logistic regression, Newton's method)

from practice.scenario import outside  # noqa: E402
from practice.scenario.understanding import Understanding  # noqa: E402
from practice.scoring import question_type  # noqa: E402

TRAIN = tuple("abcdefghijklmnopqrstuvwxyz") + ("aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al")
L2 = 1.0
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)


def collect(name: str, minds: dict) -> tuple[np.ndarray, np.ndarray]:
    """(features, labels) of the turns of one set that the rules answer from a topic."""
    rows, labels = [], []
    make = lambda scenario: Understanding(scenario, use_beside=False)  # noqa: E731
    for mind, person, turn in replayed(name, minds, make):
        reading = mind.read(turn["user"], person.memory)
        reply = person.reply(turn["user"], question_type(turn["user"]))
        if reply.kind in ("answer", "recap") and reply.topic and turn["kind"] in ("answer", "recap", "unknown"):
            found = outside.features(mind, turn["user"], reading, reply.topic)
            if found is not None:
                rows.append(found)
                labels.append(1.0 if turn["kind"] == "unknown" else 0.0)
    return np.array(rows), np.array(labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="report only; keep the weights file")
    args = parser.parse_args()
    minds: dict = {}
    data = {name: collect(name, minds) for name in TRAIN}
    total = sum(len(y) for _, y in data.values())
    positives = int(sum(y.sum() for _, y in data.values()))
    print(f"{total} turns answered from a topic, {positives} of them labelled unknown")
    found = {t: [0, 0] for t in THRESHOLDS}
    for held in TRAIN:
        X = np.vstack([data[n][0] for n in TRAIN if n != held])
        y = np.concatenate([data[n][1] for n in TRAIN if n != held])
        w = fit(X, y, L2)
        Xh, yh = data[held]
        if not len(yh):
            continue
        probs = 1 / (1 + np.exp(-np.clip(np.hstack([Xh, np.ones((len(Xh), 1))]) @ w, -30, 30)))
        for t in THRESHOLDS:
            found[t][0] += int(((probs >= t) & (yh == 1)).sum())
            found[t][1] += int(((probs >= t) & (yh == 0)).sum())
    print("held out, one set at a time: of those turns, read as unknown")
    for t in THRESHOLDS:
        mark = "  <- outside.THRESHOLD" if t == outside.THRESHOLD else ""
        print(f"  P >= {t:.1f}: unknowns {found[t][0]:>3} of {positives}, answerable ones {found[t][1]:>3}{mark}")
    fit_and_save(outside, "practice/scenario/outside.py; bench/train_unknown.py", TRAIN, data, L2, not args.no_write)


if __name__ == "__main__":
    main()
