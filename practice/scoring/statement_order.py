"""Questions said in a statement's word order that still ask for a yes or no.

Three shapes, each read the same with or without punctuation: surprise checked back ("wait so
you're the only one there the whole night"), two ways it might be joined by "or" at the end
("you do it yourself or you have somebody") and a term of theirs checked ("blameless meaning like
nobody gets in trouble"). `forms` and `runon` use them.
"""

from __future__ import annotations

import re

from practice.scoring.kinds import Form
from practice.scoring.text import clean

# After these, "wait" is the verb, not surprise: "wait until you see the rota", "wait for it",
# "wait tables", "hold on a sec"
WAIT_VERB_NEXT = frozenset("until till for to and a an the your my tables around in on out it".split())


def surprise_check(clause: str) -> Form:
    """ "wait so you're the only one there the whole night": surprise at what was just said,
    checked back, a yes/no question however it is punctuated."""
    return Form("declarative", "closed", 'checks what they heard ("wait, so ..."): it asks for a yes or no', clause)


# "wait so you're the only one there the whole night", "wait you don't get paid for the driving":
# surprise at what was just said, checked back. Spoken, the "?" is often lost (8 of 9 such
# unpunctuated turns of the labelled sets are yes/no questions); "wait so you're going to bed
# before your kids do that's wild" ends on a verdict and stays a statement; "wait until you see
# the rota" and "wait tables" use the verb (`WAIT_VERB_NEXT`).
_CHECKS_SURPRISE = re.compile(r"^(?:(?:oh|okay|ok|um|uh|hm|hmm|sorry)\s+)*(?:wait|hold on|hang on)\s+([\w']+)(?:\s+[\w']+){2,}")
_VERDICT_END = re.compile(r"\b(?:that's|thats|that is|it's|so|how)\s+(?:\w+\s+){0,2}?(?:wild|crazy|cool|amazing|insane|nuts"
                          r"|great|awesome|impressive|intense|brutal|funny|encouraging|interesting|fascinating|incredible|unbelievable|hilarious)$"
                          r"|\b(?:wow|oof|whoa|i love that)$|\bnot what i (?:pictured|expected|imagined|thought)$")
# "wait you get paid while you're learning that's way better than college", "wait music that's so
# cool i was a barista ...": a verdict after the surprise, which it answers itself (sets 1-561: 10
# of the 13 such turns are labelled no question; a verdict before "wait" still leads into a check,
# "that's insane wait so most of them aren't even fires")
_VERDICT_THEN_MINE = re.compile(r"\b(?:that's|thats|that is)(?: that's| like| so| way| literally| really| actually| kind of| pretty)*"
                                r" (?:so |really |pretty |super )?(?:amazing|awesome|cool|interesting|wild|crazy|insane|better"
                                r"|worse|great|nice|incredible|fascinating|my dream|the dream|perfect|hilarious|funny|huge|fair"
                                r"|smart|good|brutal|rough|intense|impressive|way)\b")


def checks_surprise(run: str) -> bool:
    """ "wait so you're the only one there the whole night": a run that opens on "wait" (not the
    verb) and checks back what surprised, with no verdict that answers it (`_VERDICT_END`,
    `_VERDICT_THEN_MINE`)."""
    m = _CHECKS_SURPRISE.match(run)
    return bool(m) and m.group(1) not in WAIT_VERB_NEXT and not _VERDICT_END.search(run) \
        and not _VERDICT_THEN_MINE.search(run)


def answered_by_verdict(check: Form, next_sentence: str) -> bool:
    """ "Wait, so the otters are basically the kelp's bodyguards. That's so cool.": a surprise
    check said with a full stop, then answered by the user's own verdict, as `checks_surprise`
    reads it in speech (sets 1-665: the 3 such turns are labelled no question)."""
    return check == surprise_check(check.clause) and bool(_VERDICT_THEN_MINE.match(clean(next_sentence).lower()))


# "the assistants they are paid okay or it's like minimum wage", "you do it yourself or you
# have somebody", "the company they pay for the cdl school or i pay myself": two ways it might
# be, said in a statement's word order and joined by "or" at the end of the turn. Of the 8
# such unpunctuated turns of sets 1-65, 7 are labelled closed (the other ends on "okay").
_STATEMENT_CHOICE = re.compile(
    r"\b(?:you|you're|they|it|it's|he|she|we|yourself)\b(?: [\w']+){0,12} or (?:it's|it is|it|you|you're|there|there's"
    r"|there are|they|they're|i|we|not|no|something)\b(?: [\w']+){0,8}$")


def statement_choice(ws: list[str]) -> Form | None:
    """A choice offered in statement word order at the end of an unpunctuated turn."""
    said = " ".join(ws)
    if not ws or ws[-1] in {"okay", "ok"} or not _STATEMENT_CHOICE.search(said):
        return None
    return Form("choice", "closed", 'offers two ways it might be ("... or ..."): it asks to pick one', said)


# "blameless meaning like nobody gets in trouble", "sixteens meaning like six days a week ten hours
# a day": a word of theirs, then what the user takes it to mean (sets 1-585: 11 of the 12 such
# turns are labelled closed; the other is a question of its own after it); up to three words
# since set 604's "build the picture meaning like keeping every plane in your head"
_CHECKS_A_TERM = re.compile(r"^(?:(?:so|oh|okay|ok|wait|and|um|uh|hm)\s+)*(?:[\w'-]+\s+){1,3}meaning\s+(?:like\s+|as in\s+)?"
                            r"(?!what\b|how\b|why\b|is\b|do\b|does\b)[\w']+(?:\s+[\w']+){1,20}$")


def checks_a_term(run: str) -> Form | None:
    """A word of theirs, then what it is taken to mean: a check, answered yes or no."""
    if _CHECKS_A_TERM.match(run):
        return Form("declarative", "closed", 'checks what a word of theirs means ("... meaning ..."): it asks for a yes or no', run)
    return None
