"""`practice prepare SCENARIO`: write down your questions before the interview, and see them judged.

Each question is scored on the spot (open or closed, leading, stacked, job ask, with a better
wording), and the plan shows which of the classic topics and of the scenario's topics it
reaches, plus one or two things to talk about besides work. The plan is kept per scenario in
the data folder; `practice interview` shows it and the review checks it off.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from practice.errors import PracticeError


@click.command("prepare")
@click.argument("scenario")
@click.option("--add", "added", multiple=True, metavar="QUESTION", help="Add a question (repeatable).")
@click.option("--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Add the questions in FILE, one per line (# starts a comment).")
@click.option("--remove", "removed", type=click.IntRange(min=1), multiple=True, metavar="N",
              help="Remove question N (as numbered in the plan; repeatable).")
@click.option("--clear", is_flag=True, help="Delete the whole plan first.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan and its checks as JSON.")
def command(scenario: str, added: tuple[str, ...], file: Path | None, removed: tuple[int, ...], clear: bool,
            as_json: bool) -> None:
    """Keep a question plan for SCENARIO: add, remove, see each question judged and what it covers.

    With no option on a terminal, type questions one per line (an empty line ends).
    """
    from practice.plan.coverage import coverage
    from practice.plan.store import Plan, PlannedQuestion, delete_plan, load_plan, save_plan
    from practice.scenario import load_scenario

    loaded = load_scenario(scenario)
    name = loaded.name
    if clear:
        delete_plan(name)
    plan = load_plan(name) or Plan(name)
    new = list(added) + (read_questions(file) if file else [])
    interactive = not (added or file or removed or clear or as_json) and sys.stdin.isatty()
    for n in sorted(set(removed), reverse=True):
        if n > len(plan.questions):
            raise PracticeError(f"the plan has {len(plan.questions)} question{'s' * (len(plan.questions) != 1)}; "
                                f"there is no question {n} to remove")
        del plan.questions[n - 1]
    now = datetime.now().isoformat(timespec="seconds")
    plan.questions += [PlannedQuestion(q, now) for q in new]
    if new or removed or clear:
        save_plan(plan)
    if interactive:
        plan = type_questions(plan, loaded)
    result = coverage(plan.texts(), loaded)
    if as_json:
        click.echo(json.dumps({"scenario": name, **result.to_dict()}, ensure_ascii=False))
        return
    show(result, loaded)


def read_questions(path: Path) -> list[str]:
    from practice.files import read_user_text

    text = read_user_text(path, "a text file with one question per line")
    questions = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not questions:
        raise PracticeError(f"{path} holds no questions (one per line; # starts a comment)")
    return questions


def type_questions(plan, scenario):
    """Questions typed one per line, each judged as soon as it is entered and saved at once."""
    from rich.console import Console

    from practice.plan.coverage import check_question
    from practice.plan.store import PlannedQuestion, save_plan
    from practice.scenario.matcher import Matcher

    console = Console(highlight=False)
    matcher = Matcher(scenario)
    console.print(f"Type your questions for {scenario.persona.name}, one per line; an empty line ends.")
    while True:
        try:
            line = input("question> ").strip()
        except EOFError:
            break
        if not line:
            break
        plan.questions.append(PlannedQuestion(line, datetime.now().isoformat(timespec="seconds")))
        save_plan(plan)
        console.print("  " + verdict(check_question(line, matcher)))
    console.print()
    return plan


def verdict(check) -> str:
    from rich.markup import escape

    label = {"open": "[green]open[/]", "closed": "[yellow]closed[/]",
             "not_a_question": "[dim]not a question[/]"}[check.question_type]
    flags = [name for name, on in (("leading", check.leading), ("stacked", check.stacked),
                                   ("job ask", check.job_ask)) if on]
    text = label + (" [red]" + ", ".join(flags) + "[/]" if flags else "")
    if check.topic:
        text += f" [dim]→ {escape(check.topic.replace('_', ' '))}[/]"
    if check.rewrite and (check.question_type == "closed" or flags):
        text += f"\n    [cyan]try: {escape(check.rewrite)}[/]"
    return text


def show(result, scenario) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if not result.questions:
        console.print(f"No questions planned for {escape(scenario.persona.name)} yet: add some with "
                      f"`practice prepare {scenario.name} --add \"...\"` or --file.")
    for n, check in enumerate(result.questions, 1):
        console.print(f"{n:>2}. {escape(check.text)}\n    {verdict(check)}")
    console.print()
    covered = ", ".join(t.replace("_", " ") for t in result.classic_covered) or "none yet"
    console.print(f"[bold]Classic topics[/] {len(result.classic_covered)} of 8: {covered}")
    for topic, question in result.suggestions.items():
        console.print(f"  [dim]missing {topic.replace('_', ' ')}:[/] {escape(question)}")
    console.print(f"[bold]This person's topics[/] {len(result.topics_covered)} of {result.topics_total} reached")
    if result.rapport:
        console.print("[bold]Besides work[/] (a connection matters): " +
                      " / ".join(escape(q) for q in result.rapport))
