"""`practice scenarios`: list, show, check, create and try the simulated professionals."""

from __future__ import annotations

import json
import re

import click

from practice.errors import PracticeError


@click.group("scenarios")
def command() -> None:
    """The people you can interview: built-in scenarios and your own."""


@command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def list_cmd(as_json: bool = False) -> None:
    """List built-in scenarios and your own (from your data folder)."""
    from practice.scenario.store import check_file, scenario_files, user_scenarios_dir

    files = scenario_files()
    if as_json:
        rows = []
        for name, found in sorted(files.items(), key=lambda kv: (not kv[1].builtin, kv[0])):
            scenario, problems = check_file(found.path, found.builtin)
            p = scenario.persona if scenario is not None else None
            rows.append({"name": name, "path": str(found.path), "builtin": found.builtin,
                         "replaces_builtin": bool(found.shadows_builtin), "problems": len(problems),
                         "title": scenario.title if scenario else None,
                         "persona": p.name if p else None, "role": p.role if p else None,
                         "field": p.field if p else None, "minutes": p.minutes if p else None})
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not files:
        click.echo("no scenarios found")
        return
    width = max(len(name) for name in files)
    for name, found in sorted(files.items(), key=lambda kv: (not kv[1].builtin, kv[0])):
        mark = "built-in" if found.builtin else ("yours, replaces built-in" if found.shadows_builtin
                                                 else "yours")
        scenario, problems = check_file(found.path, found.builtin)
        if scenario is None:
            what = (f"{len(problems)} problem{'' if len(problems) == 1 else 's'}: "
                    f"run `practice scenarios check {name}`")
        else:
            p = scenario.persona
            what = f"{p.name}, {p.role} ({p.field}, {p.minutes} min)"
        click.echo(f"{name:<{width}}  [{mark}]  {what}")
    click.echo(f"\nyour scenarios folder: {user_scenarios_dir()}")


@command.command("show")
@click.argument("name")
def show_cmd(name: str) -> None:
    """Show a scenario: persona, lines, topics and their planted details."""
    from practice.scenario import load_scenario

    s = load_scenario(name)
    p = s.persona
    click.echo(f"{s.name}: {s.title}")
    click.echo(f"  file: {s.path}{' (built-in)' if s.builtin else ''}")
    click.echo(f"  {p.name}, {p.role}, {p.employer_type}; {p.field}, {p.years} years")
    if p.employer or p.place:
        click.echo(f"  {', '.join(x for x in (p.employer, p.place) if x)}")
    click.echo(f"  voice {p.voice}, {p.minutes} minutes")
    click.echo(f"  {p.background}")
    click.echo("\nLines")
    for key in ("greeting", "pitch_response", "time_warning", "time_up", "closing"):
        for text in getattr(s.lines, key):
            click.echo(f"  {key}: {text}")
    click.echo("\nTopics")
    for topic in s.topics:
        mark = "classic" if topic.classic else "own"
        click.echo(f"  {topic.id} ({mark}): {topic.short}")
        for detail in topic.details:
            click.echo(f"    - detail {detail.id} ({detail.kind}): {', '.join(detail.keywords)}")
    click.echo("\nSmall talk")
    for talk in s.small_talk:
        click.echo(f"  {talk.id}: {talk.answer}")
    if s.glossary:
        click.echo("\nGlossary")
        for term in s.glossary:
            click.echo(f"  {term.term}: {term.explanation}")


@command.command("check")
@click.argument("files", nargs=-1, required=True)
@click.pass_context
def check_cmd(ctx: click.Context, files: tuple[str, ...]) -> None:
    """Check scenario FILES (paths or names): every problem as file:line: field: message.

    A built-in scenario must hold all of format 2 (new topics, examples, glossary...); for
    your own, missing topics are warnings."""
    from practice.scenario.store import check_file, resolve

    count = 0
    for item in files:
        found = resolve(item)
        gaps: list = []
        scenario, problems = check_file(found.path, found.builtin, gaps)
        if found.builtin:
            problems = problems + gaps
        else:
            for gap in gaps:
                click.echo(f"warning: {gap}")
        for problem in problems:
            click.echo(str(problem))
        count += len(problems)
        if scenario is not None and not problems:
            click.echo(f"ok: {found.path} ({len(scenario.topics)} topics, "
                       f"{len(scenario.details)} planted details, "
                       f"{len(scenario.small_talk)} small talk)")
    if count:
        click.echo(f"{count} problem(s) found", err=True)
        ctx.exit(1)


@command.command("new")
@click.argument("name")
def new_cmd(name: str) -> None:
    """Write a commented template for a real upcoming interview to your scenarios folder."""
    from practice.files import atomic_write_text
    from practice.scenario.store import scenario_files, user_scenarios_dir
    from practice.scenario.template import template_text
    from practice.scenario.check import RESERVED_VOICES
    from practice.speech.voices import voice_names

    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        raise PracticeError(f"'{name}' is not a usable name: use lower case letters, digits, "
                            "- and _ (e.g. `practice scenarios new acme-product-manager`)")
    target = user_scenarios_dir() / f"{name}.toml"
    if target.exists():
        raise PracticeError(f"{target} already exists; edit it, or choose another name")
    existing = scenario_files().get(name)
    if existing is not None and existing.builtin:
        # a file of yours with a built-in's name replaces it (scenarios/README.md): start it as
        # a copy of the built-in, to adapt, rather than as an empty template
        text = existing.path.read_text(encoding="utf-8")
        header = (f"# Your copy of the built-in scenario '{name}': while this file exists it replaces\n"
                  f"# the built-in one. Delete it to get the built-in back.\n")
        atomic_write_text(target, header + text)
        click.echo(f"wrote {target} (a copy of the built-in '{name}', which it now replaces)")
        click.echo(f"edit it, then run `practice scenarios check {name}`")
        return
    voices = [v for v in voice_names() if v not in RESERVED_VOICES]
    if not voices:
        raise PracticeError("no voice profiles found; reinstall practice or add one to your voices folder")
    atomic_write_text(target, template_text(name, voices[0], voices))
    click.echo(f"wrote {target}")
    click.echo(f"edit it, then run `practice scenarios check {name}`")


@command.command("try")
@click.argument("name")
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True),
              help='Try every line of FILE ({"text": ...} per line; - for stdin); '
                   "one JSON result per line.")
@click.option("--type", "question_type", type=click.Choice(["open", "closed", "not_a_question"]),
              help="Treat the question as this type instead of asking the question scorer.")
@click.pass_context
def try_cmd(ctx: click.Context, name: str, question: str | None, as_json: bool,
            jsonl: str | None, question_type: str | None) -> None:
    """Ask scenario NAME one QUESTION (or many with --jsonl) and see the reply and its kind.

    Each question meets a fresh interviewee (no memory of earlier lines); to try a whole
    conversation use `practice interview --text --script FILE`."""
    from practice.scenario import Interviewee, load_scenario

    if (question is None) == (jsonl is None):
        raise PracticeError('give either one QUESTION or --jsonl FILE, e.g. '
                            '`practice scenarios try nurse "What do you enjoy most?"`')
    scenario = load_scenario(name)
    if question is not None:
        reply = Interviewee(scenario).reply(question, question_type)
        if as_json:
            click.echo(json.dumps(_result(question, reply), ensure_ascii=False))
        else:
            where = reply.topic or "-"
            if reply.detail:
                where += f" / detail {reply.detail}"
            click.echo(f"[{reply.kind}: {where}; {reply.question_type}; score {reply.score}]")
            click.echo(reply.text)
        return
    from practice.jsonl import fail_if_bad, read_objects, report_bad_line
    from practice.scenario.understanding import Understanding

    # one index for every line; each line still meets a fresh interviewee
    understanding = Understanding(scenario)
    bad = total = 0
    for line in read_objects(jsonl):
        total += 1
        error = line.error or _check_item(line.item)
        if error:
            bad += 1
            report_bad_line(jsonl, line.number, error)
            continue
        item = line.item
        reply = Interviewee(scenario, understanding=understanding).reply(item["text"], item.get("question_type") or question_type)
        click.echo(json.dumps({"line": line.number, **_result(item["text"], reply)}, ensure_ascii=False))
    fail_if_bad(bad, total, "asked")


def _result(text: str, reply) -> dict:
    """One reply as JSON: its kind (practice.scenario.REPLY_KINDS) and the topic it answers."""
    return {"text": text, "kind": reply.kind, "topic": reply.topic, "detail": reply.detail,
            "closed": reply.closed, "question_type": reply.question_type, "score": reply.score,
            "repeat": reply.repeat, "reply": reply.text}


def _check_item(item: dict) -> str | None:
    if not isinstance(item.get("text"), str) or not item["text"].strip():
        return 'expected an object with a non-empty "text" string'
    qtype = item.get("question_type")
    if qtype is not None and qtype not in ("open", "closed", "not_a_question"):
        return '"question_type" must be open, closed or not_a_question'
    return None
