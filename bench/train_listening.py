"""Train the weighing of follow-up and topic switch (`practice/scoring/weighing.py`).

Reproducible: `.venv/bin/python bench/train_listening.py [--no-write]` scores every labelled
interview turn with an answer before it (bench/data/turns_*.jsonl, in conversation order where
a set has one) with the rules alone (`PRACTICE_NO_WEIGHING=1`), reads the signs the rules saw
(`Listening.signs`), and fits two L2 logistic regressions: `follow_up` and `topic_switch`
on `Signs.features()` and the last question's meaning (`Signs.question_vector`, one weight a
dimension). It reports, held out in ten folds of whole sets (each set's turns scored by weights
fitted on the sets of the other nine folds), the follow-up accuracy and the topic-switch
precision and recall at several show bars, beside the rules' own (in sample: the rules were
tuned on these sets). Then it fits on every set and writes the weights to
practice/scoring/data/follow_up_turns.json and topic_switch_turns.json.

First, always (with --no-write too: the features read it), it encodes the typical wordings of
the interview questions (`practice.scenario.lexicon.EXAMPLES`) into
practice/scoring/data/stock_questions.npy, from which `meaning.stock_similarity` reads how close
a question is to one that could have been asked whatever the answer.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

os.environ["PRACTICE_NO_WEIGHING"] = "1"  # the rules' own verdicts and signs, before any weighing
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from eval_turns import CUES, FIELDS, fields_of, read_set, scored  # noqa: E402
from train_scoring import fit, predict  # noqa: E402  (L2 logistic regression, Newton's method)

from practice.embedding import default_embedder, write_bank  # noqa: E402
from practice.files import atomic_write_text  # noqa: E402
from practice.scenario.lexicon import EXAMPLES as WORDINGS  # noqa: E402
from practice.scoring import meaning, weighing  # noqa: E402
from practice.scoring.text import clean  # noqa: E402
from practice.scoring.model import DATA as MODEL_DATA  # noqa: E402

L2 = 1.0  # held out, 0.3 / 1 / 3 move follow-up accuracy by under 0.1 point (with the vector too)
FOLDS = 10  # sets per fold drawn by a fixed shuffle; one set at a time took over an hour with the vector
BARS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)  # the bar shipped is confidence.BARS["topic_switch"]


def examples(paths: list[Path]) -> dict[str, np.ndarray | list]:
    """Features, labels and the rules' verdicts of every labelled turn the scorer weighs."""
    feats, vectors, fu, ts, rule_fu, rule_ts, sets, others = [], [], [], [], [], [], [], []
    for path in paths:
        rows = read_set(path)
        for row, s in zip(rows, scored(rows)):
            signs = s.listening.signs
            if signs is None or "follow_up" not in row or "topic_switch" not in row:
                continue
            feats.append(signs.features())
            vectors.append(signs.question_vector)
            fu.append(float(row["follow_up"]))
            ts.append(float(row["topic_switch"]))
            rule_fu.append(float(s.listening.follow_up))
            rule_ts.append(float(s.shown("topic_switch")))
            sets.append(path.name)
            got = fields_of(s)  # every other labelled field right, for the every-field figure
            others.append(all(got[k] == row[k] for k in FIELDS + CUES
                              if k in row and k not in ("follow_up", "topic_switch")))
    if not feats:
        raise SystemExit("no labelled turns with an answer before them: is bench/data/turns_*.jsonl there?")
    names = sorted(feats[0])
    X = np.array([[f[n] for n in names] for f in feats])
    dim = next((len(v) for v in vectors if v is not None), 0)
    V = np.array([v if v is not None else [0.0] * dim for v in vectors], dtype=float).reshape(len(feats), dim)
    return {"X": X, "V": V, "names": names, "follow_up": np.array(fu), "topic_switch": np.array(ts),
            "rule_follow_up": np.array(rule_fu), "rule_topic_switch": np.array(rule_ts),
            "sets": np.array(sets), "others_right": np.array(others)}


def write_stock_questions() -> None:
    """Encode the typical question wordings for `meaning.stock_similarity`."""
    model = default_embedder()
    if model is None:
        raise SystemExit("the sentence-embedding model is not installed: run `make setup`")
    texts = [clean(q) for qs in WORDINGS.values() for q in qs]
    write_bank(meaning.STOCK_QUESTIONS, model.encode(texts))
    meaning.stock_bank.cache_clear()
    print(f"wrote {meaning.STOCK_QUESTIONS} ({len(texts)} typical questions)")


def held_out(X: np.ndarray, y: np.ndarray, sets: np.ndarray, l2: float) -> np.ndarray:
    """Each set's probabilities from weights fitted on the sets of the other folds."""
    names = np.unique(sets)
    fold = dict(zip(names, np.random.default_rng(0).permutation(len(names)) % FOLDS))
    folds = np.array([fold[s] for s in sets])
    p = np.zeros(len(y))
    for k in range(FOLDS):
        mask = folds == k
        if mask.any():
            p[mask] = predict(X[mask], fit(X[~mask], y[~mask], l2))
    return p


def precision(pred: np.ndarray, y: np.ndarray) -> str:
    tp = int((pred & (y == 1)).sum())
    return (f"precision {tp}/{int(pred.sum())} = {tp / max(1, pred.sum()):.3f}, "
            f"recall {tp}/{int(y.sum())} = {tp / max(1, y.sum()):.3f}")


def write(name: str, names: list[str], w: np.ndarray, threshold: float, n: int, sets: int,
          by: str = "bench/train_listening.py") -> None:
    """The named features' weights, then one weight a dimension of the question's meaning."""
    data = {"bias": round(float(w[-1]), 6), "threshold": threshold,
            "weights": {k: round(float(v), 6) for k, v in zip(names, w[:len(names)])},
            "vector_weights": [round(float(v), 6) for v in w[len(names):-1]],
            "trained_on": f"{n} labelled interview turns of {sets} sets ({by})"}
    path = MODEL_DATA / f"{name}.json"
    atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="report the held-out figures without writing the weights (the typical questions are encoded either way)")
    ap.add_argument("--no-vector", action="store_true", help="the named features alone, as before the question's meaning was weighed (for comparing)")
    ap.add_argument("sets", nargs="*", type=Path, help="default: every bench/data/turns_*.jsonl")
    args = ap.parse_args()
    paths = args.sets or sorted((HERE / "data").glob("turns_*.jsonl"))
    write_stock_questions()
    ex = examples(paths)
    X, sets, names = ex["X"], ex["sets"], ex["names"]
    fu, ts = ex["follow_up"], ex["topic_switch"]
    read = "the named features alone" if args.no_vector else f"the named features and {ex['V'].shape[1]} of the question's meaning"
    print(f"{len(fu)} turns with an answer before them, {len(np.unique(sets))} sets; weighing {read}")

    # the follow-up model leaves out the signs only a switch is read from (`weighing.SWITCH_ONLY`)
    keep = [i for i, n in enumerate(names) if n not in weighing.SWITCH_ONLY]
    V = ex["V"][:, :0] if args.no_vector else ex["V"]
    X_fu, X_ts = np.hstack([X[:, keep], V]), np.hstack([X, V])
    p_fu = held_out(X_fu, fu, sets, L2)
    caps = np.array([weighing.switch_cap(dict(zip(names, row))) for row in X])
    p_ts = np.minimum(held_out(X_ts, ts, sets, L2), caps)
    rules = [weighing.rule_of(dict(zip(names, row))) for row in X]
    elsewhere = X[:, names.index("job_ask")].astype(bool) & ~X[:, names.index("way_in")].astype(bool)
    said_fu = np.array([weighing.follows_up(p, r, job_ask_elsewhere=e) for p, r, e in zip(p_fu, rules, elsewhere)])
    print(f"follow-up right: rules {(ex['rule_follow_up'] == fu).mean():.3f} (in sample), "
          f"model at 0.5 {((p_fu >= 0.5) == fu).mean():.3f}, as shipped (`weighing.follows_up`) "
          f"{(said_fu == fu).mean():.3f} (held out)")
    print(f"topic switch shown, rules (in sample): {precision(ex['rule_topic_switch'] == 1, ts)}")
    others = ex["others_right"]
    rules_all = others & (ex["rule_follow_up"] == fu) & (ex["rule_topic_switch"] == ts)
    print(f"every labelled field right: rules {rules_all.mean():.3f} (in sample)")
    for b in BARS:
        shown = (p_ts >= b) & ~said_fu
        every = (others & (said_fu == fu) & (shown == ts)).mean()
        print(f"topic switch shown at {b}, model and caps (held out): {precision(shown, ts)}; every field {every:.3f}")

    if args.no_write:
        return
    count = len(np.unique(sets))
    write(weighing.FOLLOW_UP_MODEL, [names[i] for i in keep], fit(X_fu, fu, L2), 0.5, len(fu), count)
    write(weighing.TOPIC_SWITCH_MODEL, names, fit(X_ts, ts, L2), 0.5, len(ts), count)


if __name__ == "__main__":
    main()
