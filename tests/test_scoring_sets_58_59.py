"""What turn sets 58 and 59 showed (first looks in bench/README.md): a favour worded as a
statement asks; options offered to "what's it like" are examples, not a choice; "over, say, A
or B" is a contrast; "like roughly" is no "what is it like"; "gonna ask like what ..." asks;
and three job asks. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, expected", [
    ("And if your team ever starts hiring again, I'd really appreciate it if you kept me in mind.", "closed"),
    ("If she ever has an opening, I'd be so grateful if you'd pass my name along to her.", "closed"),
    ("I'd really appreciate it if you know what I mean.", "not_a_question"),
    ("What made you pick the ER over, say, ICU or med-surg when you graduated?", "open"),
    ("What's the community among interpreters like otherwise, more supportive or more competitive?", "open"),
    ("What do you like, the startup or the agency?", "closed"),
    ("hmm okay um and what's the what's the salary difference between the two like roughly", "closed"),
    ("so i was gonna ask like what the hiring process actually looks like", "open"),
    ("I'd like to start with how you got into nursing.", "open"),
    ("I'd like to start with the basics.", "not_a_question"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text", [
    "Wow, good for him. What does a normal day look like for you now? Are you mostly on big commercial jobs or in people's houses?",
    "What is the courtroom culture like for interpreters? Are you treated as part of the team, or more like furniture?",
])
def test_options_offered_to_what_it_is_like_are_one_question(text):
    s = score_utterance(text)
    assert s.question_type == "open" and not s.stacked


@pytest.mark.parametrize("text, asks", [
    ("Could I come in on one of those four a.m. mornings and work alongside your bakers, even unpaid?", True),
    ("Maybe you could take me as stagiaire on weekends? I would work for free, only to learn.", True),
    ("Does your clinic sponsor? If yes, I would like very much to work here after I graduate.", True),
    ("Did you work for free at first?", False),
    ("Could I ask whether you worked unpaid at first?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
