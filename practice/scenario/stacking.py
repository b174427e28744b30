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
    if other.topic is not None and (other.strong or announced):
        return TwoAsks(first, topic=other.topic)
    if other.small_talk is not None or acts.is_small_talk(acts.normal(asked[readings.index(other)])):
        return TwoAsks(first, small_talk=other.small_talk)
    return None
