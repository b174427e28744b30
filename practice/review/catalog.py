"""The saved sessions at a glance (for `practice sessions` and `practice history`), and deleting one.

Deleting is guarded: only a folder inside the sessions folder that holds a `session.json`
is removed, so a mistyped path can never take anything else with it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from practice.errors import PracticeError
from practice.session.model import Session
from practice.session.store import list_sessions, load_session, orphan_folders, sessions_dir


@dataclass
class SessionInfo:
    id: str
    folder: Path
    session: Session | None  # None when session.json cannot be read
    problem: str | None = None


def session_infos() -> list[SessionInfo]:
    """Every saved session, oldest first; unreadable ones are listed with their problem."""
    out = []
    for folder in list_sessions():
        try:
            out.append(SessionInfo(folder.name, folder, load_session(folder)))
        except PracticeError as exc:
            out.append(SessionInfo(folder.name, folder, None, str(exc)))
    for folder in orphan_folders():
        recordings = sum(1 for f in folder.iterdir() if f.suffix.lower() in (".wav", ".flac"))
        out.append(SessionInfo(folder.name, folder, None,
                               f"damaged: session.json is missing; {recordings} recordings kept in {folder}"))
    return sorted(out, key=lambda info: info.id)


def delete_session(folder: Path) -> None:
    base = sessions_dir().resolve()
    target = folder.resolve()
    damaged = target in [p.resolve() for p in orphan_folders()]
    if target.parent != base or not ((target / "session.json").is_file() or damaged):
        raise PracticeError(f"{folder} is not a saved session in {base}; nothing was deleted")
    try:
        shutil.rmtree(target)
    except OSError as exc:
        raise PracticeError(f"could not delete {target}: {exc.strerror or exc}") from None
