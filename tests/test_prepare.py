"""`practice prepare`: the question plan, judged and covered; used by the interview and the review."""

from __future__ import annotations

import json

from practice.cli import main
from practice.plan import load_plan
from practice.plan.progress import plan_progress
from practice.session.model import SessionTurn


def test_plan_from_a_file_is_scored_and_saved(tmp_path, capsys):
    questions = tmp_path / "q.txt"
    questions.write_text("# for Denise\nWhat does a normal shift look like?\nDo you like your job?\n"
                         "Are you hiring?\n", encoding="utf-8")
    assert main(["prepare", "nurse", "--file", str(questions), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    checks = {q["text"]: q for q in data["questions"]}
    assert checks["What does a normal shift look like?"]["question_type"] == "open"
    assert checks["What does a normal shift look like?"]["topic"] == "day_to_day"
    assert checks["Do you like your job?"]["question_type"] == "closed"
    assert checks["Do you like your job?"]["rewrite"]
    assert checks["Are you hiring?"]["job_ask"] is True
    assert data["classic_covered"] == ["enjoy", "day_to_day"]
    assert "culture" in data["classic_missing"] and data["suggestions"]["culture"]
    assert 1 <= len(data["rapport"]) <= 2
    assert load_plan("nurse").texts()[0] == "What does a normal shift look like?"


def test_add_remove_clear(capsys):
    assert main(["prepare", "nurse", "--add", "How did you get into nursing?", "--add", "Why nights?"]) == 0
    assert main(["prepare", "nurse", "--remove", "1"]) == 0
    assert load_plan("nurse").texts() == ["Why nights?"]
    assert main(["prepare", "nurse", "--remove", "5"]) == 1
    assert "no question 5" in capsys.readouterr().err
    assert main(["prepare", "nurse", "--clear", "--add", "What's the culture like?"]) == 0
    assert load_plan("nurse").texts() == ["What's the culture like?"]


def test_unknown_scenario_and_damaged_plan_are_one_line(practice_home, capsys):
    assert main(["prepare", "no-such-person"]) != 0
    assert capsys.readouterr().err.count("\n") == 1
    plans = practice_home / "plans"
    plans.mkdir(parents=True)
    (plans / "nurse.json").write_text("{not json", encoding="utf-8")
    assert main(["prepare", "nurse"]) == 1
    assert "--clear" in capsys.readouterr().err


def _turn(speaker, text, kind, topic=None, qtype=None, follow_up=False):
    scores = {"question_type": qtype, "listening": {"follow_up": follow_up}} if speaker == "user" else {}
    return SessionTurn(speaker, text, 0.0, 0.0, kind, scores=scores, topic=topic)


def test_progress_credits_asked_skipped_and_tangents():
    turns = [
        _turn("interviewee", "Hi, tell me about you.", "greeting"),
        _turn("user", "I'm Sam.", "pitch", qtype="not_a_question"),
        _turn("interviewee", "Nice.", "pitch_response"),
        _turn("user", "So what's a normal day like for you?", "question", qtype="open"),
        _turn("interviewee", "Twelve-hour shifts...", "topic", topic="day_to_day"),
        _turn("user", "Twelve hours, how do you stay sharp at the end?", "question", qtype="open", follow_up=True),
        _turn("interviewee", "Coffee and the huddle.", "topic", topic="day_to_day"),
        _turn("user", "How did you become a nurse?", "question", qtype="open"),
        _turn("interviewee", "Not in a straight line...", "topic", topic="path"),
    ]
    planned = ["What does a typical day look like?", "What do you wish you had known?", "How did you get started?"]
    progress = plan_progress(planned, turns, ["day_to_day", "wish_known_earlier", "path"])
    assert [a["planned"] for a in progress.asked] == ["What does a typical day look like?", "How did you get started?"]
    assert progress.skipped == ["What do you wish you had known?"]
    assert progress.tangents == [{"turn": 5, "said": "Twelve hours, how do you stay sharp at the end?",
                                  "follow_up": True}]


def test_the_interview_shows_the_plan_and_the_review_checks_it_off(tmp_path, capsys):
    assert main(["prepare", "nurse", "--add", "What does a normal shift look like?",
                 "--add", "What do you wish you had known before you started?"]) == 0
    capsys.readouterr()
    script = tmp_path / "turns.txt"
    script.write_text("Hi Denise, I'm Sam, a psychology graduate exploring nursing.\n"
                      "What's a typical shift like for you?\nHow did you become a nurse?\n"
                      "Thank you so much for your time.\n", encoding="utf-8")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    out = capsys.readouterr().out
    assert "Your question plan" in out and "What does a normal shift look like?" in out
    assert main(["review", "latest", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)["plan"]
    assert [a["planned"] for a in plan["asked"]] == ["What does a normal shift look like?"]
    assert plan["skipped"] == ["What do you wish you had known before you started?"]
    assert [t["said"] for t in plan["tangents"]] == ["How did you become a nurse?"]
    assert main(["review", "latest", "--summary"]) == 0
    assert "Planned questions asked" in capsys.readouterr().out
