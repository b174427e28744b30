"""What a clarifying question asks about: "what do you mean by the huddle?", "who is Walt?",
"GIS, sorry, what does that stand for?", "Stand-up?".

A pure lookup over the scenario (glossary, planted details) and what this conversation said;
the interviewee turns the answer into its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scenario import acts, parts, recall
from practice.scenario.memory import Memory
from practice.scenario.terms import find_term, named_in
from practice.scenario.model import Detail, Scenario, Term


@dataclass(frozen=True)
class Clarified:
    how: str  # "fallback" (which part?), "more_on" (the last topic, plainly), "term", "detail", "point_back"
    topic: str | None = None
    term: Term | None = None
    detail: Detail | None = None
    sentence: str | None = None  # for "point_back": the sentence that said the words


def what_is_asked(text: str, n: str, reading, memory: Memory, scenario: Scenario, understanding,
                  history: recall.History) -> Clarified | None:
    """What the turn asks to have explained, or None when it is no clarifying question."""
    if acts.is_bare_clarify(n):
        if memory.last_topic is None:
            return Clarified("fallback")
        return Clarified("more_on", memory.last_topic)
    target = acts.clarify_target(acts.normal(parts.question_parts(text)[0]))
    if target is None:
        target = acts.clarify_target(n)
    if target is None and len(n.split()) <= 3 and text.rstrip().endswith("?"):
        target = n  # "Stand-up?": a term said back as a question
        if find_term(scenario.glossary, n, memory.terms_said) is None:
            return None
    if target is None:
        return None
    explicit = bool(re.search(r"\bmean|stand for|short for|explain|define|never heard|not familiar"
                              r"|reference|meaning", n))
    if target in acts.POINTING:
        target = n  # "GIS, sorry, what does that stand for?": the term is elsewhere in the turn
    words = target.split()
    term = find_term(scenario.glossary, " ".join(words[:6]), memory.terms_said)
    if term is None and target == n:
        term = named_in(scenario.glossary, n)
    if term is not None:
        topic = recall.topic_that_said(term.term, history) or memory.term_topics.get(term.term) or memory.last_topic
        return Clarified("term", topic, term=term)
    who = re.match(r"^(?:sorry |so |um |uh |and |wait )*who (?:is|was|are)\b", n)
    detail = understanding.detail_named(target, memory)
    if detail is not None and (explicit or who or len(words) <= 4):
        return Clarified("detail", detail.topic, detail=detail)
    if who or explicit:
        said = recall.said_with(target, history)
        if said is not None:
            return Clarified("point_back", said[1], sentence=said[0])
    if explicit and not reading.strong:
        return Clarified("fallback")
    return None
