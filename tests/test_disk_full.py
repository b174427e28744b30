"""A full disk (issue 15, item 9): one line saying so, every finished turn kept, and a warning
before a rehearsal starts on a disk with too little room.

The disk is a real tmpfs of the given size when the tests may mount one (root), else a fake
at the one write seam (practice.files), so the suite runs the same for everyone."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

from practice.cli import main
from practice.errors import DiskFull, PracticeError


def _used(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _fake_disk(monkeypatch, folder: Path, size: int) -> None:
    import practice.files as files

    real_fdopen, real_usage = os.fdopen, files.shutil.disk_usage

    class Limited:
        def __init__(self, fh, path):
            self.fh, self.path = fh, path

        def write(self, data):
            if _used(folder) + len(data) > size:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def fdopen(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        inside = Path(os.readlink(f"/proc/self/fd/{fd}")).is_relative_to(folder)
        return Limited(fh, folder) if inside else fh

    def disk_usage(path):
        if Path(path).resolve().is_relative_to(folder):
            return type("usage", (), {"total": size, "used": _used(folder), "free": max(0, size - _used(folder))})
        return real_usage(path)

    monkeypatch.setattr(files.os, "fdopen", fdopen)
    monkeypatch.setattr(files.shutil, "disk_usage", disk_usage)


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    # rendered speech is a cache the rehearsal writes in the background: kept off the small
    # disk, so what fills it (and when) is only what each test writes on purpose
    from practice.speech import ttscache

    monkeypatch.setattr(ttscache, "default_dir", lambda: tmp_path / "speech-cache")
    mounted = []

    def make(size: int) -> Path:
        folder = (tmp_path / f"disk{len(mounted)}").resolve()
        folder.mkdir()
        if os.geteuid() == 0 and subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                capture_output=True).returncode == 0:
            mounted.append(folder)
        else:
            _fake_disk(monkeypatch, folder, size)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Use up every free byte of the disk under `folder`."""
    from practice.files import free_bytes

    with open(folder / "filler", "ab") as fh:
        try:
            while (free_bytes(folder) or 0) > 0:
                fh.write(b"\0" * min(65536, max(1, free_bytes(folder) or 1)))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass


def test_a_recording_on_a_full_disk_is_one_clear_error(small_disk):
    from practice.speech.audio import write_wav

    disk = small_disk(64 * 1024)
    with pytest.raises(DiskFull) as caught:
        write_wav(disk / "turn.wav", np.zeros(16000 * 5, np.float32))  # 160 kB
    message = str(caught.value)
    assert message.startswith("the disk is full: could not save turn.wav") and "free some space" in message
    assert [p.name for p in disk.iterdir()] == []  # no torn or temporary file left behind


def test_the_disk_filling_mid_rehearsal_keeps_every_finished_turn(small_disk, monkeypatch, tmp_path, say):
    from practice.interview.engine import Observer
    from practice.interview.runner import RunSettings, run_interview
    from practice.session.store import list_sessions, load_session
    from practice.speech.audio import write_wav

    home = small_disk(8 * 1024 * 1024)
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    turns = tmp_path / "turns"
    turns.mkdir()
    write_wav(turns / "1.wav", say("Hi, I'm Sam Rivera, a psychology student exploring user research.").samples)
    write_wav(turns / "2.wav", say("What does a normal day look like for you?").samples)

    class FillAfterPitch(Observer):
        def heard(self, turn):
            if turn.kind == "pitch":
                fill(home)

    settings = RunSettings(scenario="nurse", mode="script", input_dir=turns, view="none",
                           extra_observers=[FillAfterPitch()])
    with pytest.raises(PracticeError) as caught:
        run_interview(settings)
    message = str(caught.value)
    assert message.startswith("the disk is full: could not save") and "2 turns so far are saved" in message
    assert "\n" not in message
    session = load_session(list_sessions()[-1])
    assert session.complete is False and session.ended_by == "disk_full"
    assert [(t.speaker, t.kind) for t in session.turns] == [("interviewee", "greeting"), ("user", "pitch")]
    pitch = session.turns[1]
    # the introduction was transcribed and kept (tiny.en once heard "Sam Rivera" as "I am Rivera")
    assert ("Sam" in pitch.text or "Rivera" in pitch.text) and (list_sessions()[-1] / pitch.audio).is_file()


def test_low_free_space_is_said_before_the_rehearsal_starts(small_disk, monkeypatch, tmp_path, capsys):
    home = small_disk(300 * 1024)
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student.\nWhat does a normal day look like?\nThank you!\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    out = capsys.readouterr().out
    warning = out.index("warning: only 0.3 MB free")
    assert warning < out.index("Denise Carter:")  # before the first line of the rehearsal
    assert "needs about 1 MB" in " ".join(out.split())


def test_enough_space_means_no_warning(tmp_path, capsys):
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student.\nThank you!\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    assert "warning: only" not in capsys.readouterr().out
