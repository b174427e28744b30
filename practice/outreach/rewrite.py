"""A better wording for the weakest sentence of a request, with blanks instead of made-up facts.

Only the user knows how they found this person or what they want to learn, so a rewrite never
fills those in: it keeps the user's own words where it can and leaves `[bracketed]` blanks
for the rest ("[who suggested you write]"), the same convention as the thank-you draft.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from practice.outreach.checks import (BIG_ASK, GENERIC_COMPLIMENT, JOB_ASK, PURPOSE, Check, _find,
                                      _sentence_of, sentences)

#: the check whose failure matters most comes first: a job ask sinks a request, length least
ORDER = ("no_job_ask", "personal", "original", "upfront", "small_ask", "length")


@dataclass(frozen=True)
class Rewrite:
    check: str
    sentence: str  # the user's sentence ("" when a sentence is missing and should be added)
    suggestion: str  # what to write instead ("" to leave the sentence out)

    def to_dict(self) -> dict:
        return asdict(self)


PERSONAL_LINE = ("[Who suggested you write, or where you share a place or group] suggested I reach out "
                 "to you. / I [read or heard] your [talk or article] on [its subject], and [one point that "
                 "stayed with you].")
UPFRONT_LINE = ("I'm [who you are: what you study or do], and I'm exploring [the field or move you are "
                "considering]; I'd love to hear how you [what you hope to learn from them].")
ASK_LINE = ("Would you have 20 minutes for a call or a coffee in the next couple of weeks? No worries at all "
            "if you're too busy.")


def _body_sentences(text: str) -> list[str]:
    """Sentences without a greeting line ("Hi Priya,") or a sign-off."""
    found = sentences(text)
    return [s for s in found if not re.match(r"^(?:hi|hello|dear|hey)\b[^.!?]{0,30},?$", s, re.I)
            and not re.match(r"^(?:best|thanks|thank you|cheers|regards|warmly|sincerely)\b[^.!?]{0,30}$", s, re.I)]


def _shorter(sentence: str) -> str:
    """The main clause of a long sentence: what is left after cutting at the first aside."""
    for cut in (r",\s+(?:which|who|where|because|since|and|but|especially|particularly)\b", r"\s+because\b",
                r";", r",\s+"):
        parts = re.split(cut, sentence, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) >= 5:
            head = parts[0].rstrip(" ,;")
            return head + ("?" if sentence.rstrip().endswith("?") else ".")
    return sentence


def suggest(text: str, checks: dict[str, Check]) -> Rewrite | None:
    failing = [name for name in ORDER if not checks[name].ok]
    if not failing:
        return None
    name = failing[0]
    body = _body_sentences(text)
    if name == "no_job_ask":
        m = _find(JOB_ASK, text)
        sentence = _sentence_of(text, m) if m else next(
            (s for s in body if re.search(r"job|hiring|opening|position|role|intern", s, re.I)), "")
        return Rewrite(name, sentence, "")
    if name in ("personal", "original"):
        m = _find(GENERIC_COMPLIMENT, text)
        sentence = _sentence_of(text, m) if m else (body[0] if body else "")
        return Rewrite(name, sentence, PERSONAL_LINE)
    if name == "upfront":
        m = _find(PURPOSE, text)
        sentence = _sentence_of(text, m) if m else (body[0] if body else "")
        return Rewrite(name, sentence, UPFRONT_LINE)
    if name == "small_ask":
        m = _find(BIG_ASK, text)
        if m:
            sentence = _sentence_of(text, m)
        else:
            asks = [s for s in body if s.endswith("?") or re.search(r"\blet me know\b|\bwould love\b|\bhope\b", s, re.I)]
            sentence = asks[-1] if asks else ""
        return Rewrite(name, sentence, ASK_LINE)
    longest = max(body, key=len, default="")
    return Rewrite(name, longest, _shorter(longest))
