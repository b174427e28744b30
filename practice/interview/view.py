"""What the user sees during a rehearsal: a live terminal view, or plain lines.

Per-turn coaching cues are hidden unless `coach` is on, so a rehearsal feels like the real
thing; the review afterwards shows them all.

The live view keeps the transcript in the terminal's scrollback (each line printed once,
above the live part) and redraws only a status line below it: who has the floor, the state
(speaking / listening / thinking), elapsed and remaining time, and the microphone level
while listening. So a long conversation never scrolls out of a fixed panel, and typing a
turn (`--text`) can pause the status line without losing anything.

Every text that reaches rich here — the user's words, the scenario's lines, Whisper's
transcript — goes in as `rich.text.Text`, never as markup, so `[/]` or `[bold]` in it is
shown as typed. And `SafeView` wraps whichever view is used: if drawing ever fails, it
says so once and goes on in plain lines; a screen problem never ends a rehearsal.
"""

from __future__ import annotations

import contextlib
import sys
import time

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.text import Text

from practice.scoring.confidence import shown
from practice.interview.engine import Observer
from practice.session.model import SessionTurn
from practice.speech.audio import rms_dbfs

STATES = {"speaking", "listening", "thinking"}


def clock(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def meter(dbfs: float, width: int = 24) -> Text:
    fraction = 0.0 if dbfs == float("-inf") else min(1.0, max(0.0, (dbfs + 60.0) / 60.0))
    filled = int(round(fraction * width))
    return Text("▮" * filled, style="green") + Text("▯" * (width - filled), style="dim")


def cues(turn: SessionTurn) -> str:
    """One line of coaching for a user turn (plain text: render it with `Text`)."""
    s = turn.scores or {}
    parts = []
    qtype = s.get("question_type")
    if qtype and qtype != "not_a_question":
        parts.append(f"{qtype} question")
    # criticism and praise only when confident (issue 14): a false alarm teaches the wrong habit
    for flag in ("leading", "stacked", "job_ask"):
        if shown(s, flag):
            parts.append(flag.replace("_", " "))
    listening = s.get("listening") or {}
    heard = [k.replace("_", "-") for k in ("acknowledgement", "reflection", "reference", "follow_up")
             if listening.get(k) and (k != "reflection" or shown(s, k))]
    if heard:
        parts.append("listening: " + ", ".join(heard))
    if shown(s, "topic_switch"):
        parts.append("topic switch")
    pacing = s.get("pacing") or {}
    if pacing.get("wpm"):
        parts.append(f"{pacing['wpm']:.0f} wpm")
    if pacing.get("response_gap") is not None:
        parts.append(f"gap {pacing['response_gap']:+.1f} s")
    if s.get("interrupting"):
        parts.append("interrupted")
    pitch = s.get("pitch") or {}
    if pitch.get("duration_s") is not None:
        parts.append(f"pitch {pitch['duration_s']:.1f} s ({pitch.get('verdict', '')})")
    line = "; ".join(parts)
    if s.get("rewrite"):
        line += f'\n    try: "{s["rewrite"]}"'
    return line


def said(who: str, text: str, style: str, note: str = "") -> Text:
    """`who: text` as a Text: the text is never read as markup."""
    line = Text.assemble((f"{who}:", f"bold {style}"), " ", text)
    if note:
        line.append(f" {note}", style="dim")
    return line


class PlainView(Observer):
    """Line by line, for logs, pipes and terminals without live redraw.

    `echo=False` when the user typed their turn at a prompt: it is on the screen already,
    so only the coaching cue (if any) is added.
    """

    def __init__(self, console: Console, persona: str, coach: bool, echo: bool = True):
        self.console = console
        self.persona = persona
        self.coach = coach
        self.echo = echo

    def spoke(self, turn: SessionTurn) -> None:
        note = "(cut off)" if turn.interrupted else ""
        self.console.print(said(self.persona, turn.text, "cyan", note), highlight=False)

    def heard(self, turn: SessionTurn) -> None:
        if self.echo:
            self.console.print(said("you", turn.text or "(inaudible)", "green"), highlight=False)
        if self.coach and (cue := cues(turn)):
            self.console.print(Text("  " + cue, style="yellow"), highlight=False)

    def prompt(self) -> str:
        return "[bold green]you>[/] "

    @contextlib.contextmanager
    def paused(self):
        yield


class LiveView(PlainView):
    """Transcript lines in the scrollback plus a redrawn status line (time, state, level)."""

    def __init__(self, console: Console, persona: str, coach: bool, budget: float, echo: bool = True):
        super().__init__(console, persona, coach, echo)
        self.budget = budget
        self.state = "starting"
        self.kind = ""  # what the interviewee is saying or waiting for (greeting, question, ...)
        self.level = float("-inf")
        self.user_speaking = False
        self.start = time.monotonic()
        self.started = False  # the clock starts with the conversation, not with set-up
        self.live = Live(console=console, refresh_per_second=8, get_renderable=self.render,
                         transient=True, redirect_stdout=False, redirect_stderr=False)

    def __enter__(self) -> "LiveView":
        self.live.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.live.stop()

    def elapsed(self) -> float:
        return time.monotonic() - self.start if self.started else 0.0

    def times(self) -> Text:
        elapsed = self.elapsed()
        left = self.budget - elapsed
        return Text.assemble((f"elapsed {clock(elapsed)}", "bold"), "  ",
                             (f"remaining {clock(left)}", "bold red" if left < 60 else "bold"))

    def render(self) -> Text:
        if self.state == "speaking":
            status = Text.assemble((f" {self.persona} ", "bold reverse cyan"), " is speaking…")
        elif self.state == "listening" and not self.echo:  # typed at the prompt: no microphone
            status = Text.assemble((" your turn ", "bold"), " type below")
        elif self.state == "listening":
            who = Text(" you ", style="bold reverse green") if self.user_speaking else Text(" your turn ", style="bold")
            status = Text.assemble(who, " listening ", meter(self.level))
        elif self.state == "thinking":
            status = Text.assemble((" … ", "bold reverse"), " thinking (reading and scoring your turn)")
        else:
            status = Text(f" {self.state} ", style="dim")
        return Text.assemble(status, "   ", self.times())

    # ------------------------------------------------------------------ Observer hooks

    def speaking(self, text: str, kind: str) -> None:
        if not self.started:
            self.start, self.started = time.monotonic(), True
        self.state, self.kind = "speaking", kind
        self.live.refresh()

    def listening(self, kind: str) -> None:
        self.state, self.kind = "listening", kind
        self.level = float("-inf")
        self.user_speaking = False
        self.live.refresh()

    def thinking(self) -> None:
        self.state = "thinking"
        self.live.refresh()

    def on_block(self, block, speaking: bool) -> None:
        self.level = rms_dbfs(block.samples)
        self.user_speaking = bool(speaking)

    def prompt(self) -> str:
        left = self.budget - self.elapsed()
        return f"[dim]{escape(clock(self.elapsed()))} · {escape(clock(left))} left[/] [bold green]you>[/] "

    @contextlib.contextmanager
    def paused(self):
        """Typing at a prompt: the status line steps aside and comes back after."""
        self.live.stop()
        try:
            yield
        finally:
            self.live.start()


class SafeView(Observer):
    """Runs a view so that a failure in it never ends the rehearsal.

    The first exception from the view (a rich error, a closed terminal) is reported in one
    line on stderr; the view is closed and plain lines take over from the same event on.
    """

    def __init__(self, view: PlainView, fallback: PlainView):
        self.view = view
        self.fallback = fallback
        self.failed: BaseException | None = None

    def __enter__(self) -> "SafeView":
        self._call("__enter__")
        return self

    def __exit__(self, *exc) -> None:
        if self.failed is None:
            self._call("close")

    @property
    def current(self) -> PlainView:
        return self.view if self.failed is None else self.fallback

    def _call(self, name: str, *args):
        if self.failed is None:
            try:
                method = getattr(self.view, name, None)
                return method(*args) if method is not None else None
            except Exception as exc:  # noqa: BLE001 - any screen failure: fall back, never stop
                self._fail(exc)
        method = getattr(self.fallback, name, None)
        if method is None or name in ("__enter__", "close"):
            return None
        try:
            return method(*args)
        except Exception:  # noqa: BLE001 - even plain lines failed: go on without a screen
            return None

    def _fail(self, exc: BaseException) -> None:
        self.failed = exc
        with contextlib.suppress(Exception):
            close = getattr(self.view, "close", None)
            if close is not None:
                close()
        with contextlib.suppress(Exception):
            print(f"practice: the live screen failed ({type(exc).__name__}: {exc}); "
                  "going on in plain lines", file=sys.stderr)

    def speaking(self, text: str, kind: str) -> None:
        self._call("speaking", text, kind)

    def spoke(self, turn: SessionTurn) -> None:
        self._call("spoke", turn)

    def listening(self, kind: str) -> None:
        self._call("listening", kind)

    def heard(self, turn: SessionTurn) -> None:
        self._call("heard", turn)

    def thinking(self) -> None:
        self._call("thinking")

    def on_block(self, block, speaking: bool) -> None:
        self._call("on_block", block, speaking)

    def prompt(self) -> str:
        text = self._call("prompt")
        return text if isinstance(text, str) else "you> "

    @contextlib.contextmanager
    def paused(self):
        entered = None
        if self.failed is None:
            try:
                entered = self.view.paused()
                entered.__enter__()
            except Exception as exc:  # noqa: BLE001
                entered = None
                self._fail(exc)
        try:
            yield
        finally:
            if entered is not None:
                try:
                    entered.__exit__(None, None, None)
                except Exception as exc:  # noqa: BLE001
                    self._fail(exc)
