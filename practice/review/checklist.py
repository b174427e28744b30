"""The informational-interview checklist, found in what the user said and how the
interviewee replied.

Each item is a small regular expression over the user's words, backed up by the kind of
reply the interviewee gave (a "referrals" reply means the user asked whom else to talk to,
a "thanks" reply that they thanked them), so a phrasing the patterns miss still counts when
the interviewee understood it. Every item that is done quotes the turn that did it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ADVICE = re.compile(
    r"\badvi[cs]e\b|what would you (?:recommend|suggest)|would you (?:recommend|suggest)"
    r"|\bif you were (?:me|in my (?:shoes|position))|what should (?:i|someone like me) (?:do|focus|read|learn|study|try|know)"
    r"|wish(?:ed)? (?:you(?:'d| had| would have)?|someone had) (?:known|told you)|\b(?:tips|suggestions|pointers) for"
    r"|how (?:would|should|could) (?:i|someone|a newcomer|a beginner) (?:get started|start|prepare|break in|get into)"
    r"|what (?:would|should) i (?:do|focus on) (?:first|next|now)")
REFERRALS = re.compile(
    r"\bwho else\b|\banyone else (?:(?:you think )?i (?:should|could|might|ought to))"
    r"|\b(?:anyone|anybody|someone|somebody|people|colleagues?) (?:else )?(?:(?:that|who|whom) )?(?:i (?:should|could|might|ought to)|you(?:'d| would) (?:recommend|suggest)|you think i should) (?:talk|speak|reach|contact|meet)"
    r"|(?:recommend|suggest) (?:someone|anyone|somebody|people|a colleague) (?:for me )?(?:i could |to )?(?:talk|speak|reach)"
    r"|(?:other|more) people (?:to|i could) (?:talk|speak)")
FOLLOW_UP = re.compile(
    r"\b(?:can|could|may|might|would it be (?:ok|okay|alright|all right|fine) if|do you mind if|is it (?:ok|okay|alright|all right|fine) if) i"
    r" (?:follow(?:ed)? up|reach(?:ed)? out|get in touch|contact(?:ed)? you|e-?mail(?:ed)? you|stay(?:ed)? in touch"
    r"|keep in touch|kept in touch|sen[dt] you|get back to you|check(?:ed)? in)"
    r"|\b(?:stay|keep) in touch\b|\bfollow up with you\b|\breach out (?:again|to you)\b"
    r"|\bif i (?:have|think of) (?:more|other|any other|any more|further) questions\b")
THANKS = re.compile(r"\bthank(?:s| you)\b|\b(?:really |very much )?appreciate\b|\bgrateful\b")


@dataclass
class CheckItem:
    key: str
    label: str
    done: bool | None  # None: could not be judged (e.g. no timings in a typed session)
    evidence: str = ""  # the words or figures that decided it
    turn: int | None = None  # index of the deciding turn


LABELS = {
    "intro": "Introduced yourself within about 10 s",
    "classic_topics": "Asked about the classic topics",
    "advice": "Asked for advice",
    "referrals": "Asked whom else to talk to",
    "follow_up": "Asked permission to follow up",
    "thanks": "Thanked them",
    "no_job_ask": "Did not ask for a job",
    "rapport": "Built rapport (small talk, shared interests)",
    "on_time": "Kept to the time and wrapped up when warned",
}


def first_match(pattern: re.Pattern, turns: list[tuple[int, str]]) -> tuple[int, str] | None:
    for index, text in turns:
        found = pattern.search(text.lower().replace("’", "'"))
        if found:
            return index, found.group(0)
    return None
