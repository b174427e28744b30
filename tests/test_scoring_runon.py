"""Questions run on from a reaction in transcripts without punctuation (issue 14).

Speech-to-text gives "sixty hours wow is tax season really so bad": the question starts at an
auxiliary after a reaction, whatever its subject; "with a foreign degree do i have to ...";
"do chefs really yell ..." opening the turn; a hesitation before "are crash pads ..." or
"what's being on call like"; a tag with an afterthought ("... right with all those lives in
your hands"). Statements keep their form.
"""

import pytest

from practice.scoring import score_utterance
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text, kind", [
    ("ninety calls a night wow is dispatch really as stressful as it looks", "closed"),
    ("that's wild um are night shifts as lonely as people say", "closed"),
    ("three years okay so was the training hard to get into", "closed"),
    ("with a nursing degree from abroad do i have to start from scratch here", "closed"),
    ("do electricians really work outside all winter", "closed"),
    ("yeah i worked nights for years so sleep doesn't scare me but um what's being on call actually like", "open"),
    ("i mean the noise must never really stop right with all those machines running", "closed"),
    ("the paperwork i guess that's what wears people down don't you think that's the part nobody warns you about",
     "closed"),
    ("i mean isn't night work kind of a dead end though", "closed"),
    ("and the night shifts are those the ones with extra pay", "closed"),
    ("okay that helps um did you study music or like how did you get into it", "open"),
    # a narrowing "like where ..." leaves the open question in charge; a negative auxiliary after
    # "but" asks; "what's going on with"; "wait so" after a reaction checks back
    ("two hundred hours of tape wow so how do you even start like where do you begin", "open"),
    ("people ask you this all the time but isn't the pay the thing that decides it", "closed"),
    ("the budget huh what what's going on with the budget", "open"),
    ("six hundred calls that's nuts wait so most of them aren't emergencies at all", "closed"),
    ("you have to wait so long for the results", "not_a_question"),
    ("i'm figuring out what's next for me", "not_a_question"),
    ("the hardest part is the paperwork honestly", "not_a_question"),
    ("the nurses are the ones who keep it going", "not_a_question"),
    ("my brother got it right with his first batch", "not_a_question"),
    ("honestly you got it right with all the hiring stuff", "not_a_question"),
    ("yeah you're right with all of that honestly", "not_a_question"),
    ("oh nice so did i back in college", "not_a_question"),
])
def test_run_on_questions(text, kind):
    assert score_utterance(text).question_type == kind


def test_a_hedged_question_after_a_long_introduction_is_one_question():
    text = ("hi so thanks for taking the time i know you're busy um i'm sam and i'm kind of wondering if "
            "i'm crazy to try this so i guess um what's it actually like being a baker")
    found = find_questions(text)
    assert found.question_type == "open"
    assert not score_utterance(text).stacked
