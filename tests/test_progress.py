"""Feedback for slow work: on a terminal a progress line on stderr, nothing extra when piped
or with --json (transcribe, review --html, history --html)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys

from practice.speech.audio import write_wav
from test_tables_wording import saved_session


def run(args: list[str], env: dict, stderr_terminal: bool) -> tuple[int, str, str]:
    """Run `practice ARGS` with stdout piped and stderr a pseudo-terminal (or piped)."""
    if not stderr_terminal:
        proc = subprocess.run([sys.executable, "-m", "practice", *args], env=env, capture_output=True,
                              text=True, timeout=300, stdin=subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "practice", *args], env=env, stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    out = proc.stdout.read().decode()
    rc = proc.wait(timeout=300)
    os.close(master)
    return rc, out, b"".join(chunks).decode("utf-8", "replace")


def test_transcribe_shows_progress_on_a_terminal_only(tmp_path, say, practice_home):
    speech = say("Hello there. I would like to hear how you got started in this field, and what a normal day "
                 "looks like for you.")
    wav = tmp_path / "hello.wav"
    write_wav(wav, speech.samples, speech.rate)
    env = dict(os.environ, PRACTICE_HOME=str(practice_home), COLUMNS="100", TERM="xterm")
    rc, out, err = run(["transcribe", str(wav)], env, stderr_terminal=True)
    assert rc == 0 and "started" in out.lower()
    assert "transcribing hello.wav" in err and " s" in err  # the bar, in seconds of audio
    rc, out_json, err_json = run(["transcribe", str(wav), "--json"], env, stderr_terminal=True)
    assert rc == 0 and "transcribing" not in err_json and out_json.startswith("{")
    rc, out_piped, err_piped = run(["transcribe", str(wav)], env, stderr_terminal=False)
    assert rc == 0 and err_piped == "" and out_piped == out


def test_html_reports_show_a_status_on_a_terminal_only(tmp_path, practice_home):
    saved_session("nurse", True, "closing")
    saved_session("nurse", True, "closing")
    env = dict(os.environ, PRACTICE_HOME=str(practice_home), COLUMNS="100", TERM="xterm")
    rc, _, err = run(["review", "--html", str(tmp_path / "r.html")], env, stderr_terminal=True)
    assert rc == 0 and "drawing the charts" in err
    rc, _, err = run(["review", "--html", str(tmp_path / "r2.html")], env, stderr_terminal=False)
    assert rc == 0 and "drawing" not in err and err.strip() == f"wrote {tmp_path / 'r2.html'}"
    rc, _, err = run(["history", "--html", str(tmp_path / "h.html")], env, stderr_terminal=True)
    assert rc == 0 and "drawing the trend charts" in err
    rc, _, err = run(["history", "--html", str(tmp_path / "h2.html")], env, stderr_terminal=False)
    assert rc == 0 and "drawing" not in err
