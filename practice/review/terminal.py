"""The review in the terminal, with rich: the transcript with feedback beside each turn,
then the summary and what to practise next.

Everything the user said is put on screen as `Text`, never as markup, so a transcript
holding "[bold]" or "<script>" is shown exactly as it was said.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from practice.review import present
from practice.review.format import clock
from practice.review.summary import Review

CHIP_STYLES = {"open": "green", "cue": "green", "closed": "yellow", "flag": "bold red", "": "dim"}


def feedback_text(turn, review: Review) -> Text:
    text = Text()
    for n, (label, kind) in enumerate(present.chips(turn)):
        if n:
            text.append(" · ", style="dim")
        text.append(label, style=CHIP_STYLES.get(kind, ""))
    if turn.speaker == "user" and turn.kind == "pitch":
        for note in present.pitch_notes(review):
            text.append("\n" + note, style="dim")
    elif turn.rewrite:
        text.append("\ntry: ", style="bold cyan")
        text.append(f"“{turn.rewrite}”", style="cyan")
    return text


def transcript_table(review: Review) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("time", style="dim", overflow="fold", width=5)
    table.add_column("who", overflow="fold", width=9)
    table.add_column("said", ratio=3, overflow="fold")
    table.add_column("feedback", ratio=2, overflow="fold")
    name = present.persona(review).split()[0]
    for turn in review.turns:
        when = clock(turn.start) if review.pacing.timed else f"#{turn.index + 1}"
        if turn.speaker == "user":
            who = Text("you", style="bold green")
        else:
            who = Text(name, style="bold cyan")
        said = Text(turn.text or "(nothing heard)", style="" if turn.speaker == "user" else "dim")
        table.add_row(when, who, said, feedback_text(turn, review))
    return table


def facts_table(title: str, facts: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, title=title, title_justify="left",
                  title_style="bold")
    table.add_column(style="dim", overflow="fold")
    table.add_column(overflow="fold")
    for key, value in facts:
        table.add_row(key, Text(value))
    return table


def checklist_table(review: Review) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, title="Informational-interview checklist",
                  title_justify="left", title_style="bold")
    table.add_column(width=2)
    table.add_column(overflow="fold")
    for item in review.checklist:
        mark = (Text("✓", style="bold green") if item.done else
                Text("–", style="dim") if item.done is None else Text("✗", style="bold red"))
        line = Text(item.label)
        if item.evidence:
            line.append(f"  {item.evidence}", style="dim")
        table.add_row(mark, line)
    return table


def details_table(review: Review) -> Table | None:
    if not review.listening.details:
        return None
    table = Table(box=box.SIMPLE_HEAD, title="Details they planted", title_justify="left",
                  title_style="bold", show_edge=False, pad_edge=False)
    table.add_column("detail", overflow="fold")
    table.add_column("when", style="dim", overflow="fold")
    table.add_column("you", overflow="fold")
    for d in review.listening.details:
        picked = Text(f"✓ {d.how}", style="green") if d.picked else Text("✗ missed", style="red")
        table.add_row(Text(d.label), present.turn_time(review, d.planted_turn), picked)
    return table


def cards_line(review: Review) -> Text:
    text = Text()
    for n, card in enumerate(present.cards(review)):
        if n:
            text.append("   ")
        style = {"good": "bold green", "warn": "bold yellow", "bad": "bold red"}.get(card["tone"], "bold")
        text.append(card["value"], style=style)
        text.append(f" {card['label']}", style="dim")
    return text


def render_review(review: Review, console: Console, transcript: bool = True) -> None:
    console.print(Text("Rehearsal review", style="bold"))
    console.print(Text(present.headline(review), style="dim"))
    if review.notice:
        console.print(Panel(Text(review.notice), title="incomplete session", border_style="yellow",
                            title_align="left"))
    if transcript:
        console.print()
        console.print(transcript_table(review))
    console.print()
    console.print(cards_line(review))
    console.print()
    console.print(facts_table("Pacing and punctuality", present.pacing_facts(review)))
    console.print()
    phrasing = facts_table("Phrasing", present.phrasing_facts(review))
    best, worst = present.best_and_worst(review)
    if best is not None:
        phrasing.add_row("Best question", Text(f"“{best.text}”", style="green"))
    if worst is not None:
        line = Text(f"“{worst.text}”", style="yellow")
        if worst.rewrite:
            line.append(f"\ntry: “{worst.rewrite}”", style="cyan")
        phrasing.add_row("Needs work", line)
    console.print(phrasing)
    console.print()
    console.print(facts_table("Listening", present.listening_facts(review)))
    if review.plan is not None:
        console.print()
        console.print(facts_table("Your question plan", present.plan_facts(review)))
    details = details_table(review)
    if details is not None:
        console.print()
        console.print(details)
    console.print()
    console.print(checklist_table(review))
    console.print()
    items = []
    for n, advice in enumerate(review.practise, start=1):
        line = Text(f"{n}. ", style="bold cyan")
        line.append(advice.title + ". ", style="bold")
        line.append(advice.why)
        line.append("\n   " + advice.how, style="cyan")
        items.append(line)
    if not items:
        items.append(Text("Nothing pressing: try a new scenario or a shorter time budget."))
    console.print(Panel(Group(*items), title="Practise next", title_align="left", border_style="cyan"))
    if review.strengths:
        console.print(Text("What went well: ", style="bold green") + Text(" ".join(review.strengths)))
    if review.folder:
        console.print(Text(f"Session folder: {review.folder}", style="dim"))


def render_history(history, console: Console) -> None:
    """A compact table of sessions and pitch attempts, then one trend line per score."""
    from practice.review.history import fmt_value

    if not history.rows:
        console.print("Nothing saved yet: rehearse with `practice interview` or `practice demo`, "
                      "or time your introduction with `practice pitch`.")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for name in ("when", "what", "intro", "open", "built", "R:Q", "details", "talk", "check"):
        table.add_column(name, overflow="fold", justify="left" if name in ("when", "what") else "right")
    for r in history.rows:
        if r.problem:
            table.add_row(r.label, Text("unreadable session", style="red"), *[""] * 7)
            continue
        intro = "-" if r.pitch_seconds is None else f"{'≈' if r.pitch_estimated else ''}{r.pitch_seconds:.1f} s"
        intro_style = "green" if r.pitch_verdict == "on_time" else "yellow" if r.pitch_verdict else ""
        if r.kind == "pitch":
            what = Text("pitch", style="magenta")
            points = "" if r.pitch_points is None else f"{r.pitch_points}/4 points"
            table.add_row(r.label, what, Text(intro, style=intro_style), "", "", "", "", "", points)
            continue
        what = Text(r.scenario or "")
        if not r.complete:
            what.append(" (incomplete)", style="yellow")
        details = "-" if r.details_planted is None else f"{r.details_picked}/{r.details_planted}"
        checklist = "-" if not r.checklist_total else f"{r.checklist_done}/{r.checklist_total}"
        table.add_row(r.label, what, Text(intro, style=intro_style), fmt_value(r.open_share, "%"),
                      fmt_value(r.built_share, "%"), fmt_value(r.rq_ratio, ":1"), details,
                      fmt_value(r.talk_share, "%"), checklist)
    console.print(table)
    console.print(Text("intro: introduction length (≈ estimated from typed words); open: open questions; "
                       "built: questions built on their answer; R:Q: reflections per question; talk: your "
                       "share of the talking", style="dim"))
    if history.trends:
        console.print(Text("Trend (first → latest)", style="bold"))
        for t in history.trends:
            line = Text(f"  {t.metric:<34}", style="")
            line.append(f"{t.spark:<12}", style="cyan")
            line.append(f"{fmt_value(t.first, t.unit)} → {fmt_value(t.last, t.unit)}")
            if t.better is not None:
                line.append("  better" if t.better else "  worse", style="green" if t.better else "yellow")
            else:
                line.append("  steady", style="dim")
            console.print(line)
    else:
        console.print(Text("Rehearse again to see a trend.", style="dim"))
