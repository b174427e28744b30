"""What two turns mean to each other, from the shared sentence-embedding model.

Follow-up, topic switch and reflection were judged by shared words, so a follow-up that
paraphrases ("Is it hard on your family?" after "touring eight months a year" shares no word)
was called a topic switch. The embedding model (`practice.embedding`) compares meanings. It
is optional: without the model package, or with `PRACTICE_NO_EMBEDDINGS=1`, `similarity`
returns None and every caller keeps its word rules. The model's cache is shared with the
dialogue manager, so a turn both of them read is encoded once.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from functools import lru_cache

from practice.scoring.model import DATA
from practice.scoring.text import clean, sentences

# The typical wordings of the questions every interview has (`practice.scenario.wordings` and
# the format-2 topics'), encoded ahead by `bench/train_listening.py`: a question close to one of
# them ("How did you get started?") could have been asked whatever the answer was, a sign of a
# switch when it is far from the answer. Held out in twenty folds of sets 1-393, it took the
# switches shown at 0.8 from 2783/3122 = 0.891 right (recall 0.436) to 2811/3138 = 0.896 (0.440).
STOCK_QUESTIONS = DATA / "stock_questions.npy"

# Cosine similarity of all-MiniLM-L6-v2 between a user turn and the answer before it, read off
# the project's labelled interview turns (bench/data/turns_*.jsonl, 601 turns with an answer):
# real topic switches sit at a median of 0.17 (90% below 0.31), turns that stay on the answer
# at 0.37-0.41; unrelated job talk ("What's the pay like?" vs "hours a week") reaches ~0.4.
# With the int8 encoder (the default) similarities sit about 0.01 lower: ON_TOPIC was 0.40 with
# float32, where "Why did you leave academia?" after "PhD, then a biotech startup." reads 0.411
# (int8: 0.397); at 0.39 every labelled set gives float32's figures or better.
ON_TOPIC = 0.39     # at or above: about what was just said, even with no shared word
GUESS_ON_TOPIC = 0.15  # the bar for a leading, tag or declarative guess ("That must be hard, right?")
OFF_TOPIC = 0.20    # below: nothing of the answer's meaning either
UNRELATED = 0.10    # below: related words in common, and no meaning at all (0.04 for "your work" after layoffs)


SWITCH_INTERVAL = 0.0001  # seconds, while a turn is judged (`reading_ahead`)


def enabled() -> bool:
    return os.environ.get("PRACTICE_NO_EMBEDDINGS", "") in ("", "0")


def embedder():
    """The shared embedder, or None (model package absent, or turned off)."""
    if not enabled():
        return None
    from practice.embedding import default_embedder

    return default_embedder()


def prepare(answer: str) -> None:
    """Encode an answer the next turn will be judged against, ahead of that turn.

    Judging a turn encodes the turn and the answer before it; the answer is known as soon as it
    is spoken, so the interview encodes it then, while the user listens and thinks, and scoring
    the turn after the user stops encodes only the turn (bench/scoring_speed.py, idle: p90 5.8 ms
    with both encoded, 2.5 ms with the answer ready). Its sentences are encoded too: a
    question is weighed against the closest of them (`weighing`)."""
    model = embedder()
    if model is not None and clean(answer):
        model.encode([clean(answer)] + [clean(s) for s in sentences(answer) if clean(s)])


@contextmanager
def reading_ahead(text: str | None):
    """While a turn is judged, encode the whole of it (`text`; None: nothing) on the encoder's
    background thread (`Embedder.encode_soon`): `weighing` reads its meaning (`vector(text)`)
    after the rules, by when it is ready.

    The rules are Python and hold the interpreter's lock; the background run needs it for a
    moment to start, and by default a waiting thread gets it only after 5 ms, later than the
    rules are done. For the judging of the turn the switch interval is 0.1 ms
    (`bench/scoring_speed.py --turns 400`, alternated, load 0.9-1.0: median 5.4-5.5 ms a turn
    with the turn's encoding, 5.0-5.3 ms for the scorer before it, which did not read the turn;
    6.0-6.2 ms with the default interval)."""
    model = embedder() if text is not None else None
    if model is None or not clean(text):
        yield
        return
    interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        model.encode_soon([clean(text)])
        yield
    finally:
        sys.setswitchinterval(interval)


def similarity(a: str, b: str) -> float | None:
    """Cosine similarity of what `a` and `b` mean, or None when there is no model."""
    model = embedder()
    if model is None or not clean(a) or not clean(b):
        return None
    return model.similarity(clean(a), clean(b))


def vector(text: str) -> list[float] | None:
    """What `text` means as the encoder's unit vector (a list, for the pure-Python weighing), or
    None without the model. The question a turn is weighed by is encoded already for its
    similarities, so this reads the encoder's cache."""
    model = embedder()
    if model is None or not clean(text):
        return None
    return model.encode([clean(text)])[0].tolist()


@lru_cache(maxsize=1)
def stock_bank():
    """The encoded typical questions, or None without the file (`STOCK_QUESTIONS`)."""
    from practice.embedding import read_bank

    return read_bank(STOCK_QUESTIONS)


def stock_similarity(question: str) -> float | None:
    """How close `question` is in meaning to the closest typical interview question, or None
    without the model or the encoded questions."""
    model, bank = embedder(), stock_bank()
    if model is None or bank is None or not clean(question):
        return None
    return model.closest(clean(question), bank)
