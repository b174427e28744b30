"""What turn sets 522 to 529 showed (first looks in bench/README.md): a guess said aloud and ended on
"huh", with no verdict in it, does not lead; eight more job asks, and "would anyone even take me on"
asked of the trade is none. And, from this session's first looks (sets 498-529), no topic switch is
shown after an answer of 12 words or fewer."""

from __future__ import annotations

import math

import pytest

from practice.scoring import score_utterance, weighing
from practice.scoring.flags import leading
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions


def _leads(text: str) -> str | None:
    return leading(text, find_questions(text))


@pytest.mark.parametrize("text", [
    "Okay, phew. I guess sometimes you have to put animals down, huh? Sorry if that's a weird question.",
    "oh i'm twenty nine so i guess i better hurry huh um would you be able to look over my application before i"
    " submit it",
])
def test_a_guess_wondered_aloud_does_not_lead(text):
    assert _leads(text) is None


def test_a_guess_with_a_verdict_still_leads():
    assert _leads("yeah exactly i guess the hardest part must be when a client dies huh")


@pytest.mark.parametrize("text", [
    "Do you hire part-time people my age, say as a page or at the circulation desk?",
    "coil the cables properly okay i can do that um so could i maybe like help out as a stagehand or whatever at"
    " your show when you come through here",
    "Do you take students for working in the summer? I would like very much to learn the commercial side before I"
    " go back home.",
    "Does your clinic let high schoolers volunteer or, like, work summers? I'd clean kennels, I don't care.",
    "okay so a helper um could i maybe be a helper for you when i'm done with school",
    "That's basically my whole job now with the older clients at the gym. Would it be weird to ask you for a"
    " reference when I apply to DPT programs?",
])
def test_job_asks_found_in_sets_522_529(text):
    assert job_ask(text)


def test_anyone_at_all_taking_them_on_is_asked_of_the_trade():
    assert job_ask("Can I ask something a little selfish? At forty-one, would anyone even take me on as an"
                   " apprentice? And how do you usually find yours?") is None
    assert job_ask("Would anyone at your shop take me on as an apprentice?")


@pytest.mark.parametrize("answer_words, cap", [(9, 0.35), (12, 0.35), (13, 1.0), (40, 1.0)])
def test_an_answer_of_up_to_twelve_words_leaves_too_little_to_criticise_leaving(answer_words, cap):
    assert weighing.switch_cap({"log_answer_words": math.log1p(answer_words)}) == cap


def test_no_switch_shown_after_a_short_answer():
    # up to `weighing.SHORT_REPLY` words; an answer of 9-12 words the network weighs itself
    # (`weighing.nothing_to_leave`; tests/test_scoring_sets_826_833.py)
    said = score_utterance("What's the hardest weld you've ever had to do?",
                           previous="That's it exactly. Harder welds, safer job.")
    assert not said.shown("topic_switch")


@pytest.mark.parametrize("text", [
    # sets 530-537
    "That's exactly what I want to think hard about. Would it be possible to come in and stage for a weekend, just"
    " to see if I can actually handle 4 a.m.?",
    "Could I volunteer on one of your dive surveys this summer? Or even just help with the data entry?",
    "ha the paperwork you hate i mean i did scheduling and invoicing for like twenty years so you must need"
    " somebody like that right",
    "okay that's not bad at all um do you know if your company does like the training for the cdl and then you work"
    " for them after",
])
def test_job_asks_found_in_sets_530_537(text):
    assert job_ask(text)
