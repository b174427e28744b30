"""What sets y and z showed of the professional (first looks in bench/README.md): requests for
the organisation's own files, a colleague's pay asked "how much", a service for the user's
house, gossip about people they work with, prices and whole groups run down, questions about
another sector ("how different is it at ..."), and more of the last answer asked with "hm",
"how so" mid-turn or "tell me more about that" at the end. Rows written here."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("turn", [
    "Could you share with me one of your actual interview guides?",
    "Would you be able to send me the city's pipe network model file?",
    "If you don't mind me asking, how much does Priya earn as a lead?",
    "While I have you, could you send somebody to look at my water meter?",
    "okay but real talk have you ever had a boss who was like really mean",
    "Is it true the owner's family are absolute nightmares to work for?",
    "I have to say it though, your app is way overpriced.",
    "Kids these days can't even do long division without a phone.",
])
def test_requests_gossip_and_jibes_are_redirected(reply_to, turn):
    assert reply_to("civil_engineer", DAY, turn).kind == "redirect"


@pytest.mark.parametrize("turn", [
    "What's it like working for the city, compared to a private firm?",
    "How much does a new engineer earn here?",
    "Do you share your models with the other teams?",
])
def test_fair_questions_near_those_words_are_answered(reply_to, turn):
    assert reply_to("civil_engineer", DAY, turn).kind != "redirect"


@pytest.mark.parametrize("turn", ["How different is nursing on a cruise ship?",
                                  "Is there much nursing work going on in rural Alaska?"])
def test_another_sector_or_place_is_outside_what_they_know(reply_to, turn):
    assert reply_to("nurse", DAY, turn).kind == "unknown"


@pytest.mark.parametrize("turn", ["Hm. Can you tell me a little more about that?",
                                  "eighty percent desk hmm how so i thought it was mostly outside",
                                  "How do they pick who goes out? Tell me more about that."])
def test_more_of_the_last_answer(talk, turn):
    person = talk("civil_engineer", DAY)
    reply = person.reply(turn)
    assert (reply.kind, reply.topic) == ("elaborate", "day_to_day")


@pytest.mark.parametrize("turn", ["Is there a bursary for people retraining as nurses?",
                                  "Do hospitals sponsor visas for foreign nurses?"])
def test_the_paperwork_of_other_institutions_is_outside_what_they_know(reply_to, turn):
    assert reply_to("nurse", DAY, turn).kind == "unknown"


def test_such_a_word_in_the_users_own_story_is_not_the_question(reply_to):
    reply = reply_to("nurse", DAY, "I'd be giving up a decent union wage. What does a new nurse make?")
    assert (reply.kind, reply.topic) == ("answer", "pay")
