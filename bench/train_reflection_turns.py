"""Train the interview-turn weighing of a praised reflection (`practice/scoring/praise.py`).

Reproducible: `.venv/bin/python bench/train_reflection_turns.py [--no-write]` scores every
labelled interview turn with an answer before it (bench/data/turns_*.jsonl), keeps those the
counselling model raises as reflections, and fits a logistic regression of the label
(`reflection`) on the signs of `praise.signs` plus the meaning sign. It reports, held out one
set at a time (each set weighed by weights fitted on the others), the precision and recall of
the reflections shown at the show bar, beside the counselling model's probability alone and
the weights now shipped (which have seen the older sets); then fits on every set and writes
only the weights and the meaning sign's mean to practice/scoring/data/reflection_turns.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_scoring import fit, predict  # noqa: E402  (L2 logistic regression, Newton's method)

from practice.files import atomic_write_text  # noqa: E402
from practice.scoring import listening, meaning, praise  # noqa: E402
from practice.scoring.confidence import bar  # noqa: E402
from practice.scoring.questions import find_questions, is_check_in  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
L2 = 0.3  # the best held-out precision at the show bar of 0.3 / 1 / 3 / 10
NAMES = ("p", "says_back", "evaluates", "mine", "echo", "question", "words", "overlap", "sentences",
         "similarity")


def raised(path: Path) -> list[tuple[dict[str, float], bool, float]]:
    """(signs, label, confidence before) for each turn the counselling model raises."""
    out = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        text, previous = row["text"], row.get("previous") or ""
        if not previous.strip():
            continue
        refl, sentence, p = listening.reflection(text, previous)
        if not refl:
            continue
        found = find_questions(text)
        asks = any(not is_check_in(a.sentence) for a in found.questions)
        signs = praise.signs(text, previous, sentence, p, listening.says_back(sentence),
                             listening.evaluates(sentence), listening.about_myself(text), asks,
                             listening.relates_own(text))
        sim = meaning.similarity(sentence, previous)
        signs["similarity"] = 0.0 if sim is None else sim
        out.append((signs, bool(row["reflection"]), p))
    return out


def matrix(rows) -> tuple[np.ndarray, np.ndarray]:
    return (np.array([[r[0][k] for k in NAMES] for r in rows]), np.array([r[1] for r in rows], float))


def capped(rows, p: np.ndarray) -> np.ndarray:
    """The weighed probabilities as shipped: a verdict on a fact said back and the user's own
    people set beside the answer are capped (`praise.capped`)."""
    cap = np.array([praise.capped(r[0]) for r in rows], bool)
    return np.where(cap, np.minimum(p, praise.VERDICT_ON_ECHO), p)


def labelled(path: Path) -> int:
    """Reflections labelled in a set, on turns with an answer before them."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return sum(bool(r["reflection"]) for r in rows if (r.get("previous") or "").strip())


def shipped(X: np.ndarray) -> np.ndarray | None:
    """The probabilities of the weights now shipped, or None before the first fit."""
    path = praise.DATA / f"{praise.NAME}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    w = np.array([data["weights"].get(k, 0.0) for k in NAMES])  # a sign added since: unweighed
    return 1 / (1 + np.exp(-(X @ w + data["bias"])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="report only")
    args = ap.parse_args()
    paths = sorted(DATA.glob("turns_*.jsonl"))
    sets = {path.name: raised(path) for path in paths}
    total = sum(labelled(path) for path in paths)
    shown_at = bar("reflection")
    right, shown = np.zeros(3), np.zeros(3)  # the counselling model alone, shipped weights, refit held out
    for name, rows in sets.items():
        if not rows:
            continue
        X, y = matrix([r for other, rs in sets.items() if other != name for r in rs])
        Xh, yh = matrix(rows)
        now = shipped(Xh)
        for k, p in enumerate((np.array([r[2] for r in rows]), capped(rows, now if now is not None else np.zeros(len(rows))),
                               capped(rows, predict(Xh, fit(X, y, l2=L2))))):
            right[k] += yh[p >= shown_at].sum()
            shown[k] += (p >= shown_at).sum()
    raised_all = sum(len(rows) for rows in sets.values())
    print(f"{total} reflections labelled on turns with an answer before them, {len(sets)} sets; "
          f"{raised_all} turns raised by the counselling model")
    for k, what in enumerate(("the counselling model's probability", "the weights shipped (in sample for older sets)",
                              "weighed, held out one set at a time")):
        print(f"shown at {shown_at}, {what}: {int(right[k])}/{int(shown[k])} = {right[k] / max(1, shown[k]):.3f} right, "
              f"recall {right[k] / max(1, total):.3f}")
    X, y = matrix([r for rows in sets.values() for r in rows])
    w = fit(X, y, l2=L2)
    weights = {k: round(float(v), 4) for k, v in zip(NAMES, w[:-1])}
    print("weights:", weights, "bias", round(float(w[-1]), 4))
    if not args.no_write:
        payload = {"about": "bench/train_reflection_turns.py: a raised reflection weighed on interview turns",
                   "bias": round(float(w[-1]), 4), "threshold": shown_at, "weights": weights,
                   "similarity_mean": round(float(X[:, NAMES.index("similarity")].mean()), 4)}
        path = praise.DATA / f"{praise.NAME}.json"
        atomic_write_text(path, json.dumps(payload, sort_keys=True) + "\n")
        path.chmod(0o644)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
