"""What turn sets 514 to 521 showed (first looks in bench/README.md): a question asked at the end of
a run in two words ("the hard way what what happened") or after "last question" in the word order of
a second language, and eight more job asks."""

from __future__ import annotations

import pytest

from practice.scoring.job_asks import job_ask
from practice.scoring.questions import question_type


@pytest.mark.parametrize("text, kind", [
    ("the hard way what what happened", "open"),
    ("thank you very very much um last question what you like the most in this job after all these years", "open"),
    # told, not asked
    ("i still don't know what happened", "not_a_question"),
    ("that's exactly what happened", "not_a_question"),
])
def test_questions_at_the_end_of_a_run(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "sixty pounds okay i'm packing a cooler um do you know any regional companies around here that are like hiring"
    " women drivers right now",
    "okay thank you so much um and do you think you could like introduce me to the person who um picks the"
    " apprentices",
    "so like since it's all about knowing someone could i maybe come shadow you for a day or like be your assistant"
    " on a project",
    "Wow, seventy hours. Maybe I should do a stage first in a restaurant, to try? Do you take people for stage at"
    " Marlow?",
    "really they look for spanish oh that's good um does your agency need bilingual people now",
    "I see. Your team, do you need junior now? I have three years of QA automation and I am learning Kubernetes.",
    "Chemistry, ugh, that was my worst subject. Would it be okay if I volunteered in your lab to get those hours?",
])
def test_job_asks_found_in_sets_514_521(text):
    assert job_ask(text)


def test_asking_whether_their_company_is_busy_is_no_job_ask():
    # "now" marks the ask; the state of their business is not one
    assert job_ask("Does your company need more people part time these days, or is it steady?") is None
