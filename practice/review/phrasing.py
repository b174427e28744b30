"""Phrasing (open, closed, leading, stacked, job asks; the best and worst question) and
listening (reflections to questions, cues, the planted details picked up or missed).

Both count questions with `TurnFeedback.is_question`, the one definition of a question.
"""

from __future__ import annotations

from practice.review import norms
from practice.review.details import trace_details
from practice.review.model import Listening, Phrasing, TurnFeedback
from practice.scenario.model import Scenario
from practice.scoring.confidence import shown
from practice.session.model import Session



def build_phrasing(feedback: list[TurnFeedback], session: Session) -> Phrasing:
    questions = [f for f in feedback if f.is_question]
    ph = Phrasing(questions=len(questions),
                  open=sum(1 for f in questions if f.question_type == "open"),
                  closed=sum(1 for f in questions if f.question_type == "closed"))
    if questions:
        ph.open_share = round(ph.open / len(questions), 3)
    for f in feedback:
        if f.speaker != "user":
            continue
        scores = session.turns[f.index].scores or {}
        if shown(scores, "leading"):
            ph.leading.append(f.index)
        if shown(scores, "stacked"):
            ph.stacked.append(f.index)
        if scores.get("job_ask"):
            ph.job_asks.append(f.index)
    ranked = sorted((f for f in questions if f.quality is not None), key=lambda f: (-f.quality, f.index))
    if ranked:
        if ranked[0].quality >= 2.0:  # only a good question is held up as the best
            ph.best = ranked[0].index
        worst = ranked[-1]
        if worst.index != ph.best and worst.quality < 2.0:
            ph.worst = worst.index
    return ph


def build_listening(feedback: list[TurnFeedback], session: Session, scenario: Scenario | None) -> Listening:
    users = [f for f in feedback if f.speaker == "user" and f.kind != "pitch" and not f.purpose]
    li = Listening(questions=sum(1 for f in users if f.is_question))
    li.reflections = sum(1 for f in users if "reflection" in f.listening)
    li.acknowledgements = sum(1 for f in users if "acknowledgement" in f.listening)
    li.references = sum(1 for f in users if "reference" in f.listening)
    li.follow_ups = sum(1 for f in users if "follow_up" in f.listening)
    li.topic_switches = sum(1 for f in users if f.topic_switch)
    if li.questions:
        li.rq_ratio = round(li.reflections / li.questions, 2)
        li.rq_level = ("good" if li.rq_ratio >= norms.RQ_GOOD
                       else "fair" if li.rq_ratio >= norms.RQ_FAIR else "below fair")
    if scenario is None:
        li.scenario_found = False
        return li
    li.details = trace_details(session, scenario)
    by_index = {f.index: f for f in feedback}
    for note in li.details:
        by_index[note.planted_turn].planted.append(note.label)
        if note.picked_turn is not None and by_index[note.picked_turn].speaker == "user":
            by_index[note.picked_turn].picked.append(note.label)
    return li
