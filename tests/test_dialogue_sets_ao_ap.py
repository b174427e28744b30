"""What sets ao and ap showed of the professional (first looks in bench/README.md): a named
colleague's or the whole team's pay asked in passing, the field run down as a whole ("snake
oil", "only business", "a lot of notions"), being "paid a lot to just chat", and a boss "who
sounds like a proper nightmare". Rows written here."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("name, turn", [
    ("civil_engineer", "May I ask how much Devon earns? I want to compare what I could expect."),
    ("civil_engineer", "Could you tell me what each engineer on your team earns, with the names?"),
    ("nurse", "Honestly I think hospitals are only business, they take all the money and nurses get nothing."),
    ("data_scientist", "I think this whole machine learning thing is a bubble. Half of it is snake oil."),
    ("ux_researcher", "tbh it sounds like you get paid a lot to just chat to people lol"),
    ("marketing", "can i just say your boss sounds like a proper nightmare from what you said"),
    ("teacher", "Ah sure, it all sounds like a load of jargon to me. In my day you just taught."),
])
def test_pay_gossip_and_jibes_are_redirected(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("name, turn", [
    ("nurse", "How much money does a new graduate make here?"),
    ("marketing", "Is marketing just a business degree, or do you need more?"),
    ("data_scientist", "Is AI a bubble right now, do you think?"),
    ("nurse", "People say nursing is just about the money now, is that true?"),
    ("ux_researcher", "How much time does a study take from start to finish?"),
])
def test_fair_questions_near_those_words_are_not(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind != "redirect"


@pytest.mark.parametrize("turn", [
    "sorry the line's breaking up um you did a what after that",
    "sorry uh the dog's started barking at the postman what was that about the schedule",
    "you're breaking up a bit, could you go on?",
])
def test_a_bad_line_or_an_echo_question_asks_to_hear_it_again(reply_to, turn):
    assert reply_to("teacher", DAY, turn).kind == "repeat"


@pytest.mark.parametrize("turn", [
    "Is the connection breaking up a problem when you teach online?",
    "What kind of degree did you do?",
    "My dog is barking at you, sorry! What was the hardest part of your first year?",
])
def test_questions_near_those_words_are_not_repeats(reply_to, turn):
    assert reply_to("teacher", DAY, turn).kind != "repeat"


def test_and_then_what_before_a_question_asks_for_more_of_the_story(reply_to):
    story = "you said one flooded an underpass and they closed a highway what happened with that one"
    reply = reply_to("civil_engineer", story, "wait and then what like um how did you guys finally get it under control")
    assert reply.kind == "elaborate"


def test_an_example_of_a_presentation_is_a_story_asked_for(reply_to):
    reply = reply_to("data_scientist", "How do you explain your results to people who aren't into numbers?",
                     "Can you give me an example of such a simple presentation, from a real case?")
    assert reply.kind == "example"
