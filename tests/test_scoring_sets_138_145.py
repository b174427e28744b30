"""What turn sets 138 to 145 showed (first looks in bench/README.md): paraphrases the
interview weighing reads between 0.55 and 0.7 are praised now that the reflection bar is 0.55,
and a verdict on a fact said back is still not. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import praise, score_utterance
from practice.scoring.confidence import bar

WELDER = ("That's the hard part. My wife and I made a deal: I do a big pipeline job, then I take local "
          "shop work for a while. Not every welder travels, though; shop and structural jobs keep you home.")
PILOT = ("Close to ninety thousand, with the ratings and the instructor certificate. I paid some of it back "
         "by working as a flight instructor, which is how most of us build hours.")
CAMP = "My first posting was six weeks at a remote camp, and I missed two of my kids' birthdays."


@pytest.mark.parametrize("text, previous", [
    ("So travel is not required - I could choose shop work and stay near my family.", WELDER),
    ("oof ninety thousand okay um so instructing is kind of how you earn back the money and the hours "
     "at the same time", PILOT),
])
def test_a_paraphrase_the_weighing_is_fairly_sure_of_is_praised(text, previous):
    s = score_utterance(text, previous=previous)
    assert s.shown("reflection"), s.confidence


@pytest.mark.parametrize("text", [
    "Ha, six weeks at a camp sounds like a nightmare.",
    "Six weeks at a remote camp is a long stretch.",
    "six weeks at a camp wow that sounds rough",
])
def test_a_verdict_on_a_fact_said_back_is_capped_below_the_bar(text):
    s = score_utterance(text, previous=CAMP)
    assert s.confidence["reflection"] <= praise.VERDICT_ON_ECHO < bar("reflection")


def test_a_verdict_with_the_answer_said_back_inside_it_is_weighed_not_capped():
    text = "Six weeks at a camp sounds rough, so you basically missed your kids growing up for that job."
    s = score_utterance(text, previous=CAMP)
    assert s.listening.reflection and s.confidence["reflection"] > praise.VERDICT_ON_ECHO
