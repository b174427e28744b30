"""Train the weighing of the leading flag (`practice/scoring/pushing.py`).

Reproducible: `.venv/bin/python bench/train_leading.py [--no-write] [sets...]` finds the push
of every labelled interview turn (bench/data/turns_*.jsonl) with the rules alone
(`flags.leading`, `flags.leading_confidence`), reads the signs `pushing.signs` gives it and the
meaning of the sentence it sits in, and fits an L2 logistic regression on the turns where the
rules found a push: is the turn labelled leading? It reports, held out in ten folds of whole
sets (each set's turns weighed by weights fitted on the other nine folds), the precision and
recall of the flags shown at several bars beside the rules' own confidence (in sample: the rules
were tuned on these sets). Then it fits on every set and writes
practice/scoring/data/leading_turns.json.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

os.environ["PRACTICE_NO_WEIGHING"] = "1"  # the rules' own confidence, before any weighing
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from eval_turns import read_set  # noqa: E402
from folds import held_out, precision, write_linear  # noqa: E402
from train_scoring import fit  # noqa: E402

from practice.embedding import default_embedder  # noqa: E402
from practice.scoring import pushing  # noqa: E402
from practice.scoring.confidence import bar  # noqa: E402
from practice.scoring.flags import leading, leading_confidence  # noqa: E402
from practice.scoring.questions import find_questions  # noqa: E402
from practice.scoring.text import clean  # noqa: E402

L2 = 0.3  # held out on sets 1-721, 0.3 and 1 moved precision and recall at 0.7 by under 0.002
BARS = (0.5, 0.6, 0.7, 0.8)  # the bar shipped is confidence.bar("leading")


def examples(paths: list[Path]) -> dict:
    """Signs, the sentence pushed in, and the label of every labelled turn the rules find a push in;
    `labelled` counts the labelled leading turns of all the sets (for recall)."""
    feats, said, y, rule, sets, labelled = [], [], [], [], [], 0
    for path in paths:
        for row in read_set(path):
            if "leading" not in row:
                continue
            labelled += bool(row["leading"])
            found = find_questions(row["text"])
            lead = leading(row["text"], found)
            if not lead:
                continue
            conf = leading_confidence(row["text"], found, lead)
            signs = pushing.signs(row["text"], found, lead, conf, row.get("previous"), with_vector=False)
            feats.append(signs.features())
            said.append(clean(pushing.pushing_sentence(row["text"], found, lead)[0]))
            y.append(float(row["leading"]))
            rule.append(conf)
            sets.append(path.name)
    if not feats:
        raise SystemExit("no labelled turns with a push found: is bench/data/turns_*.jsonl there?")
    names = sorted(feats[0])
    vectors = np.asarray(default_embedder().encode(said), dtype=float)
    return {"X": np.array([[f[n] for n in names] for f in feats]), "V": vectors, "names": names,
            "leading": np.array(y), "rule": np.array(rule), "sets": np.array(sets), "labelled": labelled}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="report the held-out figures without writing the weights")
    ap.add_argument("sets", nargs="*", type=Path, help="default: every bench/data/turns_*.jsonl")
    args = ap.parse_args()
    paths = args.sets or sorted((HERE / "data").glob("turns_*.jsonl"))
    ex = examples(paths)
    X, y, sets, total = np.hstack([ex["X"], ex["V"]]), ex["leading"], ex["sets"], ex["labelled"]
    print(f"{len(y)} turns with a push found, {int(y.sum())} of them labelled leading "
          f"({total} labelled leading in {len(np.unique(sets))} sets)")

    def shown(mask: np.ndarray) -> str:
        tp = int((mask & (y == 1)).sum())
        return f"{precision(mask, y).split(',')[0]}, recall {tp}/{total} = {tp / max(1, total):.3f}"

    print(f"rules' own confidence at {bar('leading')} (in sample): {shown(ex['rule'] >= bar('leading'))}")
    p = np.minimum(held_out(X, y, sets, L2), ex["rule"])  # as `pushing.confidence` caps it
    for b in BARS:
        print(f"model at {b} (held out): {shown(p >= b)}")
    if not args.no_write:
        write_linear(pushing.LEADING_MODEL, ex["names"], fit(X, y, L2), bar("leading"), len(y), len(np.unique(sets)),
              by="bench/train_leading.py")


if __name__ == "__main__":
    main()
