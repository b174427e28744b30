"""What the professional remembers of one conversation: what was said, on which topic, in which
form, which details and terms came up, and which line was last. It is what makes "that" and
"an example of that" point at the last answer, lets a term the persona used be explained, and
keeps every line from being spoken twice (unless the user asks to hear it again).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from practice.scenario.model import Scenario
from practice.scenario.text import normalize


@dataclass
class Memory:
    said: set[str] = field(default_factory=set)  # every line spoken, exactly
    told: dict[str, set[str]] = field(default_factory=dict)  # topic -> forms said (full, short, example)
    details_told: set[str] = field(default_factory=set)  # details whose story was told
    asked: Counter = field(default_factory=Counter)  # topic -> times the user asked about it
    asked_with: dict[str, list[str]] = field(default_factory=dict)  # topic -> the user's wordings
    counters: dict[str, int] = field(default_factory=dict)  # alternatives used per line kind
    last_topic: str | None = None  # the topic of the last answer: what "that" refers to
    last_text: str | None = None  # the last line spoken, for "could you repeat that?"
    terms_said: list[str] = field(default_factory=list)  # glossary terms used, latest last
    term_topics: dict[str, str] = field(default_factory=dict)  # term -> topic of the answer that used it

    def remember(self, text: str, topic: str | None, form: str | None = None) -> None:
        self.said.add(text)
        self.last_text = text
        if topic is not None:
            self.last_topic = topic
            if form:
                self.told.setdefault(topic, set()).add(form)

    def note_asked(self, topic: str, wording: str) -> None:
        """The user asked about `topic` in these words (a second ask is a recap only when it
        says so or is worded much the same: `Interviewee._asked_again`)."""
        self.asked[topic] += 1
        self.asked_with.setdefault(topic, []).append(wording)

    def unsaid(self, options) -> list[str]:
        return [o for o in options if o and o not in self.said]

    def pick(self, key: str, options: tuple[str, ...]) -> str | None:
        """The next alternative of a line not yet said (in turn), or None when all were said."""
        if not options:
            return None
        start = self.counters.get(key, 0)
        for i in range(len(options)):
            option = options[(start + i) % len(options)]
            if option not in self.said:
                self.counters[key] = start + i + 1
                return option
        return None

    def note_terms(self, scenario: Scenario, text: str, topic: str | None = None) -> None:
        """Glossary terms used in `text`, so "what do you mean by X?" finds the latest one."""
        spoken = f" {normalize(text)} "
        for term in scenario.glossary:
            key = normalize(term.term)
            if key and f" {key} " in spoken:
                if term.term in self.terms_said:
                    self.terms_said.remove(term.term)
                self.terms_said.append(term.term)
                if topic is not None:
                    self.term_topics[term.term] = topic
