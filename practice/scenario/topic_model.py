"""Which topic a question is on, learned from how people asked: a prior beside words and wordings.

The meaning index (`meaning.py`) finds a question's topic by its nearest authored wording, and a
question worded far from all of them reads as no topic at all ("how do you keep a lid on it?"
for behaviour, "whats kept you going all these years" for enjoy). Writers of the labelled
conversation sets asked about the same topics in hundreds of ways; logistic regression over
the question's sentence vector (one topic against the rest, the ids shared by every scenario
plus each scenario's own) learns from those questions and from every authored wording, and
its probability is added to the topic's score (`WEIGHT`). It is trained by
`bench/train_intents.py` and kept as weights in `data/topics.json`; only the scenario's own
topics are scored, so a user scenario gets the prior for the ids it shares with the built-in
ones and nothing for its own. Without the encoder or the weights the other evidence decides.

Trained on four of sets a-e and tested on the fifth in turn, the topic read first for a
question went from 91.8% to 95.3% right (bench/README.md).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from practice.scenario import onevsrest

WEIGHTS = Path(__file__).resolve().parent / "data" / "topics.json"
WEIGHT = 2.5  # the probability's weight in a topic's score (held-out choice, bench/README.md)
# One more class: small talk ("what do you like to do on your days off?"), learned from the
# scenarios' small-talk wordings and the labelled sets, so that chat about life outside work
# is not pulled to the nearest work topic. Its probability goes to the small-talk reading.
SMALL_TALK = "small_talk"


class TopicModel(onevsrest.OneVsRest):
    """The topic model: its labels are topic ids and `SMALL_TALK`."""

    @property
    def topics(self) -> tuple[str, ...]:
        return self.labels

    def among(self, vector: np.ndarray, allowed) -> dict[str, float]:
        """P(topic) for each topic id in `allowed` that the model knows, and P(small talk)."""
        allowed = {*allowed, SMALL_TALK}
        probs = self.probabilities(vector)
        return {t: float(p) for t, p in zip(self.labels, probs) if t in allowed}


@lru_cache(maxsize=1)
def model() -> TopicModel | None:
    found = onevsrest.load(WEIGHTS, "topics")
    return TopicModel(found.labels, found.weights) if found is not None else None


def prior(vector: np.ndarray, allowed) -> dict[str, float]:
    """Each allowed topic's learned probability for a question's vector, and `SMALL_TALK`'s;
    empty without weights (or for a vector of another size)."""
    m = model()
    return m.among(vector, allowed) if m is not None and m.fits(vector) else {}
