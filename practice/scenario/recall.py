"""What this conversation's replies said, looked up for a turn that points back at it.

"Who is Walt?", "what do you mean by the huddle?", "you mentioned the election": the answer
depends on which reply said the words, or whether any did. These are pure lookups over the
interviewee's history of (user turn, reply) pairs, latest last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from practice.scenario import acts
from practice.scenario.reply import Reply
from practice.scenario.text import STOPWORDS, normal

History = list[tuple[str, Reply]]


def mentions_unsaid(n: str, said: Iterable[str], terms: Iterable[str] = ()) -> bool:
    """ "You mentioned the election" when nothing was said about an election. `terms`: the
    person's own terms (the glossary), which they can explain whether or not this conversation
    said them ("Sorry, you said huddle. What is this?" after a short answer without it)."""
    m = re.search(r"\byou (?:mentioned|said|talked about|brought up)\s+(.{3,40}?)(?:\s+(?:tell|what|how|can|could|and)\b|$)", n)
    if m is None:
        return False
    told = normal(" ".join([*said, *terms]))
    named = [w for w in m.group(1).split() if w not in STOPWORDS and len(w) > 3]
    return bool(named) and not any(re.search(rf"\b{re.escape(w[:5])}", told) for w in named)


def topic_that_said(term: str, history: History) -> str | None:
    """The topic of the latest reply that used `term` (or its singular)."""
    key = normal(term)
    singular = re.sub(r"(?<=[a-z]{3})s$", "", key)
    for _, reply in reversed(history):
        if reply.topic and re.search(rf"\b(?:{re.escape(key)}|{re.escape(singular)})", normal(reply.text)):
            return reply.topic
    return None


def names_last_reply(n: str, history: History) -> bool:
    """The turn repeats a content word of the last reply."""
    if not history:
        return False
    last = set(normal(history[-1][1].text).split())
    content = [w for w in n.split() if w not in STOPWORDS and len(w) > 3]
    return bool(content) and any(w in last for w in content)


def said_with(target: str, history: History) -> tuple[str, str | None] | None:
    """The latest sentence this conversation's replies said the asked-about words in, and its topic."""
    words = [w for w in target.split() if len(w) > 2][:3]
    if not words:
        return None
    for _, reply in reversed(history):
        for sentence in re.findall(r"[^.!?]+[.!?]", reply.text):
            low = normal(sentence)
            if all(re.search(rf"\b{re.escape(w)}", low) for w in words):
                return sentence.strip(), reply.topic
    return None


_WHY = re.compile(r"^(?:(?:oh|ok|okay|so|and|but|wait|sorry|hmm|right|really|huh|wow|interesting|yeah|um|uh)\s+)*"
                  r"((?:\w+ ){1,4}?)?(?:why|how come)\b(.*)")
_OPINION = frozenset("think reckon guess suppose believe figure feel though really actually exactly even "
                     "take took long much many make made".split())


def asks_why_of_last(n: str, history: History) -> bool:
    """ "Why agency first though?", "why do you reckon people get it so wrong?": why what the
    last reply said holds, in its own words: more of that answer (the writers of the
    conversation sets call it elaborate, as "why do you say that?"), not a new question."""
    m = _WHY.match(n)
    if m is None or not history:
        return False
    last = normal(history[-1][1].text)
    # "nineteen hours, why did it take that long?": their words said back, then why
    said_back = (m.group(1) or "").split()
    if said_back and not all(re.search(rf"\b{re.escape(w)}\b", last) for w in said_back):
        return False
    content = [w for w in (said_back + m.group(2).split()[:12]) if w not in STOPWORDS and len(w) > 3 and w not in _OPINION]
    shared = [w for w in content if re.search(rf"\b{re.escape(w[:5])}", last)]
    return bool(shared) and len(shared) * 2 >= len(content)


# Cosine similarity of two wordings of one question asked twice with no "again": "what's the
# best part of being a nurse?" after "what do you enjoy most about your work?" 0.45, "what's the
# pay like starting out?" after "how much does a new nurse make?" 0.49. On sets a-e, 12 of 13
# new questions on a topic told before (most after an earlier question was misread) were under
# 0.37 from the earlier one; the 13th was 0.47. The int8 encoder's kernels differ by CPU: the
# first pair reads 0.438 on an AMD EPYC with AVX-512 VNNI, so the bar sits at 0.43, not 0.44
# (no turn of sets a-ap changes between the two).
SAME_QUESTION = 0.43


def asked_again(text: str, earlier: list[str] | None, meaning) -> bool:
    """The user asks a topic a second time on purpose: says so ("going back to pay, what did
    you say...?"), or words it much as they did before (`earlier`: their wordings of it so
    far; `meaning`: the understanding's sentence encoder, or None)."""
    if not earlier:
        return False
    if acts.asks_again(normal(text)):
        return True
    if meaning is None or not text:
        return False
    vectors = meaning.embedder.encode([text, *earlier])
    return float((vectors[1:] @ vectors[0]).max()) >= SAME_QUESTION
