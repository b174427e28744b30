"""One convention each across commands (README "Conventions"): usage errors, --json, the
microphone flag, --minutes, session mode names, bad --jsonl lines."""

from __future__ import annotations

import json

import click
import pytest

from practice.cli import cli, main
from test_tables_wording import saved_session


@pytest.mark.parametrize("args", [
    ["interview", "--bogus"],
    ["demo", "--minutes", "500"],
    ["interview", "--scenario", "nurse", "--minutes", "0"],
    ["nonsense"],
    ["transcribe"],
    ["sessions", "delete"],
])
def test_usage_errors_are_one_practice_error_line(capsys, args):
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("practice: error: ") and "--help`" in lines[0], captured.err


def _option(command: click.Command, name: str) -> click.Option:
    return next(p for p in command.params if p.name == name)


def test_minutes_and_microphone_flags_are_the_same_everywhere():
    interview, demo, pitch = cli.commands["interview"], cli.commands["demo"], cli.commands["pitch"]
    a, b = _option(interview, "minutes").type, _option(demo, "minutes").type
    assert (a.min, a.max) == (b.min, b.max)
    flags = {opt for p in pitch.params for opt in p.opts}
    assert "--input-device" in flags and "--input-device" in {o for p in interview.params for o in p.opts}
    old = next(p for p in pitch.params if "--device" in p.opts)
    assert old.hidden and old.name == _option(pitch, "device").name  # the old name still works
    ctx = pitch.make_context("pitch", ["--device", "2"])
    assert ctx.params["device"] == "2"


def test_json_on_every_listing(capsys, tmp_path):
    saved_session("nurse", True, "closing")
    for args in (["sessions", "--json"], ["sessions", "list", "--json"], ["scenarios", "list", "--json"],
                 ["voices", "--json"], ["history", "--json"], ["followup", "--print", "--json"],
                 ["review", "--json"]):
        assert main(args) == 0, args
        data = json.loads(capsys.readouterr().out)
        assert data, args
    assert main(["followup", "--json"]) == 0
    note = json.loads(capsys.readouterr().out)
    assert note["text"].startswith("Subject:") and note["saved"] and note["path"].endswith("followup.txt")
    # review --json and history --json both take an optional FILE
    for command in ("review", "history"):
        target = tmp_path / f"{command}.json"
        assert main([command, "--json", str(target)]) == 0
        assert json.loads(target.read_text())


def test_session_modes_have_one_set_of_names(capsys):
    saved_session("nurse", True, "closing", mode="script")
    assert main(["sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["mode"] == "script"
    assert main(["review", "--summary"]) == 0
    out = capsys.readouterr().out
    assert " · script" in out and "replayed" not in out
