"""Train the reading of a follow-up named by its story (`practice/scenario/story.py`).

Reproducible: `.venv/bin/python bench/train_follow_ups.py [--no-write]` runs every conversation
of the sets in TRAIN through the real `Interviewee` with the story reading off, and before each
user turn records the features (`story.FEATURES`) of every detail the user has heard so far.
A detail is a positive example when the turn is labelled `follow_up` on its topic (of several
heard details of that topic, the one nearest in meaning: the sets do not name the detail);
every detail heard before a turn of another kind is a negative one; the other details of a
follow-up's topic are left out.

It reports, held out one set at a time, how many turns the reading would change at each
threshold: follow-ups misread today that it would read as follow-ups on the labelled topic,
and turns read right today that it would take for follow-ups. It only counts turns the rules
answer after the point where it sits (a new question, a question it cannot place, a recap,
small talk or a stacked turn); the whole effect is measured with bench/eval_conversation.py.
Then it fits on all the sets and writes the weights to practice/scenario/data/follow_ups.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from single_label import fit_and_save, replayed  # noqa: E402
from train_scoring import fit  # noqa: E402  (L2 logistic regression, Newton's method)

from practice.embedding import default_embedder  # noqa: E402
from practice.scenario import story  # noqa: E402
from practice.scenario.understanding import Understanding  # noqa: E402
from practice.scoring import question_type  # noqa: E402

TRAIN = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x")
L2 = 1.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
# the kinds the rules give after the point where the story reading sits in the reply chain
LATER = {"answer", "unknown", "recap", "stacked", "small_talk"}


def topic_right(expected, got) -> bool:
    return got in expected if isinstance(expected, list) else got == expected


def collect(name: str, minds: dict) -> list[dict]:
    """One row per user turn after the pitch: its labels, today's reply, heard details' features."""
    rows = []
    make = lambda scenario: Understanding(scenario, use_story=False)  # noqa: E731
    for mind, professional, turn in replayed(name, minds, make):
        found = mind.story_candidates(turn["user"], professional.memory)
        reply = professional.reply(turn["user"], question_type(turn["user"]))
        ok = reply.kind == turn["kind"] and (turn["topic"] is None or topic_right(turn["topic"], reply.topic))
        rows.append({"kind": turn["kind"], "topic": turn["topic"], "got": reply.kind, "right": ok,
                     "candidates": [(c.detail.id, c.detail.topic, c.features) for c in found]})
    return rows


def examples(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str]]]:
    X, y, where = [], [], []
    for i, row in enumerate(rows):
        positive = None
        if row["kind"] == "follow_up":
            on_topic = [c for c in row["candidates"] if topic_right(row["topic"], c[1])]
            if on_topic:
                positive = max(on_topic, key=lambda c: c[2][0] + c[2][1])[0]
        for detail, topic, features in row["candidates"]:
            if row["kind"] == "follow_up" and topic_right(row["topic"], topic) and detail != positive:
                continue
            X.append(features)
            y.append(float(detail == positive))
            where.append((i, topic))
    return np.array(X, dtype=np.float64).reshape(-1, len(story.FEATURES)), np.array(y), where


def changes(rows: list[dict], probs: np.ndarray, where: list[tuple[int, str]], threshold: float) -> tuple[int, int]:
    """(follow-ups it would read right, right replies it would make wrong) at `threshold`."""
    best: dict[int, tuple[float, str]] = {}
    for p, (i, topic) in zip(probs, where):
        if i not in best or p > best[i][0]:
            best[i] = (p, topic)
    fixed = broken = 0
    for i, (p, topic) in best.items():
        row = rows[i]
        if p < threshold or row["got"] not in LATER:
            continue
        now_right = row["kind"] == "follow_up" and topic_right(row["topic"], topic)
        fixed += now_right and not row["right"]
        broken += row["right"] and not now_right
    return fixed, broken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="only report the held-out figures")
    args = parser.parse_args()
    if default_embedder() is None:
        sys.exit("the sentence encoder is missing: run `make setup`")
    minds: dict = {}
    sets = {name: collect(name, minds) for name in TRAIN}
    data = {name: examples(rows) for name, rows in sets.items()}
    print(f"sets {', '.join(TRAIN)}: {sum(len(r) for r in sets.values())} turns, "
          f"{sum(len(d[1]) for d in data.values())} (turn, heard detail) rows, "
          f"{int(sum(d[1].sum() for d in data.values()))} follow-ups on a heard detail; L2 {L2}")
    totals: Counter = Counter()
    for held in TRAIN:
        X = np.vstack([data[n][0] for n in TRAIN if n != held])
        y = np.concatenate([data[n][1] for n in TRAIN if n != held])
        w = fit(X, y, L2)
        Xh, _, where = data[held]
        probs = 1 / (1 + np.exp(-np.clip(np.hstack([Xh, np.ones((len(Xh), 1))]) @ w, -30, 30)))
        for threshold in THRESHOLDS:
            fixed, broken = changes(sets[held], probs, where, threshold)
            totals[threshold, "fixed"] += fixed
            totals[threshold, "broken"] += broken
    print("held out, one set at a time: turns the reading would change (the rules' reply after it)")
    for threshold in THRESHOLDS:
        mark = "  <- story.THRESHOLD" if threshold == story.THRESHOLD else ""
        print(f"  P >= {threshold:.1f}: follow-ups read right {totals[threshold, 'fixed']:>3}, "
              f"right replies made wrong {totals[threshold, 'broken']:>3}{mark}")
    fit_and_save(story, "practice/scenario/story.py; bench/train_follow_ups.py", TRAIN, data, L2, not args.no_write)


if __name__ == "__main__":
    main()
