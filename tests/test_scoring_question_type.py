"""The stable `question_type` entry point other components import."""

import pytest

from practice.scoring import question_type

CASES = [
    ("Do you like your job?", "closed"),
    ("What do you enjoy most about your job?", "open"),
    ("How many hours a week do you work?", "closed"),
    ("How long have you been at the company?", "closed"),
    ("Could you walk me through a typical day?", "open"),
    ("I'm curious what drew you to product design.", "open"),
    ("Tell me about your path into the field.", "open"),
    ("Is it more the people or the work itself?", "closed"),
    ("You enjoy the travel, right?", "closed"),
    ("That makes sense, thank you.", "not_a_question"),
    ("What I found interesting was the rotation program.", "not_a_question"),
    ("How did you get started? Does that make sense?", "open"),
    ("I'm curious.", "not_a_question"),
    ("I'd love to hear more.", "open"),
    ("I'm wondering, given all that, where you see yourself in five years.", "open"),
    ("so what do you enjoy most about your work", "open"),       # no punctuation from the recogniser
    ("do you like your job", "closed"),
    ("Hi, I'm Sam, a final-year computer science student interested in design.", "not_a_question"),
    ("Wha-wha-what do you think made you switch?", "open"),       # stutter
    ("And your manager, what does she look for in new hires?", "open"),  # lead-in before the question
    ("On a scale of 1 to 10, how confident are you about the move?", "closed"),
    ("You've been there how long?", "closed"),                    # wh-word at the end
    # not knowing something about the listener, said to them, asks it
    ("I don't know if you've tried it.", "closed"),
    ("i'm not sure whether you'd have time for a call next week", "closed"),
    ("I'm not sure if you'd tell me more about the night shifts.", "open"),
    ("I don't know if you know this, but I used to work there.", "not_a_question"),
    ("I don't know if I want to do a PhD.", "not_a_question"),
    # fillers set off by commas do not cut a question short; a lone "Did you, uh," asks nothing
    ("Do you, uh, ever take work home with you", "closed"),
    ("are you, like, on call at weekends", "closed"),
    ("Did you, uh,", "not_a_question"),
    # a negative tag ends the statement it turns into a question, full stop or not
    ("the night shift pays more than days doesn't it.", "closed"),
    ("they still hire new grads straight into the icu don't they", "closed"),
    # a free relative as the subject of "is" names the point of a statement
    ("So what matters is showing how I thought, not how pretty it looks.", "not_a_question"),
    ("what surprised me most was the paperwork", "not_a_question"),
    ("what matters most in this job", "open"),
    # a guess, then a tag said in speech: "no" or "huh" with what it was about after it
    ("wow that must be really tiring for the brain no", "closed"),
    ("that must be the hardest part of the job huh the people side", "closed"),
    ("you must have had to say no", "not_a_question"),
    # a yes/no question with its auxiliary left out: "ever" and "any" after the subject ask
    ("you ever think about quitting", "closed"),
    ("okay you guys need any help over the summer", "closed"),
    ("forty an hour that's way more than i make ha you guys need any ground guys right now", "closed"),
    ("and at the union hall you get any shift you want pretty much", "not_a_question"),
    ("Anybody ever tell you that you look like your dad", "closed"),
    ("you have a lot of patience", "not_a_question"),
    ("you know, I never thought about it that way", "not_a_question"),
    ("I don't think you ever really stop learning", "not_a_question"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_question_type(text, expected):
    assert question_type(text) == expected
