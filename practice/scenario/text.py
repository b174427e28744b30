"""Bring a spoken, transcribed question and a hand-written phrasing to one comparable form.

Speech transcripts and scenario authors spell the same thing differently: "what's" and
"what is", "forty" and "40", "day-to-day" and Whisper's "day today". Matching works on one
normal form: lower case, contractions spelled out, numbers as digits, one space between
words. `stems` then reduces words to their Snowball stems so "enjoying" meets "enjoy".
"""

from __future__ import annotations

import re
from functools import lru_cache

from practice.stemming import stem as _snowball
from practice.scoring.text import join_abbreviations

_IS_CONTRACTIONS = {"what", "that", "it", "he", "she", "there", "here", "who", "where", "how",
                    "when", "why", "everything", "something", "nothing"}
_CONTRACTIONS = [
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\blet's\b"), "let us"),
    (re.compile(r"\by'all\b"), "you all"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"'m\b"), " am"),
]
_POSSESSIVE = re.compile(r"\b([a-z0-9]+)'s\b")

# Mishearings that speech recognition makes often on exactly these questions.
_HEARD_AS = [
    (re.compile(r"\bday today\b"), "day to day"),
    (re.compile(r"\b(you|i|we|they|people) and up\b"), r"\1 end up"),
    (re.compile(r"\bday 2 day\b"), "day to day"),
    (re.compile(r"\bstereo types?\b"), "stereotypes"),
    (re.compile(r"\bwork ?place\b"), "workplace"),
    (re.compile(r"\bco ?workers?\b"), "coworkers"),
    (re.compile(r"\bdown ?sides?\b"), "downsides"),
    (re.compile(r"\bup ?sides?\b"), "upsides"),
    (re.compile(r"\bfavourite\b"), "favorite"),
    (re.compile(r"\bbehaviour\b"), "behavior"),
    (re.compile(r"\bcolour\b"), "color"),
]

# Words typed as they are said in Scots and other Englishes ("how dae ye handle it", "whit
# did ye say", "cannae"): the matchers know the standard spelling only.
_SPELT_AS_SAID = {
    "ye": "you", "yous": "you", "youse": "you", "ya": "you", "dae": "do", "wi": "with", "whit": "what",
    "tae": "to", "intae": "into", "doon": "down", "efter": "after", "mair": "more", "wrang": "wrong",
    "cannae": "cannot", "didnae": "did not", "dinnae": "do not", "wouldnae": "would not",
    "isnae": "is not", "wasnae": "was not", "couldnae": "could not", "havnae": "have not",
}

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES)

STOPWORDS = frozenset("""
a an the and or but so to of in on at by for with from into onto about as than then
is are was were be been being am do does did doing done have has had having will would
shall should can could may might must i me my mine myself we us our you your yours yourself
he him his she her it its they them their this that these those there here
what which who whom whose how why when where whether if just really very quite pretty
kind sort bit lot lots some any much many more most also too even still maybe perhaps
oh ok okay yeah yes well um uh like know mean guess think say tell me let us get got
thing things stuff way one ones something anything everything
""".split()) - {"like", "think", "get", "got", "most", "tell", "thing", "things"}
# "like", "think", "get", "most" carry topic meaning in questions ("what do you like most").


def _number_runs(tokens: list[str]) -> list[str]:
    """Replace runs of number words ("twelve hundred", "forty two") with digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] not in _NUMBER_WORDS or tokens[i] in _SCALES:
            out.append(tokens[i])
            i += 1
            continue
        total, current, j = 0, 0, i
        while j < len(tokens) and (tokens[j] in _NUMBER_WORDS or
                                   (tokens[j] == "and" and j + 1 < len(tokens)
                                    and tokens[j + 1] in _NUMBER_WORDS and current)):
            word = tokens[j]
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current += _TENS[word]
            elif word == "hundred":
                current = max(current, 1) * 100
            elif word in _SCALES:
                total += max(current, 1) * _SCALES[word]
                current = 0
            j += 1
        out.append(str(total + current))
        i = j
    return out


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower-case words separated by single spaces, contractions expanded, numbers as digits."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"(\d),(\d{3})\b", r"\1\2", text)
    text = text.replace("%", " percent ").replace("&", " and ").replace("+", " plus ")
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\b(" + "|".join(_IS_CONTRACTIONS) + r")'s\b", r"\1 is", text)
    text = _POSSESSIVE.sub(r"\1", text)
    tokens = [_SPELT_AS_SAID.get(t, t) for t in re.findall(r"[a-z0-9]+", text)]
    text = " ".join(_number_runs(tokens))
    for pattern, replacement in _HEARD_AS:
        text = pattern.sub(replacement, text)
    return text


def stem(word: str) -> str:
    return word if word.isdigit() else _snowball(word)


def stems(text: str) -> list[str]:
    """Stems of every word of the normal form."""
    return [stem(w) for w in normalize(text).split()]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stop words dropped)."""
    return [stem(w) for w in normalize(text).split() if w not in STOPWORDS]


def sentences(text: str) -> list[str]:
    """Split a turn at sentence ends; a turn without punctuation is one sentence."""
    parts = join_abbreviations([p for p in re.split(r"(?<=[.?!])\s+", text.strip()) if p])
    return [p for p in parts if re.search(r"[A-Za-z0-9]", p)]


COMMON_RANK = 3000


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    """The most frequent English words: real words a recogniser rarely confuses for others.

    A question that says "live" means live, not "love"; a rarer word that sits one vowel away
    from a word of the scenario ("parks", "perks") is more likely a mishearing.
    """
    import gzip
    import heapq
    import importlib.util
    import re
    from pathlib import Path

    # pyspellchecker's English word counts, read as text: its SpellChecker builds a dict of
    # all 110,000 words, and the rehearsal kept 24 MB of that after it was freed
    spec = importlib.util.find_spec("spellchecker")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "en.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    counts = ((int(m.group(2)), m.group(1)) for m in re.finditer(r'"((?:[^"\\]|\\.)*)": (\d+)', text))
    ranked = heapq.nlargest(COMMON_RANK, counts)
    return frozenset(word for _, word in ranked)


# Typed and transcribed turns often drop apostrophes: "whats", "didnt", "im".
_NO_APOSTROPHE = [(re.compile(rf"\b{a}\b"), b) for a, b in (
    ("whats", "what is"), ("hows", "how is"), ("whos", "who is"), ("wheres", "where is"),
    ("thats", "that is"), ("didnt", "did not"), ("dont", "do not"), ("doesnt", "does not"),
    ("cant", "can not"), ("wont", "will not"), ("isnt", "is not"), ("wasnt", "was not"),
    ("im", "i am"), ("ive", "i have"), ("youre", "you are"), ("theyre", "they are"),
    ("ill", "i will"), ("id", "i would"), ("couldnt", "could not"), ("wouldnt", "would not"),
    ("aint", "is not"), ("whatre", "what are"), ("its", "it is"))]


_DRAWN_OUT = re.compile(r"\b[a-z]*([a-z])\1\1+[a-z]*\b")


def _shortened(m: re.Match) -> str:
    """ "byeee" -> "bye", "sooo" -> "so", "goood" -> "good": a letter held for effect, kept
    twice where that spells a common word, else once."""
    word = m.group(0)
    twice = re.sub(r"([a-z])\1\1+", r"\1\1", word)
    return twice if twice in common_english_words() else re.sub(r"([a-z])\1\1+", r"\1", word)


def normal(text: str) -> str:
    """`normalize`, with the apostrophes typed and transcribed turns drop put back ("whats"),
    and letters held for effect shortened ("byeee")."""
    n = _DRAWN_OUT.sub(_shortened, normalize(text))
    for pattern, full in _NO_APOSTROPHE:
        n = pattern.sub(full, n)
    return n
