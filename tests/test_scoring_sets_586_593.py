"""What turn sets 586 to 593 showed (first looks in bench/README.md): "who else should I talk to"
and "tell me who to email" ask for names; "do companies even care" starts a question after a
statement with no punctuation; more job asks. Also: the workplace phrases split in two modules
still read as one."""

from __future__ import annotations

import re

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_ask_openings import ABOUT_OPENINGS
from practice.scoring.job_ask_taking_on import TAKING_ON
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text, kind", [
    ("Who else would you suggest I talk to, maybe someone who switched late?", "closed"),
    ("okay thank you that's good to know who else do you think i should talk to", "closed"),
    ("How do you make those calls, and who else gets a say?", "open"),
    ("Could you give me a heads up, or tell me who to email about getting on your crew this summer?", "closed"),
    ("my last thing your company it hire new driver right now maybe you can tell me who i call", "closed"),
    ("Is there any way you could tell me when your park posts the summer openings?", "closed"),
    ("okay avid i only used premiere in school um if i learn avid this summer maybe you can recommend me"
     " for your next project as assistant", "closed"),
    ("man that's a long day um so i've been home with my kids for like eight years and i'm i'm kind of"
     " nervous about the gap do companies even care about that", "closed"),
    ("ha that's fair um i bet the freedom is the best part right just you and the open road", "closed"),
])
def test_question_types_found_in_sets_586_593(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text", [
    "what they do really matters to me",
    "i bet you did it right all the way",
])
def test_statements_stay_statements(text):
    assert score_utterance(text).question_type == "not_a_question"


@pytest.mark.parametrize("text", [
    "so um i have like a portfolio of audio stuff do you know if the network has any like production"
    " assistant openings right now",
    "Do you know if your brewery is looking for anyone on the packaging side?",
    "If some position opens in your division, maybe you can tell me? I will apply immediately.",
])
def test_job_asks_found_in_sets_586_593(text):
    assert job_ask(text)


@pytest.mark.parametrize("text, module", [
    ("is your hospital one of the ones that hires students", "openings"),
    ("would there be a spot for someone coming back in", "openings"),
    ("you know any shop near elizabeth that needs a welder", "taking_on"),
    ("do you ever take an apprentice", "taking_on"),
])
def test_each_workplace_phrase_lives_in_its_module(text, module):
    opening, taking = (bool(re.search(r"\b(?:" + p + ")", text)) for p in (ABOUT_OPENINGS, TAKING_ON))
    assert (opening, taking) == ((True, False) if module == "openings" else (False, True))
    assert job_ask(text)
