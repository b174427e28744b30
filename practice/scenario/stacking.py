"""Two questions in one turn: which topics they ask, and whether the second is one of its own.

Split from `practice.scenario.interviewee`, which says the reply. The first part must read as
a topic; the second counts as another question when it reads strongly as another topic, or as
small talk, or when the user announced two ("Two quick ones."), where its best topic will do
even if unsure. Anything else is more of the first ("What's the staffroom like? Do people
actually get on?"): the writers of the conversation sets call that one question.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from practice.scenario import acts, parts
from practice.scenario.memory import Memory
from practice.scenario.understanding import Reading, Understanding


@dataclass(frozen=True)
class TwoAsks:
    """The first question's reading, and the second's: a topic, or else small talk (on
    `small_talk`, when the scenario has that subject)."""

    first: Reading
    topic: str | None = None
    small_talk: str | None = None


# A second part whose reading gives the first part's topic at least this share of its own best
# score is more of the first ("How does promotion work here? What could be my path after some
# years?": path 1.01, career_ladder 0.86). Sets a-aj: 0.6 and 0.7 put 7 replies right, none
# wrong; 0.5 gave 9 and 0, 0.4 gave 14 and 1; the surer 0.6 stays clear of the first loss.
NEAR_TIE = 0.6


def two_asks(text: str, asked: list[str], understanding: Understanding, memory: Memory,
             topic_ids: set[str]) -> TwoAsks | None:
    """The two asks of a turn split into `asked` parts; None when it is one question."""
    if len(asked) < 2:
        return None
    readings = [understanding.read(p, memory, details=False) for p in asked]
    first = readings[0]
    if first.topic is None or not first.confident:
        return None
    announced = parts.announces_two(acts.normal(text))
    if announced:  # said to be two: the second's best topic, even where it is not sure
        readings[1:] = [dataclasses.replace(r, topic=r.ranking[0][0]) if r.topic is None and r.ranking
                        and r.ranking[0][0] in topic_ids else r for r in readings[1:]]
    rest = [r for r in readings[1:] if r.topic != first.topic]
    if not rest:
        return None
    other = rest[0]
    # "How do agency and in-house jobs compare, and which would you start with?": a second
    # part that leans only faintly to another topic (advice) is more of the first (sets a-ah:
    # +23 turns, -3 with `confident` as the bar)
    near = dict(other.ranking).get(first.topic, 0.0) >= NEAR_TIE * other.score
    if other.topic is not None and (other.strong or announced) and (announced or not near):
        return TwoAsks(first, topic=other.topic)
    # small talk read only faintly ("What's the next rung for you?" near "running") is not asked
    if other.small_talk is not None and other.strong or acts.is_small_talk(acts.normal(asked[readings.index(other)])):
        return TwoAsks(first, small_talk=other.small_talk)
    return None
