"""Staying in touch: the update note weeks later, notes marked sent, and who is due one."""

from __future__ import annotations

from datetime import date, timedelta

from practice.cli import main
from practice.contacts import due, load_contacts, record_note
from practice.review.followup import since

SCRIPT = ("Hi Denise, I'm Sam, a psychology graduate exploring nursing.\n"
          "What do you wish you had known before you started?\n"
          "Who else do you think I should talk to?\n"
          "Thank you so much for your time.\n")


def _rehearse(tmp_path):
    script = tmp_path / "turns.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0


def test_since_reads_like_a_person():
    today = date(2026, 12, 2)
    assert since("2026-11-30T10:00:00", today) == "a little while"
    assert since("2026-11-04T10:00:00", today) == "four weeks"
    assert since("2026-08-01T10:00:00", today) == "about four months"
    assert since("not a date", today) == "a while"


def test_update_note_uses_the_session_advice_and_referral(tmp_path, capsys):
    _rehearse(tmp_path)
    capsys.readouterr()
    assert main(["followup", "--later", "--print"]) == 0
    note = capsys.readouterr().out
    assert note.startswith("Subject: An update since we talked")
    assert "Hi Denise," in note
    assert "You told me to find a mentor early" in note  # her advice, said back in the user's voice
    assert "Luis, as you suggested" in note
    assert "[what you did, and how it went]" in note  # never invents what happened
    assert note.rstrip().endswith("Sam")


def test_sent_notes_show_in_sessions_and_due(tmp_path, capsys):
    _rehearse(tmp_path)
    capsys.readouterr()
    assert main(["followup", "--due"]) == 0
    assert "Denise Carter (nurse): never written to" in capsys.readouterr().out
    long_ago = (date.today() - timedelta(days=90)).isoformat()
    assert main(["followup", "--sent", "--on", long_ago]) == 0
    assert "thank-you note to Denise Carter" in capsys.readouterr().out
    assert main(["sessions"]) == 0
    assert long_ago in capsys.readouterr().out
    assert main(["followup", "--due", "--after", "60"]) == 0
    assert "90 days ago" in capsys.readouterr().out
    assert main(["followup", "--later", "--sent"]) == 0
    capsys.readouterr()
    assert main(["followup", "--due", "--after", "60"]) == 0
    assert "Nobody is due" in capsys.readouterr().out
    notes = load_contacts()["Denise Carter"].notes
    assert [n.kind for n in notes] == ["thanks", "update"]


def test_contacts_store_and_due_order(tmp_path):
    path = tmp_path / "contacts.json"
    today = date(2026, 12, 2)
    record_note("Ana Ruiz", "teacher", "thanks", None, today - timedelta(days=200), path=path)
    record_note("Bo Li", "marketing", "thanks", None, today - timedelta(days=70), path=path)
    record_note("Cy Park", "nurse", "thanks", None, today - timedelta(days=5), path=path)
    listed = due(60, {"Dee Kay": "ux_researcher"}, today=today, path=path)
    assert [(d.name, d.days) for d in listed] == [("Dee Kay", None), ("Ana Ruiz", 200), ("Bo Li", 70)]


def test_bad_input_is_one_line(practice_home, tmp_path, capsys):
    _rehearse(tmp_path)
    capsys.readouterr()
    future = (date.today() + timedelta(days=3)).isoformat()
    assert main(["followup", "--sent", "--on", future]) == 1
    assert "future" in capsys.readouterr().err
    assert main(["followup", "--on", "2026-01-01"]) == 1
    assert "--on goes with --sent" in capsys.readouterr().err
    (practice_home / "contacts.json").write_text("[1, 2", encoding="utf-8")
    assert main(["followup", "--due"]) == 1
    assert "contacts.json" in capsys.readouterr().err
