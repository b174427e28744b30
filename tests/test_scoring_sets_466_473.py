"""What turn sets 466 to 473 showed (first looks in bench/README.md): eight more job asks, and
advice on when and how to apply is none; "you think ..." without its "do" asks; "why is parking
so hard" run on after a reaction asks; a need checked with an unpunctuated "right" does not
lead; an answer about a posting speaks of a way in."""

from __future__ import annotations

import pytest

from practice.scoring.answers import speaks_of_a_way_in
from practice.scoring.flags import leading
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text", [
    "Does your agency need people right now? I have experience and I am very responsible.",
    "thirty i turn thirty one in march so i guess i'm kind of in a rush huh you don't happen to know anybody at the"
    " faa who could like push my application through do you",
    "Your brewery is growing so fast, I saw on Instagram you open a second taproom. You must need more cellar people"
    " now, no?",
    "you're probably always looking for good apprentices right cause i could um i could start like right after"
    " graduation",
    "Would it be possible to work as an assistant for you during summer? I can log footage.",
    "that makes sense um so do do you have any say in like who gets hired onto the er because i'd love to do my"
    " clinic calls there",
    "ha five minutes of feeling bad in the break room i love that um could you maybe help me like get my foot in the"
    " door",
])
def test_job_asks_found_in_sets_466_473(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Okay. Thank you, this is very honest. My last question, what should somebody like me do this summer to prepare"
    " before I apply?",
    "When should I apply by for next summer? And what do supervisors look for in a first-year application?",
    "Would you be open to looking at my reel and telling me if it's the kind of thing that would get me an assistant"
    " job?",
    "Okay, CPA first, CFE later. Does your firm ever bring people onto the fraud team straight from tax, or do they"
    " usually need audit experience first?",
])
def test_advice_on_applying_is_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text", [
    "you think maybe your agency they will hire me if i take the the sort of vacation",
    "so you think it is possible to go from help desk to sre without the computer science degree",
    "you think uh companies they hire somebody with forty eight years old for entry level",
])
def test_you_think_without_do_asks(text):
    assert find_questions(text).question_type == "closed"


def test_you_think_said_back_and_judged_states():
    text = "oh man so you think the path is totally obvious and then on friday nobody can find it that sounds rough"
    assert find_questions(text).question_type == "not_a_question"


def test_why_is_it_so_hard_run_on_asks():
    assert find_questions("oh i didn't know that why is parking so hard").question_type == "open"
    assert find_questions("that's why parking is so hard").question_type == "not_a_question"


@pytest.mark.parametrize("text", ["you need a cdl to drive the chip truck right",
                                  "and uh the night ships you have to start on nights right"])
def test_a_need_checked_without_punctuation_does_not_lead(text):
    assert leading(text, find_questions(text)) is None


def test_a_push_checked_without_punctuation_still_leads():
    text = "the night shifts have to be rough on your body though right"
    assert leading(text, find_questions(text))


def test_an_answer_about_a_posting_speaks_of_a_way_in():
    assert speaks_of_a_way_in("We are, at two branches. It's posted through the city HR system, so everything goes"
                              " through there, I'm afraid.")
