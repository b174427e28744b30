"""Turns of sets 922-929 (first look on f34f659) the scorer read wrongly: "if your company has an
entry-level position, you can tell me?" (a favour asked, answered yes or no), "tell me what it's
called" (a name), "How did you get started, did somebody train you?" (a guess offered at the
open question's answer); job asks by a role they "will need soon", "looking for more apprentice", "your
company maybe need groundworker now?", "could i get a summer job there", "I can apply to your
hospice"; the user's own side ("i managed restaurants for like twenty years", "sounds like my
thesis", "my guidance counselor"); and the turns beside them that must keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize(("text", "kind"), [
    ("Ha, a record, this is smart. Maybe if your company has an entry-level position, you can tell me? I would be"
     " very grateful.", "closed"),
    ("Okay, I will read everything carefully. And if your grocery company has opening for new drivers, maybe you can"
     " tell me?", "closed"),
    ("that network sounds really helpful could you tell me what it's called so i can look it up", "closed"),
    # a guess at the answer after an open question
    ("Two close calls in eleven years is honestly fewer than I expected. How did you get started, did somebody train"
     " you?", "open"),
    # ... and beside them
    ("If you were starting over today, could you tell me what you would do differently?", "open"),
    ("Could you tell me what the work is like on a normal day?", "open"),
])
def test_question_types_found_in_sets_922_929(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("Paraplanner, I never hear this word before. Does your firm have a paraplanner now, or maybe you will need one"
     " soon?", True),
    ("you have woman apprentice now so you are maybe um looking for more apprentice", True),
    ("Groundworker first, okay. And your company maybe need groundworker now? I am strong.", True),
    ("okay that makes sense does the shipyard do like summer stuff for high school kids like could i get a summer job"
     " there", True),
    ("Your hospice pays for the training? Then maybe I can apply to your hospice.", True),
    # not asks
    ("How do people usually find out when a crew will need one?", False),
    ("Could I get a job like yours without a degree?", False),
])
def test_job_asks_in_sets_922_929(text, asks):
    assert bool(job_ask(text)) is asks


@pytest.mark.parametrize("text", [
    "yeah yeah that makes sense i um i managed restaurants for like twenty years and it was the opposite",
    "ha the staring at sticky notes part sounds like my thesis",
    "That's really good to hear, because that's pretty much what my guidance counselor implied.",
])
def test_the_users_own_side_in_sets_922_929(text):
    assert relates_own(text)


def test_my_own_story_after_their_answer_is_not_praised():
    s = score_utterance("yeah yeah that makes sense i um i managed restaurants for like twenty years and it was the"
                        " opposite it was always a hundred things at once",
                        previous="Most of the job is quiet monitoring. Then once in a while everything happens at once.")
    assert not s.shown("reflection")
