"""When is the user's turn over? Silence measured by the voice detector, read with the words.

People answer about 200 ms after a question ends, yet wait through a pause after "and...".
So the silence that ends a turn depends on how the words so far end:

- a question ("...for you?"): a short pause is enough;
- a statement ("...really helpful."): the pause a listener would give anyone, as before;
- no clear ending (no punctuation, a dangling "about", "whether", "the"): longer than a
  mid-sentence pause (1.2 s) may be, so a phrase is never cut in two;
- a trailing "and", "so", "um" or comma: the longest wait, as before;
- no words yet for the audio up to the pause (a pass is still running): keep listening
  until they come, up to a cap; a turn is never ended on silence alone when its words
  could still say "and...".

Pure functions over text and seconds: the listener supplies the silence (from the voice
detector) and the transcript of the turn up to the pause (from the live transcriber).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


# Words a finished English sentence rarely ends on: a pause after them is mid-phrase.
_DANGLING = frozenset("""
about above across after against along among around at before behind below beneath beside
between beyond by during for from in inside into near of off on onto out over through to
toward towards under until up upon via with within without
a an the my your his her its our their this that these those some any every each no
and but or nor so yet because although though while whereas if unless whether than as
how what when where why who whom whose which
is are was were be been being am do does did have has had can could would should will
shall may might must
very really quite just more most less least much many also even
i i'm we they he she
""".split())

# ... except these, left at the end of a question on purpose ("Who should I talk to?",
# "What were you working on?", "...starting out?"). Not "about": "What do you enjoy most
# about?" is how Whisper hears a pause inside "most about ... working in intensive care".
_STRANDED = frozenset("to with for from out up in on at into".split())

# ... and these no sentence ends on at all: Whisper's full stop after them ("I was wondering
# if.") is its habit at the end of audio, not the end of a thought.
_NEVER_FINAL = frozenset("a an the my your our their and or nor but because if whether than of".split())
_WORD = re.compile(r"[a-z']+")

# ... and a question announced but not yet asked: the live pass now and then drops the "if" of
# "I was wondering if | you could tell me ..." said with a pause, and "I was wondering." is no
# statement to answer (the turn was cut there in 2 of 4 fresh-clone test runs)
# ... nor "I was wondering it.": the live pass, prompted with the turns before, hears the
# "if" as "it" (tiny.en on the rendered test line, every time with that prompt)
_ANNOUNCES_A_QUESTION = re.compile(
    r"\b(?:i was (?:just )?wondering(?: it| is)?|i'm (?:just )?wondering(?: it| is)?|i wonder(?: it| is)?"
    r"|i(?:'m| am) (?:really |just )?curious"
    r"|i (?:wanted|want|would like|'d like) to (?:ask|know)|my (?:first |next |last |other )?question is)\W*$",
    re.IGNORECASE,
)

_UNFINISHED = re.compile(
    r"(\b(and|but|so|or|because|um+|uh+|er+|like|the|a|an|to|of|with|that|which|if|my|your)"
    r"|,|\.\.\.|…|-)\s*$",
    re.IGNORECASE,
)


def sounds_unfinished(text: str) -> bool:
    """True when a transcript stops mid-thought ("... and", "so, um", "I was wondering if")."""
    return bool(_UNFINISHED.search(text.strip()))


@dataclass(frozen=True)
class TurnEndOptions:
    question: float = 0.4  # seconds of silence after a finished question
    statement: float = 0.8  # after a finished statement (the old fixed end-of-speech wait)
    unclear: float = 1.3  # no clear ending: longer than a 1.2 s mid-sentence pause
    unfinished: float = 2.3  # trailing "and", "um", a comma (0.8 + 1.5, as before)
    no_words: float = 5.0  # no transcript of the pause yet: end anyway after this (then wait for it)


def ending(text: str | None) -> str:
    """How the words end: "question", "statement", "unclear", "unfinished", or "no_words"
    for None (no transcript of the audio up to the pause yet)."""
    if text is None:
        return "no_words"
    stripped = text.strip()
    if not stripped or sounds_unfinished(stripped) or _ANNOUNCES_A_QUESTION.search(stripped):
        return "unfinished"
    words = _WORD.findall(stripped.lower())
    if words and words[-1] in _DANGLING:
        if stripped.endswith("?") and words[-1] in _STRANDED:
            return "question"
        if stripped[-1] in ".!" and words[-1] in _NEVER_FINAL:
            return "unfinished"
        return "unclear" if stripped[-1] in ".?!" else "unfinished"
    if stripped.endswith("?"):
        return "question"
    if stripped[-1] in ".!":
        return "statement"
    # "I was wondering... You": a thought left open ("..."), then a word or two with no stop of
    # its own, which the live pass makes up over the pause after it ("You", "You can see the")
    if _OPEN_THEN_FRAGMENT.search(stripped):
        return "unfinished"
    return "unclear"


_OPEN_THEN_FRAGMENT = re.compile(r"(?:\.\.\.|…)\s*(?:\S+\s*){1,3}$")


def silence_needed(text: str | None, options: TurnEndOptions | None = None) -> float:
    """Seconds of silence after which the turn is over, given the words up to the pause."""
    options = options or TurnEndOptions()
    return getattr(options, ending(text))


def turn_over(silence: float, text: str | None, options: TurnEndOptions | None = None) -> bool:
    """True when `silence` seconds after the last speech end the turn, given its words."""
    return silence >= silence_needed(text, options)
