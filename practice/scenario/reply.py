"""What the simulated professional says back to one turn (`Reply`), and the kinds a reply has:
what the user just did (`REPLY_KINDS`, saved as `kind` in session.json) and the professional's
own lines (`OWN_KINDS`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# What the user just did, as the reply's kind; plus the professional's own lines.
REPLY_KINDS = (
    "pitch_response", "answer", "follow_up", "clarify", "example", "elaborate",
    "reflection_response", "stacked", "small_talk", "redirect", "job_ask", "referral",
    "follow_up_permission", "repeat", "recap", "unknown", "thanks", "closing",
)
OWN_KINDS = ("greeting", "prompt", "time_warning", "time_up")


@dataclass(frozen=True)
class Reply:
    """What the interviewee says to one turn, and why (for the review and for `try`)."""

    kind: str
    text: str
    topic: str | None = None
    detail: str | None = None
    closed: bool = False
    question_type: str = "open"
    score: float = 0.0
    repeat: bool = False

    def to_dict(self) -> dict:
        data = asdict(self)
        data["reply"] = data.pop("text")
        return data
