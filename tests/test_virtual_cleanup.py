"""The private PulseAudio server of `practice demo` and the tests (issue 15, item 16): Ctrl-C
gives one line (no PortAudio "Expression ... failed" noise), and a run killed outright
leaves nothing behind once the next one starts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path



def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_run_is_cleaned_up_by_the_next(tmp_path):
    from practice.speech.virtual import clean_stale

    env = dict(os.environ, TMPDIR=str(tmp_path))
    code = ("import time; from practice.speech.virtual import VirtualAudio; v = VirtualAudio().__enter__(); "
            "print(v.folder, v.process.pid, flush=True); time.sleep(120)")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        folder, server = child.stdout.readline().split()
        folder, server = Path(folder), int(server)
        assert folder.parent == tmp_path and _running(server)
    finally:
        child.kill()  # SIGKILL: no clean-up code runs in the child
        child.wait()
    assert folder.is_dir()  # left behind, as after any SIGKILL
    # the next start removes it, and its server is gone (stopped on its parent's death, or here)
    assert clean_stale(tmp_path) == [folder]
    assert not folder.exists()
    for _ in range(50):
        if not _running(server):
            break
        time.sleep(0.1)
    assert not _running(server)


def test_folders_of_live_runs_and_unowned_new_ones_are_left_alone(tmp_path):
    from practice.speech.virtual import OWNER, PREFIX, _start_time, clean_stale

    mine = tmp_path / f"{PREFIX}alive"
    mine.mkdir()
    (mine / OWNER).write_text(f"{os.getpid()} {_start_time(os.getpid())}\n")
    fresh = tmp_path / f"{PREFIX}starting"  # being set up by another run right now
    fresh.mkdir()
    gone = tmp_path / f"{PREFIX}gone"
    gone.mkdir()
    (gone / OWNER).write_text(f"{os.getpid()} 1\n")  # our pid, but another start time: reused
    other = tmp_path / "unrelated"
    other.mkdir()
    assert clean_stale(tmp_path) == [gone]
    assert mine.is_dir() and fresh.is_dir() and other.is_dir()


def test_ctrl_c_during_the_demo_is_one_line(tmp_path):
    """Ctrl-C from a terminal reaches the whole process group, as here."""
    env = dict(os.environ, PRACTICE_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, "-m", "practice", "demo", "--minutes", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    try:
        seen = ""
        while "you:" not in seen:  # the candidate's first turn was heard: devices are live
            line = proc.stdout.readline()
            assert line, f"demo ended early: {proc.stderr.read()}"
            seen += line
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    lines = err.strip().splitlines()
    assert proc.returncode == 130
    assert len(lines) == 1 and lines[0].startswith("practice: error: interrupted"), err
    assert "Expression" not in err
