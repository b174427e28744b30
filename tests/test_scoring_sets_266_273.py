"""What turn sets 266 to 273 showed (first looks in bench/README.md): more ways of asking for a
place on their team, advice about applying anywhere is no job ask, and "what you think about
this" asks their view in a second language's word order. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "um do you know if your school need the science teacher next year because i need the place for student teaching",
    "Okay, well, consider this my first call - any chance you'll be taking on an apprentice this fall?",
    "Always drowning - so maybe you need one more person? I could do a volunteer case study for your team.",
    "um my last thing uh your company it hire new driver right now maybe you can tell me who i call",
    "Your agency is one of them that pay? Because if yes, I want to apply there.",
    "could you maybe introduce me to whoever coordinates the interpreters at your courthouse",
    "And if your grocery company has opening for new drivers, maybe you can tell me?",
    "Is your agency the kind of place that would hire someone my age, and how would I even get started?",
    "Would you listen to a sample, and if it's decent, pass it along to whoever hires freelancers at your station?",
    "does your district give credit for industry years and are they short on chem teachers right now",
    "so maybe there is a opening coming could you tell me when you post the next job",
])
def test_job_asks_found_in_sets_266_273(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "okay good um so for someone like me who's still in school what should i be doing now to be a strong applicant"
    " for a crew next summer",
    "Would you be willing to look over my personal statement before I submit it to programs?",
    "Oh, that's such an interesting answer. What's the job market like right now? Are there openings out there?",
])
def test_advice_about_applying_anywhere_is_no_job_ask(text):
    assert not job_ask(text)


def test_openings_on_their_team_still_are():
    assert job_ask("Are there any openings on your team?")


@pytest.mark.parametrize("text, kind", [
    ("for free wow okay but i hear sometime these company contract is not so good what you think about this", "open"),
    ("it depends on what you think about it", "not_a_question"),
    ("i don't care what you think", "not_a_question"),
])
def test_what_you_think_at_the_end_asks_their_view(text, kind):
    assert question_type(text) == kind
