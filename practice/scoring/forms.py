"""The grammatical form of one sentence: what kind of answer it invites.

A question's form is read from its opening words (after discourse markers such as "so",
"okay", "and") and a few tell-tale endings (", right?", "or?"). Each form maps to a question
type and carries a phrase that becomes the user-facing reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scoring.text import clean, words

# Words that open a sentence without changing what kind of answer it invites.
MARKERS = {
    "so", "okay", "ok", "and", "but", "well", "now", "then", "alright", "right", "yeah",
    "yes", "oh", "or", "also", "great", "good", "sure", "wow", "hm", "huh", "cool", "anyway",
    "like", "actually", "just", "mm", "mhm", "all", "uh-huh",
}
AUX = {
    "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would", "will",
    "have", "has", "had", "should", "shall", "may", "might", "must", "don't", "doesn't",
    "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't",
    "won't", "haven't", "hasn't", "hadn't", "shouldn't", "is't", "you're", "you've",
}
FACT_HOW = {"many", "much", "long", "often", "old", "far", "soon", "frequently", "big", "late", "early"}
FACT_WH = {"when", "where", "who", "whom", "whose", "which"}
FACT_WHAT = {"time", "year", "years", "age", "day", "date", "month", "percentage", "number", "size", "title", "company", "school", "degree", "major", "city"}
REQUEST_VERBS = {
    "tell", "describe", "explain", "walk", "talk", "share", "say", "elaborate", "expand",
    "give", "paint", "take", "help", "run",
}
CURIOUS = re.compile(
    r"^(?:i'm|i am|i was|i'd be|i would be)?\s*(?:really |just |always |so )?"
    r"(?:curious|wondering|interested(?: to (?:hear|know))?|keen to (?:hear|know))\b"
    r"|^i (?:wonder|was wondering|would love to|'d love to|would like to|'d like to) (?:know|hear|understand|learn)?"
    r"|^i wonder\b|^i'd love to\b|^i would love to\b"
)
TAG = re.compile(
    r",?\s*(?:right|correct|yeah|yes|no|okay|ok|true|huh|eh|isn't it|is it|aren't they|aren't you|"
    r"don't you|didn't you|doesn't it|don't they|wasn't it|weren't they|haven't you|hasn't it|"
    r"wouldn't you|won't you|can't you|isn't that|is that right|is that correct|am i right|"
    r"would you say|you know|no\?)\s*\??$"
)


@dataclass(frozen=True)
class Form:
    """What one sentence asks for: `kind` is a stable code, `question_type` the label."""

    kind: str          # wh_open, wh_fact, request, yes_no, choice, tag, statement
    question_type: str  # open, closed, not_a_question
    why: str           # the phrase a reason is built from


def content_words(sentence: str) -> list[str]:
    """Words with the opening discourse markers stripped ("Okay, so what..." -> "what...")."""
    ws = words(sentence)
    while ws and ws[0] in MARKERS and len(ws) > 1:
        ws = ws[1:]
    return ws


def _has_choice(sentence: str, ws: list[str]) -> bool:
    low = clean(sentence).lower()
    if re.search(r"\bor\s*(?:not|something|anything|what|so|whatever)?\s*[?.\-—]*$", low):
        return True
    return "or" in ws[2:] and low.rstrip().endswith("?")


def sentence_form(sentence: str) -> Form:
    """Classify one sentence by the answer its wording invites."""
    ws = content_words(sentence)
    low = clean(sentence).lower().rstrip()
    asked = low.endswith("?")
    if not ws:
        return Form("statement", "not_a_question", "no words")
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    joined = " ".join(ws)

    if first in {"how", "what", "what's", "why", "how's", "whats"} or first in FACT_WH:
        return _wh_form(ws)
    if first in REQUEST_VERBS and first != "say" or joined.startswith(("let's talk", "let me hear")):
        return Form("request", "open", f'asks for an account ("{first.capitalize()} ...")')
    if CURIOUS.search(joined):
        return _embedded(ws, "curious")
    if first in AUX and second in {"you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "anyone", "anybody", "any"}:
        embedded = _request_after_aux(ws)
        if embedded:
            return embedded
        if _has_choice(sentence, ws):
            return Form("choice", "closed", "offers a choice between options")
        return Form("yes_no", "closed", f'can be answered yes or no ("{first.capitalize()} {second} ...")')
    if asked:
        if _has_choice(sentence, ws):
            return Form("choice", "closed", "offers a choice between options")
        if TAG.search(low) and len(ws) > 2:
            return Form("tag", "closed", "ends with a tag asking for agreement")
        if any(w in {"what", "how", "why"} for w in ws[:0]):
            return _wh_form(ws)
        return Form("yes_no", "closed", "is a statement with a question mark: it asks for a yes or no")
    return Form("statement", "not_a_question", "is a statement, not a question")


def _wh_form(ws: list[str]) -> Form:
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    if first == "how" and second in FACT_HOW:
        return Form("wh_fact", "closed", f'asks for a single fact ("How {second} ...")')
    if first in FACT_WH:
        return Form("wh_fact", "closed", f'asks for a single fact ("{first.capitalize()} ...")')
    if first in {"what", "which"} and second in FACT_WHAT:
        return Form("wh_fact", "closed", f'asks for a single fact ("What {second} ...")')
    return Form("wh_open", "open", f'invites an account ("{first.capitalize()} ...")')


_REQ_AFTER = re.compile(
    r"^(?:can|could|would|will|do|did)\s+you\s+(?:please\s+|maybe\s+|just\s+)?"
    r"(?:tell|describe|explain|walk|talk|share|say more|elaborate|expand|give me|help me understand|paint|take me)"
)
_MIND = re.compile(r"^(?:would|do)\s+you\s+mind\s+(?:telling|describing|explaining|walking|talking|sharing)")


def _request_after_aux(ws: list[str]) -> Form | None:
    joined = " ".join(ws)
    if _REQ_AFTER.search(joined) or _MIND.search(joined):
        return Form("request", "open", "is an indirect request for an account (\"Could you tell me ...\")")
    return None


def _embedded(ws: list[str], how: str) -> Form:
    rest = [w for w in ws if w not in {"i'm", "i", "am", "curious", "wondering", "wonder", "was", "really", "about", "to", "know", "hear", "would", "love", "i'd", "like"}]
    if rest and rest[0] in {"if", "whether"}:
        return Form("yes_no", "closed", 'asks "whether": it can be answered yes or no')
    if rest and (rest[0] in FACT_WH or (rest[0] == "how" and len(rest) > 1 and rest[1] in FACT_HOW)):
        return Form("wh_fact", "closed", "asks for a single fact, even though phrased as curiosity")
    return Form("request", "open", 'states curiosity and invites an account ("I\'m curious ...")')
