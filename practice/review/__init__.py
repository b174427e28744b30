"""Reviewing saved rehearsals: feedback per turn, a summary, exports, progress, follow-up notes.

The library is separate from its commands: `build_review(session, scenario)` is pure and
returns a `Review` dataclass that every renderer (terminal, HTML, Markdown, JSON) reads.
"""

from practice.review.summary import Review, build_review

__all__ = ["Review", "build_review"]
