"""Hand-edited or damaged saved files give one-line errors (or are skipped), never tracebacks."""

import json

import pytest

from practice.cli import main


def session_data(**changes):
    data = {"id": "20260101-000000-nurse", "scenario": "nurse", "scenario_title": "Denise",
            "started_at": "2026-01-01T00:00:00+00:00", "mode": "text", "settings": {},
            "complete": True, "duration": 10.0,
            "turns": [{"speaker": "user", "text": "What do you enjoy?", "start": 0.0, "end": 1.0,
                       "kind": "question", "scores": {}}]}
    data.update(changes)
    return data


@pytest.mark.parametrize("changes", [
    {"settings": []},
    {"started_at": 5},
    {"duration": "abc"},
    {"turns": 5},
    {"turns": [{"speaker": "user", "text": None, "start": 0, "end": 1}]},
    {"turns": [{"speaker": "user", "text": "x", "start": 0, "end": 1, "scores": [1]}]},
    # inside the plain dicts: the values the review reads
    {"settings": {"minutes": "abc"}},
    {"settings": {"pitch_target": "ten"}},
    {"turns": [{"speaker": "user", "text": "x", "start": 0, "end": 1, "scores": {"listening": [1]}}]},
    {"turns": [{"speaker": "user", "text": "x", "start": 0, "end": 1, "scores": {"pacing": {"wpm": "fast"}}}]},
    {"turns": [{"speaker": "user", "text": "x", "start": 0, "end": 1, "scores": {"reasons": 5}}]},
])
def test_wrongly_typed_session_is_refused_on_loading(practice_home, capsys, changes, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # one line per row
    folder = practice_home / "sessions" / "20260101-000000-nurse"
    folder.mkdir(parents=True)
    (folder / "session.json").write_text(json.dumps(session_data(**changes)))
    for args in (["review"], ["followup", "--print"]):
        assert main(args) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("practice: error: session file") and len(err.splitlines()) == 1
    assert main(["history"]) == 0  # listed as unreadable, not a crash
    assert "unreadable session" in capsys.readouterr().out
    assert main(["history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [r["problem"].startswith("session file") for r in rows if r["kind"] == "session"] == [True]


def test_damaged_pitch_scores_are_skipped(practice_home):
    from practice.pitch.store import list_attempts

    for name, scores in (("a", {"duration_s": "x"}), ("b", {"checklist": [1]}), ("c", {"fillers": 3}),
                         ("d", {"duration_s": 9.5, "wpm": 140.0, "checklist": {}, "fillers": []})):
        folder = practice_home / "pitch" / name
        folder.mkdir(parents=True)
        (folder / "scores.json").write_text(json.dumps(scores))
    assert [a.id for a in list_attempts()] == ["d"]
    assert main(["history"]) == 0


def test_unreadable_saved_followup_draft(practice_home, capsys):
    folder = practice_home / "sessions" / "20260101-000000-nurse"
    folder.mkdir(parents=True)
    (folder / "session.json").write_text(json.dumps(session_data()))
    (folder / "followup.txt").write_bytes(b"Dear Denise \xff\xfe")
    assert main(["followup"]) == 1
    err = capsys.readouterr().err.strip()
    assert "cannot read your saved draft" in err and len(err.splitlines()) == 1
