"""One saved turn in, its `TurnFeedback` out: the scores stored live, as the review shows them.

Nothing is re-scored here, so the review always agrees with what the coach said live.
"""

from __future__ import annotations

from practice.review.checklist import FOLLOW_UP, THANKS, first_match
from practice.review.format import quoted
from practice.review.model import LISTENING_CUES, TurnFeedback
from practice.scoring.confidence import shown
from practice.session.model import SessionTurn



def _flags(scores: dict) -> list[str]:
    out = []
    if shown(scores, "leading"):  # only confident criticism is shown (issue 14)
        value = scores["leading"]
        out.append(f"leading ({quoted(value, 40)})" if isinstance(value, str) else "leading")
    if shown(scores, "stacked"):
        value = scores["stacked"]
        count = f"{len(value)} questions" if isinstance(value, (list, tuple)) else "several questions"
        out.append(f"stacked ({count} in one turn)")
    if scores.get("job_ask"):
        value = scores["job_ask"]
        out.append(f"job ask ({quoted(value, 40)})" if isinstance(value, str) else "job ask")
    return out


def _quality(fb: TurnFeedback, scores: dict) -> float | None:
    if not fb.is_question:
        return None
    value = 2.0 if fb.question_type == "open" else 0.0
    cues = sum(1 for c in ("reflection", "reference", "follow_up") if c in fb.listening)
    value += 0.75 * min(cues, 2) + (0.25 if "acknowledgement" in fb.listening else 0.0)
    value -= 1.5 if shown(scores, "leading") else 0.0
    value -= 1.0 if shown(scores, "stacked") else 0.0
    value -= 3.0 if scores.get("job_ask") else 0.0
    value -= 0.5 if fb.topic_switch else 0.0
    value -= 0.5 if fb.interrupting else 0.0
    return value


def turn_feedback(index: int, turn: SessionTurn) -> TurnFeedback:
    fb = TurnFeedback(index, turn.speaker, turn.kind, turn.text, turn.start, turn.end,
                      interrupted=turn.interrupted if turn.speaker == "interviewee" else False,
                      partial=turn.partial, topic=turn.topic, detail=turn.detail)
    if turn.speaker != "user":
        return fb
    scores = turn.scores or {}
    fb.question_type = scores.get("question_type")
    fb.flags = _flags(scores)
    fb.rewrite = scores.get("rewrite") or None
    listening = scores.get("listening") or {}
    fb.listening = [c for c in LISTENING_CUES if listening.get(c) and (c != "reflection" or shown(scores, c))]
    fb.topic_switch = shown(scores, "topic_switch")
    fb.reasons = [str(r) for r in scores.get("reasons") or []]
    pacing = scores.get("pacing") or {}
    fb.wpm = pacing.get("wpm")
    fb.band = pacing.get("band") if fb.wpm is not None else None
    fb.gap = pacing.get("response_gap")
    fb.pauses = len(pacing.get("pauses") or [])
    fb.fillers = [str(f.get("word", "")) for f in pacing.get("fillers") or [] if isinstance(f, dict)]
    fb.interrupting = bool(scores.get("interrupting") or turn.interrupted)
    if not scores.get("job_ask") and first_match(FOLLOW_UP, [(index, turn.text)]):
        fb.purpose, fb.rewrite = "follow_up", None  # "May I follow up?" is rightly a yes/no question
    elif fb.question_type == "not_a_question" and first_match(THANKS, [(index, turn.text)]):
        fb.purpose = "thanks"  # a thank-you is not listening feedback, whatever it echoes
    fb.quality = _quality(fb, scores)
    return fb
