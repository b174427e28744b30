"""Top-1 accuracy of question matching, per scenario, on a paraphrase set.

Each line of the set is JSON: `text`, the expected `topic` (id or null) and `detail` (id or
null), optionally `kind` (job_ask, referrals, thanks, unmatched, small_talk) and `closed`,
and `scenario` (a name, or "*" for every built-in scenario: the classic questions apply to
all). Every item is asked of a fresh interviewee, so no item depends on another.

    .venv/bin/python bench/eval_matching.py [SET.jsonl ...] [--misses]

Default set: bench/data/paraphrases.jsonl. Prints accuracy per scenario and per category.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from practice.scenario import Interviewee, load_scenario, scenario_files
from practice.scenario.understanding import Understanding

HERE = Path(__file__).resolve().parent


def category(item: dict) -> str:
    if item.get("kind") and item["kind"] not in ("topic", "detail"):
        return "special"
    if item.get("detail"):
        return "detail"
    if item.get("topic") in CLASSIC:
        return "classic closed" if item.get("closed") else "classic open"
    return "own topic"


# the sets were written with the reply kinds before the dialogue manager (issue 11)
LEGACY_KINDS = {"referrals": "referral", "unmatched": "unknown"}
ON_TOPIC = ("answer", "follow_up", "recap", "stacked", "example", "elaborate", "clarify")


def correct(item: dict, reply) -> bool:
    kind = item.get("kind")
    if kind and kind not in ("topic", "detail"):
        if kind == "small_talk":  # small talk replies carry no topic now
            return reply.kind == "small_talk"
        return reply.kind == LEGACY_KINDS.get(kind, kind)
    return reply.topic == item.get("topic") and reply.detail == item.get("detail") \
        and reply.kind in ON_TOPIC


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=[HERE / "data" / "paraphrases.jsonl"])
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    args = parser.parse_args(argv)
    items = []
    for path in args.sets:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                items.append((f"{path.name}:{number}", json.loads(line)))
    names = sorted(n for n, f in scenario_files().items() if f.builtin)
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    timings = []
    for name in names:
        scenario = load_scenario(name)
        understanding = Understanding(scenario)  # shared, as in the product; made before timing
        understanding.warm_up()
        for where, item in items:
            if item.get("scenario", "*") not in ("*", name):
                continue
            person = Interviewee(scenario, understanding=understanding)
            start = time.perf_counter()
            reply = person.reply(item["text"])
            timings.append(time.perf_counter() - start)
            ok = correct(item, reply)
            results[name][category(item)].append(ok)
            if not ok and args.misses:
                want = item.get("kind") or f"{item.get('topic')}/{item.get('detail')}"
                got = f"{reply.kind}:{reply.topic}/{reply.detail} ({reply.score})"
                print(f"  miss {name} {where}: {item['text']!r} want {want} got {got}",
                      file=sys.stderr)
    cats = ["classic open", "classic closed", "detail", "own topic", "special"]
    print(f"{'scenario':16} {'all':>12} " + " ".join(f"{c:>15}" for c in cats))
    total = []
    for name in names:
        row = results[name]
        every = [ok for c in row.values() for ok in c]
        total += every
        cells = [f"{_pct(row[c]):>15}" for c in cats]
        print(f"{name:16} {_pct(every):>12} " + " ".join(cells))
    print(f"{'overall':16} {_pct(total):>12}")
    if timings:
        timings.sort()
        print(f"reply time: median {1000 * timings[len(timings) // 2]:.1f} ms, "
              f"max {1000 * timings[-1]:.1f} ms over {len(timings)} replies")
    return 0


def _pct(values: list[bool]) -> str:
    if not values:
        return "-"
    return f"{100 * sum(values) / len(values):.1f}% ({len(values)})"


CLASSIC = ("enjoy", "day_to_day", "stereotypes", "culture", "perks_and_downsides", "path",
           "wish_known_earlier", "future")

if __name__ == "__main__":
    sys.exit(main())
