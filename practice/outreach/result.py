"""Every check on one request, and the JSON shape `practice outreach --json` prints."""

from __future__ import annotations

from dataclasses import dataclass

from practice.errors import PracticeError
from practice.outreach.checks import (CHANNELS, Check, check_length, check_no_job_ask, check_personal,
                                      check_small_ask, check_upfront)
from practice.outreach.original import Similar, check_original
from practice.outreach.rewrite import Rewrite, suggest


@dataclass(frozen=True)
class OutreachResult:
    channel: str
    text: str
    checks: dict[str, Check]  # personal, upfront, small_ask, no_job_ask, length, original
    similar_to: Similar | None  # the closest earlier message, when it is close enough to matter
    rewrite: Rewrite | None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks.values())

    def to_dict(self) -> dict:
        return {
            "channel": self.channel,
            "checks": {name: check.to_dict() for name, check in self.checks.items()},
            "similar_to": self.similar_to.to_dict() if self.similar_to else None,
            "rewrite": self.rewrite.to_dict() if self.rewrite else None,
        }


def check_message(text: str, channel: str = "email",
                  earlier: list[tuple[str, str, str]] | None = None) -> OutreachResult:
    """Check one request. `earlier` holds (to, when, text) of messages sent to other people."""
    if channel not in CHANNELS:
        raise PracticeError(f"unknown channel {channel!r}: use one of {', '.join(CHANNELS)}")
    if not text.strip():
        raise PracticeError("the message is empty: give a file, --text \"...\", or pipe it on stdin")
    original, similar = check_original(text, earlier or [])
    checks = {
        "personal": check_personal(text),
        "upfront": check_upfront(text),
        "small_ask": check_small_ask(text),
        "no_job_ask": check_no_job_ask(text),
        "length": check_length(text, channel),
        "original": original,
    }
    shown_similar = similar if similar is not None and not original.ok else None
    return OutreachResult(channel, text, checks, shown_similar, suggest(text, checks))
