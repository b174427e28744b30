"""Sessions on disk: one folder each under the user's data folder.

`session.json` is rewritten atomically after every turn, so a crash or Ctrl-C leaves a
valid file holding every finished turn (with `complete: false`). Audio is written before
the turn that refers to it, so the JSON never names a file that is not there.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path

import numpy as np

from practice.speech.audio import write_wav
from practice.errors import DiskFull, PracticeError
from practice.files import atomic_write_json, listable_dir, new_dir

RESERVE_BYTES = 512 * 1024  # kept free on disk so a full disk still lets the session be closed
from practice.paths import user_dir
from practice.session.model import Session, SessionTurn


def sessions_dir() -> Path:
    return user_dir("sessions")


def new_session_id(scenario: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    slug = re.sub(r"[^a-z0-9]+", "-", scenario.lower()).strip("-") or "session"
    return f"{when:%Y%m%d-%H%M%S}-{slug}"


class SessionStore:
    """Writes one session as it happens."""

    def __init__(self, session: Session):
        self.session = session
        self.folder = new_dir(sessions_dir(), session.id)
        self.session.id = self.folder.name
        self._reserve()
        self.save()

    @property
    def _reserve_path(self) -> Path:
        return self.folder / ".reserve"

    def _reserve(self) -> None:
        """Hold some disk space for the last write: when the disk fills up mid-rehearsal,
        this is given back so session.json can still say how the session ended. Not taken
        when the disk is nearly full already (the warning before the start said so)."""
        from practice.files import free_bytes

        if (free_bytes(self.folder) or 0) < 4 * RESERVE_BYTES:
            return
        try:
            with open(self._reserve_path, "wb") as fh:
                fh.write(b"\0" * RESERVE_BYTES)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:  # already too little space: go on without (the warning said so)
            self._release()

    def _release(self) -> None:
        try:
            self._reserve_path.unlink()
        except OSError:
            pass

    @property
    def path(self) -> Path:
        return self.folder / "session.json"

    def save_audio(self, name: str, samples: np.ndarray) -> str:
        write_wav(self.folder / name, samples)
        return name

    def add_turn(self, turn: SessionTurn) -> SessionTurn:
        self.session.turns.append(turn)
        self.session.duration = max(self.session.duration, turn.end)
        self.save()
        return turn

    def replace_turn(self, old: SessionTurn, new: SessionTurn) -> SessionTurn:
        """Put `new` where `old` is (a user turn's final transcript replacing the live one)."""
        turns = self.session.turns
        index = next(i for i, t in enumerate(turns) if t is old)
        turns[index] = new
        self.session.duration = max(self.session.duration, new.end)
        self.save()
        return new

    def save(self) -> None:
        atomic_write_json(self.path, self.session.to_dict())

    def finish(self, ended_by: str, complete: bool = True) -> None:
        self.session.ended_by = ended_by
        self.session.complete = complete
        try:
            self.save()
        except DiskFull:
            self._release()
            self.save()
        self._release()


def load_session(path: Path) -> Session:
    file = path / "session.json" if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if path.is_dir() and path in orphan_folders():
            raise PracticeError(f"session {path.name} is damaged: its session.json is missing, so it "
                                f"cannot be reviewed; its recordings are in {path}") from None
        raise PracticeError(f"no session at {path}: see `practice sessions`") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise PracticeError(f"session file {file} is unreadable ({exc}); it cannot be reviewed") from None
    try:
        return Session.from_dict(data)
    except (TypeError, KeyError, AttributeError) as exc:
        raise PracticeError(f"session file {file} is not a practice session ({exc})") from None


def list_sessions() -> list[Path]:
    """Session folders, oldest first. Raises PracticeError when the folder cannot be read."""
    return sorted(p for p in listable_dir(sessions_dir(), "sessions") if (p / "session.json").is_file())


def orphan_folders() -> list[Path]:
    """Session folders whose session.json is gone but whose recordings are still there
    (deleted by hand, or lost): listed as damaged so the recordings can be found."""
    return sorted(
        p for p in listable_dir(sessions_dir(), "sessions")
        if p.is_dir() and not p.name.startswith(".") and not (p / "session.json").exists()
        and any(f.suffix.lower() in (".wav", ".flac") or f.name.startswith(".session.json.")
                for f in p.iterdir())
    )


def find_session(spec: str | None) -> Path:
    """A session folder from `latest` (or nothing), an id, a unique id prefix, or a path."""
    if spec and Path(spec).exists():
        return Path(spec).parent if Path(spec).is_file() else Path(spec)
    sessions = list_sessions()
    every = sorted(sessions + orphan_folders())  # damaged ones can be named too (to delete them)
    if not sessions and (not spec or spec == "latest" or not every):
        raise PracticeError("no saved sessions yet: rehearse with `practice interview` or `practice demo`")
    if not spec or spec == "latest":
        return sessions[-1]
    matches = [p for p in every if p.name == spec] or [p for p in every if p.name.startswith(spec)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise PracticeError(f"no session '{spec}': see `practice sessions`")
    raise PracticeError(f"'{spec}' matches {len(matches)} sessions; give more of the id")
