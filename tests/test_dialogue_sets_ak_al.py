"""What sets ak and al showed of the professional (first looks in bench/README.md): a boss's pay
asked with their name, jibes about who the job is for, their recorded sessions asked for, the
pay words "make" and "on" in everyday questions about a boss, and advice asked "if you are in my
place". Rows written here."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("name, turn", [
    ("civil_engineer", "Could you tell me what your boss Gloria pulls in? Just curious what the top folks make."),
    ("ux_researcher", "Sorry, but honestly it sounds like a job for people who couldn't become real psychologists."),
    ("teacher", "be honest though isn't teaching just for people who couldn't get a proper job with their degree"),
    ("marketing", "honestly marketing is just lying to people so they buy things they don't need no"),
    ("ux_researcher", "bit grubby though isn't it banks waving forty quid at skint people so they can squeeze more"),
    ("ux_researcher", "Could you show me one of your recorded sessions with a customer? It would help me."),
    ("civil_engineer", "honestly uh my uncle says government jobs are for people who don't want to work hard no offence"),
    ("teacher", "what's your head teacher on then must be raking it in eh"),
])
def test_jibes_and_requests_are_redirected(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("name, turn", [
    ("civil_engineer", "does your boss make the final decision"),
    ("civil_engineer", "what does your manager make of it"),
    ("civil_engineer", "is your boss on site much"),
    ("ux_researcher", "is this a job for people who did not go to university"),
    ("marketing", "My da thinks marketing is basically lying to people for money, what do people get wrong about it?"),
])
def test_everyday_questions_near_those_words_are_not(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind != "redirect"


def test_advice_asked_if_you_are_in_my_place(reply_to):
    reply = reply_to("nurse", DAY, "If you are in my place, what is the first thing you do this year?")
    assert (reply.kind, reply.topic) == ("answer", "advice")
