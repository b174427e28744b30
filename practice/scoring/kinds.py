"""The kind of question a clause asks (`Form`), shared by the modules that read clauses:
`clauses` (one clause), `wh` (a wh-clause), `runon` and `forms` (a whole sentence); and a
question found in a turn with its form (`Asked`), shared by `questions` and `continuing`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    """What one sentence asks for: `kind` is a stable code, `question_type` the label."""

    kind: str           # wh_open, wh_fact, request, yes_no, choice, tag, declarative, statement
    question_type: str  # open, closed, not_a_question
    why: str            # the phrase a reason is built from
    clause: str = ""    # the words the decision rests on


@dataclass(frozen=True)
class Asked:
    """One question found in a turn, with its form."""

    sentence: str
    form: Form


STATEMENT = Form("statement", "not_a_question", "is a statement, not a question")


def quote(ws: list[str], n: int) -> str:
    text = " ".join(ws[:n])
    return text[:1].upper() + text[1:]
