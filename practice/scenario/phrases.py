"""The words of each reply kind, from the scenario's authored content, never twice the same.

`Phrases` picks among a scenario's alternatives in turn, joins authored parts (an answer and
a short answer for a stacked question, an honest "I can't speak to that" and a bridge), and
falls back on a few neutral built-in wordings where a version-1 scenario has none. Every text
it returns is one not yet said in the conversation (`Memory.said`).
"""

from __future__ import annotations

import re

from practice.scenario.memory import Memory
from practice.scenario.model import Detail, Scenario, Term, Topic

# How a topic is named in a bridge ("... but I can tell you about <label>").
TOPIC_LABELS = {
    "enjoy": "what I love about the work", "day_to_day": "what a normal day looks like",
    "stereotypes": "the myths about the job", "culture": "what the culture is like",
    "perks_and_downsides": "the perks and the downsides", "path": "how I got into this",
    "wish_known_earlier": "what I wish I'd known", "future": "where the field is heading",
    "pay": "the pay", "remote_work": "where the work happens", "hours_and_balance": "the hours",
    "bad_day": "what a bad day looks like", "ethics": "the hard calls", "ai_and_technology":
    "how technology is changing the work", "do_differently": "what I'd do differently",
    "proudest_work": "what I'm proudest of", "mistakes": "a mistake I learned from",
    "team": "the people I work with", "tools": "the tools I use", "hiring": "what they look for in hiring",
    "education": "the training you need", "advice": "my advice for starting out",
    "career_ladder": "where the role can lead", "stress": "how I handle the stress",
}

_UNKNOWN = ("Honestly, that's not something I can really speak to.",
            "I'm not the right person to ask about that, to be honest.",
            "That's outside what I know well, so I'd rather not guess.")
_BRIDGES = ("But I'm happy to tell you about {label}.", "What I can tell you about is {label}, if that helps.",
            "I could tell you about {label} instead.", "Ask me about {label}, though, I know that one well.")
_REDIRECT = ("Let's keep it about the work, if that's alright.", "I'd rather stick to the job, if that's okay.")
_PERMISSION = ("Of course, feel free to email me.", "Sure, please stay in touch.")
_CLARIFY = ("Sorry, which part do you mean?", "Which bit should I explain?")
_RETURN = ("Anyway, what else would you like to know?", "But enough about me. What else can I tell you?",
           "Anyway, where were we?")
_AGREE = ("Yes, exactly.", "Yeah, that's a big part of it.", "Pretty much, yes.", "Right, that's fair.",
          "Mm, that's it really.")
_PARTLY = ("Partly, yes.", "In a way, yes.", "Sort of, yes.")
_AS_SAID = re.compile(r"^(?:like i said|as i said|as i mentioned|like i mentioned)\s*,\s*", re.I)
_RECAP = ("As I said, ", "Like I said, ", "Going back to what I said, ", "Right, as I mentioned, ")
_MORE = ("The other thing I'd add is this. ", "One more thing on that. ", "And to add to that, ")
_OTHER_PART = ("And on your other question, ", "As for the other part, ", "And to the second part, ")
_COME_BACK = ("Remind me about your other question in a second, I don't want to lose it.",
              "And ask me your other question again after this, so I don't skip it.")
_ACK = ("Mm-hm. What else would you like to know?", "Right. What else can I tell you?",
        "Sure. Go ahead, ask me anything.")
_HOW_ARE_YOU = ("I'm doing well, thanks for asking.", "Good, thanks. Busy, but good.")
_FEW = {"a few": 3, "a couple of": 2, "a couple": 2, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20}
_DURATION = re.compile(r"\b(?:about |around |roughly |maybe |only |just )?(?P<n>a few|a couple of|a couple|\d+|"
                       + "|".join(k for k in _FEW if " " not in k) + r")(?P<more> more)? minutes?\b")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen")


def lower_first(text: str) -> str:
    """Lower-case the first letter when a sentence is continued after a lead-in phrase."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not re.match(r"^(?:I\b|[A-Z][a-z]+ [A-Z][a-z])", text):
        return text[0].lower() + text[1:]
    return text


def gist(answer: str) -> str:
    """The first sentence of an answer: enough to point back without replaying it."""
    match = re.match(r"(.+?[.!?])(\s|$)", answer)
    return match.group(1) if match else answer


def sentences_of(text: str, count: int) -> str:
    parts = re.findall(r".+?[.!?](?:\s|$)", text + " ")
    return " ".join(p.strip() for p in parts[:count]) or text


def spoken_duration(seconds: float) -> str:
    """Remaining time as a person would say it, never more than is true."""
    minutes = seconds / 60.0
    if minutes < 1.5:
        return "about a minute"
    if minutes < 2.5:
        return "a couple of minutes"
    whole = int(minutes)
    word = _NUMBER_WORDS[whole] if whole < len(_NUMBER_WORDS) else str(whole)
    return f"about {word} minutes"


class Phrases:
    def __init__(self, scenario: Scenario, memory: Memory):
        self.s = scenario
        self.mem = memory

    # ------------------------------------------------------------------ picking

    def line(self, key: str, options: tuple[str, ...], fallback: tuple[str, ...] = ()) -> str:
        """The next unsaid alternative; when all were said, a lead-in makes it new words."""
        options = options or fallback
        text = self.mem.pick(key, options)
        if text is not None:
            return text
        return self.unique(self._cycle(key + ":again", _RECAP) + lower_first(self._cycle(key, options)))

    def _cycle(self, key: str, options: tuple[str, ...]) -> str:
        index = self.mem.counters.get(key, 0)
        self.mem.counters[key] = index + 1
        return options[index % len(options)]

    def unique(self, text: str) -> str:
        """Never the same words twice: vary the lead-in until the text is new."""
        if text not in self.mem.said:
            return text
        for lead in ("So, ", "Well, ", "Yeah, ", "Honestly, ", "I mean, ", "Right, "):
            candidate = lead + lower_first(text)
            if candidate not in self.mem.said:
                return candidate
        n = len(self.mem.said)
        return f"{text} That's really the heart of it{'!' if n % 2 else ', honestly.'}"

    # ------------------------------------------------------------------ responses

    def response(self, key: str) -> str:
        return self.line(key, getattr(self.s.responses, key))

    def closing(self) -> str:
        return self.line("closing", self.s.lines.closing)

    def redirect(self) -> str:
        return self.line("redirect", self.s.responses.redirect, _REDIRECT)

    def follow_up_permission(self) -> str:
        return self.line("follow_up_permission", self.s.responses.follow_up_permission, _PERMISSION)

    def clarify_fallback(self) -> str:
        # a version-1 file's "could you ask that another way?" lines serve when there are none
        options = self.s.responses.clarify_fallback or self.s.responses.unmatched
        return self.line("clarify_fallback", options, _CLARIFY)

    def acknowledge(self, _topic) -> str:
        return self.line("acknowledge", (), _ACK)

    def unknown(self, bridge: Topic | None) -> str:
        honest = self.line("unknown", self.s.responses.unknown, _UNKNOWN)
        if bridge is None:
            return honest
        label = TOPIC_LABELS.get(bridge.id) or _own_label(bridge)
        return self.unique(f"{honest} {self._cycle('bridge', _BRIDGES).format(label=label)}")

    def time_warning(self, remaining: float | None) -> str:
        text = self.line("time_warning", self.s.lines.time_warning)
        if remaining is None:
            return text
        match = _DURATION.search(text)
        true = spoken_duration(max(0.0, remaining))
        if match is None:
            return text
        word = match.group("n")
        stated = int(word) if word.isdigit() else _FEW.get(word, 3)
        actual = remaining / 60.0
        if actual * 0.67 - 0.5 <= stated <= actual * 1.25 + 0.5:
            return text
        return text[:match.start()] + true + text[match.end():]

    # ------------------------------------------------------------------ topics

    def again(self, topic: Topic, closed: bool) -> str:
        """A second ask: an authored other wording with "as I said", then a pointer back."""
        for again in topic.again:
            if again not in self.mem.said:
                if re.search(r"\b(?:said|mentioned|told you|covered)\b", again[:60], re.I):
                    return again
                return self.unique(self._cycle("recap", _RECAP) + lower_first(again))
        base = topic.short if (closed or topic.short not in self.mem.said) else gist(topic.answer)
        return self.unique(self._cycle("recap", _RECAP) + lower_first(base))

    def new_angle(self, topic: Topic, closed: bool) -> str:
        """A topic told before, asked in a new way (another side of it, or the earlier answer
        went to a question heard wrong): something not yet said on it, without "as I said"."""
        mem = self.mem
        candidates = [topic.short] if closed else []
        candidates += [topic.example] if topic.example else []
        candidates += [d.answer for d in topic.details if d.id not in mem.details_told]
        candidates += [_AS_SAID.sub("", a, count=1) for a in topic.again]
        for text in candidates:
            text = text[:1].upper() + text[1:]
            if text and text not in mem.said:
                for d in topic.details:
                    if d.answer == text:
                        mem.details_told.add(d.id)
                return text
        return self.again(topic, closed)

    def detail_again(self, detail: Detail) -> str:
        return self.unique(self._cycle("recap", _RECAP) + lower_first(detail.short))

    def more_on(self, topic: Topic, prefer_example: bool = False, plain: bool = False) -> str:
        """Something new on a topic: its example, an untold detail, another wording."""
        mem = self.mem
        candidates: list[str] = []
        if topic.example and (prefer_example or not plain):
            candidates.append(topic.example)
        candidates += [d.answer for d in topic.details if d.id not in mem.details_told]
        if not topic.example and prefer_example:
            candidates += [d.answer for d in topic.details]
        candidates += list(topic.again)
        if "full" not in mem.told.get(topic.id, set()):
            candidates.insert(0 if not prefer_example else len(candidates), topic.answer)
        for text in candidates:
            if text not in mem.said:
                for d in topic.details:
                    if d.answer == text:
                        mem.details_told.add(d.id)
                return text
        return self.unique(self._cycle("more", _MORE) + lower_first(topic.short))

    def reflect(self, topic: Topic, agree: bool) -> str:
        lead = self._cycle("agree", _AGREE) if agree else self._cycle("partly", _PARTLY)
        mem = self.mem
        adds = [a for a in topic.again if a not in mem.said]
        adds += [d.short for d in topic.details if d.id not in mem.details_told and d.short not in mem.said]
        if not agree and topic.short not in mem.said:
            adds.insert(0, topic.short)
        if adds:
            add = adds[0]
            mem.said.add(add)
            add = _AS_SAID.sub("", add, count=1)
            return self.unique(f"{lead} {add[:1].upper() + add[1:]}")
        return self.unique(lead + " " + self.line("acknowledge", (), _ACK))

    def stacked(self, first: Topic, tail: str, closed: bool) -> str:
        """The first question answered, then the rest picked up briefly (`tail`)."""
        mem = self.mem
        if closed and first.short not in mem.said:
            head = first.short
        elif first.answer not in mem.said:
            head = first.answer
        else:
            head = self.again(first, closed)
        mem.told.setdefault(first.id, set()).add("full" if head == first.answer else "short")
        return self.unique(f"{head} {tail}")

    def second_topic(self, other: Topic) -> str:
        tail = other.short if other.short not in self.mem.said else gist(other.answer)
        self.mem.said.add(tail)
        return self._cycle("other", _OTHER_PART) + lower_first(tail)

    def second_small_talk(self, talk_id: str | None) -> str:
        talk = next((t for t in self.s.small_talk if t.id == talk_id), None)
        unsaid = [t.answer for t in self.s.small_talk if t.answer not in self.mem.said]
        # persona.life describes them in the third person ("Runs along the lake..."): it is for
        # matching, never a line to speak; their own small-talk answers are
        text = talk.answer if talk is not None and talk.answer not in self.mem.said else (unsaid[0] if unsaid else "")
        if not text or text in self.mem.said:
            return self.come_back()
        self.mem.said.add(text)
        return self._cycle("other", _OTHER_PART) + lower_first(text)

    def come_back(self) -> str:
        return self.line("come_back", (), _COME_BACK)

    # ------------------------------------------------------------------ terms, small talk

    def explain(self, term: Term) -> str:
        if term.explanation not in self.mem.said:
            return term.explanation
        return self.unique(self._cycle("recap", _RECAP) + lower_first(term.explanation))

    def point_back(self, sentence: str) -> str:
        """ "Who's Dave?" when Dave is only named in something said: that sentence, pointed at."""
        return self.unique(self._cycle("point", ("Oh, sorry, that was quick. ", "Right, I went past that. "))
                           + sentence)

    def detail_clarify(self, detail: Detail) -> str:
        mem = self.mem
        for text in (detail.answer, detail.short):
            if text not in mem.said:
                mem.details_told.add(detail.id)
                return text
        return self.detail_again(detail)

    def small_talk(self, talk_id: str | None, normal: str) -> str:
        from practice.scenario import acts

        talk = next((t for t in self.s.small_talk if t.id == talk_id), None)
        if acts.is_how_are_you(normal) and not talk:
            head = self.line("how_are_you", (), _HOW_ARE_YOU)
        elif talk is not None and talk.answer not in self.mem.said:
            head = talk.answer
        else:
            # persona.life is a third-person description for matching, never spoken as it is
            unsaid = [t.answer for t in self.s.small_talk if t.answer not in self.mem.said]
            if unsaid and not talk:
                head = unsaid[0]
            else:
                said = talk.answer if talk else next((t.answer for t in self.s.small_talk), _HOW_ARE_YOU[0])
                head = self.unique("Ha, like I said, " + lower_first(said))
        self.mem.said.add(head)
        back = self.line("small_talk_return", self.s.responses.small_talk_return, _RETURN)
        return self.unique(f"{head} {back}")


def _own_label(topic: Topic) -> str:
    if topic.keywords:
        return topic.keywords[0]
    return topic.id.replace("_", " ")
