"""What turn sets 322 to 329 showed (first looks in bench/README.md): more job asks, students
taken for observation hours and what hiring managers look for that are none, questions run on
after a verdict or a named topic, leave to ask before the question that is no second question,
and a reply that only agrees with how the user put it, which leaves no answer to switch from."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.answers import leaves_a_topic
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "okay that's fair so how would i actually go about getting on one of your crews",
    "That's good to know about the contract. Is there anyone at the grocery company I could send my application to"
    " directly once I have my license?",
    "okay client facing i will check that um and maybe you know some planners who need like a a junior or assistant i"
    " would be happy also to work for you",
    "Do you know the person who decides for the associate jobs, and can you introduce me?",
    "Being annoying in a nice way, I can do that. Would you mind if I came by your stage sometime to help out, even just"
    " to clean up?",
    "Okay, that's encouraging. Are you guys short-staffed right now? Like, would there be a spot for someone coming back"
    " in?",
    "Okay, thank you. Maybe you can tell the people at the apprenticeship about me, that I am a good worker?",
    "Would it be possible for me to come in and stage with you for a few weekends, like an unpaid trial?",
])
def test_job_asks_found_in_sets_322_329(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Does your clinic take students for observation hours, and would you be okay with me shadowing you sometime this"
    " summer?",
    "really huh okay um so in interviews what do the hiring managers on your team actually look for in a junior person",
])
def test_observation_and_what_hiring_managers_look_for_are_no_job_ask(text):
    assert not job_ask(text)


def test_clinical_rotations_stay_a_way_in():
    # two writers of three call it one; set 316's writer did not
    assert job_ask("Does your clinic take students for clinical rotations? Could I do one of mine with you?")


@pytest.mark.parametrize("text, kind", [
    ("oh that's smart so the hospital basically covered the the bachelor's part do a lot of hospitals do that",
     "closed"),
    ("huh so you set the plan and the assistants do most of the reps with them i didn't know it worked like that",
     "not_a_question"),
    ("huh i never thought about that why the grandmas", "open"),
    ("that's exactly why the grandmas love it", "not_a_question"),
    ("um going back to the the schedule thing you said you come in at six do people ever do like part time mornings",
     "closed"),
    ("okay and um how you get the clients when you have your own practice like where they come from", "open"),
    ("oh the schedule how come", "open"),
    ("four years wow that's a long time is the apprenticeship paid or do you like pay for school", "closed"),
    ("okay so so you've been in the er like eleven years now", "closed"),
    # (a short "so you ..." ending the run checks what was heard: 48 of the 51 such turns of sets
    # 1-465 the older rule left out are labelled closed, `statement_asks.SO_YOU_LAST`)
    ("so you're like a detective", "closed"),
    ("hey thanks for hopping on i'm aaliyah i finished a coding bootcamp in march and i keep seeing site reliability"
     " everywhere and i was hoping you could like explain what you actually do all day", "open"),
])
def test_questions_found_in_sets_322_329(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "Can I ask about the licensing side? How does that whole process work?",
    "Can I ask about the embalming part, though? What was that like the first time?",
    "That's a generous way to see it. Can I be honest about something? I've been out of work for three years. Would a"
    " hiring manager at a library hold that against me?",
])
def test_leave_to_ask_is_no_second_question(text):
    assert not score_utterance(text).stacked


@pytest.mark.parametrize("previous", [
    "That's exactly how I describe it to my parents, ha.",
    "That's a great way to put it. The brake. I'm stealing that.",
])
def test_agreeing_with_how_it_was_put_leaves_no_topic(previous):
    assert not leaves_a_topic(previous)
    assert not score_utterance("How do most editors get their first paid gig?", previous=previous).listening.topic_switch
