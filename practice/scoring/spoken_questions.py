"""A learned reading of whether an unpunctuated transcript asks a question, and of what kind.

Speech-to-text often gives a turn with no punctuation at all: "twelve hundred hives wow and
you move them all on trucks how many trucks is needed", "um i did software qa for fifteen years
so this would be like a total one eighty for me what skills from a desk job would even carry
over". The word-order rules (`runon`, `forms`) find most such questions, but each round of fresh
sets brought run-ons no rule had seen, and rules added for them did not carry over to the next
round. Two logistic regressions over the turn's words, word pairs and triples, and its first and
last words marked by place, learned from the speech-style turns of the labelled sets, carry
over: fitted without them, on 24 fresh sets (978-1001) they added 34 questions where the rules
found none, 32 of them rightly, and 19 (18 rightly) with the turns text settles worst left to the
rules (`left_to_the_rules`; `bench/eval_spoken_questions.py --fresh`).

They are asked only where the rules found no question in a turn with no punctuation, and a
question is added only when they are sure (`BAR`) and the turn is not one where text alone is
most often wrong (`left_to_the_rules`): a statement called a closed question is criticised for
it, which costs more than a question missed.

The weights are learned offline by `bench/eval_spoken_questions.py --write` and read here from
`data/spoken_questions.json`; reading a turn is a few dozen dictionary look-ups.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from practice.scoring.kinds import Form
from practice.scoring.model import DATA, weighing_on
from practice.scoring.text import clean, punctuated, words
from practice.scoring.wh import PSEUDO_CLEFT
from practice.scoring.wordclasses import KNOWING, WH

NAME = "spoken_questions"
WEIGHTS = DATA / f"{NAME}.json"
BAR = 0.9  # a question is added at this probability or above (bench/README.md has the figures)
# Shorter turns are left to the rules: "you have to wait so long for the results", "honestly you
# got it right with all the hiring stuff" are statements or checks by their pitch alone, which
# the text does not carry (held out in ten folds of sets 1-993, turns under twelve words were 179
# of the 911 questions the reading would add at 0.9, 151 of them rightly, and the statements the
# suite pins the rules to are nearly all that short)
MIN_WORDS = 12
# a cleft, as `wh.PSEUDO_CLEFT` reads one, with up to eight words before its "is" or "was": "what
# really drew me to it in the first place was the people there"
# or after "so", "and", "but" ("that's good to hear so what matters is your clinical eye")
_CLEFT = re.compile(r"(?:^|\b(?:so|and|but) )" + PSEUDO_CLEFT.pattern.replace("{0,3}", "{0,8}").removeprefix("^"))
# a wh-clause after these is said, not asked: "i don't care what you think", "it's crazy how many
# people are in debt", "i love what you do there"
_SAYS_A_CLAUSE = KNOWING | {"care", "love", "loved", "like", "liked", "hate", "wonder", "amazing", "crazy",
                            "insane", "funny", "cool", "interesting", "that's", "thats", "it's", "its",
                            "is", "was", "matter", "matters", "about"}


OPEN_WHY = "asks for an account, as its words show with no punctuation to mark it"
CLOSED_WHY = "asks for a yes or no, as its words show with no punctuation to mark it"
# How sure the "closed question" criticism is when the reading found the question: under the
# bar at which it is shown (`confidence.bar("closed")`, 0.7). Held out in ten folds of sets
# 1-1001, 135 of the 627 questions it would add at 0.9 were turns labelled statements (on the 24
# fresh sets, 1 of 19): the type is kept, the criticism is not said.
CLOSED_CONFIDENCE = 0.6


def features(text: str) -> set[str]:
    """The turn's words, word pairs and triples, plus its last five words and pairs ("E:",
    "E2:"), last two ("L:") and first three ("S:") marked by place, and its length in fives:
    a run-on question sits at the end of the turn, after whatever led into it."""
    ws = words(clean(text))
    grams = set(ws)
    grams.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    grams.update(f"{a} {b} {c}" for a, b, c in zip(ws, ws[1:], ws[2:]))
    end = ws[-5:]
    grams.update(f"E:{w}" for w in end)
    grams.update(f"E2:{a} {b}" for a, b in zip(end, end[1:]))
    grams.update(f"L:{w}" for w in ws[-2:])
    grams.update(f"S:{w}" for w in ws[:3])
    grams.add(f"LEN:{min(len(ws) // 5, 8)}")
    return grams


def left_to_the_rules(ws: list[str]) -> bool:
    """Turns the reading does not overrule the rules on: short ones, the user's own statements
    ("i ..."), a cleft ("what keeps me going is the kids") and a wh-clause said after a verb of
    knowing or feeling. Held out in ten folds of sets 1-1001 they cost 0.4 point of question
    type (94.8% against 95.2%) and keep 42 statements of 177 from being read as questions
    (`bench/eval_spoken_questions.py`)."""
    return (len(ws) < MIN_WORDS or ws[0] == "i" or bool(_CLEFT.search(" ".join(ws)))
            or any(w in WH and k and ws[k - 1] in _SAYS_A_CLAUSE for k, w in enumerate(ws)))


@dataclass(frozen=True)
class Reading:
    """`asks`: is there a question at all; `open`: given one, is it open (else closed)."""

    asks: dict[str, float]
    asks_bias: float
    open: dict[str, float]
    open_bias: float

    def probabilities(self, text: str) -> tuple[float, float]:
        """(probability the turn asks a question, probability such a question is open)."""
        grams = features(text)
        return (_sigmoid(self.asks_bias + sum(self.asks.get(g, 0.0) for g in grams)),
                _sigmoid(self.open_bias + sum(self.open.get(g, 0.0) for g in grams)))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def reading() -> Reading | None:
    """The shipped reading, or None when its weights are missing or unreadable, or the learned
    weighing is turned off (`PRACTICE_NO_WEIGHING=1`: the rules alone)."""
    if not weighing_on(NAME):
        return None
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        return Reading({str(k): float(v) for k, v in data["asks"].items()}, float(data["asks_bias"]),
                       {str(k): float(v) for k, v in data["open"].items()}, float(data["open_bias"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def question_form(text: str) -> Form | None:
    """The question an unpunctuated turn asks by the learned reading, or None (punctuated text,
    a turn left to the rules, no reading shipped, or not sure enough)."""
    ws = words(clean(text))
    if punctuated(text) or not ws or left_to_the_rules(ws):
        return None
    model = reading()
    if model is None:
        return None
    asks, is_open = model.probabilities(text)
    if asks < BAR:
        return None
    said = " ".join(ws)
    if is_open >= 0.5:
        return Form("request", "open", OPEN_WHY, said)
    return Form("declarative", "closed", CLOSED_WHY, said)
