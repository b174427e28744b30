"""The answer a turn is judged against is encoded while the user listens, not after they stop."""

from __future__ import annotations

from practice.embedding import default_embedder
from practice.interview.channels import TextChannel
from practice.interview.engine import Conversation, InterviewOptions
from practice.scenario import Interviewee, load_scenario
from practice.scoring import prepare_answer, score_utterance
from practice.session.model import Session
from practice.session.store import SessionStore

ANSWER = "We tour about eight months a year now. It's brutal on the body, but the crowds make it worth it."


def test_a_prepared_answer_is_not_encoded_again_when_the_turn_is_scored(monkeypatch):
    model = default_embedder()
    model.forget()
    prepare_answer(ANSWER)
    encoded = []
    real = model._forward  # what runs the model: texts not in the cache
    monkeypatch.setattr(model, "_forward", lambda texts: encoded.extend(texts) or real(texts))
    score = score_utterance("Is it hard on your family?", previous=ANSWER)
    assert encoded == ["Is it hard on your family?"]
    monkeypatch.undo()
    model.forget()
    assert score.to_dict() == score_utterance("Is it hard on your family?", previous=ANSWER).to_dict()


def test_each_answer_is_prepared_before_the_turn_that_follows_it_is_scored(tmp_path):
    events = []

    def score(text, previous=None, **kw):
        events.append(("score", text, previous))
        return score_utterance(text, previous=previous, **kw).to_dict()

    lines = iter(["Hi, I'm Sam, I just finished a psychology degree and I'm curious about nursing.",
                  "What does a typical day look like for you?", "How do you unwind after a shift?"])
    store = SessionStore(Session("t", "nurse", "x", "2026-12-04T00:00:00+00:00", "text"))
    Conversation(TextChannel(lambda: next(lines, None)), Interviewee(load_scenario("nurse")), store,
                 None, score, InterviewOptions(), prepare=lambda text: events.append(("prepare", text)),
                 ).run()
    scored = [e for e in events if e[0] == "score"]
    # the pitch and the first question follow no answer; the second follows the first's
    assert [e[2] is not None for e in scored] == [False, False, True]
    for _, text, previous in scored[2:]:
        assert events.index(("prepare", previous)) < events.index(("score", text, previous))
    prepared = [e[1] for e in events if e[0] == "prepare"]
    spoken = [t.text for t in store.session.turns if t.speaker == "interviewee"]
    assert len(prepared) == 2 and all(text in spoken for text in prepared)
    assert spoken[0] not in prepared  # the greeting answers nothing
