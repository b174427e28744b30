"""What turn sets 506 to 513 showed (first looks in bench/README.md): "how much chemistry do you
actually use" asks a degree, where to start is asked through the question it names, four more
job asks, and the favours that lead to a job moved to a module of their own
(`job_ask_favours`)."""

from __future__ import annotations

import re

import pytest

from practice.scoring.job_ask_favours import FAVOURS
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import question_type
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text, kind", [
    ("How much chemistry do you actually use in your work?", "open"),
    ("This might be kind of a dumb question, but how much math do you actually use? Because I'm okay at it but"
     " not, like, great.", "open"),
    ("How much time do you use for prep?", "closed"),
    ("How much do you use math?", "closed"),
])
def test_how_much_of_a_subject_is_used_is_a_matter_of_degree(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Good afternoon, Carla. I'm Walter. I appreciate you giving me some of your time. Maybe we could start with"
     " what you enjoy most about teaching seventh graders?", "open"),
    ("So I'm looking into seasonal ranger work. Can I start by asking what your summer looks like?", "open"),
    ("Thanks for letting me pick your brain. Can I start with what a typical morning looks like at the bakery?",
     "open"),
    ("So I'd love to just start with how you got into electrical work in the first place.", "open"),
    # the question named decides: how long is one fact
    ("Could I start by asking how long you've been there?", "closed"),
])
def test_where_to_start_is_asked_through_the_question_it_names(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "oh okay that's good to know um does your outfit do that like would they pay for my school if i came and drove"
    " for them",
    "Got it, thanks. And if I do get in, do you get any say in where new trainees are placed? I'd love to end up at"
    " your facility.",
    "Conservation science, okay. Is there a position like that at your museum right now? Or do you know if they"
    " plan to hire one?",
    "um is your hospital one of the ones that hires students like as colonel assistants or whatever because i'd"
    " totally do overnights",
])
def test_job_asks_found_in_sets_506_513(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Could you refer me to whoever runs the program?",
    "Would you be willing to be a reference for my application?",
    "Could you mention my name to your supervisor?",
    "If I sent you my resume, could you pass it along to your recruiter?",
])
def test_favours_are_found_by_their_own_phrases_and_by_the_whole_search(text):
    low = clean(text).lower()
    assert re.search(r"\b(?:" + FAVOURS + ")", low)
    assert JOB_ASK.search(low)


def test_a_summer_the_user_did_is_their_own_story():
    assert relates_own("that sounds kind of fun honestly in a chaotic way i did a summer at a boarding kennel and we"
                       " used to eat lunch sitting on the washing machine")
