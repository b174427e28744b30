"""How sure a praised reflection is on an interview turn: the counselling model weighed by
what interview turns show.

The reflection model (`data/reflection.json`) learned what a reflection is from counsellors'
turns (AnnoMI). On interview turns by two writers it had not seen, 23 of the 40 reflections it
was sure of were not ones: a fact said back before a question ("Nine years in the same ED,
mashallah. What has kept you there?"), a compliment, the user's own story, a guess that
leads. The writers of the interview sets call the first an acknowledgement, and the rest are
no paraphrase. So a reflection the model raises gets its confidence from a second, small
logistic regression over the model's probability and a few named signs (below), trained by
`bench/train_reflection_turns.py` on the labelled interview turns (`data/reflection_turns.json`).
Held out on those two sets it showed 29 reflections, 27 of them right. Refit on all 161 sets and
held out one set at a time, the reflections shown at the bar (0.55) are right 2457 of 2680
times (0.917), recall 0.789 of the labelled (the counselling model's probability alone:
0.633, recall 0.836).

The meaning sign (how close the saying-back sentence is to the answer) needs the sentence
encoded; it is encoded only when the other signs leave the decision open, and read as the
training mean without the encoder.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache

from practice.scoring.echo import echo, said_back_and_judged
from practice.scoring.confidence import bar
from practice.scoring.features import overlap
from practice.scoring.model import DATA, LinearModel, load_model
from practice.scoring.text import sentences, words

NAME = "reflection_turns"
VERDICT_ON_ECHO = 0.3  # the most a capped reflection is ever shown at (see `capped`)


def signs(text: str, previous: str, sentence: str, p: float, says_back: bool, evaluates: bool,
          about_myself: bool, asks: bool, relates: bool = False) -> dict[str, float]:
    """The named signs of one raised reflection, without the meaning sign."""
    return {
        "p": p,                                   # the counselling model's probability
        "says_back": float(says_back),            # "so ...", "it sounds like you ...", "you ..."
        "evaluates": float(evaluates),            # a verdict on the answer ("sounds like a nightmare")
        "mine": float(about_myself),              # more "I" than "you": the user's own story
        "echo": float(bool(echo(text, previous))),  # the answer's fact said back ("Six weeks!")
        # the fact said back with a verdict ("Ha, six weeks at a camp sounds like a nightmare."):
        # not weighed, it caps the confidence (see `confidence`)
        "judged": float(said_back_and_judged(sentence, previous) is not None),
        # the user's own people or places set beside the answer ("my aunt's a nurse and she
        # says the same thing"): not weighed, it caps the confidence (see `capped`)
        "relates": float(relates),
        "question": float(asks),                  # a real question follows
        "words": math.log1p(len(words(sentence))),
        "overlap": overlap(sentence, previous)[0],  # share of its words that are the answer's
        "sentences": float(len(sentences(text))),
    }


@lru_cache(maxsize=1)
def model() -> tuple[LinearModel, float] | None:
    """The weights and the training mean of the meaning sign, or None without the file."""
    path = DATA / f"{NAME}.json"
    try:
        return load_model(NAME), float(json.loads(path.read_text(encoding="utf-8"))["similarity_mean"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def confidence(found: dict[str, float], similarity: Callable[[], float | None]) -> float:
    """The confidence of a raised reflection from its signs; `similarity` (the saying-back
    sentence against the answer) is called only when the other signs leave it open."""
    if capped(found):
        return min(VERDICT_ON_ECHO, _weighed(found, similarity))
    return _weighed(found, similarity)


def capped(found: dict[str, float]) -> bool:
    """Raised turns never praised, whatever the weighing: a verdict on a fact said back
    (`judges_a_fact`) and the user's own people or places set beside the answer, said back in
    no words of theirs (`reflecting.relates_own`)."""
    return judges_a_fact(found) or bool(found.get("relates"))


def judges_a_fact(found: dict[str, float]) -> bool:
    """A verdict on a fact said back ("Ha, six weeks at a camp sounds like a nightmare.") is an
    acknowledgement: of the 117 the counselling model raised in 145 labelled sets, 112 were no
    reflection. Its confidence is capped below any bar rather than weighed, so it is never praised."""
    return bool(found["evaluates"] and (found["echo"] or found["judged"]))


def _weighed(found: dict[str, float], similarity: Callable[[], float | None]) -> float:
    """The learned weighing of the signs."""
    loaded = model()
    if loaded is None:
        return found["p"]
    m, mean = loaded
    base = dict(found)
    low = m.probability({**base, "similarity": 0.0})
    high = m.probability({**base, "similarity": 1.0})
    shown_at = bar("reflection")
    if min(low, high) >= shown_at or max(low, high) < shown_at:
        return m.probability({**base, "similarity": mean})  # settled either way: no encoding
    sim = similarity()
    return m.probability({**base, "similarity": mean if sim is None else sim})
