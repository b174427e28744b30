"""A user who wraps up before the time warning is not warned, and is credited for it."""

from __future__ import annotations

import pytest

from practice.interview.channels import TextChannel, VirtualClock
from practice.interview.engine import Conversation, InterviewOptions
from practice.review.load import review_session
from practice.scenario import Interviewee, load_scenario
from practice.scoring import score_utterance
from practice.session.model import Session
from practice.session.store import SessionStore, load_session

PITCH = "Hi, I'm Sam, I just finished a psychology degree and I'm curious about nursing."


class ClockedText(TextChannel):
    """Typed turns, each taking 20 s on a virtual clock: with 75 s and the warning at 30 s left, the
    third line is where it falls due."""

    def __init__(self, lines):
        self.clock = VirtualClock()
        lines = iter(lines)
        super().__init__(lambda: next(lines, None))

    def now(self):
        return self.clock.now()

    def hear(self, options=None):
        self.clock.advance(20.0)
        return super().hear(options)


def rehearse(tmp_path, last: str):
    store = SessionStore(Session("t", "nurse", "x", "2026-12-03T00:00:00+00:00", "text",
                                 settings={"minutes": 1.25}))
    conversation = Conversation(ClockedText([PITCH, "What does a typical day look like for you?", last]),
                                Interviewee(load_scenario("nurse")), store, None,
                                lambda text, **kw: score_utterance(text, **kw).to_dict(),
                                InterviewOptions(minutes=1.25))
    conversation.run()
    session = load_session(store.folder)
    return session, review_session(session)


def test_thanks_before_the_warning_is_a_wrap_up_not_a_reason_to_warn(tmp_path):
    session, review = rehearse(tmp_path, "Thank you so much for your time, this was really helpful.")
    kinds = [t.kind for t in session.turns if t.speaker == "interviewee"]
    assert "thanks" in kinds and "time_warning" not in kinds
    assert review.pacing.wrapped_up is True


def test_a_question_at_the_same_moment_is_warned(tmp_path):
    session, review = rehearse(tmp_path, "How did you get into nursing?")
    kinds = [t.kind for t in session.turns if t.speaker == "interviewee"]
    assert "time_warning" in kinds  # 15 s left of 75: the warning is due


@pytest.mark.parametrize("asked_after_thanks,wrapped", [(False, True), (True, False)])
def test_an_old_session_warned_after_the_thanks_is_judged_by_what_came_between(asked_after_thanks, wrapped):
    from practice.session.model import SessionTurn

    turns = [SessionTurn("interviewee", "Hello!", 0, 2, "greeting"),
             SessionTurn("user", PITCH, 3, 12, "pitch"),
             SessionTurn("interviewee", "Nice to meet you.", 13, 15, "pitch_response"),
             SessionTurn("user", "Thank you so much for your time.", 16, 18, "question"),
             SessionTurn("interviewee", "My pleasure.", 19, 20, "thanks")]
    if asked_after_thanks:
        question = "What do you enjoy most about it?"
        turns += [SessionTurn("user", question, 21, 24, "question", scores=score_utterance(question).to_dict()),
                  SessionTurn("interviewee", "The people.", 25, 27, "answer")]
    turns += [SessionTurn("interviewee", "Just a heads up, I have a meeting soon.", 28, 30, "time_warning"),
              SessionTurn("interviewee", "Take care!", 31, 32, "closing")]
    session = Session("t", "nurse", "x", "2026-12-03T00:00:00+00:00", "text", settings={"minutes": 1.0},
                      complete=True, ended_by="closing", duration=32.0, turns=turns)
    assert review_session(session).pacing.wrapped_up is wrapped
