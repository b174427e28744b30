"""What turn sets 426 to 433 showed (first looks in bench/README.md): more job asks, and a
school essay looked over is advice; advice asked with the ways forward offered is still open;
"Is a bachelor's enough?" after the degree asked guesses its answer; "and also how'd you ..."
asks again."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "okay that's actually really encouraging um would would you be okay if i if i reached out to your manager when"
    " i'm done with school like to see if there's openings in the er",
    "um could you maybe like let me know if your unit is doing the new grad residency this year and who i'd apply"
    " through",
    "okay real question do you think a bootcamp is enough to get into sre and also um do you know if your team ever"
    " takes juniors",
    "Could you connect me with someone in your facility's hiring office about the veterans' track?",
    "Only a handful! So if I pass the exam, you can help me to get work in your court?",
    "okay um i don't want to be weird about it but are you guys looking for another one",
])
def test_job_asks_found_in_sets_426_433(text):
    assert JOB_ASK.search(clean(text).lower())
    assert job_ask(text)


def test_a_school_essay_looked_over_is_advice():
    assert not job_ask("wow forty percent would you be willing to look over my nursing school essay before i send it"
                       " in")


@pytest.mark.parametrize("text", [
    "What would you tell a kid coming out of high school: do a trade school program first, or try to get straight"
    " into an apprenticeship like you did?",
    "Smart. What's the best way to get certified as a pipe welder, trade school or a union apprenticeship?",
    "What would you recommend: should I go for the master's directly, or first take some courses?",
])
def test_advice_with_the_ways_offered_is_open(text):
    assert question_type(text) == "open"


def test_a_pick_between_options_stays_closed():
    assert question_type("Which would you learn first if you were me, Lua or Unreal's Blueprints?") == "closed"


def test_the_requirement_guessed_is_one_question():
    said = score_utterance("That's so cool. What kind of degree do you need to do research like that? Is a bachelor's"
                           " enough?")
    assert not said.stacked
    assert said.question_type == "open"


def test_a_contracted_did_after_and_also_asks_again():
    assert score_utterance("um can i ask what skills you think matter most for a producer like beyond just the"
                           " editing and also how'd you get your first job in radio").stacked
