"""What a question points at: the answer before it, or something of the user's own.

A pronoun is evidence of a follow-up only when it can stand for something the professional
said: "it" after a noun the user just named ("What was the apprenticeship like when you went
through it?"), an "it" standing for a clause ("Is it true ...", "How long did it take?") and
"this" for the career ("if I want to do this") point at nothing of the answer. A guess
offered for confirmation ("That must have been scary, wasn't it?") mostly builds on the answer.
"""

import pytest

from practice.scoring import score_utterance
from practice.scoring.pointing import points_back
from practice.scoring.questions import find_questions

ANSWER = "Most of my week is site visits. I check the scaffolding, sign off the pours, and argue with suppliers."


@pytest.mark.parametrize("text", [
    "What was the surveying course like when you went through it?",
    "How did you get into structural engineering? Did you study it at university?",
    "How do people get into quantity surveying? Is there a diploma for it?",
    "okay um what classes should i take next year if i want to do this",
    "Do you need a chartered licence for this, or can you learn on the job?",
    # what the user heard elsewhere, asked about
    "Do engineers get paid well? I heard graduates start quite low, is that true?",
])
def test_a_pronoun_for_the_users_own_words_is_no_follow_up(text):
    assert not score_utterance(text, previous=ANSWER).listening.follow_up


@pytest.mark.parametrize("text", [
    "Do you enjoy it?",
    "What do you like most about it?",
    "Did the suppliers ever make you pay for it?",
])
def test_a_pronoun_for_the_answer_is_a_follow_up(text):
    assert score_utterance(text, previous=ANSWER).listening.follow_up


@pytest.mark.parametrize("text, pointing", [
    ("Is it hard on your family?", True),
    ("Doesn't that wear you down?", True),
    ("Is it true that the trade is dying?", False),
    ("How realistic is it to start at fifty?", False),
    ("How long did it take you to qualify?", False),
    ("Is it hard to be accepted on a crew?", False),
    ("How do people get into line work? Is there a school for it?", False),
    ("Is it really?", True),  # a turn that ends on "it really" (it crashed the scorer)
    ("does it even", True),
])
def test_points_back(text, pointing):
    assert points_back(find_questions(text).questions) is pointing


def test_a_guess_about_the_answer_follows_it_up():
    answer = "I spent two years in a production shop building face frames before I went out on my own."
    heard = score_utterance("It must have been scary to leave a steady paycheck, wasn't it?", previous=answer).listening
    assert heard.follow_up and not heard.topic_switch
    assert "guess" in heard.evidence["follow_up"]


def test_a_guess_far_from_the_answer_is_no_follow_up():
    answer = "I spent two years in a production shop building face frames before I went out on my own."
    # far below the bar on any CPU ("You must get summers totally off" read 0.150 on one
    # machine's int8 kernels and 0.149 on another's, with the bar at 0.15)
    assert not score_utterance("You must get asked about taxes a lot, right?", previous=answer).listening.follow_up


def test_a_job_ask_after_an_answer_about_a_way_in_builds_on_it():
    """Since the weighing (`practice.scoring.weighing`): 8 of the 9 labelled job asks worded as
    a guess after an answer about a way in are follow-ups (69% of the 221 job asks after such
    an answer). It is still a job ask, and no topic switch is shown."""
    answer = "We usually bring on two trainees a year from the college programme."
    s = score_utterance("You'd take me on as your apprentice next year, wouldn't you?", previous=answer)
    assert s.job_ask and s.listening.follow_up and not s.shown("topic_switch")

def test_a_possessive_still_points_at_the_answer():
    answer = "The company paid for my licence, and in return you owe them a year."
    heard = score_utterance("What happens if you quit before the year's up?", previous=answer).listening
    assert heard.follow_up and not heard.topic_switch


def test_a_number_of_theirs_said_again_is_a_detail():
    answer = "I drive the 14 line, which goes through downtown and the hospital district."
    heard = score_utterance("What's one day on the 14 you'll never forget?", previous=answer).listening
    assert heard.reference and not heard.topic_switch
