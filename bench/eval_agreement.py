"""How far apart the labels of interview turns are when others label the same turns blind.

The turn sets' targets (bench/eval_turns.py: every labelled field right on 80% of a fresh set)
only mean something if the labels are a reading that careful labellers share. So the 240 turns
of sets thirty and thirty-one were given, without their labels, to two more labellers who had
read neither the scorer nor the sets (the spec they had: data/relabel_turns.spec.md), and each
labelled every turn by the same guide (data/relabel_turns_*.jsonl, one line per turn: `set`,
`line` and the eight labels). This prints, per pair of readers (the sets' writers, each
labeller, the scorer as `eval_turns` judges it), the share of turns with every field the same
and the share per field.

    .venv/bin/python bench/eval_agreement.py
"""

from __future__ import annotations

import itertools
from pathlib import Path

from eval_turns import judged, read_set

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
FIELDS = ("question_type", "leading", "stacked", "job_ask", "acknowledgement", "reflection", "follow_up",
          "topic_switch")


def readers() -> dict[str, list[dict]]:
    """Each reader's labels of the same turns, in one order (set, line)."""
    relabels = {p.stem.removeprefix("relabel_turns_"): read_set(p) for p in sorted(DATA.glob("relabel_turns_*.jsonl"))}
    if not relabels:
        raise SystemExit("no bench/data/relabel_turns_*.jsonl: nothing to compare")
    order = [(r["set"], r["line"]) for r in next(iter(relabels.values()))]
    sets = {name: read_set(DATA / f"turns_{name}.jsonl") for name in dict.fromkeys(s for s, _ in order)}
    scored = {name: judged(rows) for name, rows in sets.items()}
    out = {"writers": [sets[s][i] for s, i in order], "scorer": [scored[s][i] for s, i in order]}
    for name, rows in relabels.items():
        if [(r["set"], r["line"]) for r in rows] != order:
            raise SystemExit(f"relabel_turns_{name}.jsonl does not label the same turns in the same order")
        out[f"labeller {name}"] = rows
    return out


def main() -> None:
    got = readers()
    n = len(got["writers"])
    print(f"{n} turns (sets {', '.join(dict.fromkeys(r.get('set', '') for r in read_set(next(DATA.glob('relabel_turns_*.jsonl')))))})")
    print(f"{'':34s} {'every':>7s} " + " ".join(f"{f[:8]:>8s}" for f in FIELDS))
    for a, b in itertools.combinations(got, 2):
        pairs = list(zip(got[a], got[b]))
        every = sum(all(x[f] == y[f] for f in FIELDS) for x, y in pairs)
        per = [sum(x[f] == y[f] for x, y in pairs) / n for f in FIELDS]
        print(f"{a + ' vs ' + b:34s} {every / n:7.1%} " + " ".join(f"{v:8.1%}" for v in per))


if __name__ == "__main__":
    main()
