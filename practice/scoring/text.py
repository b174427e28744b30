"""Light text handling shared by the scorers: fillers out, sentences split, words listed.

Transcribed speech is full of "uh", "um" and false starts; every judgement works on the
cleaned form so that a filler never decides whether something is a question.
"""

from __future__ import annotations

import re

FILLERS = {"uh", "um", "uhm", "er", "erm", "hmm", "mm", "mhm", "ah"}

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|(?<=[.?!])$")


def collapse_stutters(text: str) -> str:
    """ "Wha-wha-what do" -> "what do", "so-so" -> "so": keep the last attempt at a word."""
    def last_attempt(m: re.Match) -> str:
        parts = m.group(0).split("-")
        final = parts[-1]
        if all(final.lower().startswith(p.lower()) or p.lower() == final.lower() for p in parts[:-1]):
            return final
        return m.group(0)
    return re.sub(r"\b[A-Za-z']+(?:-[A-Za-z']+)+\b", last_attempt, text)


def words(text: str) -> list[str]:
    """Lower-case word tokens with fillers removed (contractions kept whole: "don't")."""
    text = collapse_stutters(text.replace("\u2019", "'")).lower()
    return [w for w in _WORD.findall(text) if w not in FILLERS]


def clean(text: str) -> str:
    """The text without fillers and doubled spaces, punctuation kept."""
    text = collapse_stutters(text.replace("\u2019", "'"))
    pattern = r"\b(?:" + "|".join(sorted(FILLERS)) + r")\b[,.]?\s*"
    text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[,.;\s]+", "", text)
    return text


def sentences(text: str) -> list[str]:
    """Split on sentence-final punctuation; a turn without punctuation is one sentence."""
    parts = [p.strip() for p in _SENTENCE_END.split(clean(text))]
    return [p for p in parts if p and re.search(r"[A-Za-z0-9]", p)]
