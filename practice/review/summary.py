"""A saved session in, a `Review` out: everything the terminal, HTML, Markdown and JSON show.

Pure: it reads the scores the interview loop stored with each turn (nothing is re-scored,
so a review always agrees with what the coach said live) and the scenario, for the planted
details. Missing scores (an older session, a typed one without timings, a pitch scorer that
was not installed) leave the matching parts of the review empty rather than failing.

The work is split by what it does: `turns` (feedback per turn), `pacing`, `phrasing`
(phrasing and listening), `practise` (checklist, advice, strengths); the shapes are in
`model`. The names below stay importable from here.
"""

from __future__ import annotations

from practice.review.format import plural
from practice.review.model import (ENDINGS, LISTENING_CUES, REVIEW_FORMAT, REVIEW_VERSION, TOPIC_LABELS,
                                   Advice, Listening, Pacing, Phrasing, Review, TurnFeedback, nested)
from practice.review.pacing import build_pacing
from practice.review.phrasing import build_listening, build_phrasing
from practice.review.practise import reply_to, build_checklist, covered_topics, practise_next, strengths_of
from practice.review.turns import turn_feedback
from practice.scenario.model import Scenario
from practice.session.model import Session

__all__ = ["ENDINGS", "LISTENING_CUES", "REVIEW_FORMAT", "REVIEW_VERSION", "TOPIC_LABELS", "Advice",
           "Listening", "Pacing", "Phrasing", "Review", "TurnFeedback", "build_review", "nested",
           "turn_feedback"]


def build_review(session: Session, scenario: Scenario | None = None, folder: str | None = None) -> Review:
    """The whole review of one session. `scenario` is needed for the planted details."""
    feedback = [turn_feedback(i, t) for i, t in enumerate(session.turns)]
    pacing = build_pacing(session, feedback)
    phrasing = build_phrasing(feedback, session)
    listening = build_listening(feedback, session, scenario)
    covered = covered_topics(session)
    notice = None
    if not session.complete:
        how = ENDINGS.get(session.ended_by or "", "it did not finish")
        notice = (f"This session is incomplete ({how}): the review covers the "
                  f"{plural(len(session.turns), 'turn')} saved before it stopped.")
    review = Review(
        session_id=session.id, scenario=session.scenario, scenario_title=session.scenario_title,
        started_at=session.started_at, mode=session.mode, complete=session.complete,
        ended_by=session.ended_by, duration=session.duration, notice=notice, turns=feedback,
        pacing=pacing, phrasing=phrasing, listening=listening,
        checklist=build_checklist(session, pacing, phrasing, covered), practise=[], strengths=[],
        topics_covered=covered, folder=folder,
        unanswered=[i for i, t in enumerate(session.turns) if t.speaker == "user"
                    and (r := reply_to(session, i)) is not None and r.kind == "unknown"],
    )
    review.plan = _plan(session, scenario)
    review.practise = practise_next(review)
    review.strengths = strengths_of(review)
    return review


def _plan(session: Session, scenario: Scenario | None):
    """Planned questions asked, skipped, and the tangents followed instead (None: no plan)."""
    planned = session.settings.get("plan")
    if not isinstance(planned, list) or not planned:
        return None
    from practice.embedding import default_embedder
    from practice.plan.progress import plan_progress

    planned = [str(q) for q in planned]
    topics: list[str | None] = [None] * len(planned)
    if scenario is not None:
        from practice.plan.coverage import topic_of
        from practice.scenario.matcher import Matcher

        matcher = Matcher(scenario)
        topics = [topic_of(matcher, q) for q in planned]
    return plan_progress(planned, session.turns, topics, default_embedder())
