"""A piper line cut into the units it is rendered, cached and streamed in.

Each sentence is its own unit, so a reply that starts with a new lead-in still finds its
sentences cached; a long sentence is cut at a comma or before a conjunction, because the
voice model's memory grows with a unit's length and the first audio should come quickly.
"""

from __future__ import annotations

import re

FIRST_UNIT_CHARS = 60  # a first sentence longer than this is cut early: a quick first audio
MAX_UNIT_CHARS = 70  # any longer sentence is cut: the model's memory grows with a unit's length
CLAUSE_PAUSE = 0.12  # seconds between two parts cut at a comma
JOIN_PAUSE = 0.04  # seconds between two parts cut elsewhere (one breath of speech)
_CONJUNCTIONS = {"and", "but", "so", "because", "which", "when", "where", "while", "or",
                 "until", "if"}


def _length(words: list[str]) -> int:
    return sum(len(w) for w in words) + len(words) - 1


def _cut(words: list[str], limit: int, first: bool) -> list[tuple[list[str], float]]:
    """Cut a sentence's words into parts of at most `limit` characters: at the comma nearest
    the middle (the first comma when `first`, for an early first audio), else before a
    conjunction, else in the middle. Each part keeps at least three words."""
    if _length(words) <= limit or len(words) < 6:
        return [(words, -1.0)]
    inner = range(3, len(words) - 2)
    commas = [i for i in inner if words[i - 1].endswith((",", ";", ":"))]
    middle = len(words) / 2
    if commas:
        cut = commas[0] if first else min(commas, key=lambda i: abs(i - middle))
        pause = CLAUSE_PAUSE
    else:
        joins = [i for i in inner if words[i].lower() in _CONJUNCTIONS]
        cut = min(joins, key=lambda i: abs(i - middle)) if joins else int(middle)
        pause = JOIN_PAUSE
    head = _cut(words[:cut], limit, first)
    head[-1] = (head[-1][0], pause)
    return head + _cut(words[cut:], MAX_UNIT_CHARS, False)


def split_units(text: str) -> list[tuple[str, float]]:
    """A piper line as the pieces it is rendered and cached in: (text, pause after; -1 for
    the voice's sentence pause).

    Sentences end at . ! ? followed by a space. A sentence over MAX_UNIT_CHARS is cut (see
    `_cut`): the model's working memory grows by about 30 MB per second of audio in one
    piece (a 45-word sentence peaks at about 500 MB, a 90-character one near 300 MB). The
    first sentence is cut already past FIRST_UNIT_CHARS, at its first comma, so that the
    first audio comes after a few words' rendering.
    """
    text = " ".join(text.split())
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    units: list[tuple[str, float]] = []
    for index, sentence in enumerate(sentences):
        limit = FIRST_UNIT_CHARS if index == 0 else MAX_UNIT_CHARS
        for part, pause in _cut(sentence.split(), limit, first=index == 0):
            units.append((" ".join(part), pause))
    return units
