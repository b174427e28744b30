"""After a rehearsal: which planned questions were asked, which were skipped, and which
tangents were followed instead.

Tangents are credited, not penalised: following what the person just said is the listening
the coach asks for, and may be worth more than the planned question. A planned question
counts as asked when a turn of yours says the same thing in other words (sentence meaning,
or most of the same words) or reaches the same scenario topic.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

SAME_WORDS = 75  # rapidfuzz token-set ratio, 0-100
SAME_MEANING = 0.72  # cosine similarity of sentence embeddings


@dataclass
class PlanProgress:
    asked: list[dict] = field(default_factory=list)  # {"planned", "turn", "said"}
    skipped: list[str] = field(default_factory=list)
    tangents: list[dict] = field(default_factory=list)  # {"turn", "said", "follow_up"}

    def to_dict(self) -> dict:
        return asdict(self)


def _similar(a: str, b: str, embedder) -> bool:
    if fuzz.token_set_ratio(a.lower(), b.lower()) >= SAME_WORDS:
        return True
    return embedder is not None and embedder.similarity(a, b) >= SAME_MEANING


def plan_progress(planned: list[str], turns, planned_topics: list[str | None], embedder=None) -> PlanProgress:
    """`turns`: the session's turns (speaker, text, scores; the interviewee's `topic`);
    `planned_topics`: the topic each planned question would be answered from (or None)."""
    progress = PlanProgress()
    asked_turns: set[int] = set()
    questions = []
    for index, turn in enumerate(turns):
        if turn.speaker != "user" or turn.kind != "question":
            continue
        scores = turn.scores or {}
        if scores.get("question_type") not in ("open", "closed"):
            continue
        follow_up = bool((scores.get("listening") or {}).get("follow_up"))
        reply = next((t for t in turns[index + 1:index + 2] if t.speaker == "interviewee"), None)
        # a follow-up on a detail reaches the detail's topic without asking the topic's question
        answer_topic = reply.topic if reply is not None and not follow_up \
            and reply.kind not in ("detail", "follow_up") else None
        questions.append((index, turn.text, answer_topic, follow_up))
    for text, topic in zip(planned, planned_topics):
        hit = next((q for q in questions if q[0] not in asked_turns and _similar(text, q[1], embedder)), None)
        if hit is None and topic is not None:
            hit = next((q for q in questions if q[0] not in asked_turns and q[2] == topic), None)
        if hit is None:
            progress.skipped.append(text)
        else:
            asked_turns.add(hit[0])
            progress.asked.append({"planned": text, "turn": hit[0], "said": hit[1]})
    progress.tangents = [{"turn": i, "said": said, "follow_up": follow_up}
                         for i, said, _, follow_up in questions if i not in asked_turns]
    return progress
