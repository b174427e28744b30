"""`practice score` from the command line: --text, --jsonl FILE with a bad line, stdin."""

import io
import json
import subprocess
import sys

from practice.cli import main


def test_text_prints_a_readable_judgement(capsys):
    code = main(["score", "--text", "Do you like your job?", "--previous", "I lead a design team."])
    out = capsys.readouterr().out
    assert code == 0
    assert "closed" in out and "What do you enjoy most about your job?" in out
    assert "yes or no" in out


def test_text_json_flag_prints_the_result_object(capsys):
    assert main(["score", "--text", "Tell me about your path.", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["question_type"] == "open" and result["rewrite"] is None


def test_jsonl_file_with_a_bad_line_scores_the_rest_and_fails_at_the_end(tmp_path, capsys):
    path = tmp_path / "turns.jsonl"
    path.write_text(
        json.dumps({"text": "Is your team hiring?"}) + "\n"
        + "{this is not json\n"
        + "\n"
        + json.dumps({"text": "So the launches drive the travel.",
                      "previous": "The travel gets heavy when a project is launching."}) + "\n"
        + json.dumps({"previous": "no text here"}) + "\n",
        encoding="utf-8")
    code = main(["score", "--jsonl", str(path)])
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    # the one --jsonl convention (as `scenarios try --jsonl`): a bad line answered in its place
    assert [r.get("line") for r in out if "error" in r] == [2, 5] and len(out) == 4
    lines = [r for r in out if "error" not in r]
    assert [r["text"] for r in lines] == ["Is your team hiring?", "So the launches drive the travel."]
    assert lines[0]["job_ask"] is True
    assert lines[1]["listening"]["reflection"] is True
    for r in lines:
        assert set(r["listening"]) >= {"acknowledgement", "reflection", "reference", "follow_up",
                                       "topic_switch", "evidence"}
        assert isinstance(r["reasons"], list) and r["reasons"]
    assert "line 2" in captured.err and "not valid JSON" in captured.err
    assert "line 5" in captured.err and '"text"' in captured.err
    assert "2 of 4 lines" in captured.err


def test_jsonl_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"text": "How many hours do you work?"}\n'))
    assert main(["score", "--jsonl", "-"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["question_type"] == "closed" and result["rewrite"]


def test_stdin_through_a_real_process():
    proc = subprocess.run([sys.executable, "-m", "practice", "score", "--jsonl", "-"],
                          input='{"text": "Could you walk me through your week?"}\n[1, 2]\n',
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert json.loads(proc.stdout.splitlines()[0])["question_type"] == "open"
    assert "stdin line 2" in proc.stderr and "Traceback" not in proc.stderr


def test_usage_errors_are_one_line_messages(tmp_path, capsys):
    assert main(["score"]) == 1
    assert main(["score", "--text", "Hi", "--jsonl", "-"]) == 1
    assert main(["score", "--jsonl", str(tmp_path / "missing.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "give either --text" in err and "no such file" in err and "Traceback" not in err
