"""One English stemmer for the whole package (Snowball's Porter2), so that the question
matcher and the scorer agree that "freelancing" ~ "freelance" and "families" ~ "family"."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)
