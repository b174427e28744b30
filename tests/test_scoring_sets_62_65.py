"""What turn sets 62 to 65 showed (first looks in bench/README.md): options offered to a "how"
question, a list of options after an open one, "how come" and "where does the time go",
curiosity said as "what I really want to know is", pseudo-clefts set against what they are
not, "maybe you know if", job asks through volunteering, a recruiter or a position to work
in, and pushes asked as questions of their own. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, expected", [
    # options after "how" are examples of the way it went; after "which", a pick
    ("How did you learn the trade, trade school or on the job?", "open"),
    ("How do you plan the week, on paper or with an app?", "open"),
    ("Which do you like better, nights or days?", "closed"),
    ("How many years did it take, three or four?", "closed"),
    # "how come" after a reaction, unpunctuated
    ("only two inspectors for the whole city how come there's so few", "open"),
    # what takes up the time is an account; where someone went is a fact
    ("Where does most of your week go?", "open"),
    ("Where did you go to school?", "closed"),
    # curiosity named, then the question
    ("I guess what I really want to know is how the union would see someone my age.", "open"),
    ("i guess what i'm curious about is like what a planner actually does all day", "open"),
    ("ok i have to know what's the strangest call you've ever taken", "open"),
    ("i know what's the hardest part", "not_a_question"),
    # a pseudo-cleft set against what it is not: a statement
    ("So what got you through wasn't luck, it was a year of practice every night.", "not_a_question"),
    ("So what really keeps you there isn't the pay, it's the people.", "not_a_question"),
    ("What really keeps you going?", "open"),
    # after a hesitation, "is" with a noun and a word that asks
    ("oh wow 400 um is is tax season really as brutal as my professors make it sound", "closed"),
    ("my favourite part um is being outside really", "not_a_question"),
    # the tool named is one fact
    ("um what engine do you guys use", "closed"),
    ("What software does your team use?", "closed"),
    ("How do you pick the tools for a new project?", "open"),
    # what they might know, asked
    ("then um maybe you know if there is any opening in your archive", "closed"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text, stacked", [
    # a verbless list of options offers answers; "something else" ends the list
    ("What's the best part of it for you? The pay, the hours, something else?", False),
    # a guess at how it went narrows the open question
    ("How did you pick up the coding side? Was that part of your degree?", False),
    # "and do a ..." goes on with the verb
    ("would you ever let me come in and do a trial shift at your place", False),
    ("What do you do all day and do a lot of people burn out?", True),
])
def test_stacked(text, stacked):
    assert score_utterance(text).shown("stacked") == stacked


def test_something_else_alone_still_invites_more():
    assert question_type("Something else?") == "open"


@pytest.mark.parametrize("text, asks", [
    ("If the firms need people, maybe your firm has a position where I can work while I study?", True),
    ("Could you give me your recruiter's name and let them know I'm coming from you?", True),
    ("i was wondering um if your clinic takes any high school volunteers", True),
    ("Is your station looking for archive volunteers right now?", True),
    ("oh um maybe i could help there like an assistant while i am studying is that possible", True),
    ("How does the park use its volunteers?", False),
    ("Do the volunteers get any training?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, leads", [
    # a push asked as a question of its own, before the open one
    ("Wouldn't it be fairer if those programs paid a real wage? How do you handle it with your crew?", True),
    ("That has to mess with your sleep, right? And how do you decompress after a bad night?", True),
    # a verdict the question takes for granted
    ("Why are bootcamps so useless compared to a real project?", True),
    ("Why is it so hard to get the managers to act on findings?", False),
    ("Why wouldn't you push it on anyone? And how do you feel about your kids taking it over?", False),
    # the user's guess beside the question
    ("Surely sensors will replace most of the inspection soon. How do you see the work changing?", True),
    ("Tell me what it's like to open a bridge you designed. That has to be the most rewarding feeling.", True),
    # what is needed, checked with a second language's "yes?"
    ("To work as engineer here, I need the PE license, yes? And how long it takes usually?", False),
    ("Hours like that must be impossible with a family, no?", True),
])
def test_leading(text, leads):
    # the push the rules find; whether it is shown is `pushing`'s model's call
    assert score_utterance(text).leading == leads


@pytest.mark.parametrize("text, previous", [
    ("I'm really glad you have that support. Switching gears a bit, what does the pay look like?",
     "Compassion fatigue is real. I see a therapist, and I rotate off the heavy shifts every few months."),
    ("yeah definitely i will and um would you maybe be willing to put in a word for me",
     "If you want, email me after your next clinical rotation and tell me how it went."),
])
def test_acknowledgements_of_sets_62_to_65(text, previous):
    listening = score_utterance(text, previous=previous).listening
    assert listening.acknowledgement and not listening.topic_switch


@pytest.mark.parametrize("text, previous", [
    # thanks for the meeting, then who the user is: it hears no answer
    ("Thank you for your time. I was a building architect in Aleppo for twelve years. How did you get into parks?",
     "We do parks, school grounds, and a lot of stormwater projects now."),
    ("oh thank you i know you're busy um i'm sofia i'm a paralegal at an insurance firm",
     "I've been a public defender here for nine years."),
    ("Good afternoon, and thank you. I am a civil engineer from Lagos. Please, how did you start?",
     "Hello Chinedu, good to meet you. Where would you like to start?"),
    ("great thanks so i'm greg i was in it management for twenty two years",
     "I've got a little time before my site visit. What did you want to know?"),
])
def test_thanks_for_the_meeting_is_no_acknowledgement(text, previous):
    assert not score_utterance(text, previous=previous).listening.acknowledgement


def test_thanks_for_the_meeting_still_lets_the_question_follow_up():
    from practice.scoring.opening import introduces_self, thanks_for_the_meeting

    text = "Thank you for your time. I was a building architect in Aleppo for twelve years."
    previous = "We do parks, school grounds, and a lot of stormwater projects now."
    assert thanks_for_the_meeting(text) and not introduces_self(text, previous)


def test_thanks_with_a_reaction_is_still_an_acknowledgement():
    text = "Thanks, Captain, I really appreciate it. Sixteen years is quite a career. I'm Dale, a mechanic."
    assert score_utterance(text, previous="I've been with the department for sixteen years.").listening.acknowledgement


@pytest.mark.parametrize("previous", [
    "Welcome to Station 9. Grab a chair; we'll see how long we get before a call comes in.",
    "Sure, come on back, just don't touch the sheet trays. I'm the pastry chef here.",
    "Thanks for coming by before service. We've got about twenty minutes before the prep crew gets loud.",
])
def test_an_invitation_to_come_in_opens_the_conversation(previous):
    from practice.scoring.opening import introduces_self

    text = "Thanks, I appreciate it. I'm Marcus, I just got out of the Army. What does a shift look like?"
    assert introduces_self(text, previous)
    assert not score_utterance(text, previous=previous).listening.topic_switch


@pytest.mark.parametrize("text, expected", [
    # two ways it might be, in a statement's word order, unpunctuated
    ("the assistants they are paid okay or it's like minimum wage", "closed"),
    ("and the ordering and payroll you do it yourself or you have somebody", "closed"),
    ("you turn down the small jobs because they pay less or you just don't have the time", "closed"),
    ("i see so the real money it comes later when you are the boss or you have your own bakery okay",
     "not_a_question"),
    # a second language's "yes" said after a statement
    ("so mostly you learn it on the job and not from the hotel school yes", "closed"),
    ("i think so yes", "not_a_question"),
])
def test_statement_word_order_questions(text, expected):
    assert question_type(text) == expected


def test_a_yes_checking_a_fact_is_not_leading():
    s = score_utterance("okay so you start at the desk at nineteen and now you learn it on the job and not at school yes")
    assert s.question_type == "closed" and not s.shown("leading")
