"""How long `score_utterance` takes, sentence embeddings included, and how long it takes to start.

    .venv/bin/python bench/scoring_speed.py [--turns N]

Start: a fresh process imports the scorer and scores one turn with an answer before it (the
embedding model loads then). Per turn: every turn of bench/data/turns_*.jsonl with an
answer, each scored once in a process that has seen neither its text nor its answer (cold:
the user's question and the answer are both encoded), and again with the answer already
encoded, which is the interview's path: it encodes each answer once it is spoken
(`practice.scoring.prepare_answer`), before the user's next turn ends. Prints the machine's load average beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import machine

HERE = Path(__file__).resolve().parent
START = """
import time
t = time.perf_counter()
from practice.scoring import score_utterance
score_utterance("Is it hard on your family?", previous="We tour about eight months a year now.")
print(time.perf_counter() - t)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--turns", type=int, default=200)
    args = ap.parse_args()
    print(f"machine: {machine()}; load average before: {os.getloadavg()[0]:.2f}")
    starts = [float(subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                                   check=True).stdout.split()[-1]) for _ in range(3)]
    print(f"start (import + first scored turn, fresh process): {', '.join(f'{s:.2f}' for s in starts)} s")
    rows = []
    for path in sorted((HERE / "data").glob("turns_*.jsonl")):
        rows += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("previous")][: args.turns]
    from practice.embedding import default_embedder
    from practice.scoring import prepare_answer, score_utterance
    try:
        from practice.scoring import warm_up
    except ImportError:  # (a scorer from before the warm-up, measured for comparison)
        def warm_up():
            return None

    model = default_embedder()
    print(f"embedding backend: {getattr(model, 'backend', None)}")
    score_utterance("Warm up.", previous="Fine.")
    warm_up()  # as the interview does while its greeting plays (practice/interview/warmup.py)
    cold, warm = [], []
    for r in rows:
        if model is not None:
            model.forget()
        t = time.perf_counter()
        score_utterance(r["text"], previous=r["previous"])
        cold.append(time.perf_counter() - t)
    for r in rows:
        if model is not None:
            model.forget()
            prepare_answer(r["previous"])
        t = time.perf_counter()
        score_utterance(r["text"] + " ", previous=r["previous"])
        warm.append(time.perf_counter() - t)
    for name, ts in (("cold (question and answer encoded)", cold), ("answer already encoded, as in the interview", warm)):
        ts = sorted(ts)
        print(f"per turn, {name}: median {statistics.median(ts) * 1000:.1f} ms, mean {statistics.mean(ts) * 1000:.1f} ms, "
              f"p90 {ts[int(0.9 * len(ts))] * 1000:.1f} ms over {len(ts)} turns")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
