"""Turns of sets 858-905 the scorer still read as statements after their rounds: a question run on
after "that" ended what came before ("i would've totally missed that do you think you could ..."),
"how much of your time is ...", "is this something ..." after a story, and "does noah do
internships" (a name between "does" and its verb); and the runs beside them that must stay
statements."""

from __future__ import annotations

import pytest

from practice.scoring import question_type


@pytest.mark.parametrize(("text", "kind"), [
    # "that" the object of what came before, "you" the subject of the question
    ("october okay wow i would've totally missed that do you think you could look over my usajobs application before"
     " i send it in", "closed"),
    ("that that gut feeling thing you can't really teach that can you it just comes with the hours", "closed"),
    ("and uh after that would you be able to like put in a word for me at your hospital", "closed"),
    # "how much of" with a noun of two words before its verb
    ("oh coding also i didn't know marine biologist need to do so much programming how much of your time is on the"
     " computer", "closed"),
    # "is this" asked of the story before it
    ("so um i'm fifty four i ran cnc machines for twenty six years till the plant closed is this is this something"
     " somebody my age can actually get into", "closed"),
    ("the aicp um is this like an exam you take or or a course", "closed"),
    # a name between "does" and the verb asked about
    ("um and like i know this is awkward but does noah do internships because i'd love to like get in with your lab",
     "closed"),
    # ... and runs that stay statements
    ("the people that do you know are the ones who stay", "not_a_question"),
    ("what i like most is this is the part nobody sees", "not_a_question"),
    ("my mom does hair and my dad does roofing so i grew up around trades", "not_a_question"),
    ("she really does love it and he does have a point", "not_a_question"),
])
def test_run_on_questions_after_a_clause(text, kind):
    assert question_type(text) == kind
