"""The simulated professional during one conversation: answers, remembers, reacts.

The interviewee rewards good habits and lets bad ones be felt: an open question gets the
full story with its planted details, a closed one gets the short true answer a busy person
gives, a follow-up on a detail gets the deeper story behind it, a job ask gets a kind no,
and asking the same thing twice gets a pointer back rather than the same words again.

Whether a question is closed, and whether it asks for a job, is the question scorer's call
(`practice.scoring`), so the coach and the interviewee never disagree about it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Callable

from practice.scenario.matcher import Match, Matcher
from practice.scenario.model import Detail, Scenario

REPLY_KINDS = ("topic", "detail", "small_talk", "unmatched", "job_ask", "referrals", "thanks")

# Said before a shorter answer when a topic comes up again; varied so it never sounds canned.
_POINTERS_BACK = (
    "Like I said earlier, ",
    "As I mentioned, ",
    "I think I touched on that already. ",
    "Going back to what I said before, ",
    "Right, we covered a bit of that. ",
)
_AFTER_DETAIL_AGAIN = (
    "Well, as I was saying about that, ",
    "Like I said, ",
    "I think I told you most of it. ",
)


@dataclass(frozen=True)
class Reply:
    """What the interviewee says to one turn, and why (for the review and for `try`)."""

    kind: str
    text: str
    topic: str | None = None
    detail: str | None = None
    closed: bool = False
    question_type: str = "open"
    score: float = 0.0
    repeat: bool = False

    def to_dict(self) -> dict:
        data = asdict(self)
        data["reply"] = data.pop("text")
        return data


def _scorer_question_type(text: str) -> str:
    from practice.scoring import question_type

    return question_type(text)


def _scorer_job_ask(text: str) -> bool:
    """The scorer's own job-ask rule (not a whole scoring pass on every reply)."""
    from practice.scoring.flags import job_ask

    return job_ask(text) is not None


@dataclass
class _State:
    said: set[str] = field(default_factory=set)
    topic_forms: dict[str, set[str]] = field(default_factory=dict)  # topic -> {"full","short"}
    details_told: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)
    history: list[tuple[str, Reply]] = field(default_factory=list)


class Interviewee:
    """One conversation with one scenario's persona. Not thread-safe; one per session."""

    def __init__(self, scenario: Scenario,
                 question_type: Callable[[str], str] | None = None,
                 job_ask: Callable[[str], bool] | None = None,
                 matcher: Matcher | None = None):
        self.scenario = scenario
        self.persona = scenario.persona
        self.matcher = matcher or Matcher(scenario)  # the index is read-only: share it between interviewees
        self._question_type = question_type or _scorer_question_type
        self._job_ask = job_ask or _scorer_job_ask
        self._state = _State()

    # ------------------------------------------------------------------ fixed lines

    def _pick(self, key: str, options: tuple[str, ...]) -> str:
        """Options in turn, so a line asked for twice is not the same words twice."""
        if not options:
            return ""
        index = self._state.counters.get(key, 0)
        self._state.counters[key] = index + 1
        text = options[index % len(options)]
        self._state.said.add(text)
        return text

    def greeting(self) -> str:
        return self._pick("greeting", self.scenario.lines.greeting)

    def pitch_response(self) -> str:
        return self._pick("pitch_response", self.scenario.lines.pitch_response)

    def time_warning(self) -> str:
        return self._pick("time_warning", self.scenario.lines.time_warning)

    def time_up(self) -> str:
        return self._pick("time_up", self.scenario.lines.time_up)

    def closing(self) -> str:
        return self._pick("closing", self.scenario.lines.closing)

    # ------------------------------------------------------------------ details, for the review

    @property
    def details(self) -> tuple[Detail, ...]:
        """Every planted detail of the scenario."""
        return self.scenario.details

    def heard_details(self) -> list[Detail]:
        """Details the user has heard: planted in an answer the interviewee gave."""
        told = " ".join(r.text for _, r in self._state.history)
        heard = {d.id for d in self.matcher.mentioned_details(told)}
        return [d for d in self.details if d.id in heard]

    def followed_details(self) -> list[Detail]:
        """Details the user followed up on (asked about and got the deeper story)."""
        return [d for d in self.details if d.id in self._state.details_told]

    def mentioned_details(self, text: str) -> list[Detail]:
        """Details the given text refers to (e.g. a reflection: "nineteen days, wow")."""
        return self.matcher.mentioned_details(text)

    @property
    def covered_topics(self) -> list[str]:
        return list(self._state.topic_forms)

    @property
    def history(self) -> list[tuple[str, Reply]]:
        return list(self._state.history)

    # ------------------------------------------------------------------ answering

    def reply(self, text: str, question_type: str | None = None) -> Reply:
        """Answer one turn of the user. `question_type` overrides the scorer's judgement."""
        qtype = question_type or self._question_type(text)
        closed = qtype == "closed"
        if self._job_ask(text):
            reply = Reply("job_ask", self._pick("job_ask", self.scenario.responses.job_ask),
                          closed=closed, question_type=qtype)
        else:
            reply = self._answer(text, self.matcher.match(text), closed, qtype)
        self._state.history.append((text, reply))
        return reply

    def _answer(self, text: str, match: Match, closed: bool, qtype: str) -> Reply:
        responses = self.scenario.responses
        common = dict(closed=closed, question_type=qtype, score=round(match.score, 3))
        if qtype == "not_a_question" and match.thanks >= 1.0 and match.kind != "detail":
            # "Thank you for your time today" thanks; it does not ask about the day.
            return self._say(Reply("thanks", self._pick("thanks", responses.thanks), **common))
        if match.kind == "detail":
            return self._detail_reply(match, common)
        if match.kind == "topic":
            return self._topic_reply(match, common)
        if match.kind == "small_talk":
            talk = next(t for t in self.scenario.small_talk if t.id == match.topic)
            repeat = talk.answer in self._state.said
            text = talk.answer if not repeat else "Ha, like I said, " + _lower_first(talk.answer)
            return self._say(Reply("small_talk", text, topic=talk.id, repeat=repeat, **common))
        if match.kind == "referrals":
            return self._say(Reply("referrals", self._pick("referrals", responses.referrals), **common))
        if match.kind == "thanks":
            return self._say(Reply("thanks", self._pick("thanks", responses.thanks), **common))
        last = next((r for _, r in reversed(self._state.history) if r.kind in ("topic", "detail")), None)
        detail = self.matcher.follow_up_detail(text, last.text) if last else None
        if detail is not None:
            followed = Match("detail", detail.topic, detail.id, match.score, match.ranking,
                             match.thanks, match.referrals)
            return self._detail_reply(followed, common)
        if last is not None and last.kind == "topic" and self.matcher.bare_follow_up(text) \
                and "full" not in self._state.topic_forms.get(last.topic, set()):
            # "Tell me more" after a short answer: now the whole story
            expanded = Match("topic", last.topic, None, match.score, match.ranking)
            return self._topic_reply(expanded, {**common, "closed": False})
        return Reply("unmatched", self._pick("unmatched", responses.unmatched), **common)

    def _topic_reply(self, match: Match, common: dict) -> Reply:
        topic = self.scenario.topic(match.topic)
        forms = self._state.topic_forms.setdefault(topic.id, set())
        closed = common["closed"]
        if "full" in forms or ("short" in forms and closed):
            text = self._again(topic, closed)
            return self._say(Reply("topic", text, topic=topic.id, repeat=True, **common))
        form = "short" if closed else "full"
        forms.add(form)
        text = topic.short if closed else topic.answer
        return self._say(Reply("topic", text, topic=topic.id, **common))

    def _again(self, topic, closed: bool) -> str:
        """A second ask: the author's `again` line once, then pointers back, never a replay."""
        for again in topic.again:
            if again not in self._state.said:
                return again
        pointer = self._pick("pointer_back", _POINTERS_BACK)
        base = topic.short if (closed or topic.short not in self._state.said) else _gist(topic.answer)
        return _unique(pointer + _lower_first(base), self._state.said)

    def _detail_reply(self, match: Match, common: dict) -> Reply:
        detail = self.scenario.detail(match.detail)
        told = detail.id in self._state.details_told
        self._state.details_told.add(detail.id)
        if told:
            pointer = self._pick("detail_again", _AFTER_DETAIL_AGAIN)
            text = _unique(pointer + _lower_first(detail.short), self._state.said)
        else:
            text = detail.short if common["closed"] else detail.answer
            if common["closed"]:
                self._state.details_told.discard(detail.id)  # the story itself is still untold
        return self._say(Reply("detail", text, topic=detail.topic, detail=detail.id,
                               repeat=told, **common))

    def _say(self, reply: Reply) -> Reply:
        self._state.said.add(reply.text)
        return reply


_KEEP_CAPITAL = re.compile(r"^(?:I\b|[A-Z][a-z]+ [A-Z])")


def _lower_first(text: str) -> str:
    """Lower-case the first letter when a sentence is continued after a lead-in phrase."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not _KEEP_CAPITAL.match(text):
        return text[0].lower() + text[1:]
    return text


def _gist(answer: str) -> str:
    """The first sentence of an answer: enough to point back without replaying it."""
    match = re.match(r"(.+?[.!?])(\s|$)", answer)
    return match.group(1) if match else answer


_COVERED = (
    "I think I've covered that one. Is there a part you'd like me to go into?",
    "We've been over that, I think. Was there something specific you wanted to know?",
    "I feel like I'm repeating myself! What part would be most useful to you?",
)


def _unique(text: str, said: set[str]) -> str:
    """Never the same words twice: if this exact text was said, say something else briefly."""
    for option in (text, *_COVERED):
        if option not in said:
            return option
    return _COVERED[len(said) % len(_COVERED)]  # after every variant: cycle, it is the 5th ask
