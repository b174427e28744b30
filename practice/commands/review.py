"""`practice review`: feedback on a saved rehearsal, in the terminal or as HTML, Markdown, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click

from practice.errors import PracticeError
from practice.safetext import markup

SUFFIXES = {"html": (".html", ".htm"), "markdown": (".md", ".markdown", ".txt"), "json": (".json",)}


def _session_or_file(session: str | None, value: str | None, kind: str) -> tuple[str | None, str | None]:
    """`practice review --html latest` means the session `latest`, not a file named so."""
    from practice.session.store import find_session

    if session is not None or not value or value == "-" or value.lower().endswith(SUFFIXES[kind]):
        return session, value
    try:
        find_session(value)
    except PracticeError:
        return session, value
    return value, ""


@click.command("review")
@click.argument("session", required=False)
@click.option("--html", "html_out", is_flag=False, flag_value="", default=None, metavar="[FILE]",
              help="Write a self-contained HTML report with charts (default: review.html in the session folder).")
@click.option("--markdown", "md_out", is_flag=False, flag_value="-", default=None, metavar="[FILE]",
              help="Markdown export (default: print it).")
@click.option("--json", "json_out", is_flag=False, flag_value="-", default=None, metavar="[FILE]",
              help="JSON export (default: print it).")
@click.option("--summary", is_flag=True, help="In the terminal, skip the transcript.")
def command(session: str | None, html_out: str | None, md_out: str | None, json_out: str | None,
            summary: bool) -> None:
    """Review a saved rehearsal: SESSION is `latest` (default), an id, a prefix or a folder.

    Shows the transcript with feedback beside each of your turns, then pacing, phrasing,
    listening, the informational-interview checklist and the three things to practise next.
    """
    from rich.console import Console

    from practice.files import atomic_write_text
    from practice.review.load import load_review

    for kind, value in (("html", html_out), ("markdown", md_out), ("json", json_out)):
        session, value = _session_or_file(session, value, kind)
        if kind == "html":
            html_out = value
        elif kind == "markdown":
            md_out = value if value != "" else "-"
        else:
            json_out = value if value != "" else "-"
    review, _, folder = load_review(session)
    console = Console(stderr=True)
    to_stdout = "-" in (md_out, json_out, html_out)
    if [md_out, json_out, html_out].count("-") > 1:
        raise PracticeError("only one export can go to standard output; give the others a FILE")
    wrote: list[Path] = []
    if html_out is not None:
        from practice.review.html import render_review_html

        from practice.progress import status

        with status("drawing the charts for the HTML report", enabled=html_out != "-"):
            text = render_review_html(review)
        if html_out == "-":
            click.echo(text, nl=False)
        else:
            wrote.append(atomic_write_text(Path(html_out) if html_out else folder / "review.html", text))
    if md_out is not None:
        from practice.review.markdown import render_review_markdown

        text = render_review_markdown(review)
        if md_out == "-":
            click.echo(text, nl=False)
        else:
            wrote.append(atomic_write_text(Path(md_out), text))
    if json_out is not None:
        text = json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n"
        if json_out == "-":
            click.echo(text, nl=False)
        else:
            wrote.append(atomic_write_text(Path(json_out), text))
    if html_out is None and md_out is None and json_out is None:
        from practice.review.terminal import render_review

        render_review(review, Console(), transcript=not summary)
        return
    if review.notice and not to_stdout:
        console.print(f"[yellow]note:[/] {markup(review.notice)}", highlight=False)
    for path in wrote:
        console.print(f"wrote {markup(str(path))}", highlight=False)
