"""A planted detail named with recognition errors: "the digital right board" for the digital
whiteboard. Whisper mishears one sound of a word ("right" for "white") or cuts a word short;
the detail's keywords are compared with the words heard by spelling and by rough sound.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from practice.scenario.model import Detail
from practice.scenario.text import STOPWORDS, normalize

FUZZY_DETAIL = 84  # rapidfuzz ratio for a misheard detail word ("right board" ~ "whiteboard")
RHYME_SCORE = 85  # "right" for the "white" of "whiteboard": one sound changed, the rest heard


def _sound(word: str) -> str:
    """A rough spoken form: silent letters dropped ("white" -> "wit", "right" -> "rit")."""
    w = re.sub(r"igh", "i", word.lower())
    w = re.sub(r"^wh", "w", w)
    w = re.sub(r"ph", "f", w)
    return re.sub(r"(?<=[^aeiou])e$", "", w)


def _rhymes(a: str, b: str) -> bool:
    """Same sounds after the first consonant: how a recogniser mishears one sound of a word."""
    sa, sb = _sound(a), _sound(b)
    ra, rb = re.search(r"[aeiouy].*", sa[1:]), re.search(r"[aeiouy].*", sb[1:])
    return bool(ra and rb) and ra.group(0) == rb.group(0) and len(ra.group(0)) >= 2


def misheard_detail(text: str, candidates) -> Detail | None:
    """The detail whose keyword the text says with recognition errors: every content word
    of the keyword is close to a word (or two words run together) of the text."""
    every = normalize(text).split()
    words = [w for w in every if w not in STOPWORDS]
    if not words or not candidates:
        return None
    grams = words + [a + b for a, b in zip(words, words[1:])]
    best, best_score = None, 0.0
    for detail in candidates:
        for keyword in detail.keywords:
            parts = [w for w in normalize(keyword).split() if w not in STOPWORDS]
            if not parts or sum(len(p) for p in parts) < 8:
                continue  # short keywords match too much by sound
            scores = [max(fuzz.ratio(p, g) for g in grams) for p in parts]
            if len(parts) > 1 and max(scores) >= 95:
                # one word heard right, the other cut short ("digital right" for "digital
                # whiteboard"): a word that sounds like the start of the keyword's word, said
                # beside the one heard right ("done from home" is no "phone home")
                heard = {i for i, g in enumerate(every) if any(fuzz.ratio(q, g) >= 95 for q in parts)}
                scores = [max([sc, *(RHYME_SCORE for i, g in enumerate(every) if 4 <= len(g) < len(p)
                                     and (i - 1 in heard or i + 1 in heard) and _rhymes(p[:len(g)], g))])
                          if sc < 95 else sc for p, sc in zip(parts, scores)]
            if min(scores) < 75:
                continue
            score = sum(scores) / len(scores)
            if score >= FUZZY_DETAIL and score > best_score:
                best, best_score = detail, score
    return best
