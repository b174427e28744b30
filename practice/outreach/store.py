"""The requests you have checked, kept so the next one can be compared with them.

One JSON file per checked message in `<data folder>/outreach/`, written atomically: who it
was to, the channel, when, and the text. A message to the same person again is a revision,
not a copy, so `earlier(to=...)` leaves that person's messages out.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from practice.files import atomic_write_json, new_dir
from practice.paths import user_dir


@dataclass(frozen=True)
class SavedMessage:
    to: str
    channel: str
    when: str  # ISO date and time
    text: str


def outreach_dir() -> Path:
    return user_dir("outreach")


def saved_messages(folder: Path | None = None) -> list[SavedMessage]:
    """Every readable saved message, oldest first; a damaged file is passed over (it cannot be
    compared with, and refusing to check a new message because of it would help no one)."""
    folder = folder or outreach_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*/message.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(SavedMessage(str(data["to"]), str(data["channel"]), str(data["when"]), str(data["text"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def earlier(to: str, folder: Path | None = None) -> list[tuple[str, str, str]]:
    """(to, when, text) of the messages to other people, to compare a new one with."""
    key = to.strip().lower()
    return [(m.to, m.when, m.text) for m in saved_messages(folder) if m.to.strip().lower() != key]


def save_message(message: SavedMessage, folder: Path | None = None) -> Path:
    folder = folder or outreach_dir()
    stamp = datetime.fromisoformat(message.when).strftime("%Y%m%d-%H%M%S")
    target = new_dir(folder, stamp)
    return atomic_write_json(target / "message.json", asdict(message))
