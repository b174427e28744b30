"""`practice score`: judge what you would say to an interviewee, from text.

`--text "..." [--previous "..."]` prints a readable judgement; `--jsonl FILE` (or `-` for
stdin) scores one JSON object per line ({"text": ..., "previous": ...}) and prints one JSON
result per line. A bad line is reported on stderr with its line number, the other lines
are still scored, and the command exits non-zero at the end.
"""

from __future__ import annotations

import json
import sys

import click

from practice.errors import PracticeError


@click.command("score")
@click.option("--text", "text", help="What you would say (one turn).")
@click.option("--previous", help="The interviewee's turn just before it, if any.")
@click.option("--jsonl", "jsonl", type=str, metavar="FILE",
              help='Score each line of FILE (or "-" for stdin): {"text": ..., "previous": ...}.')
@click.option("--json", "as_json", is_flag=True, help="With --text: print the JSON result instead.")
def command(text: str | None, previous: str | None, jsonl: str | None, as_json: bool) -> int:
    """Judge a turn: open/closed/leading/stacked/job ask, listening cues, and a better wording."""
    if (text is None) == (jsonl is None):
        raise PracticeError('give either --text "..." or --jsonl FILE (use - for stdin)')
    if jsonl is not None:
        if previous is not None:
            raise PracticeError('--previous goes with --text; in --jsonl put "previous" on each line')
        return score_jsonl(jsonl)
    from practice.scoring import score_utterance

    result = score_utterance(text, previous=previous)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        show(result)
    return 0


def score_jsonl(source: str) -> int:
    from practice.jsonl import fail_if_bad, read_objects, report_bad_line
    from practice.scoring import score_utterance

    bad = total = 0
    for line in read_objects(source):
        total += 1
        error = line.error or check_item(line.item)
        if error:
            bad += 1
            report_bad_line(source, line.number, error)
            continue
        item = line.item
        result = score_utterance(item["text"], previous=item.get("previous"), history=item.get("history"))
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    fail_if_bad(bad, total, "scored")
    return 0


def check_item(item: dict) -> str | None:
    """What is wrong with one input object, in words a user can act on; None if nothing."""
    if not isinstance(item.get("text"), str):
        return 'missing "text" (a string)'
    if item.get("previous") is not None and not isinstance(item["previous"], str):
        return '"previous" must be a string or null'
    history = item.get("history")
    if history is not None:
        ok = isinstance(history, list) and all(
            isinstance(t, (list, tuple)) and len(t) == 2 and all(isinstance(x, str) for x in t) for t in history)
        if not ok:
            return '"history" must be a list of [speaker, text] pairs'
    return None


FORM_NAMES = {"wh_open": "wh-question", "wh_fact": "single fact", "yes_no": "yes/no",
              "choice": "either/or", "tag": "tag question", "declarative": "statement with a question mark",
              "request": "request", "scale": "scale", "statement": "statement"}


def show(result) -> None:
    """The readable view: label, flags, listening cues, reasons, a better wording."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    label = {"open": "[green]open[/]", "closed": "[yellow]closed[/]",
             "not_a_question": "[dim]not a question[/]"}[result.question_type]
    # criticism and praise only when confident; the JSON (--json) keeps every flag and its confidence
    flags = [name for name, on in (("leading", result.shown("leading")), ("stacked", result.shown("stacked")),
                                   ("job ask", result.job_ask), ("interrupting", result.interrupting)) if on]
    cues = result.listening.to_dict()
    cues["reflection"] = result.shown("reflection")
    cues["topic_switch"] = result.shown("topic_switch")
    shown_cues = "  ".join(
        (f"[green]✓ {name.replace('_', ' ')}[/]" if cues[name] else f"[dim]· {name.replace('_', ' ')}[/]")
        if name != "topic_switch" else ("[red]! topic switch[/]" if cues[name] else "")
        for name in ("acknowledgement", "reflection", "reference", "follow_up", "topic_switch"))
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Said", _escape(result.text))
    table.add_row("Question", f"{label} [dim]({FORM_NAMES.get(result.question_form, result.question_form)})[/]")
    table.add_row("Flags", "[red]" + ", ".join(flags) + "[/]" if flags else "[dim]none[/]")
    table.add_row("Listening", shown_cues.strip())
    table.add_row("Why", "\n".join(f"• {_escape(r)}" for r in result.reasons))
    if result.rewrite:
        table.add_row("Try", f"[cyan]{_escape(result.rewrite)}[/]")
    console.print(table)


def _escape(s: str) -> str:
    from practice.safetext import markup

    return markup(s)
