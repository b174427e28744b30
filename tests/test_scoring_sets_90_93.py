"""What turn sets 90 to 93 showed (first looks in bench/README.md): the feeling or the comparison
taken for granted ("How frustrating was it ...?"); options after an open question that point
back with "there"; "I hope it's all right if I ask ..."; a favour through a manager and a
stage in their kitchen; their fact judged with "sounds like". Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.acknowledge import acknowledgement


@pytest.mark.parametrize("text, pushes", [
    ("How frustrating was it to watch your best design get cut?", True),
    ("How scary is it the first time you go up alone?", True),
    ("How much harder is it for someone who starts at forty?", True),
    ("How hard is it to get into the program?", False),
    ("How much is the tuition these days?", False),
])
def test_leading_takes_it_for_granted(text, pushes):
    assert bool(score_utterance(text).leading) == pushes


@pytest.mark.parametrize("text, stacked", [
    ("What drew you to hospice work? Did you start there, or come from another unit first?", False),
    ("What do you enjoy most? Is there a lot of travel, or do you mostly work remote?", True),
])
def test_options_pointing_back(text, stacked):
    assert bool(score_utterance(text).stacked) == stacked


@pytest.mark.parametrize("text, kind", [
    ("I hope it's all right if I just ask what a day on the boat looks like.", "open"),
    ("i hope it's okay if i ask how you got your first contract", "open"),
    ("I hope it's all right if I ask whether you ever work weekends.", "closed"),
    ("I hope it's all right that I came early.", "not_a_question"),
])
def test_leave_to_ask_hoped_for(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, asks", [
    ("um could you like tell your shop foreman about me for the summer thing", True),
    ("Maybe I can ask you for a stage in your kitchen? Just one or two days.", True),
    ("Did you tell your site manager about your plans?", False),
    ("What did a stage in your kitchen look like when you started?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, previous, heard", [
    ("Getting paid while you learn sounds like a big advantage over college. How many hours of class is it?",
     "You work four days a week and do classes two nights. You get paid the whole time.", True),
    ("Charting through lunch sounds like it would get old fast.",
     "The rushed feeling comes from documentation. I chart through lunch most days.", True),
    ("Teaching at night sounds like something I could try. How do you find clients?",
     "I started out at an agency downtown and went freelance later.", False),
])
def test_their_fact_sounds_like(text, previous, heard):
    assert bool(acknowledgement(text, previous)) == heard
