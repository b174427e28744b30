"""`practice followup`: the thank-you note after a rehearsal, an update weeks later, and who is due one.

- `practice followup [SESSION]` drafts the thank-you note (saved as followup.txt);
- `--later` drafts a short update for weeks or months after (followup-later.txt): what you did
  with their advice, tied to the conversation;
- `--sent` records that you sent the note (thank-you, or the update with --later), so that
  `practice sessions` shows when you last wrote to each person;
- `--due [--after DAYS]` lists who has not heard from you in DAYS (default 60) or more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from practice.errors import PracticeError

NOTE = "followup.txt"
LATER_NOTE = "followup-later.txt"


@click.command("followup")
@click.argument("session", required=False)
@click.option("--name", help="Your name for the signature (default: from your introduction).")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help=f"Where to write the draft (default: {NOTE} or {LATER_NOTE} in the session folder).")
@click.option("--print", "print_only", is_flag=True, help="Only print the draft; save nothing.")
@click.option("--new", "redraft", is_flag=True, help="Draft again, replacing a saved (maybe edited) draft.")
@click.option("--edit", is_flag=True, help="Open the draft in your editor ($EDITOR) after writing it.")
@click.option("--later", is_flag=True, help="An update note for weeks or months after the conversation.")
@click.option("--sent", is_flag=True, help="Record that you sent the note today (the update with --later).")
@click.option("--on", "sent_on", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="With --sent: the day you sent it (YYYY-MM-DD), if not today.")
@click.option("--due", is_flag=True, help="List who has not heard from you for --after days or more.")
@click.option("--after", type=click.IntRange(min=1, max=3650), default=60, show_default=True, metavar="DAYS",
              help="With --due: how long since your last note counts as a while.")
@click.option("--json", "as_json", is_flag=True, help="Print the draft as JSON (text, where it is saved, ...).")
def command(session: str | None, name: str | None, out: Path | None, print_only: bool, redraft: bool,
            edit: bool, later: bool, sent: bool, sent_on, due: bool, after: int, as_json: bool = False) -> None:
    """Draft a thank-you note (or with --later an update) for SESSION: `latest` (default), an id or a folder.

    The note thanks them, recalls a moment you engaged with (a detail you asked about) and
    says what you will do with their advice. It is saved as a plain text file for you to
    edit; a saved draft is never overwritten unless you ask with --new.
    """
    if due:
        if session or sent or later:
            raise PracticeError("--due lists people and takes no SESSION, --sent or --later")
        return list_due(after)
    if sent_on and not sent:
        raise PracticeError("--on goes with --sent (the day you sent the note)")
    if sent:
        return record_sent(session, later, sent_on.date() if sent_on else None)
    return draft(session, name, out, print_only, redraft, edit, later, as_json)


def _show(text: str, as_json: bool, **fields) -> None:
    """The draft on stdout: as written, or with --json as one object (text first)."""
    if as_json:
        import json

        click.echo(json.dumps({"text": text, **fields}, indent=2, ensure_ascii=False))
    else:
        click.echo(text, nl=False)


def draft(session, name, out, print_only, redraft, edit, later, as_json=False) -> None:
    from practice.files import atomic_write_text
    from practice.review.followup import draft_followup, draft_update
    from practice.review.load import load_review, scenario_named
    from practice.session.store import find_session

    folder = find_session(session)  # a saved draft needs only the folder, not a whole review
    target = out or folder / (LATER_NOTE if later else NOTE)
    if not print_only and target.exists() and not redraft:
        try:
            saved_draft = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PracticeError(f"cannot read your saved draft {target} ({exc}); "
                                "`--new` drafts it again") from None
        _show(saved_draft, as_json, kind="update" if later else "thanks", saved=True, path=str(target),
              session=folder.name)
        click.echo(f"\n(your saved draft: {target}; `--new` drafts it again, `--edit` opens it)", err=True)
        if edit:
            click.edit(filename=str(target))
        return
    review, saved, _ = load_review(str(folder))
    scenario = scenario_named(saved.scenario)
    note = (draft_update if later else draft_followup)(saved, review, scenario, name=name)
    _show(note.text, as_json, kind="update" if later else "thanks", saved=not print_only,
          path=None if print_only else str(target), session=saved.id, user_name=note.user_name or name,
          moment=getattr(note, "moment", None), action=getattr(note, "action", None))
    if print_only:
        return
    atomic_write_text(target, note.text)
    hint = "" if note.user_name or name else " Add your name with --name or in the file."
    sent_hint = " --later" if later else ""
    click.echo(f"\nsaved to {target}: edit it before sending.{hint} Once sent: "
               f"`practice followup {saved.id}{sent_hint} --sent`.", err=True)
    if review.notice:
        click.echo(f"note: {review.notice}", err=True)
    if edit:
        click.edit(filename=str(target))


def person_of(saved, scenario=None) -> str:
    """Who the note is to: the name in the session's title ("Denise Carter, Charge nurse ...")."""
    return saved.scenario_title.split(",")[0].strip()


def record_sent(session: str | None, later: bool, on: date | None) -> None:
    from practice.contacts import record_note
    from practice.session.store import find_session, load_session

    folder = find_session(session)
    saved = load_session(folder)
    person = person_of(saved)
    when = on or date.today()
    if when > date.today():
        raise PracticeError(f"{when.isoformat()} is in the future; give the day you sent it")
    record_note(person, saved.scenario, "update" if later else "thanks", saved.id, when)
    what = "update" if later else "thank-you note"
    click.echo(f"recorded: {what} to {person} on {when.isoformat()}")


def list_due(after: int) -> None:
    from rich.console import Console
    from rich.markup import escape

    from practice.contacts import due
    from practice.review.catalog import session_infos

    rehearsed = {}
    for info in session_infos():
        if info.session is not None:
            rehearsed.setdefault(person_of(info.session), info.session.scenario)
    people = due(after, rehearsed)
    console = Console(highlight=False)
    if not people:
        console.print(f"Nobody is due: everyone you wrote to heard from you in the last {after} days.")
        return
    for person in people:
        if person.last_written is None:
            when = "never written to (send a thank-you: `practice followup`)"
        else:
            when = f"last wrote {person.last_written.isoformat()}, {person.days} days ago"
        console.print(f"{escape(person.name)} [dim]({escape(person.scenario)})[/]: {when}")
