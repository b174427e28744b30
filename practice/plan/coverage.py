"""Which topics a plan reaches, what it leaves out, and what to talk about besides work.

A planned question is read the way the interviewee reads it in the conversation (the
scenario's matcher), so "covered" here means the same thing as an answer there. Rapport
topics come from the scenario's small talk: the article this product follows suggests topics
other than work (a shared university, a place you both like) to build a connection.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from practice.scenario.model import CLASSIC_TOPICS, Scenario


@dataclass
class QuestionCheck:
    text: str
    question_type: str
    leading: bool
    stacked: bool
    job_ask: bool
    rewrite: str | None
    topic: str | None  # the scenario topic it would be answered from
    reasons: list[str] = field(default_factory=list)


@dataclass
class Coverage:
    questions: list[QuestionCheck]
    classic_covered: list[str]
    classic_missing: list[str]
    topics_covered: list[str]  # every scenario topic reached, classic or not
    topics_total: int
    suggestions: dict[str, str]  # missing classic topic -> a question to ask
    rapport: list[str]  # one or two questions about something other than work

    def to_dict(self) -> dict:
        return asdict(self)


def topic_of(matcher, text: str) -> str | None:
    match = matcher.match(text)
    return match.topic if match.kind in ("topic", "detail") else None


def check_question(text: str, matcher) -> QuestionCheck:
    from practice.scoring import score_utterance

    score = score_utterance(text)
    return QuestionCheck(text, score.question_type, score.leading, score.stacked, score.job_ask,
                         score.rewrite, topic_of(matcher, text), list(score.reasons))


def coverage(questions: list[str], scenario: Scenario, matcher=None) -> Coverage:
    from practice.scenario.matcher import Matcher

    matcher = matcher or Matcher(scenario)
    checks = [check_question(q, matcher) for q in questions]
    reached = [c.topic for c in checks if c.topic]
    covered = [t.id for t in scenario.topics if t.id in reached]
    classic_missing = [t for t in CLASSIC_TOPICS if t not in reached]
    suggestions = {}
    for topic_id in classic_missing:
        try:
            suggestions[topic_id] = scenario.topic(topic_id).phrasings[0]
        except (KeyError, IndexError):
            continue
    rapport = [talk.phrasings[0] for talk in scenario.small_talk if talk.phrasings][:2]
    return Coverage(checks, [t for t in CLASSIC_TOPICS if t in reached], classic_missing, covered,
                    len(scenario.topics), suggestions, rapport)
