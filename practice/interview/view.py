"""What the user sees during a rehearsal: a live terminal view, or plain lines.

Per-turn coaching cues are hidden unless `coach` is on, so a rehearsal feels like the real
thing; the review afterwards shows them all.
"""

from __future__ import annotations

import time

from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from practice.scoring.confidence import shown
from practice.speech.audio import rms_dbfs
from practice.interview.engine import Observer
from practice.session.model import SessionTurn


def clock(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def meter(dbfs: float, width: int = 24) -> Text:
    fraction = 0.0 if dbfs == float("-inf") else min(1.0, max(0.0, (dbfs + 60.0) / 60.0))
    filled = int(round(fraction * width))
    return Text("▮" * filled, style="green") + Text("▯" * (width - filled), style="dim")


def cues(turn: SessionTurn) -> str:
    """One line of coaching for a user turn."""
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


class PlainView(Observer):
    """Line by line, for logs and terminals without live redraw."""

    def __init__(self, console: Console, persona: str, coach: bool):
        self.console = console
        self.persona = persona
        self.coach = coach

    def spoke(self, turn: SessionTurn) -> None:
        cut = " [dim](cut off)[/]" if turn.interrupted else ""
        self.console.print(f"[bold cyan]{self.persona}:[/] {turn.text}{cut}", highlight=False)

    def heard(self, turn: SessionTurn) -> None:
        self.console.print(f"[bold green]you:[/] {turn.text or '(inaudible)'}", highlight=False)
        if self.coach:
            self.console.print(f"  [yellow]{cues(turn)}[/]", highlight=False)


class LiveView(Observer):
    """A redrawn screen: who is speaking, the running transcript, time, a level meter."""

    def __init__(self, console: Console, persona: str, coach: bool, budget: float):
        self.console = console
        self.persona = persona
        self.coach = coach
        self.budget = budget
        self.lines: list[tuple[str, str, str]] = []  # (who, text, cue)
        self.state = "starting"
        self.level = float("-inf")
        self.start = time.monotonic()
        self.live = Live(console=console, refresh_per_second=8, get_renderable=self.render,
                         transient=False)

    def __enter__(self) -> "LiveView":
        self.live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.live.__exit__(*exc)

    def render(self):
        elapsed = time.monotonic() - self.start
        header = Text.assemble(
            (f" {self.persona} ", "bold reverse"), "  ",
            (f"elapsed {clock(elapsed)}", "bold"), "   ",
            (f"remaining {clock(self.budget - elapsed)}",
             "bold red" if self.budget - elapsed < 60 else "bold"),
        )
        table = Table.grid(padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for who, text, cue in self.lines[-12:]:
            style = "cyan" if who != "you" else "green"
            table.add_row(Text(who + ":", style=style), Text(text))
            if cue:
                table.add_row("", Text(cue, style="yellow"))
        status = {
            "speaking": Text(f"{self.persona} is speaking…", style="cyan"),
            "listening": Text("listening  ") + meter(self.level),
            "thinking": Text("…", style="dim"),
        }.get(self.state, Text(self.state, style="dim"))
        return Group(header, Panel(table, title="conversation", border_style="dim"), status)

    def speaking(self, text: str, kind: str) -> None:
        if not self.lines:  # the conversation starts with its first line, not with set-up
            self.start = time.monotonic()
        self.state = "speaking"

    def spoke(self, turn: SessionTurn) -> None:
        self.lines.append((self.persona, turn.text + (" —" if turn.interrupted else ""), ""))

    def listening(self, kind: str) -> None:
        self.state = "listening"
        self.level = float("-inf")

    def thinking(self) -> None:
        self.state = "thinking"

    def heard(self, turn: SessionTurn) -> None:
        self.lines.append(("you", turn.text or "(inaudible)", cues(turn) if self.coach else ""))

    def on_block(self, block, speaking: bool) -> None:
        self.level = rms_dbfs(block.samples)
