"""Accuracy of `practice.scoring` on the shared evaluation files (not part of the test suite).

Prints, per file: open/closed accuracy and confusion matrix on annomi_questions.csv and
swda_questions.csv; reflection-vs-other precision, recall and F1 on annomi_reflections.csv,
with the `previous` column as context. Every row of the question files is known to hold a
question, so the scorer is asked for its open/closed call even when it finds no question
mark (`open_or_closed`); a `not_a_question` would otherwise be an error by construction.

Switchboard's labels follow its dialogue-act tags: every wh-question (qw) is `open`,
including single-fact ones such as "How old are you?", which this product (and AnnoMI's MI
coding) calls closed. Both figures are printed: with the product's labels, and with
single-fact wh-questions mapped to Switchboard's convention.

Usage: .venv/bin/python bench/eval_scoring.py [--errors N] [--file annomi_questions|...]
Data: $PRACTICE_EVAL_DIR or ../shared/eval next to the repository.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter

from common import eval_dir
from practice.scoring import score_utterance
from practice.scoring.confidence import bar
from practice.scoring.features import could_reflect, reflection_features, reflective_part
from practice.scoring.model import load_model
from practice.scoring.questions import open_or_closed, question_type

RECALL_FLOOR = 0.55  # issue 14: reflection precision is judged where recall is at least this


def read_rows(name: str) -> list[dict]:
    path = eval_dir() / name
    if not path.exists():
        sys.exit(f"eval_scoring: {path} not found; set PRACTICE_EVAL_DIR to the folder holding it")
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> str:
    counts = Counter(zip(gold, pred))
    width = max(len(x) for x in labels) + 2
    lines = ["gold \\ pred".ljust(14) + "".join(p.rjust(width) for p in labels)]
    for g in labels:
        lines.append(g.ljust(14) + "".join(str(counts[(g, p)]).rjust(width) for p in labels))
    return "\n".join(lines)


def fold_spread(rows: list[dict], hits: list[bool], key: str, folds: int = 5) -> str:
    """Accuracy on five fixed groups of whole conversations: how much it moves between
    conversations, a hint of what to expect on conversations not in these files."""
    ids = sorted({r[key] for r in rows}, key=lambda g: (len(g), g))
    fold = {g: i % folds for i, g in enumerate(ids)}
    accs = []
    for k in range(folds):
        sel = [h for r, h in zip(rows, hits) if fold[r[key]] == k]
        accs.append(sum(sel) / max(1, len(sel)))
    return " ".join(f"{a:.1%}" for a in accs)


def show_errors(rows, gold, pred, n, seed=0):
    wrong = [(r, g, p) for r, g, p in zip(rows, gold, pred) if g != p]
    random.Random(seed).shuffle(wrong)
    for r, g, p in wrong[:n]:
        prev = (r.get("previous") or "")[-100:]
        print(f"  gold={g} pred={p}\n    prev: {prev}\n    text: {r['text'][:300]}")


def eval_questions(name: str, errors: int, swda: bool) -> None:
    rows = read_rows(name)
    gold = [r["label"] for r in rows]
    start = time.perf_counter()
    calls = [open_or_closed(r["text"]) for r in rows]
    ms = (time.perf_counter() - start) * 1000 / max(1, len(rows))
    pred = [c.form.question_type for c in calls]
    acc = sum(g == p for g, p in zip(gold, pred)) / len(rows)
    print(f"== {name}: {len(rows)} questions, {ms:.2f} ms each")
    key = "transcript_id" if "transcript_id" in rows[0] else "conversation_id"
    print(f"open/closed accuracy (product labels): {acc:.1%}")
    print(f"  by groups of conversations: {fold_spread(rows, [g == p for g, p in zip(gold, pred)], key)}")
    print(confusion(gold, pred, ["open", "closed"]))
    # issue 14: the scorer's own call, as `practice score` makes it (no "known to be a question")
    own = [question_type(r["text"]) for r in rows]
    nq = sum(p == "not_a_question" for p in own)
    print(f"called not_a_question by the scorer itself: {nq}/{len(rows)} ({nq / len(rows):.1%})")
    if not swda:
        acc_own = sum(g == p for g, p in zip(gold, own)) / len(rows)
        print(f"open/closed accuracy counting not_a_question as wrong: {acc_own:.1%}")
        print(f"  by groups of conversations: {fold_spread(rows, [g == p for g, p in zip(gold, own)], key)}")
    else:
        yn = [(r, p) for r, p in zip(rows, own) if r["label"] == "closed"]
        yn_ok = sum(p == "closed" for _, p in yn)
        print(f"closed-labelled (yes/no: qy, qy^d, ^g, qrr) called closed: {yn_ok}/{len(yn)} ({yn_ok / len(yn):.1%})")
        for tag in ("qy", "qy^d", "^g", "qrr"):
            sel = [p for r, p in yn if r["swbd_damsl_tag"] == tag]
            print(f"  {tag:5s} closed {sum(p == 'closed' for p in sel) / max(1, len(sel)):.1%}, "
                  f"not_a_question {sum(p == 'not_a_question' for p in sel) / max(1, len(sel)):.1%} of {len(sel)}")
        op = [(r, c, p) for r, c, p in zip(rows, calls, own) if r["label"] == "open"]
        op_ok = sum(p == "open" for _, _, p in op)
        fact = sum(p == "closed" and c.form.kind == "wh_fact" for _, c, p in op)
        print(f"open-labelled (qw, qo, qw^d) called open: {op_ok}/{len(op)} ({op_ok / len(op):.1%}); "
              f"{fact} of the rest are single-fact wh-questions, closed by the product's convention")
        print(f"  open-labelled called open, single-fact wh counted as right: "
              f"{(op_ok + fact) / len(op):.1%}")
    if swda:
        mapped = ["open" if c.form.kind == "wh_fact" else c.form.question_type for c in calls]
        macc = sum(g == p for g, p in zip(gold, mapped)) / len(rows)
        print(f"open/closed accuracy (Switchboard convention, wh fact questions = open): {macc:.1%}")
        print(f"  by groups of conversations: {fold_spread(rows, [g == p for g, p in zip(gold, mapped)], key)}")
        print(confusion(gold, mapped, ["open", "closed"]))
        pred = mapped
    if errors:
        show_errors(rows, gold, pred, errors)


def eval_reflections(errors: int) -> None:
    name = "annomi_reflections.csv"
    rows = read_rows(name)
    gold = ["reflection" if r["label"].startswith("reflection") else "other" for r in rows]
    start = time.perf_counter()
    pred, probs = [], []
    for r in rows:
        s = score_utterance(r["text"], previous=r["previous"] or None)
        pred.append("reflection" if s.listening.reflection else "other")
        probs.append(reflection_confidence(r["text"], r["previous"], s))
    ms = (time.perf_counter() - start) * 1000 / max(1, len(rows))
    tp = sum(g == p == "reflection" for g, p in zip(gold, pred))
    fp = sum(g == "other" and p == "reflection" for g, p in zip(gold, pred))
    fn = sum(g == "reflection" and p == "other" for g, p in zip(gold, pred))
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    print(f"== {name}: {len(rows)} turns, {ms:.2f} ms each")
    print(f"reflection vs other: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f}")
    print("  IN-SAMPLE if this is the file the shipped weights were fitted on; the honest figure is the")
    print("  grouped cross-validation printed by bench/train_scoring.py --no-write")
    print(confusion(gold, pred, ["reflection", "other"]))
    truth = [g == "reflection" for g in gold]
    best = precision_at_recall(probs, truth, RECALL_FLOOR)
    shown_at = bar("reflection")
    shown = [p >= shown_at for p in probs]
    tp = sum(1 for p, y in zip(shown, truth) if p and y)
    print(f"reflections shown (confidence >= {shown_at}): precision {tp / max(1, sum(shown)):.3f} "
          f"recall {tp / max(1, sum(truth)):.3f}")
    print(f"reflection precision at recall >= {RECALL_FLOOR:.0%}: {best[1]:.3f} (recall {best[2]:.3f}, "
          f"confidence >= {best[0]:.2f}; in-sample, same caveat)")
    if errors:
        show_errors(rows, gold, pred, errors)


def reflection_confidence(text: str, previous: str, s) -> float:
    """The scorer's confidence that the turn reflects: `confidence["reflection"]` where the
    scorer gives one, else the learned model's probability behind its gate (older scorers)."""
    conf = getattr(s, "confidence", None)
    if conf is not None:
        return float(conf.get("reflection", 0.0))
    if not could_reflect(text):
        return 0.0
    model = load_model("reflection")
    part = reflective_part(text)
    p = model.probability(reflection_features(text, previous))
    if part:
        p = max(p, model.probability(reflection_features(part, previous)))
    return p


def precision_at_recall(probs: list[float], truth: list[bool], floor: float) -> tuple[float, float, float]:
    """(threshold, precision, recall) with the best precision among thresholds whose recall
    is at least `floor`."""
    total = max(1, sum(truth))
    best = (0.0, 0.0, 0.0)
    ranked = sorted(((round(p, 3), y) for p, y in zip(probs, truth) if p > 0), reverse=True)
    tp = fp = 0
    for i, (t, y) in enumerate(ranked):
        tp, fp = tp + y, fp + (not y)
        if i + 1 < len(ranked) and ranked[i + 1][0] == t:
            continue  # ties: a threshold takes every row at its value
        if tp / total >= floor and tp / (tp + fp) > best[1]:
            best = (t, tp / (tp + fp), tp / total)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print this many misjudged rows")
    ap.add_argument("--file", choices=["annomi_questions", "swda_questions", "annomi_reflections"])
    args = ap.parse_args()
    if args.file in (None, "annomi_questions"):
        eval_questions("annomi_questions.csv", args.errors, swda=False)
    if args.file in (None, "swda_questions"):
        eval_questions("swda_questions.csv", args.errors, swda=True)
    if args.file in (None, "annomi_reflections"):
        eval_reflections(args.errors)


if __name__ == "__main__":
    main()
