"""Train the weighing of follow-up, topic switch, acknowledgement and reflection (`weighing.py`).

Reproducible: `.venv/bin/python bench/train_listening.py [--no-write] [sets...]` scores every
labelled interview turn with an answer before it (bench/data/turns_*.jsonl, in conversation
order where a set has one) with the rules alone (`PRACTICE_NO_WEIGHING=1`), one process a CPU,
and reads the signs the rules saw (`Listening.signs`): the named features (`Signs.features`),
the meanings of the last question, of the answer and of the whole turn. On these it trains the
network of `practice/scoring/network.py` (one hidden layer and a linear part, all outputs at once,
several members from different random starts averaged; `fit_network.py`, fixed seeds; one
output a cue) and, for comparison, the two logistic regressions the scorer used before for
follow-up and topic switch (named features and the question's vector; the rules decide the
other two cues there). It reports both held out in ten folds of whole sets (each set's turns
scored by weights fitted on the sets of the other nine folds): the follow-up and
acknowledgement accuracy and the reflections shown as the scorer decides them, the
topic-switch precision and recall at several show bars, and every labelled field. Then it fits
the network on every set and writes it to practice/scoring/data/listening_turns.npz (about 20
minutes on 2 cores in all for sets 1-857).

First, always (with --no-write too: the features read it), it encodes the typical wordings of
the interview questions (`practice.scenario.lexicon.EXAMPLES`) into
practice/scoring/data/stock_questions.npy, from which `meaning.stock_similarity` reads how close
a question is to one that could have been asked whatever the answer.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np

os.environ["PRACTICE_NO_WEIGHING"] = "1"  # the rules' own verdicts and signs, before any weighing
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from eval_turns import CUES, FIELDS, fields_of, read_set, scored  # noqa: E402
from fit_network import Options, fit  # noqa: E402
from folds import FOLDS, folds_of, held_out, precision  # noqa: E402

from practice.embedding import default_embedder, write_bank  # noqa: E402
from practice.files import atomic_write  # noqa: E402
from practice.scenario.lexicon import EXAMPLES as WORDINGS  # noqa: E402
from practice.scoring import meaning, network, weighing  # noqa: E402
from practice.scoring.confidence import bar  # noqa: E402
from practice.scoring.model import DATA as MODEL_DATA  # noqa: E402
from practice.scoring.text import clean  # noqa: E402

BARS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)  # the bar shipped is confidence.BARS["topic_switch"]
OUTPUTS = ("follow_up", "topic_switch", "acknowledgement", "reflection")
L2 = 1.0  # the logistic regressions compared with (as they were shipped)


def _one_set(path: str) -> list[dict]:
    rows, out = read_set(Path(path)), []
    for row, s in zip(rows, scored(rows)):
        signs = s.listening.signs
        if signs is None or any(o not in row for o in OUTPUTS):
            continue
        got = fields_of(s)  # every other labelled field right, for the every-field figure
        out.append({"features": signs.features(), "vectors": signs.vectors(),
                    **{o: float(row[o]) for o in OUTPUTS},
                    "rule_follow_up": float(s.listening.follow_up), "rule_topic_switch": float(s.shown("topic_switch")),
                    "rule_acknowledgement": float(s.listening.acknowledgement),
                    "rule_reflection": float(s.shown("reflection")),
                    "set": Path(path).name,
                    "others_right": all(got[k] == row[k] for k in FIELDS + CUES if k in row and k not in OUTPUTS)})
    return out


def examples(paths: list[Path]) -> dict:
    """Inputs, labels and the rules' verdicts of every labelled turn the scorer weighs."""
    with Pool(os.cpu_count() or 1) as pool:
        turns = [t for ts in pool.map(_one_set, [str(p) for p in paths], chunksize=4) for t in ts]
    if not turns:
        raise SystemExit("no labelled turns with an answer before them: is bench/data/turns_*.jsonl there?")
    names = tuple(sorted(turns[0]["features"]))
    dim = next(len(v) for t in turns for v in t["vectors"] if v is not None)
    X = np.array([[t["features"][n] for n in names] for t in turns], dtype=np.float32)
    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-6
    Z = network.inputs(names, mean, scale, dim, [t["features"] for t in turns], [t["vectors"] for t in turns])
    ex = {k: np.array([t[k] for t in turns]) for k in (*OUTPUTS, *(f"rule_{o}" for o in OUTPUTS),
                                                        "set", "others_right")}
    ex.update(X=X, Z=Z, names=names, mean=mean, scale=scale, dim=dim)
    return ex


def fit_network(ex: dict, rows: np.ndarray) -> network.Network:
    Y = np.stack([ex[o] for o in OUTPUTS], axis=1).astype(np.float32)
    return fit(ex["Z"][rows], Y[rows], ex["names"], OUTPUTS, ex["mean"], ex["scale"], ex["dim"])


def held_out_network(ex: dict) -> np.ndarray:
    """Each set's probabilities (one column an output) from a network fitted on the other folds."""
    folds, p = folds_of(ex["set"]), np.zeros((len(ex["set"]), len(OUTPUTS)))
    for k in range(FOLDS):
        mask = folds == k
        if mask.any():
            p[mask] = fit_network(ex, np.where(~mask)[0]).forward(ex["Z"][mask])
    return p


def held_out_linear(ex: dict) -> np.ndarray:
    """The same, from the two logistic regressions over the named features and the question's vector."""
    n_named = len(ex["names"])
    Xq = np.hstack([ex["X"], ex["Z"][:, n_named:n_named + ex["dim"]]]).astype(float)
    return np.stack([held_out(Xq, ex[o], ex["set"], L2) for o in OUTPUTS[:2]], axis=1)  # the rules on the rest


def report(what: str, ex: dict, p: np.ndarray, capped: bool = False) -> None:
    """Each output as the scorer decides it: follow-up by `weighing.follows_up`, the switches
    shown at each bar (none where the turn follows up, reacts or says the answer back; capped by
    `weighing.network_cap`, or with `capped` by `weighing.switch_cap`, as the logistic regressions
    were shipped), acknowledgement at its bar, the network's reflections at `bar("reflection")`
    beside the rules' own."""
    names, X, fu, ts = list(ex["names"]), ex["X"], ex["follow_up"], ex["topic_switch"]
    feats = [dict(zip(names, row)) for row in X]
    elsewhere = [weighing.needs_a_rule(bool(f["job_ask"]), bool(f["way_in"]), bool(f["asks_referral"])) for f in feats]
    said = np.array([weighing.follows_up(q, weighing.rule_of(f), e)
                     for q, f, e in zip(p[:, 0], feats, elsewhere)])
    p_ts = np.minimum(p[:, 1], [(weighing.switch_cap if capped else weighing.network_cap)(f) for f in feats])
    ack = p[:, 2] >= weighing.ACKNOWLEDGEMENT_BAR if p.shape[1] > 2 else ex["rule_acknowledgement"] == 1
    refl = ex["rule_reflection"] == 1  # the network's praise is added to the rules' (`listening._decide`)
    if p.shape[1] > 3:
        refl = refl | (p[:, 3] >= max(bar("reflection"), weighing.REFLECTION_RAISED))
    print(f"{what}: follow-up right {(said == fu).mean():.4f}; acknowledgement right "
          f"{(ack == ex['acknowledgement']).mean():.4f}; reflections shown {precision(refl, ex['reflection'])}")
    for b in BARS:
        shown = (p_ts >= b) & ~said & ~ack & ~refl
        every = (ex["others_right"] & (said == fu) & (shown == ts) & (ack == ex["acknowledgement"])
                 & (refl == ex["reflection"])).mean()
        print(f"  topic switch shown at {b}: {precision(shown, ts)}; every field {every:.4f}")


def write_stock_questions() -> None:
    """Encode the typical question wordings for `meaning.stock_similarity`."""
    model = default_embedder()
    if model is None:
        raise SystemExit("the sentence-embedding model is not installed: run `make setup`")
    texts = [clean(q) for qs in WORDINGS.values() for q in qs]
    write_bank(meaning.STOCK_QUESTIONS, model.encode(texts))
    meaning.stock_bank.cache_clear()
    print(f"wrote {meaning.STOCK_QUESTIONS} ({len(texts)} typical questions)")


def write(net: network.Network, trained_on: str) -> None:
    """Save the network where `network.load_network` reads it (weights as float16: half the
    size; the probabilities move by under 0.001)."""
    buffer = io.BytesIO()
    np.savez_compressed(buffer, names=np.array(net.names), outputs=np.array(net.outputs), mean=net.mean,
                        scale=net.scale, dim=np.array(net.dim), trained_on=np.array(trained_on),
                        **{k: getattr(net, k).astype(np.float16) for k in ("w1", "b1", "w2", "b2", "direct")})
    path = MODEL_DATA / f"{weighing.MODEL}{network.SUFFIX}"
    atomic_write(path, lambda fh: fh.write(buffer.getvalue()))
    print(f"wrote {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="report the held-out figures without writing the weights (the typical questions are encoded either way)")
    ap.add_argument("--no-compare", action="store_true", help="leave out the logistic regressions compared with (a minute less)")
    ap.add_argument("sets", nargs="*", type=Path, help="default: every bench/data/turns_*.jsonl")
    args = ap.parse_args()
    paths = args.sets or sorted((HERE / "data").glob("turns_*.jsonl"))
    write_stock_questions()
    ex = examples(paths)
    fu, ts = ex["follow_up"], ex["topic_switch"]
    print(f"{len(fu)} turns with an answer before them, {len(np.unique(ex['set']))} sets; "
          f"{ex['Z'].shape[1]} inputs ({len(ex['names'])} named, the meanings of the question, the answer and the turn)")
    rules_right = np.all([ex[f"rule_{o}"] == ex[o] for o in OUTPUTS], axis=0)
    print(f"rules alone (in sample: the rules were tuned on these sets): follow-up right "
          f"{(ex['rule_follow_up'] == fu).mean():.4f}; topic switch shown {precision(ex['rule_topic_switch'] == 1, ts)}; "
          f"acknowledgement right {(ex['rule_acknowledgement'] == ex['acknowledgement']).mean():.4f}; "
          f"reflections shown {precision(ex['rule_reflection'] == 1, ex['reflection'])}; "
          f"every field {(ex['others_right'] & rules_right).mean():.4f}")
    if not args.no_compare:
        report("logistic regressions (switches capped), held out", ex, held_out_linear(ex), capped=True)
    report(f"network ({Options().hidden} hidden, {Options().members} members), held out", ex, held_out_network(ex))
    if args.no_write:
        return
    write(fit_network(ex, np.arange(len(fu))),
          f"{len(fu)} labelled interview turns of {len(np.unique(ex['set']))} sets (bench/train_listening.py)")


if __name__ == "__main__":
    main()
