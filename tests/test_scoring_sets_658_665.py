"""What turn sets 658 to 665 showed (bench/README.md): job asks about the workplace named by
the user ("the agency you're with", "anything open right now"), hedges and guesses around the
leading flag, the user's own past praised as a reflection, and acknowledgements read from the
sentence after a question rather than before it."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance

PREVIOUS = "Around seventeen an hour here through an agency, a little more if you get private clients."


@pytest.mark.parametrize("text", [
    "Seventeen, and mileage sometimes. Which agency are you with, and do they have anything open right now?",
    "Do you know if your facility is taking new trainees this year? Maybe you can tell me who I write to.",
    "Maybe you know if your branch needs tellers right now?",
    "You maybe have a place like this in your team, for a beginner?",
    "okay i'll i'll definitely ask that um do you think the agency you're with would take someone with no "
    "experience i could do like weekends",
    "Does your agency hire people straight out of the CNA course, and would you tell them I'm coming?",
])
def test_job_asks_found_in_sets_658_665(text):
    assert score_utterance(text, previous=PREVIOUS).job_ask


@pytest.mark.parametrize("text", [
    "Amazing. What's the job market like for preparators? Are there many openings, and what do museums look for?",
    "What do agencies look for in someone with no experience?",
])
def test_not_job_asks(text):
    assert not score_utterance(text, previous=PREVIOUS).job_ask


@pytest.mark.parametrize("text, leading", [
    # a hedge before the question, not a push
    ("That's really encouraging to hear. You must get asked this all the time, but do you ever hire "
     "assistants? Or would you pass my name to the studio you work with?", False),
    ("You must get asked this constantly, but is all that school worth it for the salary at the end?", False),
    # ... unless the question after it pushes
    ("you must get asked this a lot but isn't the weather the thing that really makes or breaks a season", True),
    # the answer bet on after the question
    ("That sounds like such an adventure. What's the best part of following the bloom around like that? "
     "I bet it's the travel.", True),
    ("How much does the freedom of the open road make up for all that? I bet it's most of the appeal.", True),
    # their love of it taken for granted, then the question
    ("You must love being your own boss. Why is it so much better?", True),
    ("you must love being your own boss though after all those years in a big company why is it so much better",
     True),
])
def test_leading_in_sets_658_665(text, leading):
    assert score_utterance(text).shown("leading") == leading


@pytest.mark.parametrize("text, previous", [
    ("That sounds miserable and also kind of amazing. I went on a whale watch in Gloucester last summer and "
     "threw up before we even left the harbor.",
     "Oh, easy. A November survey, eight-foot swells, and our engine quit. We drifted for two hours."),
    ("that's so cool i i actually volunteered at a hospital last summer in the uh the discharge area and "
     "everybody there was so tired",
     "Honestly the discharge planning is where most of my day goes, calling families and nursing homes."),
])
def test_the_users_own_last_summer_is_not_praised(text, previous):
    assert not score_utterance(text, previous=previous).shown("reflection")


@pytest.mark.parametrize("text, kind", [
    ("ha no power points honestly that alone is selling me um tell me more about the crawlspaces though", "open"),
    ("your phone screams at three in the morning oh no um and how often this happen really", "closed"),
    ("When the plan falls apart, what you do first? You start again from zero?", "open"),
    ("Wait, so cold actually makes things taste less sweet. That's so cool, I never knew that.", "not_a_question"),
    ("Wait, so the otters are basically the kelp's bodyguards. That's so cool.", "not_a_question"),
    ("Wait, so testing was basically your way in. How long did it take once you started sending ideas?", "closed"),
    ("Does your agency hire people straight out of the CNA course, and would you tell them I'm coming?", "closed"),
    ("Would you tell me about your first year on the job?", "open"),
])
def test_question_types_in_sets_658_665(text, kind):
    assert score_utterance(text).question_type == kind


def test_an_exclamation_is_not_a_question_of_its_own():
    score = score_utterance("Three counties in one day, is a lot of driving! And the deposition, how is it "
                            "different from the court?")
    assert score.question_type == "open"
    assert not score.shown("stacked")


@pytest.mark.parametrize("text, previous", [
    ("cool um this is kind of a long shot but does your lab ever take like volunteer divers or undergrads",
     "A lot of universities run a course. If yours doesn't, some marine labs do summer programs."),
    ("That last part hit me. What's it like being the only person someone sees all week?",
     "One of my clients told me I'm the only person she talks to all week."),
    ("That last part really struck me. You get to be the one steady person when everyone else is falling apart.",
     "I listen. That's ninety percent of it."),
])
def test_acknowledgements_found_in_sets_658_665(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text, previous", [
    ("What's the pay like, honestly? I've heard it's not great.",
     "You do get attached. I've been to more funerals than I can count."),
    ("Isn't CPE the part where they break you down emotionally? I've heard it's brutal.",
     "You need a Master of Divinity, usually, and then four units of clinical pastoral education, CPE."),
    ("How did you make the jump from QA to design? I've heard that's really hard to do.",
     "I was in QA for six years before I moved over."),
])
def test_what_follows_a_question_is_not_an_acknowledgement(text, previous):
    assert not score_utterance(text, previous=previous).listening.acknowledgement


def test_a_reaction_after_an_echo_still_acknowledges():
    score = score_utterance("Four people for a paper this size? That's fewer than I expected.",
                            previous="We're four people on the copy desk now, for the whole paper.")
    assert score.listening.acknowledgement
