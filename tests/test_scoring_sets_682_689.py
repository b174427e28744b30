"""What turn sets 682 to 689 showed (bench/README.md): the user's own summer, told with a word
or two between "a" and "summer", is their story, not a reflection to praise."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance

PREVIOUS = ("Some people do burn out, honestly. What keeps me in is the crew. You eat together, you dig line "
            "together, you look out for each other.")


@pytest.mark.parametrize("text", [
    "that makes sense i did a trail crew summer in high school and it was kind of like that we all got super close",
    "That makes sense. I did a summer at a boarding kennel and it was kind of like that.",
])
def test_the_users_own_summer_is_not_praised(text):
    assert not score_utterance(text, previous=PREVIOUS).shown("reflection")


def test_the_crew_said_back_is_still_praised():
    score = score_utterance("So it's the crew that keeps you going, more than the work itself.", previous=PREVIOUS)
    assert score.shown("reflection")
