"""`practice sessions`: list the saved rehearsals, and delete the ones you do not want."""

from __future__ import annotations

import json
import sys

import click

from practice.errors import PracticeError


@click.group("sessions", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON (same as `sessions list --json`).")
@click.pass_context
def command(ctx: click.Context, as_json: bool = False) -> None:
    """Saved rehearsals: list them (the default) or delete some."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_cmd, as_json=as_json)


@command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def list_cmd(as_json: bool = False) -> None:
    """List saved sessions, oldest first, with where they are kept."""
    from rich.console import Console
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

    from practice.review.catalog import session_infos
    from practice.review.format import clock, plural
    from practice.session.store import sessions_dir

    infos = session_infos()
    last_wrote = _last_wrote()
    if as_json:
        rows = []
        for info in infos:
            s = info.session
            rows.append({"id": info.id, "folder": str(info.folder), "problem": info.problem,
                         **({} if s is None else {
                             "started_at": s.started_at, "scenario": s.scenario, "mode": s.mode,
                             "complete": s.complete, "ended_by": s.ended_by, "duration": round(s.duration, 1),
                             "user_turns": len(s.user_turns()),
                             "person": _person(s), "last_wrote": last_wrote.get(_person(s))})})
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    console = Console()
    if not infos:
        console.print("No saved sessions yet: rehearse with `practice interview` or `practice demo`.")
        console.print(Text(f"Sessions are saved in {sessions_dir()}", style="dim"))
        return
    headers = ("id", "scenario", "mode", "length", "turns", "status", "last wrote")
    rows = []
    for info in infos:
        s = info.session
        if s is None:
            rows.append((info.id, "", "", "", "", Text(info.problem or "unreadable", style="red"), ""))
            continue
        status = (Text("complete", style="green") if s.complete
                  else Text(f"incomplete ({s.ended_by or 'stopped'})", style="yellow"))
        length = clock(s.duration) if s.mode != "text" else "typed"
        rows.append((info.id, s.scenario, s.mode, length, str(len(s.user_turns())), status,
                     last_wrote.get(_person(s)) or Text("never", style="dim")))
    table = Table(box=None, pad_edge=False)
    for name in headers:
        table.add_column(name, overflow="fold")  # wrap or fold: never cut a value
    for row in rows:
        table.add_row(*row)
    if Measurement.get(console, console.options.update_width(10_000), table).maximum <= console.width:
        console.print(table)
    else:  # too narrow for the table: one block per session, the id whole on its own line
        for row in rows:
            console.print(Text(row[0], style="bold"), overflow="fold")
            parts = [Text.assemble(f"{name} ", value) for name, value in zip(headers[1:], row[1:]) if value]
            console.print(Text("  ") + Text(" · ").join(parts), overflow="fold")
    console.print(Text(f"\n{plural(len(infos), 'session')} in {sessions_dir()}. Review one with "
                       "`practice review ID`; delete with `practice sessions delete ID`.", style="dim"))


def _person(session) -> str:
    """Who the session was with: the name before the role in its title ("Denise Carter, ...")."""
    return session.scenario_title.split(",")[0].strip()


def _last_wrote() -> dict[str, str]:
    """Person -> the date of the last note you marked as sent (`practice followup --sent`)."""
    from practice.contacts import load_contacts

    return {name: person.last_written.isoformat() for name, person in load_contacts().items()
            if person.last_written is not None}


@command.command("delete")
@click.argument("sessions", nargs=-1, required=True)
@click.option("--yes", "-y", is_flag=True, help="Delete without asking.")
def delete_cmd(sessions: tuple[str, ...], yes: bool) -> None:
    """Delete saved sessions (audio included): SESSIONS are ids, unique prefixes or `latest`."""
    from practice.review.catalog import delete_session
    from practice.session.store import find_session

    folders = []
    for spec in sessions:
        folder = find_session(spec)
        if folder not in folders:
            folders.append(folder)
    if not yes:
        if not sys.stdin.isatty():
            raise PracticeError("deleting needs confirmation: run it in a terminal, or add --yes")
        names = ", ".join(f.name for f in folders)
        if not click.confirm(f"Delete {len(folders)} session(s) with their recordings: {names}?", default=False):
            click.echo("Nothing deleted.")
            return
    for folder in folders:
        delete_session(folder)
        click.echo(f"deleted {folder.name}")
