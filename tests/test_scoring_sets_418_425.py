"""What turn sets 418 to 425 showed (first looks in bench/README.md): in a transcript with no
punctuation, the last of the questions run together types the turn; "... Or is that too much to
ask after one conversation?" checks in; "Can I go back to ...?" asks leave; "and if yes, can
you ..." is a second question; more job asks, and advice on materials or a firm in general is
none; "I always wondered ..." tells, where "I've always wondered ..." asks."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text, kind", [
    ("physical and quiet at the same time i like that um how long have you been doing it and what's the hardest part"
     " for you", "open"),
    ("of course no i understand um what's the toughest part physically and also would a bad knee rule me out", "closed"),
    # with punctuation the deciding question stays as it was
    ("How long have you been doing it? What's the hardest part for you?", "open"),
])
def test_the_last_of_a_run_types_the_turn(text, kind):
    said = score_utterance(text)
    assert said.question_type == kind
    assert said.stacked


@pytest.mark.parametrize("text", [
    "Thank you, that's kind. Would you be willing to be a reference for me when I apply for the provisional license?"
    " Or is that too much to ask after one conversation?",
    "Can I go back to the graduate program you mentioned? How hard is it to get into?",
])
def test_one_question_in_sets_418_425(text):
    assert not score_utterance(text).stacked


def test_a_favour_if_yes_is_a_second_question():
    assert score_utterance("Ten people a year is very small. Does your museum take pre-program interns, and if yes,"
                           " can I send you my CV for next summer?").stacked


@pytest.mark.parametrize("text", [
    "Okay, good to know. Does your hospital have this residency? And maybe you can tell me who I should email to apply"
    " for it?",
    "Actually, do you know if your firm hires people who are still studying for the CPA? Maybe I can be like an"
    " assistant?",
    "Shortage area, so the schools really need chemistry teachers. Your school also is looking for one now?",
    "Does your district do this? And if yes, can you send me the contact of the person who hires, so I can apply?",
    "Five women in twenty, this is good for me to hear. Your shop, do they hire people who finish the college"
    " program, maybe as helper?",
    "okay um so could you maybe introduce me to the studio you work with i'd love to get in as a mixer or whatever"
    " they need",
])
def test_job_asks_found_in_sets_418_425(text):
    assert JOB_ASK.search(clean(text).lower())
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "what do i actually need to get started like do i do i need a certificate from a school or can i just get on as a"
    " helper and learn",
    "That's super helpful. Would you be willing to look at my portfolio sometime and tell me if it's ready to send out"
    " to studios?",
    "Three years of experience, though. So I'd need a firm to take me on before I'm even certified? How do career"
    " changers usually manage that?",
    "okay that's um that's real but doable probably would you would you be open to me sending you a couple of sample"
    " edits just to get your take on them",
])
def test_no_job_ask_in_sets_418_425(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("Forty thousand miles! My dad calls a vet out for our cows, and I always wondered where she goes the rest of the"
     " time.", "not_a_question"),
    ("I was flight attendant for seven years, and I was always wondering who is the voice on the other side.",
     "not_a_question"),
    ("i see the divers come to clean the hull and i always wonder how they get that job", "open"),
    ("I retired from Boeing last year. I've always wondered what a curator's day actually looks like.", "open"),
])
def test_wondering_told_or_asked(text, kind):
    assert question_type(text) == kind
