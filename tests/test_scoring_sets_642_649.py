"""What turn sets 642 to 649 showed (bench/README.md): job asks said through the workplace or a
"no" put to them, fact checks and asides read as leading, questions lost in speech, and
speech-style reactions ("man ...", "okay four years um ...") not taken as acknowledgements."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "Two agencies, that is a lot of hours. Can you tell me, the agency you work, they are looking for new aides now?",
    "five or six years wow um is your museum have internships for pre program students like for the summer",
    "sixty an hour that's way more than i thought um would you be cool with me putting you down as like a reference",
    "I am very calm and blood does not bother me. You are not hiring now, right?",
    "i know your team's probably not hiring but if anything junior opens up would you maybe keep me in mind",
])
def test_job_asks_found_in_sets_642_649(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "I'm halfway through a math PhD. What would it take for a company to take someone like me seriously?",
    "A couple hundred in the whole country, wow. You must get tons of people asking to apprentice with you, huh?",
])
def test_not_job_asks(text):
    assert not score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "I am very calm and blood does not bother me. You are not hiring now, right?",
    "Your company gives study hours for interns also, no? Or only for full-time?",
    "One week every six, so it means five weeks normal and then one week you must be ready all the time?",
    "Speed, yes. How fast you must be in the bakery?",
    "I'm Lena, I've wanted to be a marine biologist since I was six, which I'm guessing you hear a lot. "
    "What does your work actually involve day to day?",
])
def test_checks_and_asides_do_not_lead(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "You must be in insane shape, right?",
    "I'm guessing the holidays are the worst part. What's that like?",
])
def test_guesses_still_lead(text):
    assert score_utterance(text).leading


@pytest.mark.parametrize("text, kind", [
    ("Ha, just 'walk.' What kept pulling you back if you were terrible at first?", "open"),
    ("doesn't all that driving around like stress the bees out", "closed"),
    ("uh in documentary what what part of the story is the editor deciding", "open"),
    ("oh wow so it really depends on what kind of year you get", "not_a_question"),
])
def test_question_types_from_sets_642_649(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text, previous", [
    ("man okay yeah my knees are already kind of bad from football so that's um that's something",
     "You're on your knees half the day, crawling under houses."),
    ("okay twenty five hours um could i do some of those observation hours with you",
     "Programs want twenty-five hours of observation, minimum."),
    ("okay four years um what was the hardest part of the apprenticeship for you",
     "About four years. Apprenticeship's four years in our state, then you test."),
])
def test_reactions_in_speech_acknowledge(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text, previous", [
    ("dude are there like alligators", "I dive for golf balls in the ponds on the courses."),
    ("man hours are long here right", "The first couple of years are long shifts."),
    ("four years um what was the hardest part of it",
     "About four years. Apprenticeship's four years in our state, then you test."),
])
def test_a_question_opened_on_their_words_does_not(text, previous):
    assert not score_utterance(text, previous=previous).listening.acknowledgement
