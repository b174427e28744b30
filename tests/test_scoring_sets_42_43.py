"""What turn sets 42 and 43 showed (first looks in bench/README.md): curiosity said with a
filler or at the end of a long introduction, a "when" clause after the question, "how so"
after their words, replies that only grant a thanks, and the opening of a call answered with
thanks and the user's own introduction. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.stacking import stacked
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text, expected", [
    ("I was hoping you could tell me what drew you to library work.", "open"),
    ("I was hoping you could tell me if they hire part-timers.", "closed"),
    ("so i just wanted to like hear how you got from zero to flying for an airline", "open"),
    ("thanks for making the time um so i'm fatima i'm a lawyer right now and i've been making board games "
     "on the side and i'd love to know how you ended up in game design", "open"),
    ("Oh no. What's that like, when something you've poured years into just dies?", "open"),
    ("What's it like, when did you start?", "closed"),
    ("wrong side how so", "open"),
])
def test_questions_in_the_users_own_words(text, expected):
    assert question_type(text) == expected


def test_options_after_a_how_question_about_someone_else_stay_a_second_question():
    text = ("How did your colleague handle that? And do you think I'd have a better chance starting "
            "at a private firm or at the state?")
    assert stacked(find_questions(text))


@pytest.mark.parametrize("previous", [
    "Of course. I wish someone had been honest with me at your age.",
    "Happy to help, and good luck with the patent bar.",
])
def test_no_topic_switch_after_a_reply_that_grants_a_thanks(previous):
    text = "Would your clinic let me volunteer on Saturdays? I need the animal hours for my applications."
    assert not score_utterance(text, previous=previous).listening.topic_switch


def test_a_topic_switch_after_a_real_answer_is_still_one():
    previous = "Sundays are sacred, no phones, and we take a proper vacation in January when it's slow."
    text = "Is your bakery hiring any part-time bakers right now? I could start next month."
    assert score_utterance(text, previous=previous).listening.topic_switch


def test_taking_up_their_advice_acknowledges():
    previous = "Helpers come through the union hall, so get signed up there first. And text me when you pass."
    assert score_utterance("I will, for sure. Thanks for being so straight with me.",
                           previous=previous).listening.acknowledgement


@pytest.mark.parametrize("previous, text", [
    ("Thanks for reaching out, Priya. I'm between the morning bake and the lunch rush, so go ahead.",
     "Thanks for squeezing me in! I'm a software engineer, and I've been baking bread on weekends."),
    ("Hi Tom, I had a patient cancel, so we have a good forty minutes.",
     "Great, thanks. Quick background: I ran a line at an auto parts plant for eighteen years."),
    ("Greg, welcome. Sorry about the smell; we're cleaning varnish off a painting.",
     "Thanks for having me. I'm Greg. I just retired after thirty-five years as an insurance adjuster."),
    ("Thanks for your service, man. What can I help with?",
     "Appreciate it. I was a combat medic for six years, and I get out in the spring."),
])
def test_answering_the_opening_with_thanks_and_an_introduction_hears_no_answer(previous, text):
    listening = score_utterance(text, previous=previous).listening
    assert not listening.acknowledgement and not listening.follow_up


def test_a_verbless_and_borrows_the_question_before_it():
    text = "What is your favorite thing about being a ranger? And the worst thing?"
    score = score_utterance(text)
    assert score.question_type == "open" and score.stacked


def test_an_example_answer_after_a_tag_is_no_second_question():
    text = "So public meetings must be the worst part of the job, right? All those people yelling about parking?"
    assert not score_utterance(text).stacked


def test_an_opening_asked_for_a_place_named_before_is_a_job_ask():
    text = "oh really i didn't know that um is there like an opening for that in your park right now"
    assert score_utterance(text).job_ask
