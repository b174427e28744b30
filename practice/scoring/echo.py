"""Their words said back: a fact of the answer echoed in surprise ("Seventy percent!"), said
back with a verdict on it ("Ninety thousand is steep."), or asked back ("Unpaid for three
years?"). Each shows the answer was heard; `acknowledge` counts them as acknowledgements and
`flags` keeps an echo asked back from counting as a second question. Split from
`acknowledge`, which reads the reaction phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from practice.scoring.forms import sentence_form
from practice.scoring.lexicon import STOPWORDS, content_stems, stem
from practice.scoring.text import clean, words

# Words of a verdict on a fact said back ("Ninety thousand is steep", "Two or three weeks out at a
# time is a lot", "... is not what I pictured"): the first sentence says the answer's fact, then judges it.
_VERDICT = re.compile(
    r"^(?:(?:so |really |pretty |very |quite |such |a bit |kind of |way )*(?:a lot|steep|long|huge|big|wild|crazy|intense|brutal"
    r"|insane|amazing|impressive|scary|tough|hard|rough|incredible|fascinating|nuts|young|early|late|much|many|few|little"
    r"|a long [\w-]+|a big (?:deal|jump|change|commitment)|not what i (?:pictured|expected|imagined|thought)"
    r"|serious|heavy|unusual|rare|cool|neat|wonderful|massive|enormous|mad|unreal|tiny|short|quick|plenty|a dream|a ton"
    r"|sobering|surprising|shocking|eye-opening|humbling|fast|slow|low|high|expensive|beautiful|lovely|smart|clever|brilliant"
    r"|longer|shorter|harder|easier|more than|less than"
    # "Thirty percent is a big hit.", "Fridays off is a nice reward.", "Ten people a year is very
    # small." (sets 154-161)
    r"|small|nice|generous|decent|reasonable|manageable|doable|tight|not bad|a relief"
    r"|staggering|convincing|remarkable|admirable|inspiring"  # "Forty percent is staggering." (sets 618-625)
    r"|(?:a|an) (?:[\w-]+ ){0,2}(?:hit|cut|reward|perk|bonus|sacrifice|plus|win|blow|leap|investment|adjustment|trade-?off)"
    r"|(?:not |that |too )*bad|more|less|fewer|hard work|a grind|no joke)\b(?: \w+){0,3})$")
# "Four nights a month must be hard.", "three weeks isnt so bad", "Seventy-hour weeks sound exhausting."
_COPULA = re.compile(r"\b(?:is|are|was|were|sounds|seems|isn't|isnt|aren't|wasn't|must (?:be|have been|feel)"
                     r"|(?<!n't )(?<!not )(?<!to )sound(?! (?:is|was|are|were|of|system|engineer|designer|guy|check|board)\b))\b")  # "Sixteen-hour shifts sound brutal."

# Words that start a clause or a question: a fragment opening with one is not a bare echo.
_CLAUSE_START = frozenset("""
i you we they he she it that this these those there so and but or because what what's how
why who where when which do does did is are was were can could would will should have has
had am i'm you're it's that's there's thats its let's if  wait
""".split())
# Verbs and auxiliaries: "Data science is a big field" says something, it does not echo.
_VERBAL = frozenset("is are was were be been am have has had do does did can could will would "
                    "should must may might 's".split())
# Where a transcript without punctuation leaves the echo: a reaction or the question begins.
_ECHO_BREAK = (_CLAUSE_START - {"or"}) | frozenset("""
okay ok yeah yep wow yikes man oh um uh really huh wait ha haha jeez geez gosh whoa no seriously
like my me our honestly dang damn och aye bro dude lol omg grabe abeg ehn oof ooh ugh blimey crikey gosh
""".split())
NUMBERS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million percent half dozen first second third fourth fifth
""".split())
_ECHO_MAX = 7
_ASKS_AFTER_SURPRISE = frozenset("how what why is are seriously really that's thats".split())
_JOINS = frozenset("and but because so if when".split())


@lru_cache(maxsize=256)  # asked twice a turn: for the acknowledgement, then the follow-up
def echo(text: str, previous: str | None) -> str | None:
    """The turn opens by saying a fact of the answer back ("Seventy percent!", "Two years
    unpaid?", "eighty thousand yikes did you..."): surprise that shows it was heard. Every
    interview-set writer who met one called it an acknowledgement."""
    if not previous:
        return None
    # a dash parts the echo from a reaction after it like a comma ("Four hundred before breakfast
    # -- I can't even picture that."); before a question it names the question's topic instead
    # ("Twelve hours -- are those days or nights?"): over 145 sets, a dash read as a comma
    # everywhere set 14 turns right and 42 such questions wrong
    low = re.sub(r" -- (?=[^.!?]*(?:[.!]|$))", ", ", clean(text).lower())
    m = re.match(r"\s*([^.!?,;]+)([.!?,;])?", low)
    if not m:
        return None
    ws = words(m.group(1))
    surprised = len(ws) > 1 and ws[0] == "wait"
    if surprised:
        ws = ws[1:]  # "wait eighty percent medical how does ...": surprise, then the echo
    if m.group(2) is None or not re.search(r"[.!?,;]", low):
        cut = next((i for i, w in enumerate(ws) if i and w in _ECHO_BREAK), len(ws))
        if cut < len(ws) and ws[cut] in _JOINS:
            return None  # "eleven years and you still love it": one statement, not a reaction
        asks = cut < len(ws) and (ws[cut] in _ASKS_AFTER_SURPRISE
                                  or ws[cut] == "like" and ws[cut + 1:cut + 2] in (["seriously"], ["really"], ["is"], ["how"]))
        if surprised and not asks:
            # "wait six weeks like in a tent the whole time", "wait the cadet programs do they
            # ...": the surprise checks or names the topic of a question; it is no reaction
            return None
        ws = ws[:cut]
    if not ws or len(ws) > _ECHO_MAX or ws[0] in _CLAUSE_START or any(w in _VERBAL for w in ws):
        return None
    return " ".join(ws) if _mostly_theirs(ws, previous) else None


def _mostly_theirs(ws: list[str], previous: str) -> bool:
    """At least half the key words (numbers, content words) are the answer's own."""
    key = [w for w in ws if w in NUMBERS or w.isdigit() or (w not in STOPWORDS and len(w) >= 3)]
    theirs = {stem(w) for w in words(previous)}
    shared = [w for w in key if stem(w) in theirs]
    return bool(shared) and len(shared) * 2 >= len(key)


def said_back_and_judged(sentence: str, previous: str | None) -> str | None:
    """ "Ninety thousand is steep.", "Five months in North Dakota is a long time away.": the
    answer's fact said back, then a short verdict on it; the writers call it an acknowledgement."""
    if not previous:
        return None
    m = _COPULA.search(sentence)
    if m is None or sentence.rstrip().endswith("?"):
        return None
    said, verdict = words(sentence[:m.start()]), " ".join(words(sentence[m.end():]))
    # "Getting paid while you learn sounds like a big advantage over college.": what "sounds
    # like" something is their fact, judged whatever the judgement
    sounds = m.group(0) == "sounds" and verdict.startswith("like ")
    if not said or len(said) > (12 if sounds else 8) or said[0] in _CLAUSE_START \
            or not (sounds or _VERDICT.match(verdict)) or not _mostly_theirs(said, previous):
        return None
    return clean(sentence).strip(" .!").lower()


def asked_back(question: str, previous: str | None) -> bool:
    """ "Unpaid for one to three years?", "Wait, the department paid for paramedic school?",
    "Volcanoes to earthquakes, huh.": the answer's own words asked back in surprise. A
    reaction to what was said, not a question of its own, so with a real question after it
    the turn is not stacked (the writers of six interview sets call it an acknowledgement).
    A wh-question or an inverted yes/no question ("Were you just lucky?") asks something new."""
    if not previous or sentence_form(question).kind not in {"declarative", "tag", "statement"}:
        return False
    if _ASKS_ITS_OWN.match(clean(question).lower()):
        return False
    if echo(question, previous):
        return True
    mine = content_stems(question)
    theirs = content_stems(previous)
    return len(mine) >= 1 and sum(s in theirs for s in mine) / len(mine) >= 0.5


# A question of its own, however many of the answer's words it takes up: a subject asked for
# ("Which agencies pay better?", "so who drives the trucks"), or a thing named and then asked
# about in a second language's order ("Your agency, they pay for the course?", "The regional
# jobs, they have same benefits?"). Sets 1-625: of the turns whose first question was read as
# the answer asked back before a second one, 19 of 20 of the first kind and 16 of 17 of the
# second are labelled stacked. Not "Your team, it is big?": "it is" and a verdict checks a fact.
_ASKS_ITS_OWN = re.compile(r"^(?:(?:and|so|but)\W+)?(?:who|which)\b"
                           r"|^(?:(?:wait|oh|and|so|okay|ok|really)\W+)*(?:your|the|this|these|those|that|my) (?:[\w'-]+ ){0,3}[\w'-]+,"
                           r" (?:they|it|she|he|this|these) (?!is\b(?! \w+ing))\w+")
