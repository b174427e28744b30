"""How well the demo's candidate was heard: a demo session's transcripts against its script.

Reads saved demo sessions (their session.json), pairs each user turn with the scripted line
the candidate said (practice.interview.candidate.demo_plan for the session's scenario, in
order) and prints the word error rate (tiny.en, as the demo ran) and each turn's measured
words per minute. Run `practice demo` first.

    .venv/bin/python bench/demo_transcripts.py SESSION_FOLDER [...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from voices import errors  # noqa: E402

from practice.interview.candidate import demo_plan  # noqa: E402
from practice.scenario import load_scenario  # noqa: E402


def main() -> None:
    total_wrong = total_words = 0
    for folder in sys.argv[1:]:
        session = json.loads((Path(folder) / "session.json").read_text())
        script = [line.text for line in demo_plan(load_scenario(session["scenario"])) if line.text]
        said = [t for t in session["turns"] if t["speaker"] == "user"]
        wrong = words = 0
        for line, turn in zip(script, said):
            e, n = errors(line, turn["text"])
            wrong, words = wrong + e, words + n
            wpm = (turn.get("scores") or {}).get("pacing", {}).get("wpm")
            mark = "" if not e else f"   heard: {turn['text']!r}"
            print(f"  {wpm or '-':>6} wpm  {line!r}{mark}")
        print(f"{session['scenario']}: {len(said)} turns, WER {100 * wrong / words:.1f}% "
              f"({wrong}/{words} words)")
        total_wrong, total_words = total_wrong + wrong, total_words + words
    if len(sys.argv) > 2:
        print(f"all: WER {100 * total_wrong / total_words:.1f}% ({total_wrong}/{total_words})")


if __name__ == "__main__":
    main()
