"""`practice scenarios ...` end to end through the real CLI entry point."""

from __future__ import annotations

import json

from practice.cli import main
from practice.paths import builtin_dir

NURSE = builtin_dir("scenarios") / "nurse.toml"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["scenarios", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_marks_builtin_and_own_scenarios(capsys, practice_home):
    folder = practice_home / "scenarios"
    folder.mkdir(parents=True)
    (folder / "acme.toml").write_text(NURSE.read_text())
    (folder / "broken.toml").write_text("title = [\n")
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "[built-in]" in lines["nurse"] and "Denise Carter" in lines["nurse"]
    assert "[yours]" in lines["acme"]
    assert "[yours]" in lines["broken"] and "problem" in lines["broken"]
    assert str(folder) in out


def test_show_prints_persona_topics_and_details(capsys):
    code, out, _ = run(capsys, "show", "teacher")
    assert code == 0
    assert "Fiona MacLeod" in out and "voice grace" in out
    assert "wish_known_earlier (classic)" in out and "behaviour (own)" in out
    assert "detail mrs_dunbar (person)" in out


def test_check_ok_and_every_problem_with_file_line_field(capsys, tmp_path):
    code, out, _ = run(capsys, "check", str(NURSE))
    assert code == 0 and out.strip().splitlines()[-1].startswith("ok: ")
    bad = tmp_path / "bad.toml"
    text = NURSE.read_text().replace("years = 12", 'years = "12"').replace('voice = "maya"', 'voice = "bob"')
    bad.write_text(text)
    code, out, err = run(capsys, "check", str(bad))
    assert code == 1
    lines = [line for line in out.strip().splitlines() if not line.startswith("warning: ")]
    assert len(lines) == 2
    years_line = text.splitlines().index('years = "12"') + 1
    assert lines[0] == f"{bad}:{years_line}: persona.years: must be an integer, not string"
    voice_line = text.splitlines().index('voice = "bob"') + 1
    assert lines[1].startswith(f"{bad}:{voice_line}: persona.voice: unknown voice 'bob'")
    assert "2 problem(s) found" in err


def test_check_reports_invalid_syntax_as_a_problem_line(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "x"\n[persona\nname = "y"\n')
    code, out, _ = run(capsys, "check", str(bad))
    assert code == 1
    assert out.startswith(f"{bad}:2: not valid TOML")


def test_new_writes_a_template_that_checks_and_refuses_to_overwrite(capsys, practice_home):
    code, out, _ = run(capsys, "new", "acme-pm")
    target = practice_home / "scenarios" / "acme-pm.toml"
    assert code == 0 and target.exists() and str(target) in out
    assert target.read_text().count("#") > 30  # commented for a human
    code, out, err = run(capsys, "check", "acme-pm")  # placeholders are refused until filled
    assert code == 1 and "still a placeholder" in out and "problem(s) found" in err
    assert "topics[0].answer: still a placeholder" in out
    code, _, err = run(capsys, "new", "acme-pm")
    assert code == 1 and "already exists" in err
    # a built-in's name: your copy of it, which replaces it (as scenarios/README.md says)
    code, out, _ = run(capsys, "new", "nurse")
    copy = practice_home / "scenarios" / "nurse.toml"
    assert code == 0 and copy.exists() and "replaces" in out
    assert copy.read_text().startswith("# Your copy of the built-in scenario 'nurse'")
    code, out, _ = run(capsys, "list")
    assert "yours, replaces built-in" in next(line for line in out.splitlines() if line.startswith("nurse"))
    code, _, err = run(capsys, "new", "nurse")
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "new", "Bad Name!")
    assert code == 1 and "not a usable name" in err


def test_try_one_question_as_text_and_json(capsys):
    code, out, _ = run(capsys, "try", "nurse", "What's a normal Tuesday like for you?")
    assert code == 0 and "[answer: day_to_day" in out and "twelve-hour shifts" in out
    code, out, _ = run(capsys, "try", "nurse", "Do you like your job?", "--json")
    result = json.loads(out)
    assert result["topic"] == "enjoy" and result["detail"] is None and result["closed"] is True
    assert result["reply"] == "Yes, I really do, mostly the moments when a very sick patient turns the corner."
    code, out, _ = run(capsys, "try", "nurse", "What happened with Mr. Alvarez?", "--json")
    result = json.loads(out)
    assert (result["topic"], result["detail"], result["kind"]) == ("enjoy", "mr_alvarez", "follow_up")


def test_try_jsonl_answers_every_line_and_reports_bad_ones(capsys, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join([
        json.dumps({"text": "How did you end up doing this?"}),
        "not json",
        json.dumps({"text": "What's your view on capital gains tax law?"}),
        json.dumps({"question": "wrong key"}),
        json.dumps({"text": "Is the pay good?", "question_type": "closed"}),
    ]) + "\n")
    code, out, err = run(capsys, "try", "civil_engineer", "--jsonl", str(questions))
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in results] == [1, 2, 3, 4, 5]
    assert results[0]["topic"] == "path" and results[0]["closed"] is False
    assert "error" in results[1] and "error" in results[3]
    assert results[2]["topic"] is None and results[2]["kind"] == "unknown"
    assert results[4]["topic"] == "pay" and results[4]["closed"] is True
    assert f"practice: error: {questions} line 2: not valid JSON" in err and f"{questions} line 4:" in err
    assert "2 of 5 lines could not be asked" in err  # the same convention as `score --jsonl`


def test_try_needs_a_question_or_a_file(capsys):
    code, _, err = run(capsys, "try", "nurse")
    assert code == 1 and "QUESTION" in err
    code, _, err = run(capsys, "try", "nobody", "hi")
    assert code == 1 and "unknown scenario 'nobody'" in err


def test_try_jsonl_builds_the_matching_index_once(capsys, tmp_path, monkeypatch):
    from practice.scenario import matcher

    built = []
    real_init = matcher.Matcher.__init__
    monkeypatch.setattr(matcher.Matcher, "__init__", lambda self, s: (built.append(1), real_init(self, s))[1])
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps({"text": t}) + "\n" for t in
                                 ["What do you enjoy most?", "How did you get started?", "What's a typical day?"]))
    code, out, _ = run(capsys, "try", "nurse", "--jsonl", str(questions))
    assert code == 0 and len(out.splitlines()) == 3
    assert len(built) == 1
