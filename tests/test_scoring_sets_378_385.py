"""What turn sets 378 to 385 showed (first looks in bench/README.md): more job asks, and asking
what they would look for "if you were hiring" is none; a second language's "what they do
exactly?" asks; "what's the path into this?" and a "what ... look like" question stay the
question when options or an example follow; users' own past and workplaces relate rather than
reflect."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Would it be possible for me to do one of those stage days with you?",
    "Thank you, this is very helpful. So in your bakery, do you have any job for a beginner now?",
    "That is good to know. If I apply for member service rep at your credit union, can you be my reference?",
    "Is there any kind of summer analyst program at your credit union I could apply to?",
])
def test_job_asks_found_in_sets_378_385(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Yoga, I love that. If you were taking on an apprentice tomorrow, what would make you say yes to someone?",
    "okay that's that's really good to hear so if you were hiring someone like me what would you want to see",
])
def test_asking_what_they_look_for_is_no_job_ask(text):
    assert not job_ask(text)


def test_a_job_ask_beside_hiring_criteria_is_still_found():
    assert job_ask("If you were hiring, what would you look for? And are you hiring right now?")


@pytest.mark.parametrize("text, kind", [
    ("And the bilingual outreach, what they do exactly?", "open"),
    ("Ha, fair enough. So what's the path into this? Do you need a PhD, or...?", "open"),
    ("What does the path look like for someone my age? Would I need a full four-year degree, or is there a faster"
     " route?", "open"),
    ("What does your work look like during the year, like how much is in the field and how much in the office?",
     "open"),
    ("How many designers are on your team? And how is the team set up, like who works on what?", "open"),
    ("How many hours a week do you usually work, like how many on weekends?", "closed"),
])
def test_questions_found_in_sets_378_385(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "man that's rough but honestly coming from kitchens that sounds kind of chill i used to close at two am",
    "yeah that would be hard for me because in my salon all the the ladies tell me their problem",
])
def test_own_past_and_workplace_relate(text):
    assert relates_own(text)
