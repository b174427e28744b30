"""Bad input and faults (issue 15, items 9-20): each one gives one clear line and a non-zero
exit, or is handled, never a traceback or a silent wrong answer."""

import json

from practice.cli import main


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("practice: error:"), err
    return lines[0]


# ----------------------------------------------------------------- 13: PRACTICE_HOME broken

def test_practice_home_that_is_a_file_is_reported(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home-file"
    home.write_text("not a folder")
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    for args in (["sessions"], ["sessions", "list", "--json"], ["history"], ["history", "--json"]):
        assert main(args) == 1, args
        line = one_error_line(capsys)
        assert "is a file, not a folder" in line and str(home) in line


def test_sessions_folder_that_is_a_file_is_reported(practice_home, capsys):
    practice_home.mkdir()
    (practice_home / "sessions").write_text("oops")
    assert main(["sessions"]) == 1
    assert "is a file" in one_error_line(capsys)


def test_unreadable_sessions_folder_is_reported(practice_home, capsys, monkeypatch):
    # the tests run as root, which reads any folder: fake the refusal at the one seam
    from pathlib import Path

    (practice_home / "sessions").mkdir(parents=True)
    real = Path.iterdir

    def refuse(self):
        if self.name == "sessions":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    for args in (["sessions"], ["history"]):
        assert main(args) == 1
        line = one_error_line(capsys)
        assert "cannot read the sessions folder" in line and "Permission denied" in line


# ----------------------------------------------------------------- 14: session.json deleted

def test_a_session_without_its_json_is_listed_as_damaged(practice_home, capsys):
    from practice.speech.audio import write_wav
    import numpy as np

    folder = practice_home / "sessions" / "20260101-000000-nurse"
    folder.mkdir(parents=True)
    write_wav(folder / "001-interviewee.wav", np.zeros(1600, np.float32))
    write_wav(folder / "002-user.wav", np.zeros(1600, np.float32))
    assert main(["sessions", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [folder.name]
    assert "session.json is missing" in rows[0]["problem"] and "2 recordings" in rows[0]["problem"]
    assert main(["sessions"]) == 0
    shown = capsys.readouterr().out
    assert "20260101-000000-nurse" in shown and "damaged" in shown
