"""Which concrete details the interviewee planted, and which ones the user picked up.

A scenario's answers carry planted details (a name, a number, a story) that reward a
follow-up. A detail counts as planted when an interviewee turn on its topic names it, and
as picked up when a later user turn names it, or when the interviewee went on to tell its
story (which only happens when the user asked about it). Matching uses the scenario's own
`Matcher`, the same one the interviewee uses, so the review and the conversation agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scenario.matcher import Matcher
from practice.scenario.model import Detail, Scenario
from practice.session.model import Session


@dataclass
class DetailNote:
    id: str
    label: str  # how the detail is named ("Mr. Alvarez", "potluck of doom")
    topic: str
    planted_turn: int  # index into session.turns
    quote: str  # the sentence it was planted in
    picked_turn: int | None = None  # the user turn (or the interviewee's story) that picked it up
    how: str | None = None  # "asked about it" | "named it"

    @property
    def picked(self) -> bool:
        return self.picked_turn is not None


_DETERMINERS = ("the ", "a ", "an ", "my ", "our ", "their ", "his ", "her ")


def label(detail: Detail) -> str:
    """The detail as it can be named in a sentence: "Mr. Alvarez", “potluck of doom”."""
    text = detail.keywords[0] if detail.keywords else detail.id.replace("_", " ")
    if text[:1].isupper() or text.startswith(_DETERMINERS):
        return text  # a name ("Mr. Alvarez") or already a phrase ("a quarter of my unit")
    # Keywords are the interviewee's words, not always a noun ("comfortable with silence",
    # "stopped a session"): quoting them reads right whatever they are.
    return f"“{text}”"


def sentence_with(text: str, detail: Detail, matcher: Matcher) -> str:
    """The sentence of `text` that names the detail (for quoting it back)."""
    parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    name = (detail.keywords[0] if detail.keywords else "").lower()
    for part in parts:  # the sentence that says it the way it is named, if there is one
        if name and name in part.lower():
            return part
    for part in parts:
        if any(d.id == detail.id for d in matcher.mentioned_details(part)):
            return part
    return parts[0] if parts else text


def trace_details(session: Session, scenario: Scenario,
                  matcher: Matcher | None = None) -> list[DetailNote]:
    """Planted details in the order they were planted, with how (if) they were picked up."""
    matcher = matcher or Matcher(scenario)
    by_id = {d.id: d for d in scenario.details}
    notes: dict[str, DetailNote] = {}
    for index, turn in enumerate(session.turns):
        if turn.speaker == "interviewee":
            if turn.detail in by_id and turn.kind in ("follow_up", "clarify", "recap"):
                told = notes.get(turn.detail)
                if told is None:  # asked about before it was ever mentioned (e.g. researched)
                    detail = by_id[turn.detail]
                    told = notes[detail.id] = DetailNote(detail.id, label(detail), detail.topic, index,
                                                         _first_sentence(turn.text))
                if not told.picked:
                    asked = _previous_user(session, index)
                    told.picked_turn, told.how = (asked if asked is not None else index), "asked about it"
            if not turn.topic:
                continue
            for detail in matcher.mentioned_details(turn.text):
                if detail.id in notes or detail.topic != turn.topic or detail.id == turn.detail:
                    continue
                notes[detail.id] = DetailNote(detail.id, label(detail), detail.topic, index,
                                              sentence_with(turn.text, detail, matcher))
        elif turn.text:
            for detail in matcher.mentioned_details(turn.text):
                note = notes.get(detail.id)
                if note is not None and not note.picked and note.planted_turn < index:
                    note.picked_turn, note.how = index, "named it"
    return sorted(notes.values(), key=lambda n: (n.planted_turn, list(by_id).index(n.id)))


def _first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    return parts[0] if parts else text


def _previous_user(session: Session, index: int) -> int | None:
    for back in range(index - 1, -1, -1):
        if session.turns[back].speaker == "user":
            return back
    return None
