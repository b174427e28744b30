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

# Format version 2: the questions people really ask besides the classic eight. Every built-in
# scenario answers them (`scenarios check` requires it); a user's scenario is warned.
V2_TOPICS: tuple[str, ...] = (
    "pay",
    "remote_work",
    "hours_and_balance",
    "bad_day",
    "ethics",
    "ai_and_technology",
    "do_differently",
    "proudest_work",
    "mistakes",
    "team",
    "tools",
    "hiring",
    "education",
    "advice",
    "career_ladder",
    "stress",
)
REQUIRED_TOPICS: tuple[str, ...] = CLASSIC_TOPICS + V2_TOPICS

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
    # other wordings of the gist, said when the topic comes up again (never the same twice);
    # empty lets the interviewee point back to what it said
    again: tuple[str, ...]
    details: tuple[Detail, ...]
    example: str = ""  # a concrete story, for "can you give me an example?"

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
    employer: str = ""  # a named employer, used consistently (format 2)
    place: str = ""  # where they live and work
    life: str = ""  # life outside work, for small talk


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
    # format 2; empty in a version-1 file (the interviewee then falls back on built-in wording)
    unknown: tuple[str, ...] = ()
    redirect: tuple[str, ...] = ()
    follow_up_permission: tuple[str, ...] = ()
    small_talk_return: tuple[str, ...] = ()
    clarify_fallback: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    """One of the persona's own terms (`[glossary]`), explained as they would say it."""

    term: str
    explanation: str


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
    glossary: tuple[Term, ...] = ()

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
