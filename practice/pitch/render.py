"""The pitch in the terminal: countdown, the live recording line, and the feedback (rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from practice.pitch.checklist import ITEMS, LABELS, SUGGESTIONS
from practice.pitch.compare import Change
from practice.pitch.result import PitchResult

VERDICT_STYLE = {"on_time": ("on time", "green"), "too_short": ("too short", "yellow"),
                 "too_long": ("too long", "red")}
RATE_STYLE = {"comfortable": "green", "slow": "yellow", "fast": "yellow"}


def recording_line(elapsed: float, target: float, cap: float, level: Text | None,
                   speaking: bool, enter_stops: bool, width: int = 30) -> Text:
    """"● REC 7.4 s  ██████░░░│░░  target 10 s" with the microphone level."""
    scale = max(cap, target * 1.5)
    filled = int(min(elapsed, scale) / scale * width)
    mark = int(target / scale * width)
    bar = Text()
    for i in range(width):
        char = "│" if i == mark else ("█" if i < filled else "░")
        style = "red" if i >= mark and i < filled else ("green" if i < filled else "dim")
        bar.append(char, style=style)
    line = Text("● REC ", style="bold red") + Text(f"{elapsed:5.1f} s  ") + bar
    line += Text(f"  target {target:.0f} s")
    line += Text("  speaking" if speaking else "  …", style="green" if speaking else "dim")
    if level is not None:
        line += Text("\n") + level
    if enter_stops:
        line += Text("\nPress Enter to stop early.", style="dim")
    return line


def _fmt_time(t: float) -> str:
    return f"{t:.1f} s"


def feedback(result: PitchResult, saved_to: str | None = None) -> Group:
    r, o = result, result.options
    label, style = VERDICT_STYLE[r.verdict]
    parts: list = []
    for note in r.notes:
        parts.append(Text(f"Note: {note}", style="yellow"))
    delta = r.delta_s
    sign = "+" if delta >= 0 else "-"
    head = Text("Pitch ", style="bold") + Text(f"{r.duration_s:.1f} s", style="bold")
    if r.capped:
        head += Text(" (at least; stopped at the cap)")
    head += Text(f"  target {o.target_s:.0f} s ± {o.tolerance_s:.0f}  ")
    head += Text(f"{label} ({sign}{abs(delta):.1f} s)", style=f"bold {style}")
    parts.append(head)
    parts.append(Text(f"Started {r.start_delay_s:.1f} s after the cue; "
                      f"speech from {r.speech_start_s:.1f} s to {r.speech_end_s:.1f} s."))
    rate = Text("Rate ") + Text(f"{r.wpm:.0f} words a minute", style=RATE_STYLE[r.rate])
    where = {"comfortable": "within", "fast": "above", "slow": "below"}[r.rate]
    rate += Text(f" ({where} the usual {o.rate_low:.0f} to {o.rate_high:.0f}, a public-speaking "
                 "convention)")
    parts.append(rate)
    changed = [s for s in r.pace if s.change != "steady"]
    if changed:
        for seg in changed:
            verb = "sped up" if seg.change == "faster" else "slowed down"
            parts.append(Text(f"  {verb} by about {abs(seg.relative - 1) * 100:.0f}% at "
                              f"{seg.start:.1f} to {seg.end:.1f} s: \"{seg.text}\"",
                              style="yellow"))
    if r.fillers:
        listed = ", ".join(f'"{f.word}" at {_fmt_time(f.start)}' for f in r.fillers)
        parts.append(Text(f"Fillers ({len(r.fillers)}): {listed}", style="yellow"))
    else:
        parts.append(Text("Fillers: none heard", style="green"))
    if r.pauses:
        listed = ", ".join(
            f"{p.duration:.1f} s at {_fmt_time(p.start)}" + (f' after "{p.after}"' if p.after else "")
            for p in r.pauses)
        parts.append(Text(f"Long pauses (over {o.pause_s:.0f} s): {listed}", style="yellow"))
    else:
        parts.append(Text(f"Long pauses (over {o.pause_s:.0f} s): none", style="green"))
    table = Table(show_header=False, box=None, padding=(0, 1))
    for key in ITEMS:
        check = r.checks[key]
        mark = Text("✓", style="green") if check.present else Text("✗", style="red")
        said = Text(f'"{check.evidence}"') if check.present else Text("not said", style="dim")
        table.add_row(mark, Text(LABELS[key]), said)
    parts.append(Text("Checklist", style="bold"))
    parts.append(table)
    job = r.checks.get("job_ask")
    if job is not None and job.present:
        parts.append(Text(f'Asks for a job: "{job.evidence}"', style="red"))
    if r.missing:
        parts.append(Text(f"Add: {SUGGESTIONS[r.missing]}", style="cyan"))
    if r.cut is not None:
        verb = "Cut" if r.cut.action == "cut" else "Shorten"
        parts.append(Text(f'{verb}: "{r.cut.text}" ({r.cut.start:.1f} to {r.cut.end:.1f} s)',
                          style="cyan"))
    parts.append(Text("Tips", style="bold"))
    for i, tip in enumerate(r.tips, 1):
        parts.append(Text(f" {i}. {tip}"))
    parts.append(Text("Transcript: ", style="dim") + Text(r.transcript or "(nothing)"))
    if saved_to:
        parts.append(Text(f"Saved to {saved_to}", style="dim"))
    return Group(*parts)


def _value(what: str, value) -> str:
    if what == "duration":
        return f"{value:.1f} s"
    if what == "wpm":
        return f"{value:.0f}"
    if what.startswith("checklist."):
        return "said" if value else "missing"
    if what == "verdict":
        return VERDICT_STYLE.get(value, (str(value), ""))[0]
    return str(value)


def changes_table(changes: list[Change], previous_id: str) -> Table:
    table = Table(title=f"Since the previous attempt ({previous_id})", title_justify="left")
    for column in ("", "before", "now", ""):
        table.add_column(column)
    for c in changes:
        name = c.what.replace("checklist.", "") if c.what.startswith("checklist.") else c.what
        before, after = _value(c.what, c.before), _value(c.what, c.after)
        if c.better is None:  # no better or worse: "same" only when it really is the same
            mark = Text("same", style="dim") if before == after else Text("changed", style="yellow")
        else:
            mark = Text("better", style="green") if c.better else Text("worse", style="red")
        table.add_row(name, before, after, mark)
    return table


def show(console: Console, renderable) -> None:
    console.print(renderable)
