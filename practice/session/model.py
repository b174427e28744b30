"""What a rehearsal leaves behind: plain dataclasses that round-trip through session.json.

Times are seconds from the start of the session on one clock (the audio clock in voice
mode), so response gaps, interruptions and talk-time can be computed later from the turns
alone. Scores are stored as the plain dicts the scorers produce, so a review can be made
without re-running anything.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields
from typing import Any

FORMAT_VERSION = 1

# The interviewee's reply kinds before the dialogue manager (issue 11), read as today's names
# so an old session reviews like a new one.
LEGACY_KINDS = {"topic": "answer", "detail": "follow_up", "referrals": "referral",
                "unmatched": "unknown"}
# Replies that answer a question the user asked on a topic (what "covered a topic" means).
ASKED_KINDS = ("answer", "follow_up", "stacked", "recap")

_NUMBER = (int, float)
_TURN_TYPES: dict[str, tuple] = {
    "speaker": (str,), "text": (str,), "start": _NUMBER, "end": _NUMBER, "kind": (str,),
    "audio": (str, type(None)), "words": (list,), "scores": (dict,),
    "listen_start": (*_NUMBER, type(None)), "interrupted": (bool,), "partial": (bool,),
    "topic": (str, type(None)), "detail": (str, type(None)),
}
_MAYBE_NUMBER = (*_NUMBER, type(None))
# Inside the plain dicts: only what the review reads, so other keys may come and go freely.
_SETTINGS_TYPES: dict[str, tuple] = {"minutes": _MAYBE_NUMBER, "pitch_target": _MAYBE_NUMBER}
_SCORES_TYPES: dict[str, tuple] = {
    "question_type": (str, type(None)), "rewrite": (str, type(None)), "reasons": (list, type(None)),
    "listening": (dict, type(None)), "pacing": (dict, type(None)), "pitch": (dict, type(None)),
}
_PACING_TYPES: dict[str, tuple] = {
    "wpm": _MAYBE_NUMBER, "response_gap": _MAYBE_NUMBER, "band": (str, type(None)),
    "pauses": (list, type(None)), "fillers": (list, type(None)),
}
_PITCH_TYPES: dict[str, tuple] = {"duration_s": _MAYBE_NUMBER, "start_delay_s": _MAYBE_NUMBER}
_SESSION_TYPES: dict[str, tuple] = {
    "id": (str,), "scenario": (str,), "scenario_title": (str,), "started_at": (str,),
    "mode": (str,), "settings": (dict,), "model": (str, type(None)), "complete": (bool,),
    "ended_by": (str, type(None)), "duration": _NUMBER, "version": (int,),
}


def _checked(data, types: dict[str, tuple], what: str) -> dict:
    """The known fields of `data`, each of the type the reviewers rely on (else TypeError),
    so a hand-edited or damaged session.json is refused once, on loading, with its reason."""
    if not isinstance(data, dict):
        raise TypeError(f"{what} is not an object")
    out = {}
    for key, value in data.items():
        if key not in types:
            continue
        if not isinstance(value, types[key]) or (isinstance(value, bool) and bool not in types[key]):
            raise TypeError(f"{what} field '{key}' has the wrong type ({type(value).__name__})")
        out[key] = value
    return out


@dataclass
class SessionTurn:
    speaker: str  # "user" | "interviewee"
    text: str
    start: float  # seconds from session start (speech start for the user)
    end: float
    kind: str = ""  # interviewee: a reply kind (practice.scenario.REPLY_KINDS) or greeting/prompt/time_warning/time_up; user: pitch/question
    audio: str | None = None  # WAV file name inside the session folder
    # user turns
    words: list[dict] = field(default_factory=list)  # {"word","start","end","probability"} session time
    scores: dict[str, Any] = field(default_factory=dict)
    listen_start: float | None = None  # when the user was given the floor
    interrupted: bool = False  # user: spoke over the interviewee; interviewee: was cut off
    partial: bool = False  # cut short by Ctrl-C
    # interviewee turns
    topic: str | None = None
    detail: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("start", "end", "listen_start"):
            if data[key] is not None:
                data[key] = round(data[key], 3)
        if self.speaker == "interviewee":
            for key in ("words", "scores", "listen_start", "partial"):
                data.pop(key)
        else:
            data.pop("topic")
            data.pop("detail")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "SessionTurn":
        turn = cls(**_checked(data, _TURN_TYPES, "a turn"))
        if turn.speaker == "interviewee":
            turn.kind = LEGACY_KINDS.get(turn.kind, turn.kind)
        _checked(turn.scores, _SCORES_TYPES, "a turn's scores")
        for key, types in (("pacing", _PACING_TYPES), ("pitch", _PITCH_TYPES)):
            if turn.scores.get(key):
                _checked(turn.scores[key], types, f"a turn's {key} scores")
        return turn

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass
class Session:
    id: str
    scenario: str
    scenario_title: str
    started_at: str  # ISO 8601, local time with offset
    mode: str  # "voice" | "text" | "script"
    settings: dict[str, Any] = field(default_factory=dict)  # minutes, voice, coach, target...
    model: str | None = None
    complete: bool = False
    ended_by: str | None = None  # "closing" | "time_up" | "silence" | "interrupted" | "end_of_script"
    duration: float = 0.0  # seconds from start to the last turn's end
    turns: list[SessionTurn] = field(default_factory=list)
    version: int = FORMAT_VERSION

    def to_dict(self) -> dict:
        # saved after every turn: copy the session's own fields, not all of its turns twice
        data = {f.name: copy.deepcopy(getattr(self, f.name)) for f in fields(self) if f.name != "turns"}
        data["duration"] = round(self.duration, 3)
        data["turns"] = [t.to_dict() for t in self.turns]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Session":
        session = cls(**_checked(data, _SESSION_TYPES, "the session"))
        _checked(session.settings, _SETTINGS_TYPES, "the session's settings")
        turns = data.get("turns", [])
        if not isinstance(turns, list):
            raise TypeError("the session field 'turns' is not a list")
        session.turns = [SessionTurn.from_dict(t) for t in turns]
        return session

    def user_turns(self) -> list[SessionTurn]:
        return [t for t in self.turns if t.speaker == "user"]

    def interviewee_turns(self) -> list[SessionTurn]:
        return [t for t in self.turns if t.speaker == "interviewee"]
