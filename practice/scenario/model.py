"""What a scenario holds once loaded and checked: plain frozen dataclasses, no behaviour.

A scenario is one simulated professional: who they are (persona), what they say at fixed
moments (lines), how they answer what they cannot or will not answer (responses), and what
they can talk about (topics with planted details, and small talk). Every text field is meant
to be spoken by a TTS voice, so lines that may vary are tuples of alternatives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The eight questions every informational interview should get to; every scenario covers them.
CLASSIC_TOPICS: tuple[str, ...] = (
    "enjoy",
    "day_to_day",
    "stereotypes",
    "culture",
    "perks_and_downsides",
    "path",
    "wish_known_earlier",
    "future",
)

DETAIL_KINDS: tuple[str, ...] = ("project", "number", "person", "turning_point", "place", "other")


@dataclass(frozen=True)
class Detail:
    """Something concrete planted in an answer, rewarded with a deeper story when followed up."""

    id: str
    topic: str
    kind: str
    keywords: tuple[str, ...]
    answer: str
    short: str


@dataclass(frozen=True)
class Topic:
    id: str
    phrasings: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str
    short: str
    again: str  # said when asked again after the full answer; "" lets the interviewee improvise
    details: tuple[Detail, ...]

    @property
    def classic(self) -> bool:
        return self.id in CLASSIC_TOPICS


@dataclass(frozen=True)
class SmallTalk:
    """Non-work common ground (a hobby, the city, a pet): brief, warm, never graded as a topic."""

    id: str
    phrasings: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str


@dataclass(frozen=True)
class Persona:
    name: str
    role: str
    employer_type: str
    field: str
    years: int
    background: str
    voice: str
    minutes: int


@dataclass(frozen=True)
class Lines:
    greeting: tuple[str, ...]
    pitch_response: tuple[str, ...]
    time_warning: tuple[str, ...]
    time_up: tuple[str, ...]
    closing: tuple[str, ...]


@dataclass(frozen=True)
class Responses:
    unmatched: tuple[str, ...]
    job_ask: tuple[str, ...]
    thanks: tuple[str, ...]
    referrals: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    persona: Persona
    lines: Lines
    responses: Responses
    topics: tuple[Topic, ...]
    small_talk: tuple[SmallTalk, ...]
    path: Path | None = None
    builtin: bool = False

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    @property
    def details(self) -> tuple[Detail, ...]:
        return tuple(d for t in self.topics for d in t.details)

    def detail(self, detail_id: str) -> Detail:
        for detail in self.details:
            if detail.id == detail_id:
                return detail
        raise KeyError(detail_id)
