"""What sets ak to am showed of the professional (first looks in bench/README.md): a boss's pay
asked with their name, jibes about who the job is for, their recorded sessions asked for, the
pay words "make" and "on" in everyday questions about a boss, advice asked "if you are in my
place", favours from their office and what their suppliers charge, people like the user to
ask, and "when you say X, how do you mean". Rows written here."""

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
    ("civil_engineer", "ok this is random but since you work for the city could you get my parking ticket cancelled lol"),
    ("civil_engineer", "When the city gives out surveying contracts, could you tell me what the other companies bid last time?"),
    ("marketing", "Would you mind telling me what your agency charges you? Our history society is thinking of hiring one."),
    ("teacher", "By the way, do you know if the council tax is going up again in April? My bill is crazy."),
    ("ux_researcher", "Honestly your app logo looks like a kids' game, who approved that?"),
])
def test_jibes_and_requests_are_redirected(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("name, turn", [
    ("civil_engineer", "does your boss make the final decision"),
    ("civil_engineer", "what does your manager make of it"),
    ("civil_engineer", "is your boss on site much"),
    ("ux_researcher", "is this a job for people who did not go to university"),
    ("marketing", "My da thinks marketing is basically lying to people for money, what do people get wrong about it?"),
    ("marketing", "how do you choose an agency"),
    ("ux_researcher", "how do you test an app with kids"),
])
def test_everyday_questions_near_those_words_are_not(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind != "redirect"


def test_advice_asked_if_you_are_in_my_place(reply_to):
    reply = reply_to("nurse", DAY, "If you are in my place, what is the first thing you do this year?")
    assert (reply.kind, reply.topic) == ("answer", "advice")


@pytest.mark.parametrize("name, turn", [
    ("nurse", "Do you know other nurses who came from another country and work in Columbus now? I'd love to hear "
              "their story."),
    ("civil_engineer", "um do you know anybody who's in civil engineering at a college right now like a student i "
                       "could ask about the classes"),
])
def test_people_like_the_user_to_ask_are_a_referral(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "referral"


def test_when_you_say_how_do_you_mean_asks_for_more_of_the_last_answer(reply_to):
    reply = reply_to("marketing", "What's the most stressful part?", "when you say every mistake is public how do you mean")
    assert (reply.kind, reply.topic) == ("elaborate", "stress")
    # a term of theirs is still explained
    assert reply_to("nurse", DAY, "when you say huddle what do you mean").kind == "clarify"
