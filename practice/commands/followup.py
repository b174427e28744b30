"""`practice followup`: a draft thank-you note for the person you rehearsed with, to edit and send."""

from __future__ import annotations

from pathlib import Path

import click

NOTE = "followup.txt"


@click.command("followup")
@click.argument("session", required=False)
@click.option("--name", help="Your name for the signature (default: from your introduction).")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help=f"Where to write the draft (default: {NOTE} in the session folder).")
@click.option("--print", "print_only", is_flag=True, help="Only print the draft; save nothing.")
@click.option("--new", "redraft", is_flag=True, help="Draft again, replacing a saved (maybe edited) draft.")
@click.option("--edit", is_flag=True, help="Open the draft in your editor ($EDITOR) after writing it.")
def command(session: str | None, name: str | None, out: Path | None, print_only: bool, redraft: bool,
            edit: bool) -> None:
    """Draft a thank-you note after a rehearsal: SESSION is `latest` (default), an id or a folder.

    The note thanks them, recalls a moment you engaged with (a detail you asked about) and
    says what you will do with their advice. It is saved as a plain text file for you to
    edit; a saved draft is never overwritten unless you ask with --new.
    """
    from practice.files import atomic_write_text
    from practice.review.followup import draft_followup
    from practice.review.load import load_review, scenario_named
    from practice.session.store import find_session

    folder = find_session(session)  # a saved draft needs only the folder, not a whole review
    target = out or folder / NOTE
    if not print_only and target.exists() and not redraft:
        try:
            saved_draft = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            from practice.errors import PracticeError

            raise PracticeError(f"cannot read your saved draft {target} ({exc}); "
                                "`--new` drafts it again") from None
        click.echo(saved_draft, nl=False)
        click.echo(f"\n(your saved draft: {target}; `--new` drafts it again, `--edit` opens it)", err=True)
        if edit:
            click.edit(filename=str(target))
        return
    review, saved, _ = load_review(str(folder))
    note = draft_followup(saved, review, scenario_named(saved.scenario), name=name)
    click.echo(note.text, nl=False)
    if print_only:
        return
    atomic_write_text(target, note.text)
    hint = "" if note.user_name or name else " Add your name with --name or in the file."
    click.echo(f"\nsaved to {target}: edit it before sending.{hint}", err=True)
    if review.notice:
        click.echo(f"note: {review.notice}", err=True)
    if edit:
        click.edit(filename=str(target))
