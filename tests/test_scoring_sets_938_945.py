"""Turns of sets 938-945 (first look on 109c288) the scorer read wrongly: "what wears people out
most" (a wh-subject before "people"), "... like this do you think i could ...", "nervous about
what's the physical side like"; job asks by an introduction "for freelance work", "your agency
would take someone", "could i maybe be assistant editor for you", "the name of the hiring person",
"your agency is taking new people", "maybe work in your lab"; and the turns beside them that must
keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize(("text", "kind"), [
    ("oh man sixty pounds is no joke what what wears people out most in this job", "open"),
    ("oh that's so sad um i i really hope someday to work on documentary like this do you think i could maybe be"
     " assistant editor for you on your next project", "closed"),
    ("love that okay the part i'm actually nervous about what's the what's the physical side like i'm forty five and"
     " i've been at a desk for twenty years", "open"),
    # ... and beside them
    ("so it's not the kids it's the caseload and all the paperwork what make people leave", "not_a_question"),
    ("i never really thought about what's the best way to do it", "not_a_question"),
])
def test_question_types_found_in_sets_938_945(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("ok could you could you introduce me to your editor like for freelance work", True),
    ("do you think your agency would take someone without the certification yet or or could you tell me who to call"
     " there", True),
    ("oh that's so sad um i i really hope someday to work on documentary like this do you think i could maybe be"
     " assistant editor for you on your next project", True),
    ("well could you could you give me the name of the hiring person at your agency and maybe tell them i'm gonna"
     " call", True),
    ("okay i will um do you do you know if your agency is taking new people i got my c and a back in like two"
     " thousand ten so i'd just have to renew it", True),
    ("So I could email you in a couple of years and maybe work in your lab?", True),
    # not asks
    ("What's it like to work in your lab day to day?", False),
    ("Who does your agency usually take on, people with experience?", False),
])
def test_job_asks_in_sets_938_945(text, asks):
    assert bool(job_ask(text)) is asks


@pytest.mark.parametrize(("text", "own"), [
    ("That actually sounds a lot like sales. Clients always wanted me to promise them a number too.", True),
    ("Honestly, that sounds a lot like wedding planning, just with the opposite emotions. That's what I did for seven"
     " years.", True),
    # the answer said back, or likened with nothing of the user's after it
    ("That sounds like you never really get a day off. How do you rest?", False),
    ("That sounds like a lot of pressure.", False),
])
def test_the_answer_likened_to_the_users_own_life(text, own):
    from practice.scoring.reflecting import relates_own

    assert relates_own(text) is own
