"""One English stemmer for the whole package (Snowball's Porter2), so that the question
matcher and the scorer agree that "freelancing" ~ "freelance" and "families" ~ "family".

A Snowball stemmer keeps the word it works on in the object, so one shared between threads
mixes two words up (IndexError inside snowballstemmer): the interview's warm-up stems the
scenario and an English word list while the conversation stems the user's turns. Each thread
gets its own stemmer.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import snowballstemmer

_LOCAL = threading.local()


def _stemmer():
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return found


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)
