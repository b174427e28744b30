"""What turn sets 474 to 481 showed (first looks in bench/README.md): seven more job asks; "what
isn't there" asks about a negative and does not lead; "how many hives you put on one truck" asks
a fact with its subject before the verb; "the worst part right the nights" is a tag, then what it
is about."""

from __future__ import annotations

import pytest

from practice.scoring.flags import leading
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text", [
    "okay um my real question is in korea i was a nurse for three years but here i have to take the in clicks exam"
    " again do you know if your hospital hire the foreign nurse after they pass",
    "okay um does your company have like a a training program i could i could get into i'm ready to start pretty"
    " much tomorrow",
    "Okay. So maybe I can stage in your bakery some weeks? I can come any morning, even for free.",
    "under twenty percent that's that's scary um does the court have like a program for arabic because i'm"
    " interested to apply maybe to work there with you",
    "bet um you wouldn't know if your local's taking applications right now would you could you find out for me",
    "Okay, grams always, I will remember. If I bring you my CV, do you take people without culinary school?",
    "Thank you, this is very honest. Your school, do they need a chemistry teacher next year maybe?",
])
def test_job_asks_found_in_sets_474_481(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", ["wait what isn't there that should be like what",
                                  "Ha, so a year of free Saturdays turned into the head brewer job. What didn't you know"
                                  " you were getting into?"])
def test_a_wh_question_about_a_negative_does_not_lead(text):
    assert leading(text, find_questions(text)) is None


def test_a_negative_question_still_leads():
    text = "Isn't that the best part?"
    assert leading(text, find_questions(text))


@pytest.mark.parametrize("text", [
    "oh you bring the bees on truck to california every year how many how many highs you put on one truck",
    "saturday this is very good so um i can just come there or i need to apply first and how much it cost",
    "okay the master's how many years it take",
    "that's gotta be the worst part right the nights",
])
def test_facts_and_tags_said_plainly_ask(text):
    assert find_questions(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    "that's that's scary no for the money you never know how much you make this month",
    "so the important thing is not how much they know it's if they can tell the story short",
    "oh okay so the point is spotting the problems not measuring how often they happen",
    "so a quiet on call week is basically proof you did your job right the rest of the time",
])
def test_an_embedded_how_much_or_an_adverb_right_states(text):
    assert find_questions(text).question_type == "not_a_question"
