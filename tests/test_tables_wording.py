"""What a new user reads: tables that never cut a value, and wording that fits the numbers."""

from __future__ import annotations

import pytest

from practice.cli import main
from practice.review.history import _trend, fmt_value
from practice.session.model import Session, SessionTurn
from practice.session.store import SessionStore

CUT = ("…", "...")


def saved_session(scenario: str, complete: bool, ended_by: str, mode: str = "voice") -> None:
    session = Session(id=f"20250314-1830-{scenario}", scenario=scenario, scenario_title="Dana Lee, researcher",
                      started_at="2025-03-14T18:30:00+00:00", mode=mode, settings={"minutes": 20})
    store = SessionStore(session)
    store.add_turn(SessionTurn("interviewee", "Hi, tell me about yourself.", 0.0, 2.0, "greeting"))
    store.add_turn(SessionTurn("user", "Hi, I'm Sam, a psychology graduate exploring research.", 2.5, 9.0,
                               "pitch", scores={"question_type": "not_a_question"}))
    store.add_turn(SessionTurn("interviewee", "Nice. What would you like to know?", 9.5, 11.0, "pitch_response"))
    store.add_turn(SessionTurn("user", "What does a typical day look like?", 11.5, 13.0, "question",
                               scores={"question_type": "open", "listening": {"reflection": True}}))
    store.finish(ended_by, complete=complete)


@pytest.mark.parametrize("width", ["40", "60", "80"])
def test_sessions_and_history_tables_never_cut_a_value(monkeypatch, capsys, width):
    saved_session("ux_researcher", False, "interrupted")
    saved_session("civil_engineer", True, "closing", mode="text")
    saved_session("data_scientist", False, "end_of_script")
    monkeypatch.setenv("COLUMNS", width)
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert not any(mark in out for mark in CUT), out
    words = " ".join(out.split())  # wrapped, not cut: every value is there, word by word
    for value in ("20250314-1830-ux_researcher", "incomplete (interrupted)", "civil_engineer",
                  "incomplete (end_of_script)", "20250314-1830-data_scientist"):
        assert value in words or value in "".join(out.split()), (value, out)
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert not any(mark in out for mark in CUT), out


def test_sessions_footer_plural(capsys):
    saved_session("nurse", True, "closing")
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert "1 session in" in out and "1 sessions" not in out


def test_trend_figures_agree_with_the_verdict():
    """It compared the means of the first and last sessions but showed the first and last values:
    "0% → 0% worse"."""
    trend = _trend("open questions", [0.0, 1.0, 0.0, 0.0], "%", True)
    assert trend.better is False
    assert fmt_value(trend.first, "%") == "50%" and fmt_value(trend.last, "%") == "0%"
    steady = _trend("open questions", [0.5, 0.5, 0.52], "%", True)
    assert steady.better is None


def test_history_says_steady(capsys):
    saved_session("nurse", True, "closing")
    saved_session("nurse", True, "closing")
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "steady" in out


def test_interrupted_session_wording_has_no_doubled_brackets(capsys):
    saved_session("nurse", False, "interrupted")
    assert main(["review", "latest", "--summary"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "interrupted with Ctrl-C" in out and "))" not in out


def test_one_more_problem_is_singular(monkeypatch):
    from practice.errors import PracticeError
    from practice.scenario import store

    monkeypatch.setattr(store, "check_file", lambda path, builtin: (None, ["a.toml:1: x: bad", "a.toml:2: y: bad"]))
    with pytest.raises(PracticeError) as err:
        store.load_scenario("nurse")
    assert "(and 1 more problem)" in str(err.value)


def test_pitch_again_says_changed_not_same():
    from rich.console import Console

    from practice.pitch.compare import Change
    from practice.pitch.render import changes_table

    console = Console(width=100, record=True)
    console.print(changes_table([Change("verdict", "too_long", "too_short", None),
                                 Change("duration", 12.0, 8.0, None),
                                 Change("fillers", 1, 1, None)], "x"))
    rows = {cells[0]: cells[-1] for line in console.export_text().splitlines()
            if len(cells := [c.strip() for c in line.split("│") if c.strip()]) == 4}
    assert rows["verdict"] == "changed" and rows["duration"] == "changed" and rows["fillers"] == "same"
