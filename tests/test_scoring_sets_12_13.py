"""What the twelfth and thirteenth interview-turn sets showed (issue 14), on rows written here.

A verdict on what was said is an acknowledgement whatever follows it; so is the answer's fact
said back and judged, and the answer asked back in surprise before a real question. A fact
said back as a statement before a question stays a reflection, not an acknowledgement.
"""

import pytest

from practice.scoring.acknowledge import acknowledgement

ANSWER = "I drive a long-haul truck, three weeks out and one home. The pay is by the mile."


@pytest.mark.parametrize("text", [
    "That's really reassuring for somebody my age. How long did it take you to get your licence?",
    "That makes me feel better about the exam, honestly.",
    "yeah that that rings true my uncle said the same",
    "What a lovely way to put it.",
    "Really? How do your kids handle it?",
])
def test_a_verdict_on_what_was_said_is_an_acknowledgement(text):
    assert acknowledgement(text, ANSWER)


@pytest.mark.parametrize("text", [
    "Three weeks out is a lot. What do you do on your week home?",
    "Three weeks on the road is a long time away. How do you stay close to your family?",
    "Paid by the mile is not what I pictured!",
])
def test_the_answers_fact_judged_is_an_acknowledgement(text):
    assert acknowledgement(text, ANSWER)


def test_the_answer_asked_back_before_a_question_is_an_acknowledgement():
    assert acknowledgement("Wait, you drive three weeks at a stretch? How does your family handle it?", ANSWER)


@pytest.mark.parametrize("text", [
    "So most of your pay depends on the miles. How do you plan the routes?",  # a reflection
    "My brother is a trucker too. What company do you drive for?",
    "What does a typical week look like for you?",
])
def test_no_acknowledgement_without_a_reaction(text):
    assert acknowledgement(text, ANSWER) is None


def test_a_contracted_that_points_back_and_a_relative_one_does_not():
    from practice.scoring import score_utterance

    answer = "Precision ag is where things are heading. Drones, variable-rate seeding, soil sensors."
    found = score_utterance("Do you think that'll squeeze out the smaller family farms?", previous=answer)
    assert not found.shown("topic_switch")
    other = score_utterance("What's the worst thing that's ever gone wrong during a harvest?",
                            previous="Exactly. A crew can tell in five minutes if you know your stuff.")
    assert other.listening.topic_switch and other.shown("topic_switch")


@pytest.mark.parametrize("text, kind", [
    # a hesitation before the question's first words is where it starts, in a raw transcript
    ("twenty planes at once i can't even imagine that um is it as stressful as the films make it look", "closed"),
    ("sorry my english is not so good um i want to ask how many patients you are caring for at one time", "closed"),
    ("so um how do you decide which patients go first", "open"),  # one question, "so um" opens it
    # a tag with a trailing afterthought, and "how low" asks a single fact
    ("nursing school would be the safer bet though don't you think like better hours", "closed"),
    ("how low can the clouds be before you cancel a flight", "closed"),
])
def test_questions_in_raw_transcripts(text, kind):
    from practice.scoring import question_type

    assert question_type(text) == kind


@pytest.mark.parametrize("text, kind", [
    # run-on questions joined by "and also", "and like", or a wh-question on any subject: the
    # last question sets the type (the label guide's rule for stacked turns)
    ("eight a day okay does that get hard on your back and also how do you calm somebody down", "open"),
    ("was culinary school worth it for you and like what do chefs look at when they hire", "open"),
    ("how many hours did you need and what was instructing actually like", "open"),
    ("do you think it keeps growing and what happens to you if the credits go away", "open"),
])
def test_the_last_of_two_run_on_questions_sets_the_type(text, kind):
    from practice.scoring import question_type

    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "Oof. I've climbed a few of those ladders myself.",
    "oh that'd be gutting so how do you pick yourself back up",
    "ew that's so gross i love it",
    "Oh gosh. That must keep you up at night.",
    "oh dang okay um what do you wish you knew before you started",
])
def test_an_interjection_that_opens_the_turn_is_an_acknowledgement(text):
    assert acknowledgement(text, ANSWER)


def test_a_bare_oh_before_a_question_is_not_one():
    assert acknowledgement("Oh, how long does the training take?", ANSWER) is None
