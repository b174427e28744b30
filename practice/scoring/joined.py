"""Questions joined by "and" in one sentence: "What do you do and how did you start?",
"how long did it take and um like what did you have to do". `stacking` counts them as two;
`questions` lets the last decide the type of an unpunctuated run, as the one they would answer.
"""

from __future__ import annotations

import re

from practice.scoring.clauses import clauses, clause_form, strip_markers
from practice.scoring.runon import question_start
from practice.scoring.text import clean, words
from practice.scoring.wordclasses import AUX, SUBJECTS, WH


def split_and(sentence: str) -> list[str]:
    """ "What do you do and how did you start?" -> two questions."""
    low = clean(sentence).lower()
    # "or" joins alternatives of one question ("Do you travel, or is it remote?"): not split.
    # ("would you let me come in and do a trial shift": "do a ..." goes on with the verb; it
    # starts no question, unlike "and do a lot of people burn out")
    # ("Can I ask also, where do you think ...?": leave asked, not a question of its own, set 387)
    # ("Do you take stagiaires, and if you do, could I come in?": the favour on a condition is a
    # second question; sets 1-417: 64 of 66 such turns stacked)
    pieces = re.split(r",?\s+(?:and|(?<!\bask )(?<!\bask you )also|plus)(?:,?\s+(?:and\s+)?(?:like|you know|i mean|then|if (?:so|not|yes"
                      r"|(?:it|they|you|she|he|there|we) (?:is|are|does|do|did|was|were|has|have)(?: not)?)))?,?\s+"
                      r"(?!(?:do|does|did)\s+an?\s+(?!lot\b|few\b|couple\b|number\b|bunch\b|majority\b))(?=(?:what|what's|how|how's|how'd|what'd|why|where|where's|when|who|who's|which"
                      r"|do|does|did|is|are|was|were|can|could|would|will|should|have|has)\s+\w+\s)", low)
    # "I'd love to hear about the worst night and how you got through it": a wh-clause with no
    # inversion after "and" is a second object of the same request, not a question of its own
    merged: list[str] = []
    for p in pieces:
        ws = words(p)
        if merged and len(ws) > 2 and ws[0] in WH and ws[0] not in _WH_DID and (
                ws[1] in _PRONOUNS and (ws[2] not in AUX and not low.rstrip().endswith("?") or "between" in words(merged[-1]))
                # "the difference between what you do and what the vet does" (set 414); "how you
                # decide what to keep and what to cut" (set 415): one thing set against another
                or "between" in words(merged[-1]) and not _inverted(ws) or ws[1] == "to"):
            # ("How much cost the exams, and how people study?" asks twice; "the difference
            # between art welding and what you do on pipe" is one thing set against another)
            merged[-1] += " and " + p
        else:
            merged.append(p)
    pieces = merged
    found = []
    for p in pieces:
        # "interesting, what did you work on": the clause after a lead-in is the question
        forms = [" ".join(c) for c in clauses(p) if clause_form(c)]
        if forms:
            found.append(forms[-1])
        elif len(pieces) > 1 and (start := question_start(ws := words(p))) is not None:
            # "fair enough so what helped you most ... and what do you still find hard": a
            # question run on from a reaction is one of the two, with the topic it names first
            # when its subject is a pronoun ("the computer and the ai do they do a lot of the work")
            if ws[start] not in WH and start + 1 < len(ws) and ws[start + 1] in {"they", "it", "those", "these"}:
                start = len(ws) - len(strip_markers(_PREFACE.sub("", " ".join(ws[:start])).split() + ws[start:]))
            found.append(" ".join(ws[start:]))
    return found


_PRONOUNS = {"you", "i", "we", "they", "he", "she", "people"}
# "... and also how'd you get your first job": the "did" contracted onto the wh-word asks (set 432)
_WH_DID = {"how'd", "what'd", "why'd", "where'd", "when'd", "who'd"}


def _inverted(ws: list[str]) -> bool:
    """ "which would you pick", "which one are you": the word order of a question, not of a
    clause ("what the vet does", "what planners do")."""
    return ws[1] in AUX or len(ws) > 3 and ws[2] in AUX and ws[3] in SUBJECTS | {"i"}


# "okay two questions um ...": the preface of a stacked turn, no part of either question
_PREFACE = re.compile(r"^.*?\b(?:two|2|a couple of|couple of|a few|few) (?:quick |more |last )?(?:questions|things|ones)\b\W*")
