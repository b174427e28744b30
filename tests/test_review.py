"""`practice review`, `followup`, `sessions` and `history` on sessions made by the interview loop.

Typed sessions (text mode with a script) are instant, so every test makes its own golden
session through the real conversation loop, scorer and scenario, then reviews it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from practice.cli import main
from practice.interview.engine import Observer
from practice.interview.runner import RunSettings, run_interview
from practice.review.followup import draft_followup, engaged_detail, swap_person
from practice.review.load import load_review, review_session, scenario_named
from practice.review.markdown import render_review_markdown
from practice.session.store import load_session

PAYLOAD = "<script>document.body.setAttribute('data-pwned','1')</script>"
GOLDEN = [
    "Hi, I'm Sam, a psychology graduate exploring nursing, and I'd love to learn how you started.",
    "What does a normal shift look like for you?",
    "Wow. So it sounds like the assignment is a big part of your job. How do you decide which patients go to whom?",
    "Do you like your job?",
    "You mentioned Mr. Alvarez, what happened with him?",
    f"Are you hiring at the moment? {PAYLOAD}",
    "What do you wish you had known when you started?",
    "Who else do you think I should talk to?",
    "Would it be okay if I followed up by email?",
    "Thank you so much for your time.",
]


def typed_session(tmp_path: Path, lines: list[str], name: str = "turns.txt", **settings):
    script = tmp_path / name
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    session, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="none",
                                                **settings))
    return load_session(folder), folder


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    """Rich wraps to the terminal width; a wide one keeps each turn's text on one line."""
    monkeypatch.setenv("COLUMNS", "400")


@pytest.fixture
def golden(tmp_path):
    return typed_session(tmp_path, GOLDEN)


def test_review_summary_of_a_typed_session(golden):
    session, folder = golden
    review, _, found = load_review("latest")
    assert found == folder and review.complete and review.notice is None
    assert len(review.turns) == len(session.turns)
    # phrasing: the job ask is flagged and comes first in what to practise; the closed question has a rewrite
    job = next(t for t in review.turns if t.text.startswith("Are you hiring"))
    assert job.index in review.phrasing.job_asks and any(f.startswith("job ask") for f in job.flags)
    assert review.practise[0].key == "job_ask" and len(review.practise) == 3
    closed = next(t for t in review.turns if t.text == "Do you like your job?")
    assert closed.question_type == "closed" and closed.rewrite
    # asking to follow up is a wrap-up move, not a badly phrased question
    ask = next(t for t in review.turns if t.text.startswith("Would it be okay"))
    assert ask.purpose == "follow_up" and not ask.is_question and ask.rewrite is None
    assert review.phrasing.questions == sum(1 for t in review.turns if t.is_question)
    # listening: the planted "assignment" was named back; Mr. Alvarez was asked about
    details = {d.id: d for d in review.listening.details}
    assert details["the_assignment"].how == "named it"
    assert details["mr_alvarez"].how == "asked about it"
    assert review.listening.missed, "the path answer plants details nobody followed up"
    assert all(not d.picked for d in review.listening.missed)
    assert review.listening.rq_ratio == round(review.listening.reflections / review.listening.questions, 2)
    check = {c.key: c.done for c in review.checklist}
    # the typed introduction is 16 words, estimated at 150 wpm: 6.4 s, short of 10 +- 2 s; the
    # answers cover day to day, enjoyment and what she wished she had known: 3 of 8 (the
    # reflection and the follow-up stay on topics already covered)
    assert check == {"intro": False, "classic_topics": False, "advice": True,
                     "referrals": True, "follow_up": True, "thanks": True, "no_job_ask": False,
                     "on_time": True, "rapport": False}
    evidence = {c.key: c.evidence for c in review.checklist}
    assert evidence["intro"].startswith("6.4 s for a 10 s target") and review.pacing.pitch_verdict == "too_short"
    assert evidence["classic_topics"].startswith("3 of 8")
    # typed: no clock, so talk share is by words and the introduction is an estimate
    assert not review.pacing.timed and review.pacing.talk_basis == "words"
    assert review.pacing.pitch_estimated and review.pacing.turn_wpm == []


def test_review_in_the_terminal(golden, capsys):
    assert main(["review", "latest"]) == 0
    out = capsys.readouterr().out
    assert "Rehearsal review" in out and "Practise next" in out and "Never ask for a job" in out
    assert "What do you enjoy most about your job?" in out  # the rewrite beside the closed question
    assert "planted: the assignment" in out and "picked up the assignment" in out
    assert "Asked whom else to talk to" in out and "✗" in out and "✓" in out
    assert PAYLOAD in out  # shown exactly as said, not interpreted as markup
    assert main(["review", "--summary"]) == 0
    assert "Hi, I'm Denise" not in capsys.readouterr().out


def test_json_and_markdown_exports(golden, tmp_path, capsys):
    session, folder = golden
    target = tmp_path / "out" / "review.json"
    assert main(["review", "latest", "--json", str(target)]) == 0
    data = json.loads(target.read_text())
    assert data["format"] == "practice-review" and data["session_id"] == session.id
    assert len(data["turns"]) == len(session.turns) and len(data["practise"]) == 3
    assert {c["key"] for c in data["checklist"]} >= {"intro", "referrals", "follow_up", "thanks", "no_job_ask"}
    assert any(n["key"] == "reflections" and "MITI" in n["source"] for n in data["norms"])
    capsys.readouterr()
    assert main(["review", "--json"]) == 0  # to stdout
    assert json.loads(capsys.readouterr().out)["session_id"] == session.id
    assert main(["review", "latest", "--markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Rehearsal review") and "## Transcript with feedback" in md
    assert "<script>" not in md and "\\<script\\>" in md
    assert "- [x] Asked whom else to talk to" in md and "- [ ] Did not ask for a job" in md
    assert main(["review", "--markdown", str(tmp_path / "r.md")]) == 0
    assert (tmp_path / "r.md").read_text() == md


def test_html_option_takes_the_session_when_no_file_is_named(golden, capsys):
    session, folder = golden
    assert main(["review", "--html", "latest"]) == 0
    assert (folder / "review.html").is_file() and not Path("latest").exists()
    assert f"wrote {folder / 'review.html'}" in capsys.readouterr().err


class StopAfter(Observer):
    """Presses Ctrl-C after the user's n-th turn, as a user would mid-conversation."""

    def __init__(self, turns: int):
        self.left = turns

    def heard(self, turn) -> None:
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt


def test_incomplete_session_is_reviewed_and_says_so(tmp_path, capsys):
    from practice.errors import PracticeError

    with pytest.raises(PracticeError, match="marked incomplete"):
        typed_session(tmp_path, GOLDEN, extra_observers=[StopAfter(3)])
    review, session, folder = load_review("latest")
    assert not session.complete and session.ended_by == "interrupted"
    assert review.notice and "incomplete" in review.notice and "interrupted" in review.notice
    assert sum(1 for t in review.turns if t.speaker == "user") == 3
    assert main(["review"]) == 0
    assert "incomplete" in capsys.readouterr().out
    assert main(["review", "--markdown"]) == 0
    assert "Incomplete session" in capsys.readouterr().out
    assert main(["review", "--html"]) == 0
    assert 'id="incomplete"' in (folder / "review.html").read_text()
    assert "incomplete" in capsys.readouterr().err


def test_review_without_the_scenario_file(golden):
    session, folder = golden
    data = json.loads((folder / "session.json").read_text())
    data["scenario"] = "a-scenario-that-was-deleted"
    (folder / "session.json").write_text(json.dumps(data))
    review, _, _ = load_review(str(folder))
    assert not review.listening.scenario_found and review.listening.details == []
    assert review.phrasing.questions > 0


def test_followup_note_references_a_detail_and_the_advice(golden, capsys):
    session, folder = golden
    review = review_session(session, folder)
    detail = engaged_detail(review)
    assert detail is not None and detail.picked
    note = draft_followup(session, review, scenario_named(session.scenario))
    assert note.text.startswith("Subject: ") and "Hi Denise," in note.text
    assert detail.label in note.text and detail.quote.split()[0] in note.text
    assert note.action and f"take your advice and {note.action}" in note.text
    assert note.user_name == "Sam" and note.text.rstrip().endswith("Sam")
    assert "Luis" in note.text  # whom they suggested talking to
    # the command saves it for editing and never overwrites an edited draft
    assert main(["followup"]) == 0
    saved = folder / "followup.txt"
    assert saved.read_text() == note.text and note.text in capsys.readouterr().out
    saved.write_text(note.text.replace("Best wishes", "Warmly"))
    assert main(["followup", "latest"]) == 0
    assert "Warmly" in capsys.readouterr().out and "Warmly" in saved.read_text()
    assert main(["followup", "--new", "--name", "Samira"]) == 0
    assert saved.read_text().rstrip().endswith("Samira")


def test_followup_falls_back_to_a_topic_when_no_detail_was_engaged(tmp_path):
    session, folder = typed_session(tmp_path, [
        "Hello, my name is priya and I'm curious about nursing.",
        "What does a normal shift look like for you?",
        "Thank you so much for your time.",
    ])
    review = review_session(session, folder)
    assert engaged_detail(review) is None
    note = draft_followup(session, review, scenario_named("nurse"))
    assert "what a typical day looks like for you" in note.text and "Priya" in note.text
    # what the session cannot supply is left for the user to fill in: no advice was given here
    assert "I'm going to [what you will do with their advice, and when]." in note.text


def test_swap_person():
    assert swap_person("talk to my friend Luis") == "talk to your friend Luis"
    assert swap_person("find a mentor who tells you the truth") == "find a mentor who tells me the truth"
    assert swap_person("ask questions when you are unsure") == "ask questions when I am unsure"


def test_sessions_list_and_delete(tmp_path, capsys, monkeypatch):
    first, first_folder = typed_session(tmp_path, GOLDEN[:3], "a.txt")
    second, second_folder = typed_session(tmp_path, GOLDEN[:2], "b.txt")
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert first.id in out and second.id in out and "2 sessions" in out
    # (the later id may be the earlier one plus "-2" when both started in the same second)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["sessions", "delete", second.id]) == 1
    assert "--yes" in capsys.readouterr().err and second_folder.exists()
    assert main(["sessions", "delete", second.id, "--yes"]) == 0
    assert not second_folder.exists() and first_folder.exists()
    assert main(["review", second.id]) == 1
    assert "no session" in capsys.readouterr().err
    assert main(["sessions", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [first.id]
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("click.confirm", lambda *a, **k: False)
    assert main(["sessions", "delete", "latest"]) == 0
    assert first_folder.exists() and "Nothing deleted" in capsys.readouterr().out
    monkeypatch.setattr("click.confirm", lambda *a, **k: True)
    assert main(["sessions", "delete", "latest"]) == 0
    assert not first_folder.exists() and f"deleted {first.id}" in capsys.readouterr().out


def test_delete_refuses_folders_outside_the_sessions_folder(tmp_path):
    from practice.errors import PracticeError
    from practice.review.catalog import delete_session

    elsewhere = tmp_path / "important"
    elsewhere.mkdir()
    (elsewhere / "session.json").write_text("{}")
    with pytest.raises(PracticeError, match="nothing was deleted"):
        delete_session(elsewhere)
    assert elsewhere.exists()


def save_pitch_attempt(words: str, seconds_per_word: float, when: datetime):
    from practice.pitch.analysis import analyze
    from practice.pitch.store import save_attempt
    from practice.transcript import Transcript, Word

    tokens = words.split()
    timed = [Word(w, 0.5 + i * seconds_per_word, 0.5 + (i + 0.8) * seconds_per_word, 0.9)
             for i, w in enumerate(tokens)]
    transcript = Transcript(words, timed[-1].end + 0.5, "test", timed)
    scores = analyze(transcript).to_dict()
    save_attempt(np.zeros(16000, np.float32), transcript, scores, now=when)
    return scores


def test_history_lists_sessions_and_pitch_attempts_with_a_trend(tmp_path, capsys):
    pitch = ("Hi, I'm Sam Rivera. I just finished a psychology degree and I'm exploring nursing. "
             "I'd love to hear how you got started.")
    scores = save_pitch_attempt(pitch, 0.4, datetime(2020, 1, 1, 9, 0, 0))
    typed_session(tmp_path, GOLDEN[:2] + ["Do you like your job?", "Is it hard?"], "weak.txt")
    typed_session(tmp_path, GOLDEN, "strong.txt")
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "pitch" in out and out.count("nurse") >= 2 and "Trend" in out and "open questions" in out
    assert f"{scores['duration_s']:.1f} s" in out
    assert main(["history", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = [r["kind"] for r in data["rows"]]
    assert kinds == ["pitch", "session", "session"]
    weak, strong = data["rows"][1:]
    assert strong["open_share"] > weak["open_share"]
    trend = next(t for t in data["trends"] if t["metric"] == "open questions")
    assert trend["better"] is True and trend["first"] == weak["open_share"]
    target = tmp_path / "history.html"
    assert main(["history", "--html", str(target)]) == 0
    html = target.read_text()
    assert 'data-chart="history"' in html and 'data-chart="pitch-history"' in html
    assert "<script" not in html


def test_history_with_nothing_saved(capsys):
    assert main(["history"]) == 0
    assert "Nothing saved yet" in capsys.readouterr().out


def test_markdown_escapes_markup():
    from practice.review.markdown import md

    assert md("<b>*hi*</b> [x](y) | z") == "\\<b\\>\\*hi\\*\\</b\\> \\[x\\](y) \\| z"


def test_render_review_markdown_is_pure(golden):
    session, folder = golden
    review = review_session(session, folder)
    assert render_review_markdown(review) == render_review_markdown(review)


def synthetic(turns, complete=True, ended_by="closing", mode="voice"):
    """A hand-made session for the edge cases the loop rarely produces on demand."""
    from practice.session.model import Session, SessionTurn

    session = Session("20250101-120000-nurse", "nurse", "Denise Carter, Charge nurse", "2025-01-01T12:00:00",
                      mode, {"minutes": 20, "pitch_target": 10.0}, complete=complete, ended_by=ended_by)
    for speaker, text, start, end, extra in turns:
        session.turns.append(SessionTurn(speaker, text, start, end, **extra))
    session.duration = max((t.end for t in session.turns), default=0.0)
    return session


def test_interrupted_before_the_user_spoke():
    from practice.review.html import render_review_html
    from practice.review.terminal import render_review
    from rich.console import Console

    session = synthetic([("interviewee", "Hi, I'm Denise. Tell me about yourself?", 0.0, 4.0,
                          {"kind": "greeting"})], complete=False, ended_by="interrupted")
    review = review_session(session)
    assert review.notice and review.phrasing.questions == 0 and review.pacing.pitch_turn is None
    assert review.practise[0].key == "pitch_missing"
    html = render_review_html(review)
    assert 'id="incomplete"' in html and "No questions to score yet." in html
    console = Console(record=True, width=120)
    render_review(review, console)
    assert "incomplete" in console.export_text()


def test_timeline_marks_speaking_over_them():
    from practice.review.charts import BAD, timeline_chart

    pacing = {"speech_seconds": 2.0, "words": 6, "wpm": 150.0, "band": "comfortable",
              "response_gap": -1.5, "interrupting": True, "pauses": [], "fillers": []}
    session = synthetic([
        ("interviewee", "I work twelve-hour shifts, seven to seven.", 0.0, 6.0,
         {"kind": "topic", "topic": "day_to_day", "interrupted": True}),
        ("user", "Sorry, what skills matter most?", 4.5, 6.5,
         {"kind": "question", "interrupted": True,
          "scores": {"question_type": "open", "pacing": pacing, "interrupting": True, "listening": {}}}),
    ])
    review = review_session(session)
    assert review.pacing.interruptions == 1 and "interrupting" in [a.key for a in review.practise]
    svg = timeline_chart(review)
    assert svg and BAD.lower() in svg.lower() and "-1.5s" in svg


def test_review_credits_rapport_and_counts_what_they_could_not_answer(tmp_path):
    session, _ = typed_session(tmp_path, [
        "Hi, I'm Sam, a biology student curious about nursing.",
        "Did you catch the game last night?",
        "What's your view on capital gains tax law?",
        "What does a normal shift look like for you?",
    ])
    kinds = [t.kind for t in session.interviewee_turns()]
    assert "small_talk" in kinds and "unknown" in kinds
    review, _, _ = load_review("latest")
    rapport = next(c for c in review.checklist if c.key == "rapport")
    assert rapport.done and "game last night" in rapport.evidence
    assert len(review.unanswered) == 1
    assert session.turns[review.unanswered[0]].text.startswith("What's your view on capital")
