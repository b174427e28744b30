"""Saved rehearsals: the session model and its on-disk store."""

from practice.session.model import Session, SessionTurn
from practice.session.store import (
    SessionStore, find_session, list_sessions, load_session, sessions_dir,
)

__all__ = ["Session", "SessionStore", "SessionTurn", "find_session", "list_sessions", "load_session",
           "sessions_dir"]
