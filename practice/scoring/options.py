"""Options offered in a question: a choice between two ("the startup or the agency?") makes
it closed; options offered as possible answers to an open question ("How did you get in,
like did you study it or something?") leave it open. Split from `practice.scoring.forms`,
which decides a sentence's form and asks these two questions of it.
"""

from __future__ import annotations

import re

from practice.scoring.clauses import clause_form, strip_markers
from practice.scoring.kinds import Form
from practice.scoring.text import clean, words
from practice.scoring.wordclasses import WH


def has_choice(sentence: str) -> bool:
    """Either/or: "... or ...?" with two options, or a trailing "or?"."""
    low = clean(sentence).lower().rstrip(" ?.!-—–")
    if re.search(r"\bor(?:\s+(?:not|something|anything|what|whatever|so|no))?$", low):
        return True
    ws = words(low)
    if "or" in ws[2:]:
        after = ws[ws.index("or", 2) + 1:]
        return bool(after) and not (after[0] in WH and len(after) > 2)
    return False


# (a dash too: "What's the job market like around here -- are districts still cutting
# positions?" names the likely answer, and the open question is still the one to answer)
# ("How would my QA background translate, or would I basically be starting from zero?": the other
# answer it might have, set 257)
# ("How did you decide between college and a trade -- or was it never really a question for you?",
# set 907)
_OFFERS = re.compile(r"\b(?:like|i mean|say|for example|for instance|as in)\W+$|--\s*$|(?:,|--)\s*or\s*$")
_OFFERED_OPTIONS = re.compile(r"\bor (?:something|anything|what|not|so|whatever)\b|\b(?:it|that|this|they|them)\b.*\bor\b")


def offers_answers(low: str, rest: list[list[str]]) -> bool:
    """The clauses after an open question offer possible answers to it: introduced by "like"
    or "I mean", or options of the same thing ("was it family, or the money?")."""
    at = low.find(" ".join(rest[0][:2]))
    if at > 0 and _ONLY_NAMES_A_TOPIC.search(low[:at]):
        return False  # "What about AI -- are firms worried ...?": the question is after the dash
    return at > 0 and bool(_OFFERS.search(low[:at]) or _OFFERED_OPTIONS.search(low[at:])) or _guessed(low, rest)


# "How is this course, is it very difficult?", "What made you decide to go out on your own, was
# that part of it?": a yes/no guess at the answer, after a comma, in the same asked sentence
# (sets 1-393: 56 of 57 such sentences are labelled open; the closed one asks a fact, "How long
# is that program, do you know?", which is no open question to keep)
_GUESS_AUX = {"is", "was", "are", "were", "do", "does", "did", "would", "could", "can"}
_GUESS_SUBJECT = {"it", "that", "this", "they", "you", "there", "somebody", "someone"}  # ("did somebody train you?", set 927)


def _guessed(low: str, rest: list[list[str]]) -> bool:
    first = rest[0]
    if not (low.rstrip().endswith("?") and len(first) > 2 and first[0] in _GUESS_AUX and first[1] in _GUESS_SUBJECT):
        return False
    # (the guess's first words may come earlier too: "How did you make that switch, did you ...?")
    # (or after a dash: "How did you get into it - were you a controller in the military?", set 574)
    at = re.search(r"(?:,|\s-+|[—–])\s*" + re.escape(" ".join(first[:2])) + r"\b", low)
    if at is None:
        return False
    # the open question is a question of its own, not a restart ("What is, do you know ...?",
    # "How, do you know how wrong they are?") or a turn to them ("Well, how about you, are you an
    # exercise fanatic?", Switchboard)
    asked = words(re.split(r"[,.?!;:]|\s-+\s|[—–]", low[:at.start()])[-1])
    return len(asked) >= 3 and not re.match(r"(?:\w+ )?(?:how|what) about\b", " ".join(asked))


_ONLY_NAMES_A_TOPIC = re.compile(r"(?:^|[.?!]\s+)(?:(?:so|and|but|okay|ok)\W+)?(?:what|how) about\b[^.?!]{0,40}(?:--|,|[—–])\s*$")


def offers_a_choice(form: Form, ws: list[str], rest: list[list[str]]) -> bool:
    """A wh-question's clause `ws`, then short options in the clauses after it (`rest`), asks
    to pick one ("What do you prefer, the startup or the agency?"); not when the options are
    set against the question ("rather than"), or are examples of what it is like or of how."""
    return _options_follow(rest) and not _contrasts(ws) and not _asks_what_it_is_like(ws) and not _asks_how(form, ws)


def _options_follow(rest: list[list[str]]) -> bool:
    """ "What do you prefer, the startup or the agency?": short option list after the question."""
    return any("or" in p[1:] and len(p) <= 8 and not clause_form(p, True) for p in rest)


def _contrasts(ws: list[str]) -> bool:
    """ "How did you end up in orthopedics rather than, say, neuro or pediatrics?": the options
    after "rather than" are what the answer is set against; the question is still "how"."""
    return ws[-2:] in (["rather", "than"], ["instead", "of"], ["as", "opposed"]) or ws[-3:] == ["as", "opposed", "to"] \
        or ws[-1:] in (["over"], ["versus"], ["vs"]) and len(ws) >= 4


def _asks_what_it_is_like(ws: list[str]) -> bool:
    """ "What's the community like otherwise, more supportive or more competitive?": options
    after a question about what something is like are examples of the answer, not a choice."""
    return ws[0] in {"what", "what's"} and "like" in ws[-3:] and ws[ws.index("like", len(ws) - 3) - 1] not in {"you", "i", "we", "they", "would"}


def _asks_how(form: Form, ws: list[str]) -> bool:
    """ "How did you learn your craft, culinary school or on the job?", "How do you do the
    synthesis, with sticky notes or with some software?": options after "how" are examples of
    the way it went; the account is still asked for (all seven such turns of the interview
    sets are labelled open). "How much ..., more or less?" asks a fact, and stays closed."""
    said = strip_markers(ws)
    return form.kind == "wh_open" and bool(said) and said[0] == "how"
