"""`practice outreach`: each check on good and bad requests, the copy check, the rewrite, the CLI."""

from __future__ import annotations

import json

import pytest

from practice.cli import main
from practice.outreach import check_message
from practice.outreach.checks import check_no_job_ask, check_personal, check_small_ask, check_upfront

GOOD = """Hi Priya,

Maya Chen from the Columbus UX meetup suggested I reach out. I'm a high-school maths teacher moving into
UX research, and I'd love to hear how you made the jump from academia.

Would you have 20 minutes for a call next week? No worries if you're busy.

Thanks,
Sam"""

GENERIC = ("Hello, I came across your profile and really admire your impressive career. I'm looking for a job "
           "in data science. Are there any openings on your team? I've attached my resume just in case. "
           "Let me know if you can help!")


def test_a_good_request_passes_every_check():
    result = check_message(GOOD, "email")
    assert {name: c.ok for name, c in result.checks.items()} == dict.fromkeys(result.checks, True)
    assert result.rewrite is None
    assert "Maya Chen" in result.checks["personal"].evidence
    assert "20 minutes" in result.checks["small_ask"].evidence


def test_a_generic_job_hunting_message_fails_where_it_should():
    result = check_message(GENERIC, "email")
    failed = {name for name, c in result.checks.items() if not c.ok}
    assert failed == {"personal", "small_ask", "no_job_ask", "upfront"}
    assert "general compliment" in result.checks["personal"].evidence
    # the job ask is the weakest point: the rewrite says to leave that sentence out
    assert result.rewrite.check == "no_job_ask" and result.rewrite.suggestion == ""


@pytest.mark.parametrize("text, ok", [
    ("My professor Dana Liu suggested I contact you about your work on bridge inspections.", True),
    ("We both studied civil engineering at Ohio State, a few years apart.", True),
    ("I read your article on accessible checkout flows and it changed how I test.", True),
    ("Hi Jo, this is Ravi, Tara's labmate - she passed along your number.", True),
    ("Fellow Buckeye here! I saw you moved from teaching into product.", True),
    ("I served with your cousin Mark at Fort Hood and he said you'd be a good person to ask.", True),
    ("Thanks for your guest lecture in Transport Planning last week.", True),
    ("We overlapped at the Kohl's in Brookfield back in 2016.", True),
    ("Your ProductCamp Austin talk on shipping without a QA team hit home.", True),
    ("P.S. I think we've actually met - I brought patients into your ED.", True),
    ("My dad, Greg Johnson, said you two used to coach Little League together.", True),
    ("Your name was given to me by my niece, who taught with you.", True),
    ("I see you work at Intuit and would love to learn about your experience there.", False),
    ("I admire your impressive background and would love to connect.", False),
    ("I'm reaching out to professionals in the industry.", False),
])
def test_personal(text, ok):
    assert check_personal(text).ok is ok


@pytest.mark.parametrize("text, ok", [
    ("Would you have 15 minutes for a quick call sometime next week?", True),
    ("Could I buy you a coffee one afternoon this month?", True),
    ("Let me know if you can help.", False),
    ("Would you be willing to be my mentor?", False),
    ("Could we find an hour to go through my portfolio?", False),
])
def test_small_ask(text, ok):
    assert check_small_ask(text).ok is ok


@pytest.mark.parametrize("text, ok", [
    ("I'm not asking about openings; I'd just value your perspective.", True),
    ("Who else do you think I should talk to?", True),
    ("If there are any openings on your team I'd love to be considered.", False),
    ("I've attached my CV just in case.", False),
    ("Could you refer me for the analyst role?", False),
    ("Your episode on what you look for when hiring junior analysts stayed with me.", True),
    ("If your firm has any analyst openings, I'd appreciate a referral.", False),
    ("Could you pass my portfolio to the hiring manager?", False),
    ("If you ever need an assistant at the studio, I would do it for free.", False),
])
def test_no_job_ask(text, ok):
    assert check_no_job_ask(text).ok is ok


def test_upfront_needs_why_and_what_to_learn():
    assert check_upfront("I'm a nursing student deciding between ICU and ER, and I'd love to hear how you chose.").ok
    assert not check_upfront("I'd love to hear how you chose the ICU.").ok  # no who or why
    assert check_upfront("I'm leaving the Army in June. Could we talk so I can ask what the job is like?").ok
    assert check_upfront("I'm a designer moving into research; could you tell me about your process?").ok
    assert check_upfront("I run social for a coffee chain and want to move into brand strategy. "
                         "Could I ask you 2-3 questions?").ok
    assert not check_upfront("I'm a nursing student at Ohio State.").ok  # nothing to learn


def test_a_signature_block_is_not_counted():
    body = "Hi Ana,\n\nI'm a reporter moving into communications. " + "Could we talk for 20 minutes? " * 20
    signed = body + "\n\nBest,\nTomás\nCity Hall Reporter\n" + "Award-winning journalist. " * 60
    assert check_message(signed, "email").checks["length"].ok
    assert not check_message(signed.replace("Best,", "Also:"), "email").checks["length"].ok


def test_length_follows_the_channel():
    long_note = "I'm a nurse. " * 30  # 390 characters
    assert not check_message(long_note, "linkedin").checks["length"].ok
    assert check_message(long_note, "email").checks["length"].ok
    assert "300" in check_message(long_note, "linkedin").checks["length"].evidence


def test_a_pasted_message_is_named_with_its_similarity():
    earlier = [("Priya", "2026-11-30T10:00:00", GOOD)]
    result = check_message(GOOD.replace("Priya", "Jordan"), "email", earlier)
    assert not result.checks["original"].ok
    assert "message to Priya" in result.checks["original"].evidence
    assert result.similar_to.to == "Priya" and result.similar_to.percent >= 90
    fresh = check_message(GENERIC, "email", earlier)
    assert fresh.checks["original"].ok and fresh.similar_to is None


def test_cli_json_shape_and_the_saved_message_history(tmp_path, capsys):
    first = tmp_path / "priya.txt"
    first.write_text(GOOD, encoding="utf-8")
    assert main(["outreach", str(first), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["checks"]) == {"personal", "upfront", "small_ask", "no_job_ask", "length", "original"}
    assert set(data["checks"]["personal"]) == {"ok", "evidence", "tip"}
    assert data["similar_to"] is None and data["rewrite"] is None
    # the same text to someone else is a copy; to Priya again it is a revision
    assert main(["outreach", "--text", GOOD.replace("Hi Priya", "Hi Jordan"), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["checks"]["original"]["ok"] is False and again["similar_to"]["to"] == "Priya"
    assert main(["outreach", str(first), "--json", "--no-save"]) == 0
    revision = json.loads(capsys.readouterr().out)
    assert revision["checks"]["original"]["ok"] is False  # Jordan's copy is now on file
    assert revision["similar_to"]["to"] == "Jordan"


def test_cli_bad_input_is_one_line(tmp_path, capsys):
    assert main(["outreach", str(tmp_path / "missing.txt")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["outreach", "--text", "   "]) == 1
    assert "empty" in capsys.readouterr().err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert main(["outreach", str(binary)]) == 1
    assert "UTF-8" in capsys.readouterr().err


def test_cli_terminal_view(capsys):
    assert main(["outreach", "--text", GENERIC, "--channel", "linkedin", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert "No job ask" in out and "✗" in out and "Leave out" in out


HOTEL = ("Hi Omar, twenty years of night audits at the Harbor Inn and I still like the spreadsheets "
         "more than the guests. Could we talk for 15 minutes next week about how you got into "
         "revenue management?")
VAGUE = ("Hello, I hope this finds you well. I would love to connect and learn more about your "
           "work. Let me know if you have time to chat.")


def test_a_purpose_said_in_the_senders_own_words_is_read_by_the_model():
    """No phrase rule knows "twenty years of night audits ... the spreadsheets": the learned
    reading does, and shows a sentence of the message as its evidence."""
    from practice.outreach import checks, learned

    assert not (checks._find(checks.PURPOSE, HOTEL) and checks._find(checks.LEARN, HOTEL))
    result = checks.check_upfront(HOTEL)
    assert result.ok and result.evidence.strip('"') in HOTEL
    assert learned.read(HOTEL, "upfront").probability > 0.88


def test_a_generic_message_stays_generic_and_the_rules_decide_without_the_encoder(monkeypatch):
    from practice import embedding
    from practice.outreach import checks

    assert not checks.check_personal(VAGUE).ok and not checks.check_upfront(VAGUE).ok
    monkeypatch.setattr(embedding, "default_embedder", lambda: None)
    assert not checks.check_upfront(HOTEL).ok  # the rules alone miss it
