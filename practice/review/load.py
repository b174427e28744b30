"""Finding a session and its scenario for a review, tolerating a scenario that is gone.

A user's own scenario may have been renamed or deleted since the rehearsal; the review
then goes on without the planted details and says so, rather than refusing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from practice.errors import PracticeError
from practice.review.summary import Review, build_review
from practice.scenario.model import Scenario
from practice.session.model import Session
from practice.session.store import find_session, load_session


def scenario_named(name: str) -> Scenario | None:
    """The scenario a session was recorded with, or None when it is no longer installed."""
    from practice.paths import data_home

    return _scenario(name, str(data_home()))


@lru_cache(maxsize=32)
def _scenario(name: str, home: str) -> Scenario | None:  # `home`: own scenarios live there
    from practice.scenario import load_scenario

    try:
        return load_scenario(name)
    except PracticeError:
        return None


def review_session(session: Session, folder: Path | None = None) -> Review:
    return build_review(session, scenario_named(session.scenario), str(folder) if folder else None)


def load_review(spec: str | None) -> tuple[Review, Session, Path]:
    """The review of the session named by `spec` (`latest`, an id, a prefix or a path)."""
    folder = find_session(spec)
    session = load_session(folder)
    return review_session(session, folder), session, folder
