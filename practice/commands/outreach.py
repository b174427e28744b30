"""`practice outreach`: check a request for an informational interview before you send it.

The message comes from a FILE, `-` or piped stdin, or `--text`. Each check (personal,
upfront, a small ask, no job ask, length for the channel, not copied from a message to
someone else) is shown with the words it rests on and a tip, then a better wording for the
weakest sentence. Checked messages are kept in the data folder (`outreach/`) so the next one
can be compared with them; `--no-save` keeps nothing.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from practice.errors import PracticeError

NAMES = {"personal": "Personal", "upfront": "Upfront", "small_ask": "Small ask", "no_job_ask": "No job ask",
         "length": "Length", "original": "Not pasted"}


@click.command("outreach")
@click.argument("file", required=False)
@click.option("--text", help="The message itself, instead of a file.")
@click.option("--channel", type=click.Choice(["linkedin", "email", "text"]), default="email", show_default=True,
              help="Where you will send it: sets the length norm.")
@click.option("--to", "to", help="Who it is for (default: the name after Hi/Dear); messages to the same "
                                 "person are revisions, not copies.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead.")
@click.option("--no-save", is_flag=True, help="Do not keep this message for later comparisons.")
def command(file: str | None, text: str | None, channel: str, to: str | None, as_json: bool,
            no_save: bool) -> None:
    """Check a request for an informational interview: FILE, `-` for stdin, or --text."""
    from practice.outreach import check_message
    from practice.outreach.store import SavedMessage, earlier, save_message

    message = read_message(file, text)
    recipient = to or guess_recipient(message) or "someone"
    result = check_message(message, channel, earlier(recipient))
    if not no_save:
        save_message(SavedMessage(recipient, channel, datetime.now().isoformat(timespec="seconds"), message))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        show(result)


def read_message(file: str | None, text: str | None) -> str:
    if file is not None and text is not None:
        raise PracticeError("give the message as a FILE or as --text, not both")
    if text is not None:
        return text
    if file is not None and file != "-":
        from practice.files import read_user_text

        return read_user_text(Path(file), "your message (or use --text)")
    if file is None and sys.stdin.isatty():
        raise PracticeError('give the message: a file, --text "...", or pipe it on stdin '
                            "(e.g. practice outreach message.txt)")
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError:
        raise PracticeError("stdin is not UTF-8 text; save the message as plain text") from None


def guess_recipient(message: str) -> str | None:
    import re

    m = re.match(r"\s*(?:hi|hello|dear|hey)\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)",
                 message, re.IGNORECASE)
    return m.group(1) if m else None


def show(result) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for name, check in result.checks.items():
        mark = "[green]✓[/]" if check.ok else "[red]✗[/]"
        line = f"{mark} {escape(check.evidence)}"
        if check.tip:
            line += f"\n  [cyan]{escape(check.tip)}[/]"
        table.add_row(NAMES[name], line)
    console.print(table)
    rewrite = result.rewrite
    if rewrite is not None:
        console.print()
        if rewrite.sentence and rewrite.suggestion:
            console.print(f"[bold]Rewrite[/]  {escape(rewrite.sentence)}\n      [cyan]→[/] {escape(rewrite.suggestion)}")
        elif rewrite.sentence:
            console.print(f"[bold]Leave out[/]  {escape(rewrite.sentence)}")
        else:
            console.print(f"[bold]Add[/]  {escape(rewrite.suggestion)}")
    elif result.ok:
        console.print("\n[green]Ready to send.[/]")
