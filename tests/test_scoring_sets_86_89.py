"""What turn sets 86 to 89 showed (first looks in bench/README.md): job asks through placements,
openings, applications and a stage; "how much debt are we talking" run on after a reaction;
their worry taken as one's own. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text, asks", [
    ("Do you have any opening for a prep cook, maybe part time while I finish school?", True),
    ("Could I do my field placement here, with you as my supervisor?", True),
    ("Could your clinic take me for one of those fieldwork placements once I'm in the program?", True),
    ("In Japan we have a similar saying. Do you accept PhD students in your lab next year?", True),
    ("Your local doesn't happen to be taking applications right now, does it? I'd jump at it.", True),
    ("would it be possible to like come in and do a stage here some night", True),
    ("Would you mind if I sent you my résumé in case you need a seasonal preparer next January?", True),
    ("How did you find an opening for a new grad back then?", False),
    ("Where did you do your field placement?", False),
    ("What should I bring in case you need to see my transcripts?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, kind", [
    ("three years on top of the prereqs okay and how how much debt are we talking roughly for the doctorate", "closed"),
    ("i know how much debt we have", "not_a_question"),
])
def test_how_much_run_on(text, kind):
    assert find_questions(text).question_type == kind


@pytest.mark.parametrize("text", [
    "That's what scares me. How do people actually pay for it?",
    "yeah that's that's what scares me honestly i've got two kids so um we'd really be tightening the belt",
])
def test_their_worry_taken_up(text):
    assert acknowledgement(text, "For a guy your age with a mortgage, the first year is the real hurdle.")
