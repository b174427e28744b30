"""Only confident criticism and praise reaches the user: live cues and the review (issue 14)."""

from practice.interview.view import cues
from practice.review.summary import turn_feedback
from practice.scoring import score_utterance
from practice.session.model import SessionTurn


def _scores(**over):
    base = {"question_type": "open", "leading": "don't you think", "stacked": ["a?", "b?"], "job_ask": False,
            "listening": {"acknowledgement": False, "reflection": True, "reference": False, "follow_up": False,
                          "topic_switch": True, "evidence": {}},
            "reasons": [], "rewrite": None}
    base.update(over)
    return base


def _turn(scores):
    return SessionTurn("user", "Don't you think so? And why?", 1.0, 2.0, "question", scores=scores)


def test_unconfident_flags_are_not_in_the_live_cues():
    low = _scores(confidence={"leading": 0.3, "stacked": 0.3, "topic_switch": 0.2, "reflection": 0.4, "closed": 0.0})
    line = cues(_turn(low))
    assert "leading" not in line and "stacked" not in line and "topic switch" not in line
    assert "reflection" not in line


def test_confident_flags_are_in_the_live_cues():
    high = _scores(confidence={"leading": 0.9, "stacked": 0.9, "topic_switch": 0.9, "reflection": 0.9, "closed": 0.0})
    line = cues(_turn(high))
    assert "leading" in line and "stacked" in line and "topic switch" in line and "reflection" in line


def test_sessions_saved_before_confidences_show_their_flags():
    line = cues(_turn(_scores()))
    assert "leading" in line and "topic switch" in line


def test_review_shows_only_confident_flags():
    low = turn_feedback(0, _turn(_scores(confidence={"leading": 0.3, "stacked": 0.9, "topic_switch": 0.2,
                                                      "reflection": 0.4})))
    assert not any(f.startswith("leading") for f in low.flags)
    assert any(f.startswith("stacked") for f in low.flags)
    assert not low.topic_switch and "reflection" not in low.listening
    high = turn_feedback(0, _turn(_scores(confidence={"leading": 0.95, "topic_switch": 0.95, "reflection": 0.95})))
    assert any(f.startswith("leading") for f in high.flags)
    assert high.topic_switch and "reflection" in high.listening


def test_a_real_turn_round_trip_hides_an_unsure_leading_flag():
    s = score_utterance("Who doesn't love free snacks, right? But seriously, what's the culture like?").to_dict()
    assert s["leading"] and s["confidence"]["leading"] < 0.7  # kept in the JSON ...
    fb = turn_feedback(0, _turn(s))
    assert not any(f.startswith("leading") for f in fb.flags)  # ... not shown
    assert "leading" not in cues(_turn(s))
