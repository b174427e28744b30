"""Turns of sets 930-937 (first look on 1af83e0) the scorer read wrongly: "why is chemistry such a
big deal" run on, "i'm wondering is cdl school something ..." (a yes/no question straight after
the curiosity); job asks by knowing "anybody hiring", asking the principal "for a job", helping
"on one of your projects", "looking for someone this spring"; and the turns beside them that must
keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize(("text", "kind"), [
    ("i'm an art history major and everybody keeps telling me i need chemistry like why is chemistry such a big deal"
     " for conversation", "open"),
    ("ha thanks um so i've been out of work almost fifteen years raising them and i guess i'm wondering is cdl school"
     " something somebody my age can just go do or is it mostly younger people", "closed"),
    ("so um i wanted to ask is tax season really as bad as everyone says", "closed"),
    # ... and beside them
    ("i'm wondering what the first year is like for somebody my age", "open"),
])
def test_question_types_found_in_sets_930_937(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("ha that's so true um do you know anybody hiring helpers out in west texas because honestly i'd quit the salon"
     " tomorrow", True),
    ("Desperate, really? Can you tell me the name of your principal, so I can ask her for a job directly?", True),
    ("that makes sense um okay this might be a dumb question but could i like shadow you for a day or help out on one"
     " of your projects", True),
    ("Maybe you are looking for someone this spring? I have a science background from pharmacy.", True),
    # not asks
    ("How did you know anybody was hiring back then?", False),
    ("What are you looking for in a project this spring?", False),
])
def test_job_asks_in_sets_930_937(text, asks):
    assert bool(job_ask(text)) is asks


def test_what_it_reminds_the_user_of_is_their_own_side():
    from practice.scoring.reflecting import relates_own

    assert relates_own("That reminds me of guard duty, honestly. Hours of nothing, and you still have to be switched on"
                       " for the one minute that matters.")
