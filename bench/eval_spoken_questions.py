"""Measure a learned reading of questions in unpunctuated transcripts (not shipped: see below).

Reproducible: `.venv/bin/python bench/eval_spoken_questions.py` reads the speech-style turns of
every labelled set (bench/data/turns_*.jsonl, `"style": "speech"`: lower case, no punctuation,
fillers and restarts) and the scorer's question type of each (the rules, `PRACTICE_NO_WEIGHING=1`).
It fits two L2 logistic regressions over `features` (the turn's words, word pairs and triples,
its last and first words marked by place, its length): does the turn ask a question at all, and,
among those that do, is it open. Held out in ten folds of whole sets (each set read by weights
fitted on the other nine folds) it prints the question type right for the rules alone, the
reading alone, and the rules with the reading adding a question where they found none, at each
bar in BARS; then how sure the reading, fitted on every set, is of the statements in STATEMENTS.
About two minutes on 2 cores. With `--fresh SET...` it reads those sets with a fit on all the
others instead (the first look of a new round: `--fresh turns_nine_hundred_seventy_eighth.jsonl ...`).

Why it is not in the scorer (2026-12-07, sets 1-993, 39,520 turns): held out it took the speech
question type from 93.9% (the rules, in sample) to 95.1-95.2% (at 0.9: 911 questions added, 686 of
them right, 189 to turns labelled statements), and from 90.9% to 94.4% on the 640 speech turns of
the fresh sets 978-993 when fitted on the others (`--fresh`; 26 added, 24 right). But most of the
statements it adds a question to are sayings-back ("so you're kind of invisible like your job is to
not be there ...", "so like three out of four times you do all that work and get nothing"): a
reflection the coach praises would be criticised as a closed question instead, the costliest
mistake there is. And it reads embedded and cleft wh-clauses as questions with near certainty
("what keeps me going is the kids", "i don't care what you think": 0.96-1.0), which 48 of the
suite's statement cases pin down; leaving out turns with a wh-word after a verb of knowing or
feeling, a cleft, or "i" first kept the figure (95.1%) and 27 of those cases, not the other 21
("the last thing is there was no money", "you have to wait so long for the results"). Without the
audio's pitch, text alone cannot tell a saying-back from a check said rising. Adam in numpy over a
sparse design, as `train_job_ask.py` does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import numpy as np

os.environ["PRACTICE_NO_WEIGHING"] = "1"  # the rules' own question types, before the reading
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from folds import FOLDS, folds_of  # noqa: E402

from practice.scoring.questions import find_questions  # noqa: E402
from practice.scoring.text import clean, words  # noqa: E402

MIN_COUNT = 3   # n-grams seen in fewer training turns get no weight
L2 = 3.0        # summed over the rows, as in train_job_ask.py
EPOCHS = 8
BARS = (0.7, 0.8, 0.9, 0.95)
# statements the suite holds as statements (tests/test_scoring_*.py) that the reading calls questions
STATEMENTS = ("what keeps me going is the kids", "i don't care what you think", "i love what you do there",
              "it's crazy how many people are in debt", "i still don't know what happened",
              "that's why you don't see many of them anymore", "i bet you get it right all the time")


def features(text: str) -> set[str]:
    """The turn's words, word pairs and triples, plus its last five words and pairs ("E:",
    "E2:"), last two ("L:") and first three ("S:") marked by place, and its length in fives:
    a run-on question sits at the end of the turn, after whatever led into it."""
    ws = words(clean(text))
    grams = set(ws)
    grams.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    grams.update(f"{a} {b} {c}" for a, b, c in zip(ws, ws[1:], ws[2:]))
    end = ws[-5:]
    grams.update(f"E:{w}" for w in end)
    grams.update(f"E2:{a} {b}" for a, b in zip(end, end[1:]))
    grams.update(f"L:{w}" for w in ws[-2:])
    grams.update(f"S:{w}" for w in ws[:3])
    grams.add(f"LEN:{min(len(ws) // 5, 8)}")
    return grams


def _one_set(path: str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line) if line.strip() else None
            if row and row.get("style") == "speech" and "question_type" in row:
                out.append({"text": row["text"], "want": row["question_type"], "set": Path(path).name,
                            "rule": find_questions(row["text"]).question_type})
    return out


def rows_of(paths: list[Path]) -> list[dict]:
    with Pool(os.cpu_count() or 1) as pool:
        rows = [r for rs in pool.map(_one_set, [str(p) for p in paths], chunksize=16) for r in rs]
    if not rows:
        raise SystemExit("no speech-style labelled turns: is bench/data/turns_*.jsonl there?")
    return rows


def fit(grams: list[np.ndarray], y: np.ndarray, rows: np.ndarray, size: int) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Adam over the rows `rows` of the sparse design `grams`."""
    w, b = np.zeros(size), 0.0
    m, s, mb, sb, t = np.zeros(size), np.zeros(size), 0.0, 0.0, 0
    rng = np.random.default_rng(0)
    for _ in range(EPOCHS):
        order = rows[rng.permutation(len(rows))]
        for start in range(0, len(order), 256):
            batch = order[start:start + 256]
            z = np.array([w[grams[i]].sum() for i in batch]) + b
            g = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - y[batch]) / len(batch)
            grad = np.bincount(np.concatenate([grams[i] for i in batch]),
                               weights=np.repeat(g, [len(grams[i]) for i in batch]), minlength=size)
            grad += L2 * w / len(rows)
            t += 1
            m, s = 0.9 * m + 0.1 * grad, 0.999 * s + 0.001 * grad ** 2
            w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(s / (1 - 0.999 ** t)) + 1e-8)
            gb = float(g.sum())
            mb, sb = 0.9 * mb + 0.1 * gb, 0.999 * sb + 0.001 * gb ** 2
            b -= 0.05 * (mb / (1 - 0.9 ** t)) / (np.sqrt(sb / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def design(feats: list[set[str]], rows: np.ndarray) -> tuple[list[str], list[np.ndarray]]:
    """The vocabulary (n-grams in at least MIN_COUNT of `rows`) and every turn's indices in it."""
    counts = Counter(g for i in rows for g in feats[i])
    vocab = sorted(g for g, c in counts.items() if c >= MIN_COUNT)
    index = {g: k for k, g in enumerate(vocab)}
    return vocab, [np.array(sorted(index[g] for g in f if g in index), dtype=np.int64) for f in feats]


def fit_both(feats: list[set[str]], want: np.ndarray, rows: np.ndarray):
    vocab, grams = design(feats, rows)
    asks = (want != "not_a_question").astype(float)
    wa, ba = fit(grams, asks, rows, len(vocab))
    wo, bo = fit(grams, (want == "open").astype(float), rows[asks[rows] == 1], len(vocab))
    return vocab, grams, (wa, ba), (wo, bo)


def combined(rule: np.ndarray, p_asks: np.ndarray, p_open: np.ndarray, bar: float) -> np.ndarray:
    """The question type as the scorer gives it: the rules', and where they found no question
    and the reading is at least `bar` sure of one, the reading's."""
    out = rule.copy()
    add = (rule == "not_a_question") & (p_asks >= bar)
    out[add] = np.where(p_open[add] >= 0.5, "open", "closed")
    return out


def report(what: str, rule: np.ndarray, want: np.ndarray, p: np.ndarray) -> None:
    """The question type right for the rules, the reading, and the two combined at each bar."""
    print(f"{what}:")
    print(f"  rules alone: question type right {(rule == want).mean():.4f}")
    alone = np.where(p[:, 0] >= 0.5, np.where(p[:, 1] >= 0.5, "open", "closed"), "not_a_question")
    print(f"  the reading alone: {(alone == want).mean():.4f}")
    for bar in BARS:
        got = combined(rule, p[:, 0], p[:, 1], bar)
        add = got != rule
        print(f"  rules, and the reading where they found none, at {bar}: {(got == want).mean():.4f} "
              f"({int(add.sum())} questions added, {int((got[add] == want[add]).sum())} of them right, "
              f"{int((rule[add] == want[add]).sum())} were right as statements)")


def probabilities(feats: list[set[str]], want: np.ndarray, train: np.ndarray, test: np.ndarray) -> np.ndarray:
    """(asks, open) for the rows `test`, from the two regressions fitted on the rows `train`."""
    _, grams, *fits = fit_both(feats, want, train)
    return np.array([[1.0 / (1.0 + np.exp(-(w[grams[i]].sum() + b))) for w, b in fits] for i in test])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", nargs="*", default=[], metavar="SET",
                    help="set files (turns_*.jsonl names) to read with a fit on every other set, as a first look")
    args = ap.parse_args()
    rows = rows_of(sorted((HERE / "data").glob("turns_*.jsonl")))
    feats = [features(r["text"]) for r in rows]
    want, rule = np.array([r["want"] for r in rows]), np.array([r["rule"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    if args.fresh:
        fresh = np.isin(sets, [Path(f).name for f in args.fresh])
        if not fresh.any():
            raise SystemExit("none of the --fresh sets has speech-style turns: name files of bench/data/")
        test, train = np.where(fresh)[0], np.where(~fresh)[0]
        report(f"{len(test)} speech-style turns of {len(np.unique(sets[test]))} sets, read by a fit on the "
               f"{len(np.unique(sets[train]))} others", rule[test], want[test], probabilities(feats, want, train, test))
        return
    folds, p = folds_of(sets), np.zeros((len(rows), 2))
    for k in range(FOLDS):
        test, train = np.where(folds == k)[0], np.where(folds != k)[0]
        p[test] = probabilities(feats, want, train, test)
    report(f"{len(rows)} speech-style turns of {len(np.unique(sets))} sets, held out in {FOLDS} folds of whole sets "
           "(the rules were tuned on these sets)", rule, want, p)
    vocab, _, (wa, ba), _ = fit_both(feats, want, np.arange(len(rows)))
    index = {g: k for k, g in enumerate(vocab)}
    for text in STATEMENTS:
        z = ba + sum(wa[index[g]] for g in features(text) if g in index)
        print(f"  fitted on every set, {text!r} asks with probability {1.0 / (1.0 + np.exp(-z)):.3f}")


if __name__ == "__main__":
    main()
