"""What turn sets 38 and 39 showed (first looks in bench/README.md): questions run on in speech
after a reaction or a plain statement, two questions joined by "and" after a reaction, "tell
me if ..." asking for a yes or no, and job asks made through a spot or an opening. Rows
written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask

PREVIOUS = "The first couple of years are long shifts, and the crew is close. You learn fast."


@pytest.mark.parametrize("text, expected", [
    ("i'm sixty one and just retired so be honest with me would anyone even hire someone my age", "closed"),
    ("i've been a clerk forever but i garden a lot could somebody like me get licensed", "closed"),
    ("okay show the process got it do you think a bootcamp would help", "closed"),
    ("that's cool switching gears a little what's crunch like at your studio", "open"),
    ("ninety jobs okay wow and the nonprofit studies were those unpaid then", "closed"),
])
def test_question_run_on_in_speech(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "yeah in retail the worst thing that happens is somebody yells at you about a return",
    "i think it would be hard for anyone",
])
def test_statements_with_someone_stay_statements(text):
    assert question_type(text) == "not_a_question"


def test_two_questions_after_a_reaction_are_stacked():
    text = ("ha okay fair enough so what helped you most with the crew when you started "
            "and what do you still find hard about it")
    assert score_utterance(text, previous=PREVIOUS).stacked


@pytest.mark.parametrize("text, expected", [
    ("Could you tell me if the conservancy has any openings?", "closed"),
    ("Could you tell me whether you need a degree?", "closed"),
    ("Could you tell me how many people are on your crew?", "closed"),
    ("Can you tell me what a typical day looks like?", "open"),
    ("Could you tell me how you got started?", "open"),
    ("Can you tell me a bit about your day?", "open"),
])
def test_tell_me_if_asks_for_yes_or_no(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "i turn sixteen in march so could you help me get a spot in one of those at your park",
    "would you maybe help me find a job at your company",
    "could you maybe tell me if the conservancy here has any opening now",
])
def test_job_asks_through_a_spot_or_an_opening(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "what would help me get a job in this field",
    "could you help me get started with the reading",
    "has any opening surprised you in your career",
    "How does the hiring work in Glasgow? How do I apply for a post in a school?",
])
def test_advice_is_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, previous", [
    ("man that's rough so how do you get your trainees ready for that part", PREVIOUS),
    ("yeah exactly um what does the schooling look like now", "Oh, so you've been on the other side of it."),
    ("Man. I thought ruck marches were bad.", "Sixteen-hour days, fourteen days on."),
    ("Oh, you also changed careers! What made you leave the lab?", "Before that I was a lab tech."),
])
def test_reactions_are_acknowledgements(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text, previous", [
    ("Yes! I've managed a clothing store for twenty years.", "Are you thinking about a change?"),
    ("i drive a truck myself so how do you get ready for winter", PREVIOUS),
    ("man hours are long here right", PREVIOUS),
])
def test_answers_and_own_stories_are_not(text, previous):
    assert not score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text, previous", [
    ("Does your unit ever take student nurse externs over the summer? I'd love to apply.",
     "Ha, that's the five a.m. wall. It gets easier once your body adjusts, mostly."),
    ("Is your office hiring seasonal techs this summer?",
     "We count fish at the weir every morning and tag the big ones before the rain comes."),
])
def test_a_job_ask_after_an_answer_about_something_else_switches_topic(text, previous):
    assert score_utterance(text, previous=previous).shown("topic_switch")


@pytest.mark.parametrize("text, previous", [
    ("Would you consider taking me on? I've been teaching myself for a year.",
     "I've been solo for six years, but I'm thinking about finally taking on an apprentice."),
    ("Would a farm like yours sponsor a visa for a herd manager role? I can send you my CV.",
     "Honestly, the hardest thing for us is finding people who understand the animals."),
])
def test_a_job_ask_after_talk_of_hiring_is_not_shown_as_a_switch(text, previous):
    assert not score_utterance(text, previous=previous).shown("topic_switch")


def test_no_switch_after_an_invitation_to_ask_on():
    previous = "Exactly. Anyway, I've got to be back on the pass in ten minutes, so fire away if there's anything else."
    assert not score_utterance("What's the pay like for a line cook?", previous=previous).listening.topic_switch
