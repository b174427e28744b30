"""The screen during a rehearsal: the live view, plain lines, typed turns, coaching cues.

Real conversations (typed or scripted text, the real scorer and interviewee) drawn on a rich
console that believes it is a terminal, with text that looks like rich markup.
"""

from __future__ import annotations

import builtins
import io
import sys

import pytest
from rich.console import Console

from practice.commands.interview import summarize
from practice.interview.runner import RunSettings, run_interview
from practice.interview.view import LiveView, PlainView, SafeView
from practice.review import build_review
from practice.session.model import SessionTurn
from practice.session.store import load_session

MARKUP = "What does [/] or [bold]this[/bold] or [link=x]that[/link] mean for your [red]day[/]?"
PITCH = ("Hi, I'm Sam [Rivera], a psychology graduate exploring nursing, and I'd love to learn "
         "how you got started?")


def terminal(width: int = 100) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=width, color_system=None), out


def typed(monkeypatch, lines: list[str]) -> None:
    """The user types these lines at the prompt, then presses Ctrl-D."""
    queue = list(lines)

    def fake_input(prompt: str = "") -> str:
        if not queue:
            raise EOFError
        return queue.pop(0)

    monkeypatch.setattr(builtins, "input", fake_input)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)


def test_plain_and_live_lines_show_markup_as_typed():
    turn = SessionTurn("user", MARKUP, 0.0, 1.0, "question",
                       scores={"question_type": "open", "rewrite": "Tell me about [/]your day"})
    for make in (lambda c: PlainView(c, "Dana [/]", coach=True),
                 lambda c: LiveView(c, "Dana [/]", coach=True, budget=60.0)):
        console, out = terminal()
        view = make(console)
        view.spoke(SessionTurn("interviewee", "I use [b]bold[/b] words [/]", 0.0, 1.0, "topic"))
        view.heard(turn)
        text = out.getvalue()
        assert "Dana [/]: I use [b]bold[/b] words [/]" in text
        assert f"you: {MARKUP}" in text
        assert 'try: "Tell me about [/]your day"' in text


def test_live_status_line_shows_state_time_and_level():
    console, _ = terminal()
    view = LiveView(console, "Dana", coach=False, budget=120.0)
    view.speaking("Hello", "greeting")
    assert "Dana" in view.render().plain and "is speaking" in view.render().plain
    assert "remaining 2:00" in view.render().plain or "remaining 1:59" in view.render().plain
    view.listening("question")

    class Block:
        samples = __import__("numpy").full(1600, 0.3, dtype="float32")

    view.on_block(Block(), True)
    status = view.render().plain
    assert "you" in status and "listening" in status and "▮" in status
    view.thinking()
    assert "thinking" in view.render().plain


def test_typed_interview_on_a_terminal_live_view_with_markup(monkeypatch):
    """Typed turns: not printed twice, an empty line prompts again, Ctrl-D ends on a new line."""
    typed(monkeypatch, [PITCH, "", MARKUP, "", "", "How did you end up doing this?"])
    console, out = terminal()
    session, folder = run_interview(RunSettings(scenario="nurse", mode="text", view="auto", coach=True), console)
    text = out.getvalue()
    saved = load_session(folder)
    assert saved.complete and saved.ended_by == "end_of_script"  # not "silence": empty lines prompt again
    assert [t.text for t in saved.user_turns()] == [PITCH, MARKUP, "How did you end up doing this?"]
    assert "you: " not in text  # the typed line is on screen once, at the prompt
    assert "open question" in text  # --coach cues still shown
    assert text.count("you>") == 7  # one prompt per line read, the empty ones included, and Ctrl-D's
    # after Ctrl-D the interviewee's closing line starts a line of its own
    closing = saved.turns[-1].text.split()[0]
    assert "you> \n" in text and "you> Maria" not in text and closing in text.split("you> \n")[-1]
    summarize(console, saved, folder, typed=True)
    tail = out.getvalue().split("Session over")[-1]
    assert "(you ended the input)" in tail and "end_of_script" not in tail
    assert "typed, no clock" in tail and "0.0 minutes" not in tail


def test_a_failing_view_falls_back_to_plain_lines(monkeypatch, tmp_path, capsys):
    script = tmp_path / "turns.txt"
    script.write_text(f"{PITCH}\n{MARKUP}\nThank you so much for your time.\n")

    def broken(self, turn):
        raise RuntimeError("terminal went away")

    monkeypatch.setattr(LiveView, "spoke", broken)
    console, out = terminal()
    session, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="live"), console)
    saved = load_session(folder)
    assert saved.complete and saved.ended_by == "closing"
    assert "the live screen failed (RuntimeError: terminal went away)" in capsys.readouterr().err
    text = out.getvalue()
    assert f"you: {MARKUP}" in text  # plain lines took over, markup shown as typed
    assert text.count(saved.turns[-1].text[:30]) == 1


def test_safe_view_survives_a_failing_fallback():
    class Boom(PlainView):
        def spoke(self, turn):
            raise ValueError("x")

    console, _ = terminal()
    view = SafeView(Boom(console, "A", False), Boom(console, "A", False))
    view.spoke(SessionTurn("interviewee", "hi", 0.0, 1.0, "greeting"))  # must not raise
    assert isinstance(view.failed, ValueError)


def test_closing_line_counts_questions_like_the_review(tmp_path):
    """The introduction (here ending in a question) and 'may I follow up?' are not questions."""
    script = tmp_path / "turns.txt"
    script.write_text(f"{PITCH}\nWhat does a normal shift look like for you?\nDo you like your job?\n"
                      "Would it be all right if I followed up by email?\nThank you so much for your time.\n")
    session, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="none"))
    assert session.user_turns()[0].scores["question_type"] in ("open", "closed")  # the trap
    review = build_review(session)
    console, out = terminal()
    summarize(console, session, folder)
    assert review.phrasing.questions == 2 and review.phrasing.open == 1
    assert "5 turns of yours, 2 questions (1 open)" in out.getvalue()
    assert "(you wrapped up)" in out.getvalue()


@pytest.mark.parametrize("count, expected", [(1, "the 1 turn so far is saved"), (3, "the 3 turns so far are saved")])
def test_interrupted_message_plural(count, expected):
    from practice.interview.runner import _so_far
    from practice.session.model import Session

    session = Session(id="x", scenario="nurse", scenario_title="", started_at="", mode="text")
    session.turns = [SessionTurn("user", "hi", 0.0, 1.0, "question")] * count
    assert f"{_so_far(session)} saved" == expected
