"""What turn sets 106 to 109 showed (first looks in bench/README.md): "i mean" before a
run-on "what's your ..."; a yes/no guess at what "it is like up there"; job asks through more
apprentices, paid jobs "i could do", their radar and being considered. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("i think i mean what's your honest take on school versus like just knowing the right people", "open"),
    ("so i mean what's the best way to get started in the trade", "open"),
])
def test_i_mean_then_the_question(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, stacked", [
    ("What's the team dynamic like up there? Do you always work in pairs?", False),
    ("What's the team dynamic like up there? And do you get paid overtime?", True),
])
def test_a_guess_at_what_it_is_like(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


@pytest.mark.parametrize("text, asks", [
    ("Forty electricians! Any chance you'll need more apprentices on that job once I get through the test?", True),
    ("um would your hospital have any like paid vet assistant jobs i could do on weekends", True),
    ("When I finish law school, is there a way to get on your office's radar for a position?", True),
    ("If it goes well, would your office consider me once I'm licensed?", True),
    ("Do hospitals need more techs these days?", False),
    ("Does your hospital have any jobs that nobody wants?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
