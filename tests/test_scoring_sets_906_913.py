"""Turns of sets 906-913 (first look on c6a2689) the scorer read wrongly: "last thing could i ...",
"what kind of forms people ask", "tell me honestly if ...", "what else they don't tell you", an open
question with "-- or was it ..." offered as the other answer, a clause begun again after "uh"; job
asks by being called when they hire, asking the boss about me, taking a chance on someone like me,
being told of an opening, a shop hiring straight out of a program; the user's own side set beside
the answer (the store, selling cars, the army, caring for Dad, their background) praised as a
reflection; and the turns beside them that must keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize(("text", "kind"), [
    ("not complaining at hour fourteen i can work on that ha okay last thing could i um could i send you my"
     " application so you can look it over", "closed"),
    ("oh forms also in korea we don't do this in the library what kind of what kind of forms people ask", "open"),
    ("Could I send you a couple of my episodes? And would you tell me honestly if they'd hold up at a station?",
     "closed"),
    ("so the so the recruiters they don't tell you about this part what else they don't tell you", "open"),
    ("My parents really want me to go to college, and I'm kind of torn. How did you decide between college and a"
     " trade \u2014 or was it never really a question for you?", "open"),
    ("um how how do you learn to like stay calm when it's uh when someone is like dying in front of you", "open"),
    # ... and beside them
    ("the last thing i could do was quit", "not_a_question"),
    ("i don't know what else they want from me", "not_a_question"),
    ("Could you tell me honestly what a normal day looks like?", "open"),
    ("What do you prefer, the startup or the agency?", "closed"),
])
def test_question_types_found_in_sets_906_913(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("a hundred times ha i'm in could i send you my info like my phone number and stuff so you can call me when"
     " you hire", True),
    ("okay that's good to hear um do you think a part time spot like that on the canning line might open up would"
     " you ask your boss about me", True),
    ("Six years, okay. If you were hiring an assistant for your next project, would you take a chance on someone"
     " like me with no film experience?", True),
    ("Thank you so much. And the staff positions in your county, when there is an opening, you can tell me?", True),
    ("do you think um would would your shop hire somebody straight out of a program like that like if i did the"
     " nine months", True),
    # not asks
    ("Can I ask something about me? I'm forty-four and looking at an accelerated BSN.", False),
    ("How did you get someone to take a chance on you back then?", False),
    ("Do shops usually hire people straight out of school, or do they want experience?", False),
])
def test_job_asks_in_sets_906_913(text, asks):
    assert bool(job_ask(text)) is asks


@pytest.mark.parametrize("text", [
    "that's like that's basically how i train the puppies at the store just way bigger and scarier",
    "i sell cars right now and it's like the total opposite everybody's pretending all day long",
    "man that sounds like the army honestly like when everything goes sideways on the net",
    "Thank you. That's exactly what I loved about caring for Dad, knowing all his little routines.",
    "Event planning! That's my whole background.",
])
def test_the_users_own_side_is_no_saying_back(text):
    assert relates_own(text)


def test_the_users_own_side_is_not_praised_as_a_reflection():
    s = score_utterance("i sell cars right now and it's like the total opposite everybody's pretending all day long",
                        previous="It is. But it's also the most honest work I've ever done. Nobody's pretending at the end.")
    assert not s.shown("reflection")


def test_saying_their_point_back_about_my_background_still_counts():
    assert not relates_own("I see, so my background is not a wall, it can be a door.")
