"""Accuracy of `practice outreach` per check, on labelled requests for informational interviews.

    .venv/bin/python bench/eval_outreach.py [SET.jsonl ...] [--errors]

Default: every bench/data/outreach_*.jsonl. Each line: {"id", "user", "channel", "recipient",
"text", "labels": {"personal", "upfront", "small_ask", "no_job_ask", "length", "original"}}.
Messages are checked in file order, each user with a history of their own earlier messages
(as `practice outreach` keeps them), so a pasted copy is caught against the original.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from practice.outreach import check_message  # noqa: E402

HERE = Path(__file__).resolve().parent
CHECKS = ("personal", "upfront", "small_ask", "no_job_ask", "length", "original")


def evaluate(path: Path, show_errors: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    history: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    right = dict.fromkeys(CHECKS, 0)
    all_right = 0
    times = []
    errors = []
    for row in rows:
        recipient = row.get("recipient", "someone").split(",")[0]
        start = time.perf_counter()
        result = check_message(row["text"], row["channel"], history[row["user"]])
        times.append(time.perf_counter() - start)
        history[row["user"]].append((recipient, "", row["text"]))
        every = True
        for name in CHECKS:
            got = result.checks[name].ok
            if got == row["labels"][name]:
                right[name] += 1
            else:
                every = False
                errors.append((row["id"], name, row["labels"][name], result.checks[name].evidence))
        all_right += every
    n = len(rows)
    print(f"{path.name}: {n} messages, load average {os.getloadavg()[0]:.2f}")
    for name in CHECKS:
        print(f"  {name:<12} {right[name]:>3}/{n}  {100 * right[name] / n:5.1f}%")
    print(f"  every check right: {all_right}/{n} ({100 * all_right / n:.1f}%)")
    times.sort()
    print(f"  time per message: median {1000 * times[n // 2]:.2f} ms")
    if show_errors:
        for ident, name, want, evidence in errors:
            print(f"    {ident} {name}: labelled {want}; {evidence}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every wrong check")
    args = parser.parse_args()
    for path in args.sets or sorted((HERE / "data").glob("outreach_*.jsonl")):
        evaluate(path, args.errors)


if __name__ == "__main__":
    main()
