"""A follow-up that names a planted detail by its story, not by its keywords.

Listeners rarely repeat the professional's words: "what happened with him after that?", "the
bags getting rung up as milk, how did you even figure that out?". The matcher finds a detail by
its keywords (or their sound-alikes), so these read as a new question on the topic, or as
"I can't speak to that". This module weighs, for each detail the user has heard, how close the
question is in meaning to the sentences that planted it and to the detail's own story, the
words it shares with them, whether it was just told, and whether the turn reads as its topic:
a logistic regression over those seven numbers (`FEATURES`), trained by
bench/train_follow_ups.py on the follow-ups of the labelled conversation sets.

Held out one set at a time over sets a-l, at `THRESHOLD` it reads 75 misread follow-ups as
follow-ups on the labelled topic and makes 8 right replies wrong (bench/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from practice.scenario import onevsrest
from practice.scenario.model import Detail, Scenario
from practice.scenario.text import content_stems, sentences

WEIGHTS = Path(__file__).resolve().parent / "data" / "follow_ups.json"
FEATURES = ("planted", "story", "shared", "recent", "told", "topic", "last")
LABEL = "follow_up"
# The probability at which a heard detail is taken as what the turn follows up: held out one
# set at a time, the best balance of follow-ups found and other turns taken (sets a-j; on a-l
# 0.5 still reads 75 right for 8 made wrong, 0.4: 83 for 15).
THRESHOLD = 0.5
# ... and for a turn that says it points back ("that thing you said about ...", `acts.points_back`):
# 0.2 gave the most right replies over sets a-l (0.15: the same kinds, two topics fewer; 0.3: -7)
POINTED = 0.2
# ... and before "I can't speak to that": the likeliest heard detail of the last topic, however
# faint, when it stands far above every other (`clear_best`)
FAINT = 0.05
FAINT_MARGIN = 5.0
SHARED_CAP = 4  # shared content words beyond this add nothing


def _words(text: str) -> frozenset[str]:
    """The stems of a text's words that carry content, of three letters or more."""
    return frozenset(s for s in content_stems(text) if len(s) > 2)


@dataclass(frozen=True)
class Candidate:
    detail: Detail
    features: tuple[float, ...]  # in `FEATURES` order


class StoryIndex:
    """Sentence vectors of what plants each detail (every sentence of the scenario's answers
    that names it) and of each detail's story: made once per scenario, with the meaning index."""

    def __init__(self, scenario: Scenario, matcher, embedder):
        from practice.scenario.meaning import encode_cached  # numpy and the encoder: here only

        texts = [t for topic in scenario.topics
                 for t in (topic.answer, topic.short, topic.example, *topic.again)]
        texts += [d.answer for d in scenario.details]
        plants: dict[str, list[str]] = {d.id: [] for d in scenario.details}
        for text in dict.fromkeys(t for t in texts if t):
            for sentence in sentences(text):
                for detail in matcher.details_among(matcher.stems(sentence)):
                    if sentence not in plants[detail.id]:
                        plants[detail.id].append(sentence)
        for detail in scenario.details:  # a detail named nowhere else is planted by its short line
            if not plants[detail.id]:
                plants[detail.id].append(detail.short or detail.answer)
        planting = list(dict.fromkeys(s for found in plants.values() for s in found))
        stories = [d.answer for d in scenario.details]
        vectors = encode_cached(embedder, planting + stories)
        row = {s: i for i, s in enumerate(planting)}
        self._planted = {key: vectors[[row[s] for s in found]] for key, found in plants.items()}
        self._story = {d.id: vectors[len(planting) + i] for i, d in enumerate(scenario.details)}
        self._words = {key: frozenset().union(*(_words(s) for s in found)) for key, found in plants.items()}

    def candidates(self, vector: np.ndarray, text: str, heard: list[Detail], recent: set[str],
                   told: set[str], topic_share: dict[str, float], last_topic: str | None) -> list[Candidate]:
        """The features of each heard detail for the question `text` (sentence vector `vector`).
        `recent`: details named in the last reply; `told`: details already told in full;
        `topic_share`: each topic's score over the best topic's."""
        words = _words(text)
        found = []
        for detail in heard:
            planted = float((self._planted[detail.id] @ vector).max())
            story = float(self._story[detail.id] @ vector)
            shared = min(len(words & self._words[detail.id]), SHARED_CAP) / SHARED_CAP
            found.append(Candidate(detail, (planted, story, shared, float(detail.id in recent),
                                            float(detail.id in told), topic_share.get(detail.topic, 0.0),
                                            float(detail.topic == last_topic))))
        return found


@lru_cache(maxsize=1)
def model() -> onevsrest.OneVsRest | None:
    """The trained weights (one label, `LABEL`, over `FEATURES`), or None when missing."""
    return onevsrest.load_single(WEIGHTS, FEATURES)


def best(candidates: list[Candidate]) -> tuple[Detail | None, float]:
    """The detail the turn most likely follows up, and how likely, by the trained weights."""
    m = model()
    if m is None or not candidates:
        return None, 0.0
    probs = m.probabilities(np.array([c.features for c in candidates]))[:, 0]
    i = int(np.argmax(probs))
    return candidates[i].detail, float(probs[i])


def clear_best(candidates: list[Candidate]) -> tuple[Detail | None, float]:
    """The likeliest detail when it is `FAINT_MARGIN` times likelier than the next, else None:
    "the folk who go up the hills to fetch people down" after the mountain rescue campaign
    reads 0.08, every other detail under 0.002."""
    m = model()
    if m is None or not candidates:
        return None, 0.0
    probs = m.probabilities(np.array([c.features for c in candidates]))[:, 0]
    order = np.argsort(probs)[::-1]
    best = float(probs[order[0]])
    runner = float(probs[order[1]]) if len(order) > 1 else 0.0
    if best < FAINT or best < FAINT_MARGIN * runner:
        return None, best
    return candidates[int(order[0])].detail, best
