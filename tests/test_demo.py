"""`practice demo` end to end, once: in a real pseudo-terminal, so the live view and the
`--coach` cues are what is drawn, on a scenario whose lines look like rich markup.

It runs on WAV files (`--files`) with a one-minute budget: the voice path on virtual devices
is covered by tests/test_interview.py, and this keeps the suite short.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


def markup_scenario(home: Path) -> None:
    text = (ROOT / "scenarios" / "nurse.toml").read_text(encoding="utf-8")
    text = text.replace('name = "Denise Carter"', 'name = "Denise [/]Carter"', 1)
    start = text.index("greeting = [")
    end = text.index("]\n", start) + 2
    text = text[:start] + 'greeting = ["Hi, I\'m Denise [bold]. So [/] tell me a little about yourself?"]\n' + text[end:]
    folder = home / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "markup.toml").write_text(text, encoding="utf-8")


def run_in_terminal(args: list[str], env: dict, timeout: float = 240.0) -> tuple[int, str]:
    """Run a command with a pseudo-terminal as stdin, stdout and stderr; returns (rc, output)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the other side closed: the command has ended
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        rc = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return rc, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_demo_in_a_terminal_with_live_view_coach_cues_and_markup(practice_home):
    markup_scenario(practice_home)
    env = dict(os.environ, PRACTICE_HOME=str(practice_home), COLUMNS="100", LINES="40", TERM="xterm")
    rc, out = run_in_terminal([sys.executable, "-m", "practice", "demo", "--files", "--minutes", "1",
                               "--scenario", "markup"], env)
    assert rc == 0, out[-3000:]
    assert "Traceback" not in out and "MarkupError" not in out and "live screen failed" not in out
    # the live status line was drawn (it is transient: seen in the stream, not in the scrollback)
    assert "is speaking" in out and "elapsed 0:" in out and "remaining " in out
    # transcript lines with the markup shown as written, and the coach's cues after the user's turns
    assert "Denise [/]Carter: Hi, I'm Denise [bold]. So [/] tell me" in out
    assert re.search(r"you: .*Sam", out)
    assert "open question" in out and "closed question" in out
    # the end: the review's summary, the report, the closing line with the same question count
    assert "Informational-interview checklist" in out and "HTML report:" in out
    found = re.search(r"Questions\s+(\d+): (\d+) open", out)
    closing = re.search(r"Session over \(.*?\): \d+ turns? of yours, (\d+) questions? \((\d+) open\)", out, re.S)
    assert closing, out[-1500:]
    sessions = list((practice_home / "sessions").iterdir())
    assert len(sessions) == 1 and (sessions[0] / "review.html").exists()
    assert found and found.groups() == closing.groups()  # one definition of a question
