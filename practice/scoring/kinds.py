"""The kind of question a clause asks (`Form`), shared by the modules that read clauses:
`clauses` (one clause), `wh` (a wh-clause), `runon` and `forms` (a whole sentence)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    """What one sentence asks for: `kind` is a stable code, `question_type` the label."""

    kind: str           # wh_open, wh_fact, request, yes_no, choice, tag, declarative, statement
    question_type: str  # open, closed, not_a_question
    why: str            # the phrase a reason is built from
    clause: str = ""    # the words the decision rests on


STATEMENT = Form("statement", "not_a_question", "is a statement, not a question")


def quote(ws: list[str], n: int) -> str:
    text = " ".join(ws[:n])
    return text[:1].upper() + text[1:]
