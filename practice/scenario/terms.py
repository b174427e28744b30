"""Which of the person's own terms a clarifying question names ("what's a huddle?"), allowing
plurals and the mishearings of speech recognition ("vent later" for ventilator, "the hurdle"
for the huddle, "his hire" for his Higher). Split from `practice.scenario.memory`.
"""

from __future__ import annotations

import re

from practice.scenario.model import Term
from practice.scenario.text import normalize

MISHEARD_TERM = 84  # rapidfuzz ratio, as for misheard details (`misheard.FUZZY_DETAIL`)


def _one_sound_off(key: str, heard: list[str], said: bool) -> bool:
    """ "the hurdle" for the huddle they just mentioned: a word of six letters or more with one
    letter changed, for a term already said in this conversation (a word like any other until
    then: "what hurdles did you face")."""
    from rapidfuzz.distance import Levenshtein

    return said and " " not in key and len(key) >= 6 and any(
        len(w) == len(key) and Levenshtein.distance(key, w) == 1 for w in heard)


def named_in(glossary: tuple[Term, ...], text: str) -> Term | None:
    """The longest term named exactly anywhere in `text` ("what does it mean to stamp the
    drawings?" names the stamp after the question's own words)."""
    words = f" {normalize(text)} "
    named = [t for t in glossary if normalize(t.term)
             and re.search(rf"\b{re.escape(normalize(t.term))}(?:s|es)?\b", words)]
    return max(named, key=lambda t: len(t.term), default=None)


def find_term(glossary: tuple[Term, ...], asked: str, said_first: list[str]) -> Term | None:
    """The glossary term named in `asked` (a few words), allowing plurals and small mishearings;
    terms already said in the conversation win a tie."""
    from rapidfuzz import fuzz

    words = normalize(asked)
    if not words:
        return None
    best, best_score = None, 0.0
    for term in glossary:
        key = normalize(term.term)
        if not key:
            continue
        singular = re.sub(r"(?<=[a-z]{3})s$", "", key)
        if re.search(rf"\b(?:{re.escape(key)}|{re.escape(singular)})(?:s|es)?\b", words):
            score = 100.0 + len(key)  # named exactly; the longest name wins ("charge nurse" over "nurse")
        elif _longer_name(key, words):
            score = 100.0 + len(key)  # "clinical latter": the clinical ladder, not "clinicals"
        else:
            # "leak age" for leakage: also compared with the spaces taken out
            score = max(fuzz.partial_ratio(key, words), fuzz.partial_ratio(key.replace(" ", ""), words.replace(" ", ""))
                        ) if len(key) >= 5 else 0.0
            if score < 86:
                # "vent later" for ventilator, "cluster ring" for clustering: two words run
                # together, close in spelling to the whole term (as misheard details are read);
                # a single word alone matches too much ("scoring" for shoring)
                joined = key.replace(" ", "")
                heard = words.split()
                grams = [a + b for a, b in zip(heard, heard[1:])]
                score = max((fuzz.ratio(joined, g) for g in grams), default=0.0) if len(joined) >= 7 else 0.0
                said = term.term in said_first
                if score < MISHEARD_TERM and not (_one_sound_off(key, heard, said) or _sounds_like(key, heard, said)):
                    continue
        if term.term in said_first:
            score += 0.5
        if score > best_score:
            best, best_score = term, score
    return best


# Voiced and unvoiced sounds a recogniser confuses ("latter" for ladder), as one letter
_VOICING = str.maketrans("dbgvz", "tpkfs")


def _skeleton(words: str) -> str:
    """The consonants of a spoken phrase, roughly as heard: silent "gh" dropped, plurals and
    vowels ignored, voiced and unvoiced alike ("higher" and "hire", "fell" and "fail")."""
    w = re.sub(r"igh", "i", words.lower()).replace("ph", "f").replace("ck", "k")
    w = re.sub(r"[^a-z ]", "", w)
    w = re.sub(r"(?<=[a-z]{3})s\b", "", w).translate(_VOICING)
    w = re.sub(r"[aeiouy ]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _sounds_like(key: str, heard: list[str], said: bool) -> bool:
    """A term said in this conversation, heard as the words asked about with the same
    consonants and first letter ("what is the hire" after "an A in his Higher", "what's a
    fail"). Only for terms already said: before that, "fail" is just a word."""
    if not said:
        return False
    size = len(key.split())
    target = _skeleton(key)
    if len(target) < 2:
        return False
    first = " ".join(heard[:size])  # the words asked about come first: "the hire", "a fail"
    return len(heard) >= size and first[:1] == key[:1] and _skeleton(first) == target


def _longer_name(key: str, words: str) -> bool:
    """A term of two or more words whose first word is said exactly and the rest nearly
    ("clinical latter"): it is named, and it beats a shorter term the first word also names."""
    from rapidfuzz import fuzz

    parts, heard = key.split(), words.split()
    if len(parts) < 2 or parts[0] not in heard:
        return False
    at = heard.index(parts[0])
    rest = " ".join(heard[at + 1:at + len(parts)])
    return fuzz.partial_ratio(key, words) >= 90 or (
        bool(rest) and rest[:1] == parts[1][:1] and _skeleton(rest) == _skeleton(" ".join(parts[1:])))
