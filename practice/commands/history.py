"""`practice history`: your saved sessions and pitch attempts with their main scores, and the trend."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("history")
@click.option("--scenario", "-s", help="Only sessions with this scenario (pitch attempts are left out).")
@click.option("--html", "html_out", is_flag=False, flag_value="", default=None, metavar="[FILE]",
              help="Write an HTML page with trend charts (default: history.html in your data folder).")
@click.option("--json", "json_out", is_flag=False, flag_value="-", default=None, metavar="[FILE]",
              help="JSON export (default: print it), as `review --json [FILE]`.")
def command(scenario: str | None, html_out: str | None, json_out: str | None) -> None:
    """Every saved session and pitch attempt, oldest first, with the trend of your scores."""
    from rich.console import Console

    from practice.review.history import build_history

    history = build_history(scenario)
    if json_out is not None:
        text = json.dumps(history.to_dict(), indent=2, ensure_ascii=False) + "\n"
        if json_out == "-":
            click.echo(text, nl=False)
        else:
            from practice.files import atomic_write_text

            click.echo(f"wrote {atomic_write_text(Path(json_out), text)}", err=True)
        if html_out is None:
            return
    if html_out is not None:
        from practice.files import atomic_write_text
        from practice.paths import data_home
        from practice.review.html import render_history_html

        target = Path(html_out) if html_out else data_home() / "history.html"
        from practice.progress import status

        with status("drawing the trend charts"):
            page = render_history_html(history)
        atomic_write_text(target, page)
        click.echo(f"wrote {target}", err=True)
        return
    from practice.review.terminal import render_history

    render_history(history, Console())
