"""What kind of turn it is, by meaning: a learned second reading beside the phrase rules of `acts`.

The rules of `acts` and `interviewee` name a turn's kind from phrases, and every new writer of
a labelled conversation set words the social turns differently: "yo does the city need summer
help", "any chance of a placement year", "can you say again more slow", "is that a kettle I can
hear?". Rounds of new phrases fixed one writer's wordings and missed the next one's. So each
turn also gets a reading by meaning: logistic regression (one class against the rest) over the
turn's sentence vector, the encoder the meaning index already runs on every turn. It is trained
by `bench/train_intents.py` on the labelled conversation sets and a set of single turns written
for training (bench/data/intents_train.jsonl), and kept as weights in `data/intents.json`.

Its classes are the reply kinds that say what the turn does, whatever the topic; the kinds
that need the conversation's state to tell apart (an answer, a recap, a follow-up on a planted
detail, a stacked turn, a question the scenario cannot answer) are one class, `question`, left
to the rules. The dialogue manager takes a kind from it only when it is sure (`THRESHOLDS`,
chosen on held-out sets), so it adds to the rules more than it overrules them. Without the
encoder or the weights there is no reading and the rules alone decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from practice.scenario import onevsrest

WEIGHTS = Path(__file__).resolve().parent / "data" / "intents.json"
QUESTION = "question"
# The reply kinds the model may name, besides `question` (bench/train_intents.py trains these).
KINDS = ("clarify", "closing", "elaborate", "example", "follow_up_permission", "job_ask",
         "redirect", "referral", "reflection_response", "repeat", "small_talk", "thanks")
# The conversation's kinds that are all one `question` to the model.
QUESTION_KINDS = ("answer", "recap", "stacked", "follow_up", "unknown")
# How sure the model must be to name a kind against the rules, per kind: held out one
# conversation set at a time (sets a-h), these are the lowest probabilities at which its sure
# readings were wrong at most about one time in twenty (bench/README.md). Kinds absent here
# are never taken from the model: the rules know thanks and goodbyes (a wrong goodbye ends the
# session), and whether a question is an answer, recap or follow-up needs the conversation.
# Redirect was 0.7 until the model was trained on a-x: on the sets it had not seen (y, z, aa,
# ab) 0.6 redirects two more requests (files, figures before they are public) and nothing else;
# over sets a-ab, 6 more replies right for 2 made wrong. Elaborate was 0.4 until the model was
# trained on a-al: it then read "Why do teachers get such long holidays?" after how they came to
# teaching as "why do you say that?" (0.45); at 0.5, 2 of 11736 turns of a-al lose the right
# reply, and a new question is not met with more of the last answer.
THRESHOLDS = {
    "clarify": 0.4, "elaborate": 0.5, "example": 0.5, "follow_up_permission": 0.5,
    "job_ask": 0.5, "redirect": 0.6, "referral": 0.5, "reflection_response": 0.6,
    "repeat": 0.6, "small_talk": 0.6,
}
# Where the rules would say "I can't speak to that", a lower bar: that reply is only for
# questions about what lies outside the person's world ("would there be any possibility of
# Beth shadowing you for a shift?" is a job ask with an unknown name in it). On sets a-i it
# changed 7 replies from `unknown`, 6 of them to the labelled kind (the 7th, small talk for
# "are you in an office or outside most of the time?", was neither right before nor after).
INSTEAD_OF_UNKNOWN = 0.3


@dataclass(frozen=True)
class Intent:
    kind: str  # one of KINDS, or QUESTION
    probability: float

    @property
    def sure(self) -> bool:
        """Sure enough to be taken over the phrase rules."""
        return self.probability >= THRESHOLDS.get(self.kind, 2.0)

    @property
    def leans_away(self) -> bool:
        """Leans to a kind other than a question, enough to answer it as that rather than with
        "I can't speak to that"."""
        return self.kind != QUESTION and self.probability >= INSTEAD_OF_UNKNOWN


def label(kind: str) -> str:
    """The model's class for a labelled reply kind."""
    return QUESTION if kind in QUESTION_KINDS else kind


class Model(onevsrest.OneVsRest):
    """The kind model: its labels are `QUESTION` and `KINDS`."""

    @property
    def classes(self) -> tuple[str, ...]:
        return self.labels

    def read(self, vector: np.ndarray) -> Intent:
        probs = self.probabilities(vector)
        best = int(np.argmax(probs))
        return Intent(self.labels[best], float(probs[best]))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The trained weights, or None when the file is missing or unreadable."""
    found = onevsrest.load(WEIGHTS, "classes")
    return Model(found.labels, found.weights) if found is not None else None


def read(vector: np.ndarray) -> Intent | None:
    """The model's reading of one turn's sentence vector, or None without weights (or when the
    vector is not the size the weights were trained on)."""
    m = model()
    return m.read(vector) if m is not None and m.fits(vector) else None
