"""Feedback for slow work: on a terminal a progress line on stderr, nothing extra when piped
or with --json (transcribe, review --html, history --html)."""

from __future__ import annotations

import os
import pty
import sys
import threading

from practice.cli import main
from practice.speech.audio import write_wav
from test_tables_wording import saved_session


def run(args: list[str], capsys, monkeypatch, stderr_terminal: bool) -> tuple[int, str, str]:
    """Run `practice ARGS` in this process (the model stays loaded) with stdout captured and
    stderr a pseudo-terminal, or captured like a pipe."""
    if not stderr_terminal:
        code = main(args)
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    master, slave = pty.openpty()
    terminal = open(slave, "w", encoding="utf-8", buffering=1)
    chunks: list[bytes] = []

    def drain() -> None:  # read as it is written: a full pty buffer would block the command
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stderr", terminal)
        code = main(args)
        terminal.flush()
    terminal.close()  # the reader gets EOF (EIO) once the last writer is closed
    reader.join(timeout=10)
    os.close(master)
    return code, capsys.readouterr().out, b"".join(chunks).decode("utf-8", "replace")


def test_transcribe_shows_progress_on_a_terminal_only(tmp_path, say, capsys, monkeypatch):
    speech = say("Hello there. I would like to hear how you got started in this field, and what a normal day "
                 "looks like for you.")
    wav = tmp_path / "hello.wav"
    write_wav(wav, speech.samples, speech.rate)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "xterm")
    rc, out, err = run(["transcribe", str(wav)], capsys, monkeypatch, stderr_terminal=True)
    assert rc == 0 and "started" in out.lower()
    assert "transcribing hello.wav" in err and " s" in err  # the bar, in seconds of audio
    rc, out_json, err_json = run(["transcribe", str(wav), "--json"], capsys, monkeypatch, stderr_terminal=True)
    assert rc == 0 and "transcribing" not in err_json and out_json.startswith("{")
    rc, out_piped, err_piped = run(["transcribe", str(wav)], capsys, monkeypatch, stderr_terminal=False)
    assert rc == 0 and err_piped == "" and out_piped == out


def test_html_reports_show_a_status_on_a_terminal_only(tmp_path, capsys, monkeypatch):
    saved_session("nurse", True, "closing")
    saved_session("nurse", True, "closing")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "xterm")
    rc, _, err = run(["review", "--html", str(tmp_path / "r.html")], capsys, monkeypatch, stderr_terminal=True)
    assert rc == 0 and "drawing the charts" in err
    rc, _, err = run(["review", "--html", str(tmp_path / "r2.html")], capsys, monkeypatch, stderr_terminal=False)
    assert rc == 0 and "drawing" not in err and err.strip() == f"wrote {tmp_path / 'r2.html'}"
    rc, _, err = run(["history", "--html", str(tmp_path / "h.html")], capsys, monkeypatch, stderr_terminal=True)
    assert rc == 0 and "drawing the trend charts" in err
    rc, _, err = run(["history", "--html", str(tmp_path / "h2.html")], capsys, monkeypatch, stderr_terminal=False)
    assert rc == 0 and "drawing" not in err
