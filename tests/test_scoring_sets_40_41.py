"""What turn sets 40 and 41 showed (first looks in bench/README.md): questions that point back
with "that" or a closing "then", a hyphenated word said again, the user's own idea doubted
("or is that just my fantasy?"), a request said as a statement, options offered after a "how"
question, and job asks in which the user offers to be the help. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.stacking import stacked
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions

FAMILY_FIRM = "We're a small family firm, so I'm the embalmer, the director and the one who vacuums."
SHIFTS = "You feel like you're failing them even though it's a system problem, and nobody fixes it."
TEST = "The physical test isn't about lifting heavy, it's endurance in a fifty-pound vest."
CO_OP = "We had two bad years. We survived by selling to a cheese co-op that pays a premium."


@pytest.mark.parametrize("text, previous", [
    ("Ha, so you're basically the whole staff. What's that like day to day?", FAMILY_FIRM),
    ("that sounds really frustrating how do you keep that from following you home", SHIFTS),
    ("oh man that's heavy how do you leave that stuff at work", SHIFTS),
    ("okay noted so what should i actually be training for then", TEST),
    ("How does the co-op work? Do you own part of it?", CO_OP),
])
def test_questions_that_point_back_follow_up(text, previous):
    assert score_utterance(text, previous=previous).listening.follow_up


def test_a_hyphenated_word_said_again_is_a_detail_not_a_new_topic():
    listening = score_utterance("How does the co-op work?", previous=CO_OP).listening
    assert listening.reference and not listening.topic_switch


def test_the_users_own_idea_doubted_is_no_pointing_back():
    previous = "Sometimes, yeah. It's a different kind of good, slower, but it stays with you longer."
    text = ("How do students react to teachers who came from industry? Do they care that someone "
            "has actually run a plant, or is that just my fantasy?")
    assert not score_utterance(text, previous=previous).listening.follow_up


@pytest.mark.parametrize("text, expected", [
    ("Maybe you can tell me how you came to child welfare?", "open"),
    ("maybe you can tell me if they hire people without the degree", "closed"),
    ("You could tell they were nervous.", "not_a_question"),
])
def test_a_request_said_as_a_statement(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "How did you get certified? Did you go back to school, or do one of the alternative programs?",
    "How did you learn all the legal words? Was there a course, or you learned on the job?",
    "What kind of training do archivists need? Do most come from film studies, or from library school?",
])
def test_options_offered_after_a_how_question_are_one_question(text):
    assert question_type(text) == "open"
    assert stacked(find_questions(text)) is None


def test_options_after_another_question_stay_a_second_question():
    text = "What do you enjoy most? Do you work remote, or in the office?"
    assert stacked(find_questions(text))


@pytest.mark.parametrize("text", [
    "wow okay um i was wondering if maybe you need someone for the mornings because i can start early",
    "um is your firm sponsoring visas for people like me after the mba",
    "Okay, that's clear. Could you maybe ask your foreman if your crew ever takes on a helper?",
    "would your editor ever look at my clips if i sent them you know for a freelance thing or even a part time spot",
    "Any chance you'd let me work a few mornings here? I wouldn't even need to be paid.",
    "would your museum have any of those cataloging projects i could work on like as a paid assistant",
    "Would she maybe consider someone who's still in school, like as an assistant or something?",
])
def test_job_asks_that_offer_the_user_as_the_help(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "do you ever let pre vet students shadow like could i come in on a saturday or something",
    "Would I be able to observe at your clinic this summer?",
    "How did my work for a job like that look to you?",
    "Let me work through that for a second. What does a normal week look like?",
    "Any chance you'd have 15 minutes on the phone sometime next week?",
])
def test_asking_to_watch_or_for_their_time_is_not_a_job_ask(text):
    assert not job_ask(text)


def test_asking_to_watch_and_offering_to_work_is_one():
    assert job_ask("Is there any chance I could shadow you this summer, or volunteer here? I'd do anything.")


HULL = "Hot and cramped. Inside the hull it's heat, fumes, and a respirator. Summer in a steel hull is no joke."


@pytest.mark.parametrize("text", [
    "yeah i bet um you probably get used to the heat after a while though don't you",
    "yeah i've heard that um how do you take care of yourself with all of that",
    "yeah it was a lot um so what's it like being on the other side",
    "Yeah, I appreciate you being honest about that. How long is the apprenticeship?",
])
def test_agreeing_before_asking_on_acknowledges(text):
    assert score_utterance(text, previous=HULL).listening.acknowledgement


@pytest.mark.parametrize("text", [
    "yeah so i actually did two years at a dealership before i quit",
    "yeah um how much does a starting tech make like roughly",
])
def test_yeah_before_the_users_own_story_or_a_question_does_not(text):
    assert not score_utterance(text, previous=HULL).listening.acknowledgement


def test_a_reaction_run_on_before_the_question_points_at_nothing():
    previous = "I might take you up on that, honestly. Saturdays are always short-handed."
    text = "oh that would be wonderful thank you um one last thing what do you wish you'd known before you opened"
    assert not score_utterance(text, previous=previous).listening.follow_up


@pytest.mark.parametrize("text, previous, expected", [
    ("oh that would be great could you send me her email", "You should talk to my friend Jen. She runs the unit.", True),
    ("Would you be able to introduce me to him?", "Our chief engineer does the hiring. He likes to meet people early.", True),
    ("what about the physical side my uncle welded for thirty years and his back is shot is that common",
     "I did one summer on a pipeline job before I went union.", False),
])
def test_her_and_him_point_at_someone_they_named(text, previous, expected):
    assert score_utterance(text, previous=previous).listening.follow_up is expected
