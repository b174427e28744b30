"""The review as Markdown, for notes apps, a journal or a pull request to a mentor.

Transcript text is escaped the Markdown way, with backslashes (CommonMark lets any ASCII
punctuation be escaped so): emphasis and link punctuation, `<` and `>` (no raw HTML), and `&`
only where it would start an entity, so "R&D" stays readable as plain text and whatever was
said renders as the words themselves in any Markdown viewer. HTML entities would show up
literally ("&amp;") in a notes app that reads the file as text.
"""

from __future__ import annotations

import re

from practice.review import norms, present
from practice.review.format import clock
from practice.review.summary import Review

_SPECIAL = re.compile(r"([\\`*_\[\]|~<>])|(&(?=#?\w+;))")


def md(text: str) -> str:
    text = " ".join(str(text).split())
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _facts(title: str, facts: list[tuple[str, str]]) -> list[str]:
    lines = [f"### {title}", ""]
    lines += [f"- **{md(k)}:** {md(v)}" for k, v in facts]
    return lines + [""]


def render_review_markdown(review: Review) -> str:
    lines = [f"# Rehearsal review: {md(review.scenario_title)}", "", md(present.headline(review)), ""]
    if review.notice:
        lines += [f"> **Incomplete session.** {md(review.notice)}", ""]
    lines += ["## At a glance", ""]
    lines += [f"- **{md(c['value'])}** {md(c['label'])}" for c in present.cards(review)]
    lines += ["", "## Practise next", ""]
    if review.practise:
        for n, a in enumerate(review.practise, start=1):
            lines.append(f"{n}. **{md(a.title)}.** {md(a.why)} {md(a.how)}")
    else:
        lines.append("Nothing pressing: try a new scenario or a shorter time budget.")
    if review.strengths:
        lines += ["", "**What went well:**", ""] + [f"- {md(s)}" for s in review.strengths]
    lines += ["", "## Summary", ""]
    lines += _facts("Pacing and punctuality", present.pacing_facts(review))
    phrasing = present.phrasing_facts(review)
    best, worst = present.best_and_worst(review)
    if best is not None:
        phrasing.append(("Best question", f"“{best.text}”"))
    if worst is not None:
        phrasing.append(("Needs work", f"“{worst.text}”" + (f" (try: “{worst.rewrite}”)" if worst.rewrite else "")))
    lines += _facts("Phrasing", phrasing)
    lines += _facts("Listening", present.listening_facts(review))
    if review.plan is not None:
        lines += _facts("Your question plan", present.plan_facts(review))
    if review.listening.details:
        lines += ["| detail | when | what they said | you |", "| --- | --- | --- | --- |"]
        for d in review.listening.details:
            you = f"✓ {d.how}" if d.picked else "✗ missed"
            lines.append(f"| {md(d.label)} | {present.turn_time(review, d.planted_turn)} | {md(d.quote)} | {you} |")
        lines.append("")
    lines += ["### Informational-interview checklist", ""]
    for item in review.checklist:
        mark = "x" if item.done else " "
        na = " (n/a)" if item.done is None else ""
        evidence = f": {md(item.evidence)}" if item.evidence else ""
        lines.append(f"- [{mark}] {md(item.label)}{na}{evidence}")
    lines += ["", "## Transcript with feedback", ""]
    who_them = md(present.persona(review))
    for turn in review.turns:
        when = clock(turn.start) if review.pacing.timed else f"#{turn.index + 1}"
        who = "You" if turn.speaker == "user" else who_them
        lines.append(f"**{when} {who}:** {md(turn.text or '(nothing heard)')}")
        chips = [label for label, _ in present.chips(turn)]
        notes = []
        if chips:
            notes.append(md(" · ".join(chips)))
        if turn.speaker == "user" and turn.kind == "pitch":
            notes += [md(n) for n in present.pitch_notes(review)]
        elif turn.rewrite:
            notes.append(f"try: “{md(turn.rewrite)}”")
        for note in notes:
            lines.append(f"> {note}  ")
        lines.append("")
    lines += ["## Norms and sources", ""]
    lines += [f"- **{md(n.key)}:** {md(n.value)}. Source: {md(n.source)}." for n in norms.NORMS]
    return "\n".join(lines).rstrip() + "\n"
