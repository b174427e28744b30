"""Turns of sets 914-921 (first look on 3e00b03) the scorer read wrongly: an open question or a
request to tell, then a dash and the example asked ("-- how much you use it in a normal week?"); a
choice whose other option is anyone ("... or anybody can start"); "my exact background" set beside
the answer; and the turns beside them that must keep their reading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize(("text", "kind"), [
    ("Can you tell me more about the GIS part \u2014 how much you use it in a normal week?", "open"),
    ("How does the peer support actually work \u2014 who do you talk to after a bad call?", "open"),
    ("What does a normal week look like for you \u2014 how much is diving versus sitting at a computer?", "open"),
    ("you have to be certified for this or anybody can start", "closed"),
    # ... and beside them
    ("How long is the program \u2014 two years?", "closed"),
    ("i think anybody can start or at least try", "not_a_question"),
])
def test_question_types_found_in_sets_914_921(text, kind):
    assert question_type(text) == kind


def test_my_exact_background_is_the_users_own_side():
    assert relates_own("Audio plus data is sort of my exact background.")
