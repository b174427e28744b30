"""Fit and measure the learned reading of questions in unpunctuated transcripts.

The reading is `practice/scoring/spoken_questions.py`.

Reproducible: `.venv/bin/python bench/eval_spoken_questions.py [--fresh SET...] [--write]` reads
the speech-style turns of every labelled set (bench/data/turns_*.jsonl, `"style": "speech"`: lower
case, no punctuation, fillers and restarts) and the rules' question type of each
(`PRACTICE_NO_WEIGHING=1`). It fits two L2 logistic regressions over `spoken_questions.features`
(the turn's words, word pairs and triples, its last and first words marked by place, its
length): does the turn ask a question at all, and, among those that do, is it open. Held out in
ten folds of whole sets (each set read by weights fitted on the other nine folds) it prints the
question type right for the rules alone, the reading alone, and the rules with the reading
adding a question where they found none, at each bar in BARS, with the turns
`spoken_questions.left_to_the_rules` keeps from it and [in brackets] without that; then how sure
the reading, fitted on every set, is of the statements in STATEMENTS. With `--fresh SET...` it
reads those sets with a fit on all the others instead (a new round's first look). With
`--write` it fits on every set (but the `--fresh` ones) and writes the weights that
`spoken_questions` reads (n-grams seen in MIN_COUNT turns or more, weights of 0.01 or more).
About two minutes on 2 cores.

Ten folds over sets 1-993 put the reading's mistakes in sayings-back ("so you're kind of
invisible like your job is to not be there ...") and in cleft and embedded wh-statements ("what
keeps me going is the kids": 0.995), which the suite pins as statements; hence the turns left to
the rules. On the 24 fresh sets 978-1001, fitted without them, it added 19 questions at 0.9, 18
rightly (bench/README.md, "The learned reading of unpunctuated questions, shipped"). Adam in
numpy over a sparse design, as `train_job_ask.py` does.
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
from practice.files import atomic_write_text  # noqa: E402
from practice.scoring import spoken_questions  # noqa: E402
from practice.scoring.spoken_questions import features  # noqa: E402
from practice.scoring.text import clean, words  # noqa: E402

MIN_COUNT = 3   # n-grams seen in fewer training turns get no weight
L2 = 3.0        # summed over the rows, as in train_job_ask.py
EPOCHS = 8
BARS = (0.7, 0.8, 0.9, 0.95)
# statements the suite holds as statements (tests/test_scoring_*.py) that the reading calls questions
STATEMENTS = ("what keeps me going is the kids", "i don't care what you think", "i love what you do there",
              "it's crazy how many people are in debt", "i still don't know what happened",
              "that's why you don't see many of them anymore", "i bet you get it right all the time")



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


def combined(rule: np.ndarray, p_asks: np.ndarray, p_open: np.ndarray, bar: float,
             open_to_it: np.ndarray) -> np.ndarray:
    """The question type as the scorer gives it: the rules', and where they found no question,
    the turn is `open_to_it` (not `spoken_questions.left_to_the_rules`) and the reading is at
    least `bar` sure of one, the reading's."""
    out = rule.copy()
    add = (rule == "not_a_question") & (p_asks >= bar) & open_to_it
    out[add] = np.where(p_open[add] >= 0.5, "open", "closed")
    return out


def report(what: str, rule: np.ndarray, want: np.ndarray, p: np.ndarray, open_to_it: np.ndarray) -> None:
    """The question type right for the rules, the reading, and the two combined at each bar,
    with the turns left to the rules and (in brackets) without that gate."""
    print(f"{what}:")
    print(f"  rules alone: question type right {(rule == want).mean():.4f}")
    alone = np.where(p[:, 0] >= 0.5, np.where(p[:, 1] >= 0.5, "open", "closed"), "not_a_question")
    print(f"  the reading alone: {(alone == want).mean():.4f}")
    for bar in BARS:
        parts = []
        for gate in (open_to_it, np.ones_like(open_to_it)):
            got = combined(rule, p[:, 0], p[:, 1], bar, gate)
            add = got != rule
            parts.append(f"{(got == want).mean():.4f} ({int(add.sum())} questions added, "
                         f"{int((got[add] == want[add]).sum())} right, {int((rule[add] == want[add]).sum())} "
                         "were right as statements)")
        print(f"  rules, and the reading where they found none, at {bar}: {parts[0]} [ungated {parts[1]}]")


def probabilities(feats: list[set[str]], want: np.ndarray, train: np.ndarray, test: np.ndarray) -> np.ndarray:
    """(asks, open) for the rows `test`, from the two regressions fitted on the rows `train`."""
    _, grams, *fits = fit_both(feats, want, train)
    return np.array([[1.0 / (1.0 + np.exp(-(w[grams[i]].sum() + b))) for w, b in fits] for i in test])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", nargs="*", default=[], metavar="SET",
                    help="set files (turns_*.jsonl names) to read with a fit on every other set, as a first look")
    ap.add_argument("--write", action="store_true",
                    help="fit on every set (but the --fresh ones) and write practice/scoring/data/spoken_questions.json")
    args = ap.parse_args()
    rows = rows_of(sorted((HERE / "data").glob("turns_*.jsonl")))
    feats = [features(r["text"]) for r in rows]
    want, rule = np.array([r["want"] for r in rows]), np.array([r["rule"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    gate = np.array([not spoken_questions.left_to_the_rules(words(clean(r["text"])) or [""]) for r in rows])
    if args.write:
        train = np.where(~np.isin(sets, [Path(f).name for f in args.fresh]))[0]
        vocab, _, (wa, ba), (wo, bo) = fit_both(feats, want, train)
        # weights under 0.01 left out: a third of them, moving a turn's probability by a few thousandths
        keep = lambda w: {g: round(float(v), 4) for g, v in zip(vocab, w) if abs(v) >= 0.01}  # noqa: E731
        data = {"asks": keep(wa), "asks_bias": round(float(ba), 4), "open": keep(wo), "open_bias": round(float(bo), 4),
                "trained_on": f"{len(train)} speech-style turns of {len(np.unique(sets[train]))} sets "
                              "(bench/eval_spoken_questions.py --write)"}
        atomic_write_text(spoken_questions.WEIGHTS, json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"wrote {spoken_questions.WEIGHTS} ({len(data['asks'])} + {len(data['open'])} weights, "
              f"fitted on {len(np.unique(sets[train]))} sets)")
        return
    if args.fresh:
        fresh = np.isin(sets, [Path(f).name for f in args.fresh])
        if not fresh.any():
            raise SystemExit("none of the --fresh sets has speech-style turns: name files of bench/data/")
        test, train = np.where(fresh)[0], np.where(~fresh)[0]
        report(f"{len(test)} speech-style turns of {len(np.unique(sets[test]))} sets, read by a fit on the "
               f"{len(np.unique(sets[train]))} others", rule[test], want[test], probabilities(feats, want, train, test), gate[test])
        return
    folds, p = folds_of(sets), np.zeros((len(rows), 2))
    for k in range(FOLDS):
        test, train = np.where(folds == k)[0], np.where(folds != k)[0]
        p[test] = probabilities(feats, want, train, test)
    report(f"{len(rows)} speech-style turns of {len(np.unique(sets))} sets, held out in {FOLDS} folds of whole sets "
           "(the rules were tuned on these sets)", rule, want, p, gate)
    vocab, _, (wa, ba), _ = fit_both(feats, want, np.arange(len(rows)))
    index = {g: k for k, g in enumerate(vocab)}
    for text in STATEMENTS:
        z = ba + sum(wa[index[g]] for g in features(text) if g in index)
        print(f"  fitted on every set, {text!r} asks with probability {1.0 / (1.0 + np.exp(-z)):.3f}")


if __name__ == "__main__":
    main()
