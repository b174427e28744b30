"""What turn sets 482 to 489 showed (first looks in bench/README.md): ten more job asks, and "Not
for a job or anything" says the ask is none; a deadline for applying or which people a name
means, checked with a tag, does not lead; a short "so you ..." after any reaction checks a fact."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text", [
    "thank you that means a lot um could you give me the name of the lady who does the hiring at your agency so i can"
    " call her about a job",
    "You must have to hire a lot of seasonal people for harvest, right? I'd be interested if you're short on hands"
    " this fall.",
    "Twenty an hour is great. When do applications open for your next season, and who should I send my clips to?",
    "Haha. Are you thinking to hire an associate planner sometime? After I finish my program in May, I would be very"
    " interested to work under you.",
    "Would you be willing to look at my photos and tell me if they're good enough to apply for the pastry cook"
    " opening you posted?",
    "twenty an hour from day one that's that's not bad at all um do you have any spots opening up i'd honestly start"
    " monday",
    "cool um do you ever have like interns on the stage or is there any chance i could shadow you for a day",
    "Got it, district partnerships. And if I went that route, would you be able to be my mentor teacher?",
    "wait so you need a whole year at a funeral home before the license is that something your place offers",
])
def test_job_asks_found_in_sets_482_489(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Could you introduce me to the woman on your crew? Not for a job or anything, I'd just love to ask her what it's"
    " been like.",
    "So you like that there is no second chance. How is it for the cooks who work under you?",
])
def test_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text", [
    "You failed the first one and now you train the new people, that gives me hope. You have to apply before"
    " thirty-one, right? I read that somewhere.",
    "The long-range planners, they are the ones doing the comprehensive plan, yes?",
])
def test_a_fact_checked_with_a_tag_does_not_lead(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", ["fifteen at once jeez um so you work rotating shifts",
                                  "eight months dang so you just kept hanging drywall that whole time"])
def test_a_short_so_you_after_any_reaction_checks_a_fact(text):
    assert find_questions(text).question_type == "closed"
