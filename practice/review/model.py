"""What a review holds: the dataclasses every renderer (terminal, HTML, Markdown, JSON) reads.

Kept apart from the code that fills them (turns, pacing, phrasing, practise) so renderers
import the shapes without the scoring logic, and so `TurnFeedback.is_question` is the one
definition of a question that every count uses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from practice.review import norms
from practice.review.checklist import CheckItem
from practice.review.details import DetailNote

REVIEW_FORMAT = "practice-review"
REVIEW_VERSION = 1

TOPIC_LABELS = {
    "enjoy": "what they enjoy",
    "day_to_day": "a typical day",
    "stereotypes": "stereotypes about the field",
    "culture": "the culture",
    "perks_and_downsides": "perks and downsides",
    "path": "their path and skills",
    "wish_known_earlier": "what they wish they had known",
    "future": "where the field is heading",
}
LISTENING_CUES = ("acknowledgement", "reflection", "reference", "follow_up")


def nested(label: str) -> str:
    """A quoted label inside a quotation takes single quotes: “You mentioned ‘focus groups’.”"""
    return label.replace("“", "‘").replace("”", "’")


ENDINGS = {
    "closing": "you wrapped up and they said goodbye",
    "time_up": "they ran out of time and had to go",
    "silence": "it ended after a long silence",
    "end_of_script": "the script ran out",
    "interrupted": "it was interrupted with Ctrl-C",
    "error": "it stopped when a device or file failed",
}


@dataclass
class TurnFeedback:
    index: int  # position in session.turns
    speaker: str
    kind: str
    text: str
    start: float
    end: float
    question_type: str | None = None
    flags: list[str] = field(default_factory=list)  # "leading: ...", "stacked: 2 questions", ...
    rewrite: str | None = None
    listening: list[str] = field(default_factory=list)
    topic_switch: bool = False
    reasons: list[str] = field(default_factory=list)
    wpm: float | None = None
    band: str | None = None
    gap: float | None = None  # seconds between their end and your start (< 0: overlap)
    pauses: int = 0
    fillers: list[str] = field(default_factory=list)
    interrupting: bool = False  # user turn spoke over them
    interrupted: bool = False  # interviewee turn was cut off
    partial: bool = False
    planted: list[str] = field(default_factory=list)  # interviewee turn: details it planted
    picked: list[str] = field(default_factory=list)  # user turn: details it picked up
    topic: str | None = None
    detail: str | None = None
    quality: float | None = None  # for ranking questions best to worst
    purpose: str | None = None  # a wrap-up move (follow_up, thanks): closed by nature, not graded

    @property
    def is_question(self) -> bool:
        return (self.speaker == "user" and self.kind != "pitch" and not self.purpose
                and self.question_type in ("open", "closed"))


@dataclass
class Pacing:
    timed: bool  # False for typed sessions: no times, talk share by words
    pitch_turn: int | None = None
    pitch_seconds: float | None = None
    pitch_estimated: bool = False  # typed pitch: length estimated from its words
    pitch_words: int = 0
    pitch_target: float = norms.PITCH_TARGET_S
    pitch_verdict: str | None = None  # on_time | too_long | too_short
    pitch_delay: float | None = None  # from being given the floor to the first word
    pitch_missing: str | None = None  # the pitch scorer's one missing point, if any
    pitch_cut: str | None = None  # the pitch scorer's suggested cut, if any
    turn_wpm: list[dict] = field(default_factory=list)  # {"turn", "start", "wpm", "band"}
    mean_wpm: float | None = None
    slow_turns: int = 0
    fast_turns: int = 0
    long_pauses: int = 0
    fillers: int = 0
    common_fillers: list[str] = field(default_factory=list)
    gaps: list[dict] = field(default_factory=list)  # {"turn", "gap"}
    mean_gap: float | None = None
    long_gaps: int = 0
    interruptions: int = 0
    user_seconds: float = 0.0
    interviewee_seconds: float = 0.0
    user_words: int = 0
    interviewee_words: int = 0
    talk_share: float | None = None
    talk_basis: str = "time"  # "time" | "words"
    budget_seconds: float | None = None
    duration: float = 0.0
    over_by: float | None = None  # seconds past the budget (<= 0: within it)
    warned_at: float | None = None
    time_up: bool = False
    questions_after_warning: int = 0
    wrapped_up: bool | None = None
    ended_by: str | None = None


@dataclass
class Phrasing:
    questions: int = 0
    open: int = 0
    closed: int = 0
    open_share: float | None = None
    leading: list[int] = field(default_factory=list)
    stacked: list[int] = field(default_factory=list)
    job_asks: list[int] = field(default_factory=list)
    best: int | None = None  # turn indices
    worst: int | None = None


@dataclass
class Listening:
    questions: int = 0
    reflections: int = 0
    acknowledgements: int = 0
    references: int = 0
    follow_ups: int = 0
    topic_switches: int = 0
    rq_ratio: float | None = None
    rq_level: str = "n/a"  # good | fair | below fair | n/a
    details: list[DetailNote] = field(default_factory=list)
    scenario_found: bool = True

    @property
    def picked(self) -> list[DetailNote]:
        return [d for d in self.details if d.picked]

    @property
    def missed(self) -> list[DetailNote]:
        return [d for d in self.details if not d.picked]


@dataclass
class Advice:
    key: str
    title: str
    why: str
    how: str
    priority: float


@dataclass
class Review:
    session_id: str
    scenario: str
    scenario_title: str
    started_at: str
    mode: str
    complete: bool
    ended_by: str | None
    duration: float
    notice: str | None
    turns: list[TurnFeedback]
    pacing: Pacing
    phrasing: Phrasing
    listening: Listening
    checklist: list[CheckItem]
    practise: list[Advice]
    strengths: list[str]
    topics_covered: list[str]
    folder: str | None = None
    # user turns the professional could not answer ("unknown" replies): gaps in the scenario
    # or questions off the field; counted so they are not mistaken for the user's fault
    unanswered: list[int] = field(default_factory=list)
    plan: Any = None  # PlanProgress when a question plan was used (practice prepare)

    def turn(self, index: int | None) -> TurnFeedback | None:
        if index is None:
            return None
        return next((t for t in self.turns if t.index == index), None)

    def to_dict(self) -> dict[str, Any]:
        data = {"format": REVIEW_FORMAT, "version": REVIEW_VERSION}
        data.update(asdict(self))
        data["listening"]["picked"] = len(self.listening.picked)
        data["listening"]["missed"] = [d.label for d in self.listening.missed]
        data["norms"] = [asdict(n) for n in norms.NORMS]
        return data
