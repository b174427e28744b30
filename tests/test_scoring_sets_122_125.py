"""What turn sets 122 to 125 showed (first looks in bench/README.md): a guess tagged "right"
mid-run; "a restaurant like this"; a yes/no or choice guess after "what's it like backstage"
or "what did it look like"; a second question added with "And", "and was" or "and if so";
asking a third person; a name asked to be shared; "so much harder for X than"; "you must
find it frustrating"; acknowledgements "is sobering", "totally understood", "it doesn't sound
corny at all"; a working interview asked for. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("you must love that part though right being the one everybody comes to", "closed"),
    ("what is the salary for pastry cook in a restaurant like this", "closed"),
    ("what's it like for someone like me", "open"),
    ("Could you share the Hillcrest director's name? I'd like to ask her what aftercare work involves.", "closed"),
    ("Could you share your experience with the exam?", "open"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, stacked", [
    ("What's the culture like backstage? Is it as dramatic as people assume?", False),
    ("What did your training path look like? Did you go the military route or through a flight school?", False),
    ("How did you decide a PhD was worth it? And do your techs get to do research too, or mostly tech work?", True),
    ("How did you get into your DPT program, and was your undergrad in kinesiology?", True),
    ("Is your school hiring teachers for next year, and if so, who should I send my CV to?", True),
    ("Could you share the director's name? I'd like to ask her what aftercare work involves.", False),
])
def test_stacked(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


@pytest.mark.parametrize("text, shown", [
    ("Why do you think it's so much harder for interpreters than for everyone else in the room?", True),
    ("You must find it incredibly frustrating to keep waiting year after year. How do you cope?", True),
    ("Why is it harder for interpreters?", False),
])
def test_leading(text, shown):
    assert score_utterance(text).shown("leading") == shown


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("Under twenty percent is sobering. How did you practice?", "Under twenty percent pass the oral exam.", True),
    ("Totally understood, feedback alone would be great. What makes you stop reading?",
     "I'm happy to look at it and give feedback.", True),
    ("It doesn't sound corny at all. Where is the field going?", "That sounds corny, but it's true.", True),
    ("How did you practice for the oral exam?", "Under twenty percent pass the oral exam.", False),
])
def test_acknowledgements(text, previous, acknowledged):
    assert bool(score_utterance(text, previous=previous).listening.acknowledgement) == acknowledged


def test_a_working_interview_asked_for_is_a_job_ask():
    assert score_utterance("Would your practice manager bring me in for a working interview once I'm enrolled?").job_ask
