"""A turn cut into the questions it asks, for the stacked reply and the clarify target.

People ask two things at once ("What's the pay like? And do you work from home?"), announce
them ("Two quick ones."), or thank before asking ("Thanks, that's helpful. What about pay?").
The interviewee answers the first and picks up the rest, so it needs the parts; a part that
only finishes the one before ("For a new grad?") or points back at it is not a second question.
"""

from __future__ import annotations

import re

from practice.scenario import scorer
from practice.scenario.text import normal

QUESTION_START = re.compile(
    r"^(?:what|what is|how|why|where|when|who|which|do|does|did|is|are|was|were|can|could|would"
    r"|will|have|has|should|any|tell me)\b")
_SPLIT = re.compile(
    r",?\s+(?:and|also|plus)(?:,?\s+(?:like|you know|i mean|then|um|uh))?,?\s+"
    r"(?=(?:what|how|why|where|when|who|which|do \w+|does|did you|is it|is there|are there|are you"
    r"|can you|could you|would you|have you)\b)")


def is_question(text: str, n: str) -> bool:
    if "?" in text:
        return True
    rest = re.sub(r"^(?:(?:okay|ok|right|so|yeah|and|also|but|um|uh|like|well|cool|great|interesting|i see)\s+)+", "", n)
    if re.search(r"\b(?:what|how|why|do you|does|did you|is it|is there|are there|are you|can you|could you"
                 r"|would you|have you)\b", " ".join(rest.split()[:7])):
        return True
    if QUESTION_START.search(rest) or _INVERTED_LATER.search(rest):
        return True
    return bool(re.search(
        r"\b(?:i (?:was )?(?:wonder\w*|curious)|i would (?:love|like) to (?:know|hear)|tell me)\b", n))


# A question after what it is about: "the computer and the ai do they do a lot of the work now",
# "if you could go back and redo it all would you change anything"
_INVERTED_LATER = re.compile(
    r"^(?:(?:if|when|say|suppose) [^?]*?\b(?:would|will|could|can|do|did|should) you"
    r"|(?:\w+ ){0,5}?(?!(?:that|this|it|there|which|what|he|she|who|they|we|i) )\w+ (?:(?:do|did|are|were|can|will|would) (?:they|people|we)"
    r"|(?:is|was|does|can|will|would) it)\b"
    r"(?! (?:not|too|either)\b))")


def question_parts(text: str) -> list[str]:
    """The separate questions of a turn: "What's the pay like? And do you work from home?"
    and "What's the pay like and can you work from home" are two each. A part that starts as
    a continuation ("Like, how many?", "For a new grad?") belongs to the one before it."""
    pieces = [p.strip() for p in re.split(r"(?<=\?)\s+", text.strip()) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        low = piece.lower()
        split = [s for s in _SPLIT.split(low) if s.strip()]
        out.extend(split if len(split) > 1 else [piece])
    questions = []
    for part in out:
        n = normal(part)
        if re.match(r"^(?:like|for|as in|i mean|in|with|about|especially|or)\b", n) and questions:
            continue
        rest = re.sub(r"^(?:(?:and|also|plus|okay|ok|so|um|uh|well|but|then|oh|sorry|wait)\s+)+", "", n)
        if QUESTION_START.search(rest) or ("?" in part and len(n.split()) >= 4
                                              and not re.match(r"^(?:wait|oh|wow|really)\b", n)):
            questions.append(part)
    return questions or [text]


def stacked_parts(text: str, units: list[str] | None) -> list[str]:
    """Two or more questions in one turn, as the question scorer splits them (`units`, so the
    coach and the interviewee agree) or as `question_parts` does; none when the second points
    back at the first ("How do you score them? Is that a system you built?") or only finishes
    it ("What's the pay like? For a new grad?")."""
    parts = units if units and len(units) >= 2 else question_parts(text)
    parts = [p for p in parts if len(p.split()) >= 3 or "?" in p]
    announced = announces_two(normal(text))
    if announced:
        # "Can I ask two things?" is not one of the two; said, it makes a split by "and" sure
        parts = [p for p in parts if not (announces_two(normal(p)) and len(p.split()) <= 8)]
        # "two things if you got to do it all over ...": the first ask after the announcement
        parts = [(_ANNOUNCEMENT.sub("", p, count=1).strip() or p) if i == 0 else p for i, p in enumerate(parts)]
        if len(parts) < 2:
            parts = split_announced(text)
    if len(parts) < 2:
        return []
    first = normal(parts[0])
    if not is_question(parts[0], first) or re.match(r"^(?:wait|oh|so)? ?(?:you|your)\b", first):
        return []
    later = normal(parts[1])
    if not is_question(parts[1], later) or _states(parts[1]):
        return []
    if announced:  # said to be two: "... and is it stressful" is the second, not more of the first
        return parts
    # "it" said in both parts stands for the job both times ("what do you like most about it and
    # does it stress you out much"), not for the first question's answer
    same_it = re.search(r"\bit\b", first) and re.match(r"^\w+ it\b", later)
    if re.match(r"^(?:is|was|does|did|would|will|can|could)\b \b(?:that|it|this|she|he|they)\b", later) and not same_it \
            or re.match(r"^(?:how|what|why) (?:do|did|would|should) (?:you|they|we)(?: \w+){1,2} (?:it|that|this|them)\b", later) \
            or re.match(r"^(?:and )?(?:how|why|where) (?:does|did|has|will|would|is|was|can) (?:it|that|this)\b", later) \
            or re.match(r"^(?:so |and )?(?:what (?:is|s|was) (?:that|it|this) like|how (?:does|did|do) (?:that|it|this) work"
                        r"|how (?:is|was) (?:that|it|this))\b", later):
        return []
    said = [normal(s) for s in re.split(r"(?<=[?.!])\s+", text.strip()) if s.strip()]
    # "Only interviews, or other things too?": options offered for the first, not a question
    if len(said) >= 2 and re.match(r"^(?:like|for|as in|i mean|especially|only|just|mostly|mainly)\b", said[1]):
        return []
    if len(parts) == 2 and guesses_answer(text, parts[0], later):
        return []
    return parts


def _states(part: str) -> bool:
    """ "When I was tutoring I spent hours on comments.": a sentence closed by a full stop that
    the question scorer reads as a statement tells, it does not ask."""
    return part.rstrip().endswith((".", "!")) and scorer.question_type(part) == "not_a_question"


_YES_NO = re.compile(r"^(?:(?:so|and|um|uh|like|or)\s+)*(?:do|does|did|is|are|was|were|can|could|would|will|have|has|should)\b")


def guesses_answer(text: str, first: str, later: str) -> bool:
    """ "How did you get into it? Did you study marketing?", "What does the interview process
    look like? Is there a coding test?": a yes/no question after an open one offers a guess at
    its answer, and the open one is still the question. The writers of the conversation sets
    call 60 of 64 such turns one question; the four they call two are announced ("two quick
    ones") or join the second on with "and" ("what's the money like and um do you ...")."""
    n = normal(text)
    if announces_two(n) or not _YES_NO.match(later) or scorer.question_type(first) != "open":
        return False
    at = n.find(later[:20])
    return at < 0 or not re.search(r"\band\b", n[max(0, at - 16):at])


_TWO_ASKS = r"\b(?:two|2|couple of|a couple(?: of)?|couple) (?:\w+ )?(?:questions|things|ones|qs)\b"
_ANNOUNCES = re.compile(_TWO_ASKS)
_ANNOUNCEMENT = re.compile(
    r"^[^?.!]*?" + _TWO_ASKS + r"(?:[^?.!\w]*(?:please|sorry|po|then|first|while i have you|for you))*[\s,.:?!]*",
    re.I)
_SECOND_ASK = re.compile(
    r",?\s+(?:and|also|plus)\s+(?:(?:uh|um|like|also|then|so|roughly|maybe|honestly|just|finally|lastly|secondly|second)\s+)*(?=(?:what|what's|how|why|where|when|who|which|do|does|did|is|are|can"
    r"|could|would|should|will|have|has|if)\b)", re.I)


def announces_two(n: str) -> bool:
    """ "Two quick ones.", "Can I ask two things?", "two practical things ...": the user says a
    second question is coming."""
    return bool(_ANNOUNCES.search(n))


def split_announced(text: str) -> list[str]:
    """After "two questions", the turn's two asks, split at the last "and" before a question
    ("how much does a new nurse earn and uh do i need a full bachelor's"), or none."""
    body = _ANNOUNCEMENT.sub("", text.strip(), count=1).strip()
    found = list(_SECOND_ASK.finditer(body))
    if not body or not found:
        return []
    m = found[-1]
    first, second = body[:m.start()].strip(" ,"), body[m.end():].strip()
    return [first, second] if len(first.split()) >= 3 and len(second.split()) >= 3 else []


_THANKS_SENTENCE = re.compile(r"^[^?]*?\b(?:thank|thanks|appreciate|grateful)\b[^.!?]*[.!,]\s*", re.I)


def drop_thanks(text: str) -> str:
    """ "Thanks, that's helpful. What about pay?" -> "What about pay?" """
    rest = _THANKS_SENTENCE.sub("", text, count=1).strip()
    return rest or text
