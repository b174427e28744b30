"""What turn sets 242 to 249 showed (first looks in bench/README.md): a tag that checks what
they did or what is needed is not leading; "ER" is the emergency room, not a hesitation; more
ways of asking for a place on their team, and questions asked after "good to hear", "wait",
"kind of hoping to ask if" and "can you like". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean, words


@pytest.mark.parametrize("text", [
    # what they did or are
    "You passed the board exam on your first try, right?",
    "And you're a master electrician now, right?",
    "You started out washing dishes too, right?",
    # what is needed
    "Here you need a bachelor's degree first, right?",
    "Realistically, though, I'd need a teaching license, right?",
])
def test_a_tag_that_checks_a_fact_about_them_or_a_need_is_not_leading(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "You guys must get a lot of time off in winter, right?",
    "You basically never get a weekend, right?",
    "You'd agree the paperwork is the worst part, right?",
    "You were stressed out all the time, right?",
    "With jobs that scarce, I imagine you pretty much need a PhD to compete, right?",
])
def test_a_tag_on_a_guess_about_them_still_leads(text):
    assert score_utterance(text).leading


def test_er_in_capitals_is_a_word_and_er_in_speech_a_hesitation():
    assert "er" in words("Does your ER take nursing students?")
    assert "ER" in clean("Does your ER take nursing students?")
    assert words("er what do you do") == ["what", "do", "you", "do"]
    assert clean("Er, what do you do?") == "what do you do?"


@pytest.mark.parametrize("text", [
    "Thanks, that helps. Does your ER take nursing students for preceptorships?",
    "Thank you. With my degree from Vietnam, can I work as a para first? And is your school looking for paras now?",
    "Your school needs a chemistry teacher next year, maybe?",
    "your shop need helper maybe i can come show you my weld",
    "could i maybe like come in on a saturday and help out or something",
    "yes yes um if i apply can i write your name as a reverence",  # Whisper's "reference"
    "Could you maybe write a reference letter for me, for the interview?",
    "Oh, that's not what I expected. Then could I work a season with you guys next spring? And what would that look like?",
    "If a kid like me wanted to apprentice with you, would you be open to that?",
    "can you maybe give my number to your agent if they need a somali speaker",
    "Would I be able to stage here with you sometime?",
    "Could I do that apprenticeship here with you?",
    "Are any of those associate positions open at this branch right now?",
])
def test_more_ways_of_asking_for_a_place(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "by their forties so i'm forty four is that crazy to start now like would anybody even hire me",
    "Who would you suggest I talk to about getting on a seasonal crew next summer?",
    "This might be a dumb question, but what do you look for when you're hiring interns?",
    "How did you get on your first crew?",
    "Would you be willing to let me sit in and watch during a busy shift sometime?",
])
def test_advice_worry_and_their_own_story_are_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("yeah i was home with my two for five years so that's really good to hear is the program hard to get into",
     "closed"),
    ("wait why", "open"),
    ("oh wait how", "open"),
    ("wait what's construction administration", "closed"),  # (kept closed now "wait" is a marker)
    ("um i'm gonna be honest i was kind of hoping to ask if you had any spots open on your crew", "closed"),
    ("okay so um can you like walk me through a shift like from when you clock in", "open"),
    # example answers offered after an open question: the open one is answered
    ("Sixteen years! So what is a normal day in the station? Is it many fires?", "open"),
    ("How is the relation with the developers? Is more friendly or more fight?", "open"),
    ("What do you look at when you hire somebody? Is the certification important, or more the experience?",
     "open"),
])
def test_questions_found_in_sets_242_249(text, kind):
    assert question_type(text) == kind


def test_a_second_yes_no_question_joined_on_still_decides():
    # said straight after the open one, it narrows it and the open one decides (sets 1-633: 462
    # of 510 such turns labelled open; `continuing.said_straight_after`); joined on with "And" it is its own
    assert question_type("What do you enjoy most? Do you work weekends?") == "open"
    assert question_type("What do you enjoy most? And do you work weekends?") == "closed"


@pytest.mark.parametrize("text, previous", [
    ("man that's a lot of pressure um what's it like walking up to a house like that",
     "You knock and the whole family is waiting."),
    ("I never would have thought about the power company. How do you handle the sad days?",
     "We call the power company first."),
])
def test_reactions_found_in_sets_242_249(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement
