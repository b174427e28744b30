"""What kind of turn the professional's last one was, for the topic-switch cue: an answer that
leaves a topic to switch away from, or a reply that only confirms, greets, asks or invites the
next question; and whether it spoke of hiring or a way in, which a job ask then builds on.

Split from `listening`, which reads the user's turn; these read the turn before it.
"""

from __future__ import annotations

import re

from practice.scoring.opening import greets
from practice.scoring.text import clean, words


def leaves_a_topic(previous: str) -> bool:
    """ "Very good, yes, exactly like that." confirms what the user said: no answer to leave;
    nor is a greeting ("Hey Tyler, ... Fire away."), a question to the user ("What got you
    interested?") or an invitation to ask on: none of the 22 such turns of the labelled sets
    is a topic switch."""
    answer, length = clean(previous).lower(), len(words(previous))
    return length >= 4 and not _CONFIRMS_ONLY.match(answer) \
        and not (length <= 9 and _CONFIRMS_FIRST.match(answer) or length <= 12 and _AGREES_WITH_YOU.match(answer)) \
        and not _CONFIRMS_AT_END.search(answer) and not greets(previous) and not previous.rstrip().endswith("?") \
        and not _INVITES_QUESTIONS.search(answer) and not (length <= 15 and _GRANTS.match(answer)) \
        and not (length <= 12 and _LAUGHS_FIRST.match(answer)) and not (length <= 25 and _AGREES_AT_END.search(answer))


def speaks_of_a_way_in(previous: str) -> bool:
    """The answer spoke of hiring, programmes, skills or a way in: a job ask after it builds on
    it; after an answer about anything else it changes the topic (73 of the 81 such turns of
    sets 1-39 that neither follow up nor acknowledge are labelled topic switches)."""
    return bool(_WAY_IN.search(clean(previous).lower()))


_CONFIRMS_ONLY = re.compile(
    r"^(?:(?:ha|oh|mm|well|so|very good|good|yes|yeah|yep|yup|exactly|right|correct|absolutely|sure|spot on|pretty much"
    r"|that's (?:exactly )?(?:it|right)|you've got it|you got it|that's the one)\W*)+(?:exactly )?(?:like that|that's it)?\W*$")
# "That's a generous way to put it, but yes.": a short reply that ends by confirming what the
# user said leaves no answer of its own to pick up
_CONFIRMS_AT_END = re.compile(r"^(?:\S+\s+){0,9}?\S*\W*\b(?:but |so )?(?:yes|yeah|yep|exactly|pretty much|that's right|spot on)\W*$")
# "Right. I wish more people understood that.", "Exactly, that's the art of it.": a short turn
# that confirms what the user said leaves no answer to pick up (4 of 5 such in the labelled sets)
_CONFIRMS_FIRST = re.compile(r"^(?:(?:ha|oh|well|mm)\W+)?(?:right|exactly|yes|yeah|yep|true|absolutely|totally|correct|pretty much"
                             r"|that's (?:right|it)(?: exactly)?|(?:it's|that's) (?:so )?true)\b")
# "That's exactly how I think about it.", "That's a lovely way to put it.": the same, said as
# agreeing with how the user put it (none of the 11 such turns of sets 1-37 is a topic switch)
_AGREES_WITH_YOU = re.compile(
    r"^(?:ha,? |oh,? )?that's (?:exactly |just |really |so |such )?(?:how i (?:think|see|feel|put|say|describe|explain)\b"
    r"|what i (?:think|say|tell)\b"
    r"|an? (?:\w+ )?way (?:to|of) (?:put(?:ting)?|say(?:ing)?|see(?:ing)?|think(?:ing)? about|describ\w+) (?:it|that)\b|so true\b)")
# "That's right. Renting bees, that's a good way to put it.", "That's it exactly. You said it
# better than I did.": agreeing with how the user put it, at the end (sets 1-417: none of the 84
# answers that end so is followed by a topic switch)
# ("Yes! That's a really nice way to put it, actually.", "You said it better than me.", set 458)
_AGREES_AT_END = re.compile(r"(?:way (?:to|of) (?:put|say|see|think about|describ\w+)(?:ting|ing)? (?:it|that)"
                            r"|(?:said|put) (?:it|that) better(?: than (?:me|i (?:did|could|would have|usually do|ever have)))?"
                            r"|better than i (?:did|could|usually do))(?:,? (?:actually|honestly|really|too))?\W*$")
_WAY_IN = re.compile(r"\b(?:hir\w*|apprentic\w*|programs?|programmes?|volunteer\w*|intern\w*|recruit\w*|openings?"
                     r"|positions?|vacanc\w*|looking for|need people|people like you|appl(?:y|ied|ying|ication)\w*"
                     r"|cert\w*|trial|foot in the door|taking on|take on|new hires?|jobs?|roles?|shifts?|resumes?|cvs?"
                     r"|skills?|finding people|find people|rookies?|applicants?|short on|short-staffed|understaffed"
                     # ("It's posted through the city HR system", set 467)
                     r"|postings?|posted through|hr)\b")
# "Ha, bees don't have meetings. That's the whole appeal.": a short reply that opens laughing
# is a quip, no answer to switch away from (of the switches shown after one of 12 words or fewer
# in sets 1-353, 26 of 37 are labelled no switch; after one of 13-20 words, 84 of 99 are
# switches, so longer ones stay answers)
_LAUGHS_FIRST = re.compile(r"^(?:ha|haha|hah|ha ha|heh|lol)\b[,!.]? ")
# "Of course. I wish someone had been honest with me at your age.", "Happy to help, and good
# luck with the patent bar.": a short reply to thanks or to a request grants it and leaves no
# answer to switch away from (none of the 19 turns after one in sets 1-43 is a topic switch)
_GRANTS = re.compile(r"^(?:of course|my pleasure|you're welcome|no problem|anytime|happy to help|glad to help|sure thing)\b")
# "..., so fire away if there's anything else.": an answer that ends by inviting the next
# question leaves nothing to switch away from
# "Anything else you want to know? I've got about five minutes.", "Anyway, what else can I tell
# you?": an invitation asked outright, whatever follows it (none of the 11 such turns of sets
# 1-81 is followed by a topic switch)
_INVITES_QUESTIONS = re.compile(r"\b(?:fire away|ask away|go ahead and ask)\b[^.!?]*\W*$"
                                r"|\banything else(?: (?:you(?:'d| would)? (?:want|like) to (?:know|ask)|(?:that )?i can [\w ]{0,25}))?\s*\?"
                                r"|\bwhat else (?:can i|could i|do you want|would you like)\b|\bany (?:other|more) questions\s*\?")
