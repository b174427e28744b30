"""Train the small listening model (reflection vs other) from the shared AnnoMI file.

Reproducible: `.venv/bin/python bench/train_scoring.py` reads annomi_reflections.csv from
$PRACTICE_EVAL_DIR (or ../shared/eval), reports grouped 5-fold cross-validation by
transcript_id (train on some conversations, test on the others), then fits on all rows and
writes only the learned weights to practice/scoring/data/reflection.json. No data is saved.

Logistic regression with an L2 penalty, fitted by Newton's method in numpy; features are
the named ones from practice.scoring.features (opening n-grams kept if seen >= MIN_COUNT).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_scoring import read_rows  # noqa: E402
from practice.files import atomic_write_text  # noqa: E402
from practice.scoring.features import could_reflect, reflection_features, reflective_part  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "practice" / "scoring" / "data" / "reflection.json"
MIN_COUNT = 20
L2 = 10.0
FOLDS = 5
POSSIBLE_KEY = "_possible"
PART_KEY = "_part"


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 30) -> np.ndarray:
    """Weights (bias last) of L2 logistic regression; the bias is not penalised."""
    Xb = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    pen = np.full(Xb.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(Xb @ w, -30, 30)))
        grad = Xb.T @ (p - y) + pen * w
        hess = (Xb * (p * (1 - p))[:, None]).T @ Xb + np.diag(pen + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(X @ w[:-1] + w[-1], -30, 30)))


def prf(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = float(((pred == 1) & (y == 1)).sum())
    prec = tp / max(1.0, float((pred == 1).sum()))
    rec = tp / max(1.0, float((y == 1).sum()))
    return prec, rec, 2 * prec * rec / max(1e-9, prec + rec)


def best_threshold(y: np.ndarray, p: np.ndarray, slack: float = 0.01) -> float:
    """The highest threshold whose F1 is within `slack` of the best: F1 is flat over a wide
    range, and in the product a false "you reflected" is worse than a missed one."""
    grid = np.arange(0.2, 0.71, 0.02)
    f1 = [prf(y, (p >= t).astype(int))[2] for t in grid]
    best = max(f1)
    return float(max(t for t, f in zip(grid, f1) if f >= best - slack))


def vocabulary(feats: list[dict[str, float]]) -> list[str]:
    counts = Counter(k for f in feats for k in f if k not in (POSSIBLE_KEY, PART_KEY))
    return sorted(k for k, c in counts.items() if ":" not in k or c >= MIN_COUNT)


def matrix(feats: list[dict[str, float]], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(feats), len(vocab)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    return X


def features_of(rows: list[dict]) -> list[dict]:
    """Model features, plus the product's two extra steps: "_possible", the rule applied
    before the model (`could_reflect`), and "_part", the features of the statements before
    a question (`reflective_part`), which the product also scores, keeping the higher."""
    out = []
    for r in rows:
        part = reflective_part(r["text"])
        out.append({**reflection_features(r["text"], r["previous"] or None),
                    POSSIBLE_KEY: float(could_reflect(r["text"])),
                    PART_KEY: reflection_features(part, r["previous"] or None) if part else None})
    return out


def probabilities(feats: list[dict], vocab: list[str], w: np.ndarray) -> np.ndarray:
    """What the product computes: the higher of the turn's and its reflective part's
    probability, and 0 where `could_reflect` rules a reflection out."""
    p = predict(matrix(feats, vocab), w)
    parts = [i for i, f in enumerate(feats) if f[PART_KEY]]
    if parts:
        p[parts] = np.maximum(p[parts], predict(matrix([feats[i][PART_KEY] for i in parts], vocab), w))
    return p * np.array([f[POSSIBLE_KEY] for f in feats])


def fold_of(groups: list[str]) -> np.ndarray:
    """Deterministic assignment of whole conversations to folds."""
    ids = sorted(set(groups), key=lambda g: (len(g), g))
    fold = {g: i % FOLDS for i, g in enumerate(ids)}
    return np.array([fold[g] for g in groups])


def out_of_fold(feats: list[dict], y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Probabilities for every row from a model that never saw that row's conversation,
    computed as the product does (`probabilities`)."""
    p = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        tr, te = folds != k, folds == k
        vocab = vocabulary([f for f, t in zip(feats, tr) if t])
        w = fit(matrix([f for f, t in zip(feats, tr) if t], vocab), y[tr])
        p[te] = probabilities([f for f, s in zip(feats, te) if s], vocab, w)
    return p


def fit_with_threshold(feats: list[dict[str, float]], y: np.ndarray, folds: np.ndarray):
    """(vocabulary, weights, threshold): the threshold is the F1-best one on out-of-fold
    probabilities within these rows (in-sample probabilities are too confident)."""
    threshold = best_threshold(y, out_of_fold(feats, y, folds))
    vocab = vocabulary(feats)
    return vocab, fit(matrix(feats, vocab), y), threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="only report cross-validation")
    args = ap.parse_args()
    rows = read_rows("annomi_reflections.csv")
    y = np.array([r["label"].startswith("reflection") for r in rows], dtype=float)
    feats = features_of(rows)
    folds = fold_of([r["transcript_id"] for r in rows])

    print(f"reflection vs other: {len(rows)} turns, {int(y.sum())} reflections, "
          f"{len(set(r['transcript_id'] for r in rows))} conversations; L2 {L2}, n-grams seen >= {MIN_COUNT}")
    print(f"grouped {FOLDS}-fold cross-validation by transcript_id "
          "(weights and threshold chosen on the other folds only, threshold by inner grouped CV):")
    all_pred = np.zeros(len(rows))
    for k in range(FOLDS):
        tr, te = folds != k, folds == k
        sub = [f for f, t in zip(feats, tr) if t]
        vocab, w, t = fit_with_threshold(sub, y[tr], (folds[tr] + 1) % FOLDS)
        p_te = probabilities([f for f, s in zip(feats, te) if s], vocab, w)
        all_pred[te] = p_te >= t
        pr, rc, f1 = prf(y[te], all_pred[te].astype(int))
        print(f"  fold {k}: {int(te.sum()):4d} turns  threshold {t:.2f}  P {pr:.3f} R {rc:.3f} F1 {f1:.3f}")
    pr, rc, f1 = prf(y, all_pred.astype(int))
    print(f"  pooled out-of-fold: P {pr:.3f} R {rc:.3f} F1 {f1:.3f}")

    vocab, w, t = fit_with_threshold(feats, y, folds)
    p = probabilities(feats, vocab, w)
    pr, rc, f1 = prf(y, (p >= t).astype(int))
    print(f"in-sample (fit on all rows, threshold {t:.2f} from grouped CV): P {pr:.3f} R {rc:.3f} F1 {f1:.3f}  [optimistic]")
    if not args.no_write:
        weights = {k: round(float(v), 4) for k, v in zip(vocab, w[:-1]) if abs(v) >= 1e-4}
        # atomically: a half-written weights file would break every later score
        atomic_write_text(OUT, json.dumps({"bias": round(float(w[-1]), 4), "threshold": round(t, 2),
                                           "trained_on": "AnnoMI annomi_reflections.csv via bench/train_scoring.py",
                                           "weights": weights}, indent=1, sort_keys=True) + "\n")
        print(f"wrote practice/scoring/data/{OUT.name} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
