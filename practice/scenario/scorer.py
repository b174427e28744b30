"""The question scorer's calls the interviewee makes, so the coach and the professional never
disagree about a turn: whether it is closed, asks for a job, or holds two questions.
`practice.scoring` is imported on first use (the scenario package does not need it to load).
"""

from __future__ import annotations


def question_type(text: str) -> str:
    from practice.scoring import question_type

    return question_type(text)


def job_ask(text: str) -> bool:
    """The scorer's own job-ask rule (not a whole scoring pass on every reply)."""
    from practice.scoring.job_asks import job_ask

    return job_ask(text) is not None


def stacked(text: str) -> list[str] | None:
    from practice.scoring.stacking import stacked
    from practice.scoring.questions import find_questions

    return stacked(find_questions(text))
