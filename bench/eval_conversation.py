"""Whole typed conversations through the real interview: is each reply the right kind, on the
right topic, never a line said twice, and chosen fast enough? (issue 11)

    .venv/bin/python bench/eval_conversation.py                      # every bench/data/conversations_*.jsonl
    .venv/bin/python bench/eval_conversation.py bench/data/conversations_a.jsonl -v

Each conversation (format: /work/spec/conversation-eval.md, one JSON object per line with
`scenario` and `turns` of {user, kind, topic}) is written as a script and run as a real
subprocess, `practice interview --text --script FILE --scenario S`, with PRACTICE_HOME in a
temporary folder shared by the run (so the scenario's sentence vectors are encoded once). The
saved session.json is read back and each user turn is paired with the professional's next
line. Printed: reply-kind accuracy, topic accuracy (over turns whose expected topic is not
null; a list of ids means any of them), verbatim repeats (the same professional line twice in
a session, a `repeat` reply excepted), `unknown` replies to turns whose expected kind is not
`unknown`, the per-kind confusion, and the reply-choice time per turn.

The time is measured in-process on the same turns, with the same `Interviewee.reply` the
engine calls (the question type, which the engine takes from the scorer before replying, is
computed outside the timed call), and reported as median and 95th percentile with the load
average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from common import machine  # noqa: E402


def read_sets(paths: list[Path]) -> list[tuple[str, dict]]:
    out = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not valid JSON: {exc}") from None
            if not isinstance(item, dict) or not isinstance(item.get("turns"), list):
                raise SystemExit(f"{path}:{number}: expected an object with 'scenario' and 'turns'")
            out.append((f"{path.name}:{item.get('id', number)}", item))
    return out


def run_conversation(item: dict, home: Path, folder: Path) -> list[dict]:
    """The professional's turns of one conversation, run through the real CLI."""
    script = folder / "script.txt"
    script.write_text("\n".join(" ".join(t["user"].split()) for t in item["turns"]) + "\n",
                      encoding="utf-8")
    env = {**os.environ, "PRACTICE_HOME": str(home), "COLUMNS": "200"}
    before = set((home / "sessions").glob("*")) if (home / "sessions").exists() else set()
    proc = subprocess.run([sys.executable, "-m", "practice", "interview", "--text", "--script",
                           str(script), "--scenario", item["scenario"]],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"practice interview failed: {proc.stderr.strip()[-400:]}")
    new = sorted(set((home / "sessions").glob("*")) - before)
    if not new:
        raise RuntimeError("no session was saved")
    session = json.loads((new[-1] / "session.json").read_text(encoding="utf-8"))
    return session["turns"]


def pair_replies(turns: list[dict]) -> tuple[list[dict | None], list[dict]]:
    """For each user turn, the professional's next line (skipping its own time warnings)."""
    replies: list[dict | None] = []
    pros = []
    for i, turn in enumerate(turns):
        if turn["speaker"] == "interviewee":
            pros.append(turn)
            continue
        reply = next((t for t in turns[i + 1:] if t["speaker"] == "interviewee"
                      and t.get("kind") not in ("time_warning",)), None)
        replies.append(reply)
    return replies, pros


def time_replies(item: dict, cache: dict) -> list[float]:
    """Milliseconds per `Interviewee.reply`, in-process, for the user turns after the pitch."""
    from practice.scenario import Interviewee, load_scenario
    from practice.scenario.understanding import Understanding
    from practice.scoring import question_type

    name = item["scenario"]
    if name not in cache:
        scenario = load_scenario(name)
        cache[name] = (scenario, Understanding(scenario))
        cache[name][1].warm_up()  # the interview makes its indexes while the greeting plays
    scenario, understanding = cache[name]
    iv = Interviewee(scenario, understanding=understanding)
    iv.greeting()
    iv.pitch_response()
    out = []
    for turn in item["turns"][1:]:
        qtype = question_type(turn["user"])
        start = time.perf_counter()
        iv.reply(turn["user"], qtype)
        out.append((time.perf_counter() - start) * 1000)
    return out


def topic_ok(expected, got) -> bool:
    if isinstance(expected, list):
        return got in expected
    return got == expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong reply")
    parser.add_argument("--no-timing", action="store_true", help="skip the in-process timing pass")
    args = parser.parse_args()
    paths = args.sets or sorted((HERE / "data").glob("conversations_*.jsonl"))
    if not paths:
        raise SystemExit("no conversation sets found in bench/data/")
    convs = read_sets(paths)
    kinds_right = kinds_total = topics_right = topics_total = 0
    repeats = unknown_wrong = answerable = 0
    confusion: dict[str, Counter] = defaultdict(Counter)
    wrong_lines = []
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="practice-eval-") as tmp:
        home = Path(tmp) / "home"
        for name, item in convs:
            folder = Path(tmp) / "conv"
            folder.mkdir(exist_ok=True)
            turns = run_conversation(item, home, folder)
            replies, pros = pair_replies(turns)
            seen: set[str] = set()
            for pro in pros:
                if pro["text"] in seen and pro.get("kind") != "repeat":
                    repeats += 1
                    wrong_lines.append(f"{name}: REPEATED LINE: {pro['text'][:80]}")
                seen.add(pro["text"])
            for turn, reply in zip(item["turns"], replies + [None] * (len(item["turns"]) - len(replies))):
                got_kind = reply.get("kind") if reply else None
                got_topic = reply.get("topic") if reply else None
                kinds_total += 1
                kinds_right += got_kind == turn["kind"]
                confusion[turn["kind"]][got_kind or "(none)"] += 1
                if turn.get("topic") is not None:
                    topics_total += 1
                    topics_right += topic_ok(turn["topic"], got_topic)
                if turn["kind"] not in ("unknown", "pitch_response"):
                    answerable += 1
                    unknown_wrong += got_kind == "unknown"
                if got_kind != turn["kind"] or (turn.get("topic") is not None
                                                and not topic_ok(turn["topic"], got_topic)):
                    wrong_lines.append(f"{name}: {turn['user'][:70]!r}: expected {turn['kind']}/"
                                       f"{turn.get('topic')}, got {got_kind}/{got_topic}: "
                                       f"{(reply or {}).get('text', '')[:60]!r}")
        run_seconds = time.time() - started
    times: list[float] = []
    cached: list[float] = []
    load_before = os.getloadavg()
    if not args.no_timing:
        cache: dict = {}
        warm = [{"scenario": s, "turns": [{"user": "Hi, I'm Sam."}, {"user": "Thanks, bye for now."}]}
                for s in dict.fromkeys(item["scenario"] for _, item in convs)]
        for item in warm:
            time_replies(item, cache)  # the scenario's vectors and the scorer's tables, not the turns
        for _, item in convs:
            times += time_replies(item, cache)  # each turn's text is new to this process
        for _, item in convs:
            cached += time_replies(item, cache)  # again, each turn's embedding now cached
    load_after = os.getloadavg()
    print(f"sets: {', '.join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths)}")
    print(f"{len(convs)} conversations, {kinds_total} user turns; {machine()}; "
          f"subprocess run {run_seconds:.0f} s")
    print(f"reply kind right:  {kinds_right}/{kinds_total} = {kinds_right / max(1, kinds_total):.1%}")
    print(f"topic right:       {topics_right}/{topics_total} = {topics_right / max(1, topics_total):.1%}"
          "  (turns with an expected topic)")
    print(f"verbatim repeats:  {repeats}")
    print(f"unknown to answerable turns: {unknown_wrong}/{answerable} = "
          f"{unknown_wrong / max(1, answerable):.1%}")
    if times:
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"reply choice: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
              f"max {times[-1]:.1f} ms over {len(times)} turns; load average "
              f"{load_before[0]:.2f} before, {load_after[0]:.2f} after")
        cached.sort()
        print(f"  of which choosing alone (the turn's sentence embedding already computed): "
              f"median {statistics.median(cached):.1f} ms, "
              f"p95 {cached[min(len(cached) - 1, int(round(0.95 * (len(cached) - 1))))]:.1f} ms")
    print("\nper expected kind: right/total, and what was given instead")
    for kind in sorted(confusion):
        row = confusion[kind]
        total = sum(row.values())
        others = ", ".join(f"{k} {v}" for k, v in row.most_common() if k != kind)
        print(f"  {kind:<22} {row[kind]:>3}/{total:<3} {others}")
    if args.verbose:
        print("\nwrong replies")
        for line in wrong_lines:
            print("  " + line)


if __name__ == "__main__":
    main()
