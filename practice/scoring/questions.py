"""Which sentences of a turn are questions, and which one the interviewee would answer.

A turn often holds context, a question, and sometimes a second question. People answer the
last question they heard, unless it is only a check-in ("Does that make sense?") tacked on
after a real question; so the deciding question is the last one that is not a check-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scoring.forms import Form, content_words, sentence_form
from practice.scoring.text import sentences

CHECK_INS = re.compile(
    r"^(?:(?:is|would) (?:that|it|this) (?:okay|ok|all right|alright|fine)(?: with you)?"
    r"|(?:does|did) (?:that|this) make sense|you know what i mean|know what i mean"
    r"|if that's (?:okay|ok|all right)|(?:sound|sounds) (?:good|okay|ok|all right)"
    r"|(?:is that|am i) (?:right|correct|fair)|right|okay|yeah|correct|you know)\W*$"
)


@dataclass(frozen=True)
class Asked:
    """One question found in a turn, with its form."""

    sentence: str
    form: Form


@dataclass(frozen=True)
class TurnQuestions:
    questions: list[Asked]
    deciding: Asked | None

    @property
    def question_type(self) -> str:
        return self.deciding.form.question_type if self.deciding else "not_a_question"


def is_question(sentence: str, form: Form) -> bool:
    """A sentence asks if it ends in "?" or its wording asks even without one."""
    return form.question_type != "not_a_question"


def is_check_in(sentence: str) -> bool:
    return bool(CHECK_INS.search(" ".join(content_words(sentence))))


def find_questions(text: str) -> TurnQuestions:
    asked = []
    for sentence in sentences(text):
        form = sentence_form(sentence)
        if is_question(sentence, form):
            asked.append(Asked(sentence, form))
    real = [a for a in asked if not is_check_in(a.sentence)]
    deciding = (real or asked)[-1] if asked else None
    return TurnQuestions(asked, deciding)


def question_type(text: str) -> str:
    """"open", "closed" or "not_a_question" for one turn of the user."""
    return find_questions(text).question_type


def open_or_closed(text: str) -> Asked:
    """The open/closed call for a turn known to be a question (benchmarks, the interview loop).

    With no question found, the whole turn is read as a statement offered for confirmation
    (Switchboard's "declarative question"), which invites a yes or no: closed.
    """
    found = find_questions(text)
    if found.deciding:
        return found.deciding
    last = (sentences(text) or [text])[-1]
    return Asked(last, Form("declarative", "closed", "is a statement offered for confirmation: it asks for a yes or no"))
