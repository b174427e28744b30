"""Initials as words: "Is PSLF actually working?" after "Public Service Loan Forgiveness is the
only reason ..." repeats a detail of the answer, in the form people say it.

The listening cues (`listening.shared_details`, `listening.follow_up`) count a word of the answer
said again; an initialism and the name it stands for are the same detail, whichever of the two
turns spells it out.
"""

from __future__ import annotations

import re

_INITIALISM = re.compile(r"\b[A-Z]{2,6}s?\b")
_NAME_GLUE = {"of", "and", "for", "the", "&"}


def initialisms(text: str) -> list[str]:
    """ "PSLF", "ASMs" as written: capitals only, lower-cased, plural "s" off ("I" is no initialism)."""
    return [m.group(0).rstrip("s").lower() for m in _INITIALISM.finditer(text) if m.group(0) != "I"]


def spelled_out(text: str) -> set[str]:
    """The initials of every run of capitalised words ("Public Service Loan Forgiveness" ->
    "pslf"; "the Bureau of Labor Statistics" -> "bls" and "bols"), and of its parts."""
    out: set[str] = set()
    for piece in re.split(r"[.,;:!?()\"]", text):
        run: list[str] = []
        for w in re.findall(r"[\w'&-]+", piece) + [""]:
            if w[:1].isupper() or (run and w.lower() in _NAME_GLUE):
                run.append(w)
                continue
            while run and not run[-1][:1].isupper():
                run.pop()
            for i in range(len(run)):
                for j in range(i + 2, len(run) + 1):
                    part = run[i:j]
                    if part[0][:1].isupper() and part[-1][:1].isupper():
                        out.add("".join(x[0].lower() for x in part if x[:1].isupper()))
                        out.add("".join(x[0].lower() for x in part))
            run = []
    return out


def shared_initials(text: str, theirs: list[str]) -> list[str]:
    """Initialisms (lower-cased) that `text` and one of `theirs` share, one side writing the
    letters and the other the name."""
    mine = initialisms(text)
    found = [a for a in mine if any(a in spelled_out(turn) for turn in theirs)]
    named = spelled_out(text)
    found += [a for turn in theirs for a in initialisms(turn) if a in named]
    return list(dict.fromkeys(found))
