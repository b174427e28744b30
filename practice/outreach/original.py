"""Is a request written for this person, or pasted from one sent to someone else?

Messages that feel copied and pasted are a burden, especially to senior people. The request
is compared with the ones checked before (who to, when, the text), greetings and sign-offs
left out, since names are what differs between copies of one message.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz

from practice.outreach.checks import Check

#: a message this similar (0-100, rapidfuzz ratio) to one you sent someone else is called pasted
SIMILAR_AT = 75


@dataclass(frozen=True)
class Similar:
    to: str
    percent: int
    when: str

    def to_dict(self) -> dict:
        return asdict(self)


def _body(text: str) -> str:
    """The message without its greeting and sign-off lines, lower case, one space: names in
    "Hi Priya," and "Best, Sam" differ between copies of one message and say nothing."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) > 2 and re.match(r"^(?:hi|hello|dear|hey|good (?:morning|afternoon))\b", lines[0], re.I) \
            and len(lines[0]) < 40:
        lines = lines[1:]
    return " ".join(" ".join(lines).lower().split())


def most_similar(text: str, earlier: list[tuple[str, str, str]]) -> Similar | None:
    """The earlier message (to, when, text) most like this one, with its similarity in percent."""
    body = _body(text)
    best = None
    for to, when, other in earlier:
        percent = int(round(fuzz.ratio(body, _body(other))))
        if best is None or percent > best.percent:
            best = Similar(to, percent, when)
    return best


def check_original(text: str, earlier: list[tuple[str, str, str]]) -> tuple[Check, Similar | None]:
    similar = most_similar(text, earlier)
    if similar is None or similar.percent < SIMILAR_AT:
        evidence = "unlike your earlier messages" if earlier else "no earlier messages to compare with"
        if similar is not None:
            evidence = f"at most {similar.percent}% the same as an earlier message"
        return Check(True, evidence, ""), similar
    return Check(False, f"this is {similar.percent}% the same as your message to {similar.to}",
                 "Write this one for this person: what you know of their work and why you are asking "
                 "them in particular."), similar
