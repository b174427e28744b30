"""Who you have written to, and when: staying in touch after an informational interview.

The advice this follows: after the thank-you note, stay in touch over the years, and let
people know when their information or an introduction made a difference. So each note you
mark as sent (`practice followup --sent`) is recorded here per person, and `practice
followup --due` lists who has not heard from you in a while. One JSON file in the data
folder, written atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from practice.errors import PracticeError
from practice.files import atomic_write_json
from practice.paths import user_dir

KINDS = ("thanks", "update")


@dataclass
class Note:
    date: str  # ISO date the note was sent
    kind: str  # thanks | update
    session: str | None = None


@dataclass
class Person:
    name: str
    scenario: str
    notes: list[Note] = field(default_factory=list)

    @property
    def last_written(self) -> date | None:
        dates = [date.fromisoformat(n.date) for n in self.notes]
        return max(dates) if dates else None


def contacts_path() -> Path:
    return user_dir("contacts.json")


def load_contacts(path: Path | None = None) -> dict[str, Person]:
    path = path or contacts_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        people = {}
        for entry in data["people"]:
            notes = [Note(str(n["date"]), str(n["kind"]), n.get("session")) for n in entry["notes"]]
            for n in notes:
                date.fromisoformat(n.date)
            people[entry["name"]] = Person(str(entry["name"]), str(entry["scenario"]), notes)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PracticeError(f"{path} cannot be read ({exc.__class__.__name__}: {exc}); fix or delete it "
                            "(it only records which follow-up notes you sent)") from None
    return people


def save_contacts(people: dict[str, Person], path: Path | None = None) -> Path:
    data = {"people": [asdict(p) for p in sorted(people.values(), key=lambda p: p.name)]}
    return atomic_write_json(path or contacts_path(), data)


def record_note(name: str, scenario: str, kind: str, session: str | None, when: date | None = None,
                path: Path | None = None) -> Person:
    if kind not in KINDS:
        raise ValueError(kind)
    people = load_contacts(path)
    person = people.setdefault(name, Person(name, scenario))
    person.notes.append(Note((when or date.today()).isoformat(), kind, session))
    save_contacts(people, path)
    return person


@dataclass(frozen=True)
class Due:
    name: str
    scenario: str
    last_written: date | None  # None: rehearsed with, never written to
    days: int | None


def due(after_days: int, rehearsed: dict[str, str], today: date | None = None,
        path: Path | None = None) -> list[Due]:
    """People not written to for `after_days` or more, longest first; `rehearsed` maps the people
    you rehearsed for (name -> scenario) so those never written to are listed too."""
    today = today or date.today()
    people = load_contacts(path)
    out = []
    for person in people.values():
        days = (today - person.last_written).days if person.last_written else None
        if days is not None and days >= after_days:
            out.append(Due(person.name, person.scenario, person.last_written, days))
    for name, scenario in rehearsed.items():
        if name not in people:
            out.append(Due(name, scenario, None, None))
    return sorted(out, key=lambda d: (d.days is not None, -(d.days or 0), d.name))
