"""Sentences of a turn that are said, not asked, though they read like questions.

An exclamation ("How interesting!"), the reason for a question just asked ("Could you
introduce me to her? I want to ask how she did it."), their words quoted back, a ", huh."
taken in before the turn goes on: `questions.find_questions` passes over each of them.
"""

from __future__ import annotations

import re

from practice.scoring.text import clean

# "How interesting!", "What a story." exclaim: a wh-word, an adjective or noun phrase, no verb.
_EXCLAMATION = re.compile(
    # ("Campfire talks, how nice.": their words, then the exclamation, set 442)
    r"^(?:(?:oh|wow|ah|aw|ooh)\W+)?"
    r"(?:(?:[\w'-]+(?: [\w'-]+){0,3},\s*)?how (?:very |really |so )?(?!many\b|early\b|come\b)"
    r"(?:\w+(?:ing|ful|ous|ive|ible|able|ic|al|y|ed|ent|ant|ar|ge|te)"
    r"|nice|cool|neat|fun|sweet|great|wild|sad|rare|brave|smart|kind|lovely|rough|tough)"
    r"|what an? (?:\w+ ){0,2}\w+"
    # "What a generous way to see it: the shouting is worry in disguise." (a full stop or "!")
    r"|what an? [^?]*[.!])\s*[!.]?$",
    re.IGNORECASE,
)


def is_exclamation(sentence: str) -> bool:
    return bool(_EXCLAMATION.match(sentence.strip())) and not sentence.strip().endswith("?")


# Curiosity about someone else after a question, said as a statement: the reason for an
# introduction asked ("... put me in touch with one of them? I'd love to hear how they did it."),
# not a question to the interviewee (sets 1-401: all 14 such turns are labelled one closed
# question; "I'd love to hear how you found it." asks them, and stays)
_ABOUT_THEM = re.compile(r"^(?:i'd|i would) (?:love|like) to (?:hear|know|learn) (?:how|what|about|why|more about)"
                         r"(?: \w+)? (?:he|she|they|them|her|him|their|his)\b(?!.*\byou)")
# a quotation of what they said, cut off by a comma, at the start of a sentence
# (an apostrophe inside it, "'When's the plumber coming,'", is no closing quote)
QUOTED_START = re.compile(r"^\s*(?:['‘](?:[^'’]|['’](?=\w)){2,80}?[,.!?]['’]|[\"“][^\"”]{2,80}?[,.!?][\"”])\s*")
# "Nine months at a desk, huh." said, not asked, before the turn goes on: what they said, taken
# in (sets 1-393: the 6 such turns with no other question are labelled no question; a turn that
# ends on it, "nothing in between, huh.", or Switchboard's "you were just up there then, huh.",
# stays a tag)
HUH_SAID = re.compile(r", huh\.\s*$")
# The reason for the question just asked, said as a statement: what the speaker wants to find
# out or is curious about ("Do you know a court interpreter I could talk to? I want to ask how
# they build the work.", "What's it like for women in the trade? I'm wondering how a woman in
# her fifties would be received."). Sets 1-417: all 18 such turns are labelled one question,
# none stacked; with no question before it, "I want to ask, how ...?" is the question itself,
# and so is "And I'd love to know ..." (added) or "I'd love to hear how." (asked short).
# (also after a comma, and "just": "... ? I'd work for free, I just want to learn.", set 609)
_REASON_GIVEN = re.compile(r"(?:^|,\s+)(?:(?:but|just|so|because)\s+)?(?!.*\b(?:how|why|what)\W*$)(?:i (?:just |really |only )?(?:want|wanted|need) to (?:know|ask|see|understand|find out|hear|learn)"
                           r"|(?:i'm|i am) (?:curious|wondering|asking)"
                           # "I would like to ask her how she did it." (of someone else, as above)
                           # (and a second language's "I like to hear also from them.", set 581)
                           r"|(?:i'd|i would|i) (?:love|like) to (?:know|ask|see|understand|find out|hear|learn)\b(?!.*\byou\b))\b")


def gives_a_reason(sentence: str) -> bool:
    """A statement after a question that says why it was asked, or what about it matters to
    the speaker; it asks nothing of its own."""
    low = clean(sentence).lower().strip()
    return not low.endswith("?") and bool(_ABOUT_THEM.search(low) or _REASON_GIVEN.search(low))
