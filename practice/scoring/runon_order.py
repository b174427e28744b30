"""Questions said in plain word order, for `runon`: the subject before the verb, as speech and
second languages say them ("how many hives you put on one truck", "the cdl school how long it
take", "after i graduate how can international student get into this job"). Each test reads one
position of an unpunctuated run; `runon.run_on_question` asks them where a question may start.
Split from `runon`, which reads the inverted and merged forms.
"""

from __future__ import annotations

from practice.scoring.runon_starts import ASKED_VERBS
from practice.scoring.runon_words import NOT_BEFORE_HOW_LONG, REACTIONS
from practice.scoring.wordclasses import AUX, KNOWING, PREPOSITIONS, SUBJECTS, WH

# words that take "how many ..." as their object or complement ("you never know how much you make",
# "the gap between how many people show up and ..."): those before an embedded "how long", and a
# few more; not "and" ("... or i need to apply first and how much it cost" asks)
_BEFORE_EMBEDDED_HOW_MANY = NOT_BEFORE_HOW_LONG - {"and", "just"} | {
    "it's", "between", "deciding", "decide", "decides", "asking", "figure", "count", "counting", "track",
    "about", "not"}


def how_many_said_plain(ws: list[str], i: int) -> bool:
    """ "... every year how many hives you put on one truck", "and how much it cost", "for hours
    that must be so tiring how long you can do it before you need a break": a fact asked with its
    subject before the verb, as speech and second languages do (sets 1-481: 11 such runs labelled
    closed were read as statements)."""
    if ws[i] != "how" or i + 2 >= len(ws) or ws[i + 1] not in {"many", "much", "long", "often"} \
            or ws[i - 1] in _BEFORE_EMBEDDED_HOW_MANY or ws[i - 1].endswith("ing") or set(ws[max(0, i - 3):i]) & KNOWING \
            or "between" in ws[max(0, i - 10):i]:
        return False
    rest = ws[i + 2:i + 6]
    at = next((k for k, w in enumerate(rest) if w in {"it", "you", "they", "he", "she"}), None)
    if at is not None and at + 1 < len(rest) and rest[at + 1] in {"have", "has"} and not set(rest[:at]) & AUX:
        # "have" as the main verb: "and how many planes you have at one time on the screen" (set
        # 738); not "have been", "have to", "have got", which a statement uses as often
        return ws[i + 2 + at + 2:i + 2 + at + 3] not in (["been"], ["to"], ["got"], ["gotten"], ["had"])
    return at is not None and at + 1 < len(rest) and rest[at + 1] not in AUX - {"can", "will", "would", "do", "does"} \
        and not set(rest[:at]) & AUX


def bare_noun_subject(ws: list[str], i: int) -> bool:
    """ "after i graduate how can international student get into this job": a wh-word and a
    modal before a subject said without its article, in a second language (set 314)."""
    return ws[i] in {"how", "where", "when", "why"} and ws[i + 1] in {"can", "could", "should", "do", "does"} \
        and i + 4 < len(ws) and ws[i + 2] not in AUX | SUBJECTS | PREPOSITIONS | WH | {"i", "the", "a", "an", "my", "your"} \
        and ws[i + 4] in ASKED_VERBS | {"become", "find", "work"} and ws[i - 1] not in KNOWING | PREPOSITIONS


def counts_in_order(ws: list[str], i: int) -> bool:
    """ "um the exams how many exams you passed already": a count asked in a second language's
    word order (set 276)."""
    return ws[i] == "how" and ws[i + 1] in {"many", "much"} and ws[i + 3] in {"you", "they"} and ws[i + 4] not in AUX \
        and (i == 0 or ws[i - 1] in REACTIONS or ws[i - 1] == ws[i + 2])


def how_long_in_order(ws: list[str], i: int) -> bool:
    """ "okay and uh the cdl school how long it take": how long, said in a second language's word
    order after the thing it is asked of (set 298); not "that's how long it took"."""
    return ws[i] == "how" and ws[i + 1] in {"long", "often", "far"} and ws[i + 2] in {"it", "you", "they"} \
        and ws[i + 3] not in AUX and (len(ws) - i <= 6 or ws[i + 3] in {"take", "takes"} and i > 0 and ws[i - 1] not in SUBJECTS) \
        and (i == 0 or ws[i - 1] not in NOT_BEFORE_HOW_LONG and not ws[i - 1].endswith("ing"))


def does_it(ws: list[str]) -> bool:
    """ "do this", "do it", "do all that": "do" as the verb of "how you do this with the legs" (a
    second language's order), not the auxiliary of "how you do think ..." """
    return len(ws) >= 2 and ws[0] in {"do", "did"} and ws[1] in {"this", "that", "it", "all", "everything", "these", "those"}
