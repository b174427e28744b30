"""Light text handling shared by the scorers: fillers out, sentences split, words listed.

Transcribed speech is full of "uh", "um" and false starts; every judgement works on the
cleaned form so that a filler never decides whether something is a question.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FILLERS = {"uh", "um", "uhm", "er", "erm", "hmm", "mm", "mhm", "ah"}

# A filler between commas leaves one comma: "Can I ask you, uh, what ..." keeps its seam.
_FILLER = re.compile(r"\b(?:" + "|".join(sorted(FILLERS)) + r")\b,?\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def _is_filler(word: str) -> bool:
    """A filler, said in any case but capitals: "ER" is the emergency room (152 turns of the
    labelled sets name it), "er" and "Er," hesitate."""
    return word.lower() in FILLERS and not (word.isupper() and len(word) > 1)


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|(?<=[.?!])$")
# A stop inside a closing quote ends the sentence when a capital follows: "Ha, just 'walk.' What
# kept pulling you back?" (set 643) is read as "Ha, just 'walk'. What ...?"; "saying 'and?'
# behind you" goes on.
_QUOTED_STOP = re.compile(r"([.?!])(['\"\u201d\u2019])(\s+)(?=[A-Z])")
# A full stop that ends an abbreviation, not a sentence: "at 3 a.m. actually", "Dr. Patel",
# "e.g. nights". Titles and Latin ones never end a sentence here; a time or an initial does
# unless lower case follows ("I start at 7 a.m. Then ...").
_ALWAYS_ABBREVIATED = re.compile(r"\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|prof|approx)\.$", re.IGNORECASE)
# ... and "St.", "Mt." or "Ft." before a place's name: "the residency at St. Vincent's" (all 81
# "St." of the labelled sets begin a name: St. Luke's, St. Vincent's, St. Mary's, ...)
_NAMED_PLACE = re.compile(r"\b(?:St|Mt|Ft)\.$")
_MAYBE_ABBREVIATED = re.compile(r"(?:\b[ap]\.m\.|\b[A-Z]\.|\betc\.)$")


def join_abbreviations(parts: list[str]) -> list[str]:
    """Sentences split at full stops, joined back where the stop ended an abbreviation."""
    out: list[str] = []
    for part in parts:
        if out and (_ALWAYS_ABBREVIATED.search(out[-1]) or _NAMED_PLACE.search(out[-1])
                    or _MAYBE_ABBREVIATED.search(out[-1]) and part[:1].islower()):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def collapse_stutters(text: str) -> str:
    """ "Wha-wha-what do" -> "what do", "so-so" -> "so": keep the last attempt at a word."""
    def last_attempt(m: re.Match) -> str:
        parts = m.group(0).split("-")
        final = parts[-1]
        if all(final.lower().startswith(p.lower()) or p.lower() == final.lower() for p in parts[:-1]):
            return final
        return m.group(0)
    return re.sub(r"\b[A-Za-z']+(?:-[A-Za-z']+)+\b", last_attempt, text)


# Transcripts and quick typing drop apostrophes ("dont you think", "thats interesting"); only
# forms that are not also ordinary words are restored ("its", "were", "well" are left alone).
_CONTRACTIONS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "wont": "won't", "cant": "can't", "thats": "that's", "whats": "what's", "hows": "how's",
    "wheres": "where's", "whos": "who's", "youre": "you're", "youve": "you've", "youd": "you'd",
    "youll": "you'll", "im": "I'm", "ive": "I've", "theyre": "they're", "theres": "there's",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)


def fold_accents(text: str) -> str:
    """ "résumé" -> "resume", "café" -> "cafe": patterns are written without accents."""
    if text.isascii():
        return text
    # dashes are clause seams ("Switching gears a bit — what made you ..."): keep them as "--"
    text = re.sub(r"\s*[\u2014\u2013]\s*", " -- ", text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# "Isn't there anyone else I should talk to?" asks what "Is there anyone ...?" asks (and is
# often Whisper's hearing of it); it pushes nothing, so every judgement reads the plain form.
_NEGATIVE_EXISTENTIAL = re.compile(
    r"\b(is|are|was|were)n't there (?=(?:anyone|anybody|anything|someone|something|any|a way|other)\b)", re.I)


def restore_apostrophes(text: str) -> str:
    def fix(m: re.Match) -> str:
        word = _CONTRACTIONS[m.group(0).lower()]
        return word[0].upper() + word[1:] if m.group(0)[0].isupper() else word
    text = _CONTRACTION.sub(fix, fold_accents(text.replace("\u2019", "'")))
    return _NEGATIVE_EXISTENTIAL.sub(r"\1 there ", text)


def words(text: str) -> list[str]:
    """Lower-case word tokens with fillers removed (contractions kept whole: "don't")."""
    return list(_words(text))


# One turn is cleaned and split dozens of times by the different judgements (forms, flags,
# listening, features); caching keeps a full score near a millisecond.
@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    text = collapse_restarts(_drop_fillers(collapse_stutters(restore_apostrophes(text))))
    return tuple(w.lower() for w in _WORD.findall(text))


# A restart said twice ("what what goes", "did you did you take", "it's it's only") is said
# once: speech-to-text keeps both, and a doubled question word hid the question behind it.
# "that that" and "had had" are English as written, and stay. Fillers go first, so "how did
# you um how did you get" is said once too, by `clean` and `words` alike.
_RESTART = re.compile(r"\b([a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?){0,2})(?:,? \1\b)+", re.IGNORECASE)


def collapse_restarts(text: str) -> str:
    def once(m: re.Match) -> str:
        return m.group(0) if m.group(1).lower() in ("that", "had") else m.group(1)
    return _RESTART.sub(once, text)


# A word searched for in a second language: "teenagers can be, how do you say, not kind", "the
# patients or the... how you say, the paperwork?" asks nothing (sets 1-625: 9 such turns, none
# labelled as asking it; "how do you say it to them" asks, and has no comma). Mid-turn only: a
# turn that opens on it ("How do you say, the bees, how are they doing?") is read as said.
_SEARCHING = re.compile(r"(?<=\S)(?:\.\.\.|…)?\s*\bhow (?:do )?you say,\s*", re.IGNORECASE)


def _drop_fillers(text: str) -> str:
    """The text with "um", "uh" and their like gone (an upper-case "UM" is a name, and stays),
    and a word searched for mid-turn (`_SEARCHING`)."""
    text = _SEARCHING.sub(" ", text)
    text = _FILLER.sub(lambda m: " " if _is_filler(m.group(0).rstrip(", \t\n")) else m.group(0), text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """The text without fillers and doubled spaces, punctuation kept."""
    text = collapse_restarts(_drop_fillers(collapse_stutters(restore_apostrophes(text))))
    text = re.sub(r"\s+([,.?!;])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",\s*([.?!])", r"\1", text)
    text = re.sub(r"([.?!])[.,]+", r"\1", text)
    text = re.sub(r"^[,.;\s]+", "", text)
    return text


# An unpunctuated transcript ("thats really interesting how did you get into that") still
# has a seam where an acknowledgement ends and a question begins.
_ACK_THEN_QUESTION = re.compile(
    r"^((?:(?:oh|okay|ok|right|yeah|wow|great|cool|nice|interesting|got it|i see|makes sense|"
    r"that makes sense|that's (?:really |so |very )?(?:interesting|great|cool|fascinating|amazing|"
    r"helpful|fair|awesome|wild|a lot)|that sounds (?:\w+ )?(?:amazing|great|interesting|fascinating|hard|"
    r"tough|fun|cool|exciting|rewarding|intense|challenging|incredible))\b[\s,]*)+)(?=(?:what|how|why|when|where|who|which|do|does|did|is|are|was|"
    r"were|can|could|would|will|have|has)\b)",
    re.IGNORECASE,
)


# ... and a question that starts mid-stream ("eight months thats a long wait what did you do")
_INVERTED_WH = re.compile(
    r"(?<=\w)\s+(?=(?:what|how|why|where|when|who|which)\s+(?:do|does|did|is|are|was|were|can|could|would|will"
    r"|have|has|should)\s+(?:you|i|we|they|it|he|she|the|your)\b)"
    # ... with what it asks about between ("in documentary what part of the story is the editor
    # deciding", set 644), not after a verb that embeds it ("i know what kind of work is there")
    r"|(?<=\w)(?<!\bknow)(?<!\bknew)(?<!\bwonder)(?<!\bwondering)(?<!\bsee)(?<!\btell)(?<!\bask)(?<!\bsure)(?<!\bidea)"
    r"(?<!\babout)(?<!\bof)(?<!\bis)(?<!\bunderstand)(?<!\bremember)(?<!\bdecide)(?<!\bfigure)(?<!\bshow)(?<!\blearn)"
    r"(?<!\bon)(?<!\bme)(?<!\bin)(?<!\bfor)(?<!\bwith)(?<!\bto)"
    r"\s+(?=(?:what|which)\s+(?:part|kind|kinds|type|types|sort|sorts|parts|side|aspect|stage|piece)\s+of\s+"
    r"(?:(?!(?:what|how|why|where|when|who|which|like)\b)[\w']+\s+){1,4}?"
    r"(?:do|does|did|is|are|was|were|can|could|would|will|should)\s+(?:you|i|we|they|it|he|she|the|your|people|most)\b)",
    re.IGNORECASE,
)


# ... or after a reaction word ("up to the shoulder oh wow okay what goes through your head",
# "no pressure ha what happens when", "menopause stuff too like how much of your week"):
# "like" only before a question in question order, as it also compares ("something like what
# you do").
_MARKED_WH = re.compile(
    r"\b(?:okay|ok|wow|ha|haha|yeah|alright|man|anyway|gosh|god|huh|whoa|yikes|cool|nice|jeez)(\s+)"
    r"(?=(?:what|how|why|where|when|who|which)\s+\w)"
    r"|\blike(\s+)(?=(?:what|how|why|where|when|who|which)\s+(?:(?:do|does|did|is|are|was|were|can|could|would|will"
    r"|have|has|should)\s+(?:you|i|we|they|it|he|she|the|your)\b|much|many|long|often|happens|happened|goes|went|kind))",
    re.IGNORECASE,
)


# ... or a request for a favour ("oh that's kind of you would you maybe be willing to ...")
_REQUEST_START = re.compile(
    r"(?<=\w)(?<!\bif)(?<!\bwhether)(?<!\bthat)(?<!\bwhat)(?<!\bhow)\s+(?=(?:would|could|can|will)\s+you\s+(?:\w+\s+){0,2}?"
    r"(?:be willing|be open|be able|mind|let|pass|introduce|put|send|look|tell|share|walk)\b)",
    re.IGNORECASE,
)


_ASKS = re.compile(r"^(?:\w+ ){0,2}(?:what|how|why|where|when|who|which|do|does|did|is|are|can|could|would|have|has)\b"
                   # ("ha fair enough what's the day to day actually like like how much of it is ...")
                   r"|^(?:[\w']+ ){0,3}(?:what's|how's|what is|what was) (?:the|your|it|that) (?:[\w']+ ){0,5}like$")


def punctuated(text: str) -> bool:
    """Whether `text` has any sentence or clause punctuation. A transcript without any is raw
    speech-to-text, where sentences and questions are read from word order (`runon`,
    `spoken_questions`) and no comma or full stop marks where one ends."""
    return bool(_PUNCTUATION.search(text))


_PUNCTUATION = re.compile(r"[.?!,;]")


def sentences(text: str) -> list[str]:
    """Split on sentence-final punctuation; a turn without punctuation is one sentence,
    except that a leading acknowledgement is split from the question that follows it."""
    text = clean(text)
    if not re.search(r"[.?!]", text):
        text = _ACK_THEN_QUESTION.sub(lambda m: m.group(1).rstrip(" ,") + ". ", text)
        m = _INVERTED_WH.search(text)
        span = m.span() if m else None
        if span is None and (m := _MARKED_WH.search(text)):
            span = m.span(1) if m.group(1) is not None else m.span(2)
        if span is None and (m := _REQUEST_START.search(text)):
            span = m.span()
        before = text[:span[0]].lower().split() if span else []
        if before and before[-1] not in {"and", "or", "but", "so", "then"} and not _ASKS.match(" ".join(before)):
            text = text[:span[0]] + ". " + text[span[1]:]
    text = _QUOTED_STOP.sub(r"\2\1\3", text)
    parts = join_abbreviations([p.strip() for p in _SENTENCE_END.split(text) if p.strip()])
    return [p for p in parts if re.search(r"[A-Za-z0-9]", p)]


def find_words(text: str, phrase: str, last: bool = False) -> tuple[int, int] | None:
    """Where `phrase` stands in `text` as whole words, ignoring case (the span of its first
    place, or of its last), or None; the words of a phrase may be parted by any non-word
    characters ("what do" finds "What, do"). As `re.search(r"\\b...\\b", text, re.I)` would,
    but by string search: a pattern made for each word a turn holds would crowd the scorer's
    own patterns out of `re`'s cache of 512, to be compiled again turn after turn."""
    parts = phrase.lower().split()
    low = text.lower()
    if not parts or len(low) != len(text):  # (a letter whose lower case is longer: the regex way)
        m = None
        pattern = r"\b" + r"\W+".join(re.escape(p) for p in parts) + r"\b"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if not last:
                break
        return m.span() if m else None
    found = None
    at = low.find(parts[0])
    while at >= 0:
        end = _words_from(low, at, parts)
        if end is not None:
            found = (at, end)
            if not last:
                return found
        at = low.find(parts[0], at + 1 if end is None else max(end, at + 1))  # (no overlaps, as `finditer`)
    return found


def _words_from(low: str, at: int, parts: list[str]) -> int | None:
    """The end of `parts` read from `at` in `low`, each on word boundaries, or None."""
    if _boundary(low, at) is False:
        return None
    pos = at
    for k, part in enumerate(parts):
        if k:
            gap = pos
            while gap < len(low) and not _is_word_char(low[gap]):
                gap += 1
            # (the shortest gap that fits, for a part that opens on a mark: "'where")
            pos = next((g for g in range(pos + 1, gap + 1) if low.startswith(part, g)), None)
            if pos is None:
                return None
        elif not low.startswith(part, pos):
            return None
        pos += len(part)
    return pos if _boundary(low, pos) is not False else None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(low: str, i: int) -> bool:
    """Whether `\\b` holds at `i`: a word character on one side only."""
    before = i > 0 and _is_word_char(low[i - 1])
    after = i < len(low) and _is_word_char(low[i])
    return before != after
