"""What turn set 54 showed (first looks in bench/README.md): questions read from word order
after a lead-in ("i have to ask is ...", "wow and are ...", "if i built ... would you ..."),
"why" asked last, options set against the answer ("rather than, say, A or B"), a fact noun
of two words ("the pass rate") and a pay scale that is no rating scale. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, expected", [
    # a pay scale, not "on a scale of one to ten"
    ("half scale okay so how did how did the people you know make that work money wise like with a family", "open"),
    ("On a scale of one to ten, how stressful is it?", "closed"),
    # the options after "rather than" are what the answer is set against
    ("How did you end up in orthopedics rather than, say, neuro or pediatrics?", "open"),
    ("Why did you choose emergency medicine instead of, say, internal medicine or surgery?", "open"),
    ("What do you prefer, the startup or the agency?", "closed"),
    # a fact named by two words
    ("How did you prepare for the certification exam? And what is the pass rate?", "closed"),
    ("What's your starting salary?", "closed"),
    ("What is the hiring process?", "open"),
    ("What's the pass rate like?", "open"),
    # set 54's spoken questions, read from their word order
    ("i i have to ask is busy season really as rough as people make it sound", "closed"),
    ("five sections wow um and are the ap kids and the regular kids like really different to teach", "closed"),
    ("oh i love that um if if i built something like that would you be open to me sending it to you", "closed"),
    ("wait so you could have gone to vet school and you picked this instead why", "open"),
    ("you left after two years how come", "open"),
    # statements that end on "why" stay statements
    ("and that's why", "not_a_question"),
    ("i don't really know why", "not_a_question"),
    ("Ha, so the real job is watching people get lost and figuring out why.", "not_a_question"),
    # set 55: "last thing" announces the question; "the last thing is ..." states
    ("well that's fine by me i've got a pension um last thing is there somebody in the volunteer program", "closed"),
    ("the last thing is there was no money", "not_a_question"),
    # "do" after "gonna" is the verb
    ("no not yet i've been saving up for one i was gonna do it this summer at the little airport", "not_a_question"),
    # a favour asked of them, not an account
    ("If your hospital needs an assistant, would you maybe tell them about me?", "closed"),
    ("Could you tell me about your day?", "open"),
    # a guess at the answer to the open question before it
    ("She explained it. What's the schooling like these days? Is it still a doctorate?", "open"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


def test_a_guess_after_an_open_question_is_not_stacked():
    assert not score_utterance("What's the schooling like these days? Is it still a doctorate?").stacked
