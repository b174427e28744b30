"""The simulated professional during one conversation: a dialogue manager over authored lines.

Every user turn gets a reply kind (what the user just did, `reply.REPLY_KINDS`) and, where one
applies, the topic answered. The words always come from the scenario's authored content
(answers, short answers, examples, other wordings, details, glossary, responses), chosen and
joined here: small language models were tried for the replies and invented facts.

The interviewee rewards good habits and lets bad ones be felt: an open question gets the full
story with its planted details, a closed one gets the short true answer, a follow-up on a
detail gets the deeper story, a job ask gets a kind no, the same question twice gets "as I
said" in other words, and a question the content cannot answer gets an honest "I can't
really speak to that" with a bridge to what they can speak to. No line is said twice unless
the user asks to hear it again.

Whether a question is closed, and whether it asks for a job, is the question scorer's call
(`practice.scoring`), so the coach and the interviewee never disagree about it. What the turn
is about comes from `understanding` (words and meaning); what kind of turn it is from `acts`.
"""

from __future__ import annotations

from typing import Callable

from practice.scenario import acts, clarify, outside, parts, recall, redirects, scorer, stacking
from practice.scenario.matcher import Matcher
from practice.scenario.memory import Memory
from practice.scenario.model import Detail, Scenario
from practice.scenario.phrases import Phrases
from practice.scenario.reply import Reply
from practice.scenario.understanding import Reading, Understanding

class Interviewee:
    """One conversation with one scenario's persona. Not thread-safe; one per session."""

    def __init__(self, scenario: Scenario,
                 question_type: Callable[[str], str] | None = None,
                 job_ask: Callable[[str], bool] | None = None,
                 matcher: Matcher | None = None,
                 understanding: Understanding | None = None):
        self.scenario = scenario
        self.persona = scenario.persona
        # the indexes are read-only: share them between interviewees of one scenario
        self.understanding = understanding or Understanding(scenario, matcher)
        self._question_type = question_type or scorer.question_type
        self._job_ask = job_ask or scorer.job_ask
        self._stacked_units = scorer.stacked
        self.memory = Memory()
        self.phrases = Phrases(scenario, self.memory)
        self._history: list[tuple[str, Reply]] = []
        self._terms = tuple(t.term for t in scenario.glossary)

    # ------------------------------------------------------------------ fixed lines

    @property
    def matcher(self) -> Matcher:
        return self.understanding.matcher

    def _line(self, key: str, options: tuple[str, ...]) -> str:
        text = self.phrases.line(key, options)
        self.memory.remember(text, None)
        return text

    def greeting(self) -> str:
        return self._line("greeting", self.scenario.lines.greeting)

    def pitch_response(self) -> str:
        return self._line("pitch_response", self.scenario.lines.pitch_response)

    def time_warning(self, remaining: float | None = None) -> str:
        """The 'I have to go soon' line; any duration it states is made true for `remaining`
        seconds (a 3-minute demo must not hear 'about five minutes')."""
        text = self.phrases.time_warning(remaining)
        self.memory.remember(text, None)
        return text

    def time_up(self) -> str:
        return self._line("time_up", self.scenario.lines.time_up)

    def closing(self) -> str:
        return self._line("closing", self.scenario.lines.closing)

    # ------------------------------------------------------------------ for the review

    @property
    def details(self) -> tuple[Detail, ...]:
        return self.scenario.details

    def heard_details(self) -> list[Detail]:
        """Details the user has heard: planted in an answer the interviewee gave."""
        told = " ".join(r.text for _, r in self._history)
        heard = {d.id for d in self.matcher.mentioned_details(told)}
        return [d for d in self.details if d.id in heard]

    def followed_details(self) -> list[Detail]:
        """Details the user followed up on (asked about and got the deeper story)."""
        return [d for d in self.details if d.id in self.memory.details_told]

    def mentioned_details(self, text: str) -> list[Detail]:
        return self.matcher.mentioned_details(text)

    @property
    def covered_topics(self) -> list[str]:
        return list(self.memory.told)

    @property
    def history(self) -> list[tuple[str, Reply]]:
        return list(self._history)

    # ------------------------------------------------------------------ answering

    def reply(self, text: str, question_type: str | None = None) -> Reply:
        """Answer one turn of the user. `question_type` overrides the scorer's judgement."""
        qtype = question_type or self._question_type(text)
        reply = self._choose(text, qtype)
        self.memory.note_terms(self.scenario, reply.text, reply.topic)
        self._history.append((text, reply))
        return reply

    def _choose(self, text: str, qtype: str) -> Reply:
        n = acts.normal(text)
        closed = qtype == "closed"
        common = dict(closed=closed, question_type=qtype)
        question = qtype != "not_a_question" or parts.is_question(text, n)
        mem = self.memory
        if not n:
            return self._say("clarify", self.phrases.clarify_fallback(), None, common)
        if acts.is_repeat(n) and mem.last_text:
            return self._earlier_again(text, common) or self._social("repeat", common)
        # "Could I send you my CV?" with an opening named is a job ask (7 of 8 such turns in
        # sets a-s), however politely it asks to stay in touch
        if self._job_ask(text):
            return self._social("job_ask", common)
        if acts.is_follow_up_permission(n):
            return self._social("follow_up_permission", common)
        if self.understanding.referral(n):
            return self._social("referral", common)
        if acts.is_closing(n) and not acts.asks_more(text, n):
            return self._say("closing", self.phrases.closing(), None, common)
        if redirects.is_redirect(n, acts.normal(mem.last_text or "")):
            return self._social("redirect", common)
        if acts.is_how_are_you(n) and len(n.split()) <= 9:
            return self._small_talk(n, Reading(None, 0.0, False, False), common)
        if acts.is_thanks(n) and not question:
            return self._social("thanks", common)
        original = text
        if acts.is_thanks(n):
            text, n = parts.drop_thanks(text), acts.normal(parts.drop_thanks(text))
        reading = self.understanding.read(text, mem)
        intent = self.understanding.intent(original)
        # a turn that points back at a story it names is about that story, however rude or
        # outside the person's world its words look ("the shop ringing up bags as milk...")
        pointed = reading.detail is not None and acts.points_at_told(text, n)
        if mem.last_topic and not pointed and not reading.named_detail and acts.opens_elaborate(n):
            return self._elaborate(mem.last_topic, common)
        if not pointed and reading.detail is None and self._mentions_unsaid(text, n, reading):
            # "You mentioned the election. Tell me more?" when nothing was said of one: which
            # part they mean, before any reading of the words around it
            return self._say("clarify", self.phrases.clarify_fallback(), None, common)
        if intent is not None and intent.sure and not pointed:
            by_meaning = self._by_intent(intent.kind, text, n, reading, common)
            if by_meaning is not None:
                return by_meaning
        if acts.is_reflection(text, n) and not (question and reading.strong and reading.topic != mem.last_topic):
            return self._reflection(reading, common)
        clarify = self._clarify(text, n, reading, common)
        if clarify is not None:
            return clarify
        if acts.asks_example(n) and (mem.last_topic or reading.topic):
            topic = reading.topic if (reading.strong and reading.topic != mem.last_topic
                                      and not acts.refers_back(n)) else mem.last_topic
            if reading.detail is not None and reading.named_detail:
                return self._follow_up(reading.detail, common, kind="example")
            return self._example(topic or reading.topic, common)
        if reading.detail is not None and reading.named_detail:
            return self._follow_up(reading.detail, common)
        if self._mentions_unsaid(text, n, reading):
            return self._say("clarify", self.phrases.clarify_fallback(), None, common)
        if mem.last_topic and ((acts.is_elaborate(n) and not reading.strong) or acts.asks_why_said(n)
                               or (reading.detail is None and recall.asks_why_of_last(n, self._history))):
            return self._elaborate(mem.last_topic, common)
        if reading.detail is not None:
            return self._follow_up(reading.detail, common)
        lexical_talk = reading.small_talk is not None and (reading.lexical_small_talk or acts.is_small_talk(n))
        # "Do most hospitals in Ohio have a nurses' union?" names their town, and asks about
        # paperwork outside their world all the same
        paperwork = question and outside.names_paperwork(n) and self.understanding.outside(text, n, reading)
        if (lexical_talk or (acts.is_small_talk(n) and not reading.strong)) and not paperwork:
            return self._small_talk(n, reading, common)
        if paperwork or question and self.understanding.outside(text, n, reading):
            return self._unknown(text, common, intent, n, reading, question)
        stacked = self._stacked(text, reading, common)
        if stacked is not None:
            return stacked
        if reading.topic is not None:
            if question and self.understanding.beside(text, reading):
                return self._unknown(text, common, intent, n, reading, question)
            return self._answer(reading.topic, common, reading.score, text)
        if not question and mem.last_topic:
            return self._reflection(reading, common)
        if mem.last_topic and acts.refers_back(n) and len(n.split()) <= 10:
            return self._elaborate(mem.last_topic, common)  # "what did she do then?"
        if mem.last_topic and len(n.split()) <= 12 and recall.names_last_reply(n, self._history):
            # "The quarterly survey. What moved?": on something just said
            topic = self.scenario.topic(mem.last_topic)
            return self._say("follow_up", self.phrases.more_on(topic), topic.id, common)
        return self._unknown(text, common, intent, n, reading, question)

    def _by_intent(self, kind: str, text: str, n: str, reading: Reading, common: dict) -> Reply | None:
        """The reply to a turn whose kind the learned model is sure of and the phrase rules
        did not see (`intents`); None where that kind cannot be answered here."""
        mem = self.memory
        if reading.detail is not None and kind in ("clarify", "elaborate", "example", "reflection_response"):
            return None  # on a planted detail: the rules tell a follow-up from the rest
        if kind == "redirect" and self.understanding.asks_elsewhere(n):
            return None  # "What's your view on capital gains tax law?": outside their world, not rude
        if kind in ("job_ask", "referral", "follow_up_permission", "redirect") or (kind == "repeat" and mem.last_text):
            return self._social(kind, common)
        if kind == "small_talk":
            return self._small_talk(n, reading, common)
        if kind == "elaborate" and mem.last_topic:
            return self._elaborate(mem.last_topic, common)
        if kind == "example" and (mem.last_topic or reading.topic):
            return self._example(mem.last_topic or reading.topic, common)
        if kind == "reflection_response" and mem.last_topic:
            return self._reflection(reading, common)
        if kind == "clarify":
            found = self._clarify(text, n, reading, common)
            if found is not None:
                return found
            if acts.asks_what_it_is_like(n) and reading.strong and reading.topic not in (None, mem.last_topic):
                return None  # "what's exam season like for you, is it mental?": how it is lived, not what it means
            if mem.last_topic is not None:  # what in the last answer, it does not say: put it plainly
                topic = self.scenario.topic(mem.last_topic)
                return self._say("clarify", self.phrases.more_on(topic, plain=True), topic.id, common)
        return None

    # ------------------------------------------------------------------ reply kinds

    def _earlier_again(self, text: str, common: dict) -> Reply | None:
        """ "Sorry, what did you say about social media earlier?": asked as a repeat, but of an
        earlier answer, not the last line: that answer again, in short (a recap); None when
        the turn names no topic told before other than the last one."""
        mem = self.memory
        reading = self.understanding.read(text, mem)
        if not reading.strong or reading.topic in (None, mem.last_topic) or reading.topic not in mem.told:
            return None
        mem.note_asked(reading.topic, text)
        return self._recap(reading.topic, common, reading.score)

    def _recap(self, topic_id: str, common: dict, score: float = 0.0) -> Reply:
        """ "As I said, ...": the topic told again in other words."""
        line = self.phrases.again(self.scenario.topic(topic_id), common["closed"])
        return self._say("recap", line, topic_id, common, form="again", repeat=True, score=score)

    def _social(self, kind: str, common: dict) -> Reply:
        """The reply to a turn whose kind alone decides the answer (a job ask, a referral, a
        request to stay in touch, a rude remark, thanks, or "say that again")."""
        if kind == "repeat":  # the one case where the same words are said twice
            return Reply("repeat", self.memory.last_text, self.memory.last_topic, repeat=True, **common)
        line = {"job_ask": lambda: self.phrases.response("job_ask"),
                "referral": lambda: self.phrases.response("referrals"),
                "follow_up_permission": self.phrases.follow_up_permission,
                "redirect": self.phrases.redirect,
                "thanks": lambda: self.phrases.response("thanks")}[kind]
        return self._say(kind, line(), None, common)

    def _say(self, kind: str, text: str, topic: str | None, common: dict, detail: str | None = None,
             form: str | None = None, repeat: bool = False, score: float = 0.0) -> Reply:
        self.memory.remember(text, topic, form)
        return Reply(kind, text, topic, detail, repeat=repeat, score=round(score, 3), **common)

    def _answer(self, topic_id: str, common: dict, score: float = 0.0, text: str = "") -> Reply:
        topic = self.scenario.topic(topic_id)
        mem = self.memory
        again = self._asked_again(text, topic_id)
        mem.note_asked(topic_id, text)
        forms = mem.told.get(topic_id, set())
        closed = common["closed"]
        if "full" in forms or ("short" in forms and closed):
            if again:
                return self._recap(topic_id, common, score)
            # told before, but this is not the same question again: another side of the topic,
            # or the earlier answer went to a question that was misheard or misread
            line = self.phrases.new_angle(topic, closed)
            form = "example" if line == topic.example else None
            return self._say("answer", line, topic_id, common, form=form, score=score)
        # asked before (only the short answer was given), or the user goes back to a question
        # that was misheard the first time: the whole story now, as a second ask
        kind = "recap" if again or acts.asks_again(acts.normal(text), plainly=True) else "answer"
        if closed and topic.short not in mem.said:
            return self._say(kind, topic.short, topic_id, common, form="short", score=score)
        if topic.answer not in mem.said:
            return self._say(kind, topic.answer, topic_id, common, form="full", score=score)
        return self._recap(topic_id, common, score)

    def _asked_again(self, text: str, topic_id: str) -> bool:
        return recall.asked_again(text, self.memory.asked_with.get(topic_id), self.understanding.meaning)

    def _follow_up(self, detail: Detail, common: dict, kind: str = "follow_up") -> Reply:
        mem = self.memory
        if detail.id in mem.details_told:  # asked about again: pointed back in other words
            text = self.phrases.detail_again(detail)
            return self._say(kind, text, detail.topic, common, detail.id, repeat=True)
        if common["closed"] and detail.short not in mem.said and detail.short != detail.answer:
            return self._say(kind, detail.short, detail.topic, common, detail.id)
        mem.details_told.add(detail.id)
        text = detail.answer if detail.answer not in mem.said else self.phrases.detail_again(detail)
        return self._say(kind, text, detail.topic, common, detail.id)

    def _example(self, topic_id: str, common: dict) -> Reply:
        topic = self.scenario.topic(topic_id)
        text = self.phrases.more_on(topic, prefer_example=True)
        return self._say("example", text, topic_id, common, form="example" if text == topic.example else None)

    def _elaborate(self, topic_id: str, common: dict) -> Reply:
        topic = self.scenario.topic(topic_id)
        forms = self.memory.told.get(topic_id, set())
        if "full" not in forms and topic.answer not in self.memory.said:
            return self._say("elaborate", topic.answer, topic_id, common, form="full")
        return self._say("elaborate", self.phrases.more_on(topic), topic_id, common)

    def _reflection(self, reading: Reading, common: dict) -> Reply:
        mem = self.memory
        topic_id = mem.last_topic or (reading.topic if reading.strong else None)
        if topic_id is None:
            return self._say("reflection_response", self.phrases.acknowledge(None), None, common)
        topic = self.scenario.topic(topic_id)
        agree = True
        text = self.phrases.reflect(topic, agree)
        return self._say("reflection_response", text, topic_id, common)

    def _mentions_unsaid(self, text: str, n: str, reading: Reading) -> bool:
        """ "You mentioned X" of something not said, unless X is one of their terms, misheard
        ("you said he got an A in his hire, what is the hire?")."""
        if not recall.mentions_unsaid(n, self.memory.said, self._terms):
            return False
        found = clarify.what_is_asked(text, n, reading, self.memory, self.scenario, self.understanding,
                                      self._history)
        return found is None or found.how not in ("term", "detail")

    def _clarify(self, text: str, n: str, reading: Reading, common: dict) -> Reply | None:
        found = clarify.what_is_asked(text, n, reading, self.memory, self.scenario, self.understanding,
                                      self._history)
        if found is None:
            return None
        if found.how == "fallback":
            line = self.phrases.clarify_fallback()
        elif found.how == "more_on":
            line = self.phrases.more_on(self.scenario.topic(found.topic), plain=True)
        elif found.how == "term":
            line = self.phrases.explain(found.term)
        elif found.how == "detail":
            line = self.phrases.detail_clarify(found.detail)
            return self._say("clarify", line, found.topic, common, found.detail.id)
        else:
            line = self.phrases.point_back(found.sentence)
        return self._say("clarify", line, found.topic, common)

    def _small_talk(self, n: str, reading: Reading, common: dict) -> Reply:
        text = self.phrases.small_talk(reading.small_talk, n)
        return self._say("small_talk", text, None, common)

    def _stacked(self, text: str, reading: Reading, common: dict) -> Reply | None:
        asked = self._stacked_parts(text)
        two = stacking.two_asks(text, asked, self.understanding, self.memory, {t.id for t in self.scenario.topics})
        if two is None:
            return None
        if two.topic is not None:
            tail = self.phrases.second_topic(self.scenario.topic(two.topic))
            self.memory.told.setdefault(two.topic, set()).add("short")
        else:
            tail = self.phrases.second_small_talk(two.small_talk)
        first = two.first.topic
        self.memory.note_asked(first, asked[0])
        reply_text = self.phrases.stacked(self.scenario.topic(first), tail, common["closed"])
        return self._say("stacked", reply_text, first, common, form="full")

    def _stacked_parts(self, text: str) -> list[str]:
        return parts.stacked_parts(text, self._stacked_units(text))

    def _unknown(self, text: str, common: dict, intent=None, n: str = "",
                 reading: Reading | None = None, question: bool = False) -> Reply:
        faint = self.understanding.faint_follow_up(text, self.memory) \
            if question and acts.points_at_told(text, n) else None
        if faint is not None:  # "the folk who fetch people down the hills": a told story, paraphrased
            return self._follow_up(faint, common)
        if intent is not None and reading is not None and intent.leans_away:
            # "I can't speak to that" is for questions about what lies outside their world; a
            # turn the kind model leans to reading as something else is answered as that
            reply = self._by_intent(intent.kind, text, n, reading, common)
            if reply is not None:
                return reply
        bridge_topic = self.understanding.nearest_untold(text, self.memory)
        return self._say("unknown", self.phrases.unknown(bridge_topic), None, common)
