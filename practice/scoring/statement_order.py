"""Questions said in a statement's word order that still ask for a yes or no.

Two shapes, each read the same with or without punctuation: surprise checked back ("wait so
you're the only one there the whole night") and two ways it might be joined by "or" at the end
("you do it yourself or you have somebody"). `forms` and `runon` both use them.
"""

from __future__ import annotations

import re

from practice.scoring.kinds import Form

# After these, "wait" is the verb, not surprise: "wait until you see the rota", "wait for it",
# "wait tables", "hold on a sec"
WAIT_VERB_NEXT = frozenset("until till for to and a an the your my tables around in on out it".split())


def surprise_check(clause: str) -> Form:
    """ "wait so you're the only one there the whole night": surprise at what was just said,
    checked back, a yes/no question however it is punctuated."""
    return Form("declarative", "closed", 'checks what they heard ("wait, so ..."): it asks for a yes or no', clause)


# "the assistants they are paid okay or it's like minimum wage", "you do it yourself or you
# have somebody", "the company they pay for the cdl school or i pay myself": two ways it might
# be, said in a statement's word order and joined by "or" at the end of the turn. Of the 8
# such unpunctuated turns of sets 1-65, 7 are labelled closed (the other ends on "okay").
_STATEMENT_CHOICE = re.compile(
    r"\b(?:you|you're|they|it|it's|he|she|we|yourself)\b(?: [\w']+){0,12} or (?:it's|it is|it|you|you're|there|there's"
    r"|there are|they|they're|i|we|not|no|something)\b(?: [\w']+){0,8}$")


def statement_choice(ws: list[str]) -> Form | None:
    """A choice offered in statement word order at the end of an unpunctuated turn."""
    said = " ".join(ws)
    if not ws or ws[-1] in {"okay", "ok"} or not _STATEMENT_CHOICE.search(said):
        return None
    return Form("choice", "closed", 'offers two ways it might be ("... or ..."): it asks to pick one', said)
