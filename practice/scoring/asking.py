"""What the job-ask phrases miss: a word n-gram reading of "is this a way in for me?", learned.

Every new writer of interview turns asks for a job in words the phrase rules of `flags` have not
seen ("Y'all hiring any helpers right now?", "would your bakery ever take someone like me on
saturdays", "if your school ever needs a relief teacher ... I'm your girl"); each round of rules
fixed the set it came from and the next set missed about one job ask in ten. So a turn the rules
pass gets a second reading: logistic regression over its words and word pairs and triples,
trained by `bench/train_job_ask.py` on the labelled turn and conversation sets and kept as
weights in `data/job_ask.json`. Words, not sentence vectors: held out on two unseen sets it did
as well as the encoder's reading, and it costs microseconds, where an encoding of every turn
would be most of the scorer's 5 ms.

The model only adds to the rules, so its bar is high for a learned reading (`threshold` in the
file, chosen on held-out sets). Without the file the rules alone decide.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from practice.scoring.job_ask_words import OBSERVATION
from practice.scoring.text import clean, sentences, words

WEIGHTS = Path(__file__).resolve().parent / "data" / "job_ask.json"
# Said to be for advice ("could you look at my portfolio, just for feedback?"): the label
# guide's advice, never a job ask, and words the n-grams weigh too little against "portfolio".
_FOR_ADVICE = re.compile(r"\bfor (?:some |any |your )?(?:feedback|advice|pointers|tips|thoughts|opinion)\b"
                         # "tell me if i'm on the right track", "if you were me, what would you do" (sets 250-257)
                         r"|\b(?:tell|let) me (?:know )?(?:if|whether) i'm on the right track\b|\bif you were me\b|\bin my shoes\b"
                         r"|\bdo you think (?:hiring managers|employers|recruiters|they|people) (?:will|would)\b"
                         # "what should i be doing now to be a strong applicant", "look over my personal
                         # statement before I submit it to programs" (sets 266-273)
                         r"|\b(?:be|become) a (?:strong|good|competitive|better) (?:applicant|candidate)\b"
                         r"|\b(?:personal statement|statement of purpose|(?:application|admissions?|college|school) essay)\b"
                         # "When does hiring open for next season?": when, not whether for me (set 280)
                         r"|\bwhen (?:does|do|is|are) (?:the )?(?:hiring|applications?)\b"
                         # "What should I be doing now ... to be competitive for a seasonal spot?", "or
                         # should i just like apply for a crew this summer" (sets 298-305)
                         r"|\b(?:to be|i'd be|i would be|am i|would i be) competitive for\b|\bor should i (?:just )?(?:like )?apply\b"
                         # "telling me if it's strong enough to start applying", "tell me what is missing
                         # for a junior role", "what would make you take a chance ... if you were hiring"
                         r"|\b(?:strong|good|ready) enough to (?:start )?apply|\bwhat(?:'s| is) missing\b|\bif you were hiring\b(?! for)"
                         # "look at whatever I cut and tell me what you honestly think" (set 331)
                         r"|\btell me what you (?:honestly |really )?think\b"
                         # "watch my reel sometime and tell me what a supervising editor would think of
                         # it", "tell me what's not working" (sets 362-393)
                         r"|\bwhat (?:a|an|the) (?:[\w-]+ ){1,2}would think\b|\bwhat(?:'s| is) not working\b"
                         # "tell me if it's ready to send out to studios", "just to get your take on
                         # them" (sets 1-425: 6 such turns, none a job ask; "ready to send to your HR" is)
                         r"|\bready to send (?:it |them )?(?:out )?to (?!your\b|you\b)|\bjust to get your (?:take|feedback|thoughts) on\b"
                         # "what would make an application stand out", "tell me if it's like
                         # competitive" (sets 1-441: 12 such turns, none a job ask)
                         r"|\bwhat would make (?:an?|my) (?:application|resume|cv|portfolio) stand out\b"
                         r"|\btell me if (?:it's|it is|i'm|i am) (?:like )?competitive\b"
                         # "what should somebody like me do this summer to prepare before I apply?", "When
                         # should I apply by?", "if it's the kind of thing that would get me an assistant
                         # job", "Does your firm ever bring people onto the fraud team straight from tax"
                         # (sets 466-473: 4 such turns, none a job ask)
                         r"|\bto prepare (?:before|for when) i apply\b|\bwhen should i apply\b"
                         r"|\bthe kind of (?:thing|work|reel|portfolio) that would get me\b|\bbring people onto\b")
# what they look for in a hire, how to stand out: the hiring topic, asked as advice ("When
# you're hiring for your team, what makes a CV jump out at you?")
_WHAT_THEY_LOOK_FOR = re.compile(
    r"\bwhat (?:do|does|would|did) (?:you|they|\w+ managers?|recruiters|employers|people) (?:\w+ )?look for\b"
    # "what do the hiring managers on your team actually look for" (set 328)
    r"|\bwhat (?:do|does|would|did) the (?:[\w-]+ ){1,5}(?:actually |really |usually )?look for\b"
    # "what kind of experience they are looking for when they hire" (set 303)
    r"|\bwhat (?:kind of |sort of )?(?:\w+ )?(?:they|you|employers|banks|firms) (?:are|is) looking for\b"
    r"|\bwhat (?:do|does|would|did) (?:you|they|\w+ managers?|recruiters|employers) (?:\w+ )?(?:consider|value|weigh|want to see) when (?:hiring|you hire|they hire)\b"
    r"|\bwhat makes (?:a |an |your |someone'?s? |one )?(?:[\w-]+ ){0,2}(?:stand|jump|pop) out\b"
    r"|\bhow (?:do|can|could|would|should) (?:i|you|someone|people|candidates) (?:\w+ )?stand out\b"
    # what goes in the papers: "What should be in a portfolio if I apply for a junior role?"
    r"|\bwhat (?:should|would|do|does|must|needs? to) (?:\w+ ){0,3}(?:in|on|into) (?:a|an|my|the|your) "
    r"(?:portfolio|cv|resume|résumé|cover letter|application|personal statement)\b"
    # how to apply anywhere, not to them: "How do I apply for a post in a school?"
    r"|\bhow (?:do|would|can|should|could) (?:i|you|someone|people) (?:\w+ )?(?:apply|applying) (?:for|to) (?:a|an|jobs|posts|positions|roles)\b(?![^.?!]*\byour?\b)")


# The name of someone else to talk to is advice by the label guide: "Who would you suggest I talk
# to about getting on a seasonal crew?" ("who would I talk to about getting on one of your crews"
# stays the reading's to judge: most writers call it a job ask)
_SOMEONE_ELSE = re.compile(r"\bwho (?:would|should|could|do|can) you (?:suggest|recommend)\b")


# Asking to watch is a big ask, not a job ask (the product's convention, and most writers of the
# labelled sets; set 47's called observation hours one): "do you ever let pre vet students
# shadow", "Would I be able to observe at your clinic?". The n-grams read "your clinic this
# summer" as a way in; the phrase rules catch a real job ask said beside it, and the reading
# stands when the turn offers work as well ("shadow you this summer, or volunteer here? I'd do
# anything", "shadow you ... and see if it could turn into something").
_TO_WATCH = re.compile(r"\b(?:shadow|shadowing|observe|observing|sit in on|sit in and (?:watch|observe|listen)|ride[- ]alongs?|jump ?seat"
                       r"|a tour of|open days?)\b")  # ("get a tour of your facility", "ride-alongs or open days", sets 330-337)
# Asking for their time ("Any chance you'd have 15 minutes on the phone next week?", "speak
# with me for twenty minutes or so") is the outreach's small ask; "any chance you'd" alone
# carries a job ask's weight since "any chance you'd let me work a few mornings here".
_ASKS_FOR_TIME = re.compile(r"\b(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|a few)[- ]?(?:minutes?|mins?)\b"
                            r"|\b(?:a |quick |short |brief )?(?:phone call|call|chat|coffee)\b")
# ("sit in on your sessions ... I'd be thrilled to help out for free", set 289; not "shadowing you
# on a job for a day ... see what the work looks like", set 317: a job site and the work watched)
# ("... shadow your crew for a day this summer not like a job just to see it": set 388)
_OFFERS_WORK = re.compile(r"\b(?:volunteer\w*|(?<!the )(?<!this )work|(?<!on a )(?<!on the )(?<!not like a )(?<!not for a )job|paid|hire|hired"
                          r"|(?:do|help with|help out with) anything|anything you need|turn into|help out for free)\b")


# Students taken to watch are no job ask: "Does your clinic take students for observation hours?"
# (set 322; the phrase rules leave it by the same words)
_OBSERVATION = re.compile(r"\b" + OBSERVATION + r"\b")


def ngrams(text: str) -> set[str]:
    """The turn's words, word pairs and word triples (lower case, fillers and restarts gone)."""
    ws = words(clean(text))
    grams = set(ws)
    grams.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    grams.update(f"{a} {b} {c}" for a, b, c in zip(ws, ws[1:], ws[2:]))
    return grams


@dataclass(frozen=True)
class NgramModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, text: str) -> float:
        logit = self.bias + sum(self.weights.get(g, 0.0) for g in ngrams(text))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))

    def strongest_sentence(self, text: str) -> str:
        """The sentence whose words speak most for the reading: the evidence quoted."""
        said = sentences(text) or [text]
        return max(said, key=lambda s: sum(self.weights.get(g, 0.0) for g in ngrams(s))).strip()


@lru_cache(maxsize=1)
def model() -> NgramModel | None:
    """The job-ask reading, or None when the weights are missing or unreadable."""
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        return NgramModel({str(k): float(v) for k, v in data["weights"].items()},
                          float(data["bias"]), float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def asks_for_a_way_in(text: str) -> str | None:
    """Evidence that the turn asks for a job or a route to one, by the learned reading, or None."""
    m = model()
    low = clean(text).lower()
    if m is None or _FOR_ADVICE.search(low) or _WHAT_THEY_LOOK_FOR.search(low) or _SOMEONE_ELSE.search(low) \
            or _OBSERVATION.search(low) \
            or (_TO_WATCH.search(low) or _ASKS_FOR_TIME.search(low)) and not _OFFERS_WORK.search(low):
        return None
    p = m.probability(text)
    if p < m.threshold:
        return None
    return m.strongest_sentence(text)
