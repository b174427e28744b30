"""What turn sets 274 to 281 showed (first looks in bench/README.md): more job asks, asking
when hiring opens is advice, and questions run on in a transcript ("what's like the worst
outage", "how many exams you passed", "how i should decide"). Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "So a tryout shift is how you really decide. Could I come in and do one in your kitchen sometime?",
    "Six weeks, and maybe free. Your hospice does this also? Maybe they need someone like me now?",
    "Makes sense. Does your agency take seasonal techs from out of state?",
    "It's a lot of school for me, but I will try. Your hospice has openings for case managers right now?",
    "Is there anyone at the district you could point me to about applying for next summer's crew?",
    "Does yours still do that? I'd love to start with them if they're taking people.",
    "So the demand is built in. Would the contractor you work for take someone who graduates in May?",
    "So what you're short on isn't more divers, it's organized people who can keep the data straight. Would your"
    " group have a paid field tech spot I could apply for?",
])
def test_job_asks_found_in_sets_274_281(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "How do companies usually think about sponsorship for international students? I'm not asking you to sponsor me,"
    " I just want to plan.",
    "Good to hear. When does hiring open for next season, and how do people actually get picked?",
])
def test_when_hiring_opens_and_a_disclaimed_ask_are_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("eight hundred footsteps that's wild what's like the weirdest thing you've used to make a sound", "open"),
    ("okay one week in six that's not that bad i guess but what's like the worst outage you've had to deal with",
     "open"),
    ("how i should decide if i do masters first or go straight to phd", "open"),
    ("um the exams how many exams you passed already", "closed"),
    ("okay that's good to know um i was wondering what like the job market looks like for producers right now",
     "open"),
    # a count inside a statement asks nothing
    ("so the insurance is kind of deciding how much time you get with people not you", "not_a_question"),
    ("i don't know how many hours you work", "not_a_question"),
])
def test_questions_found_in_sets_274_281(text, kind):
    assert question_type(text) == kind
