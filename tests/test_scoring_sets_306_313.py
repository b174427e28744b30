"""What turn sets 306 to 313 showed (first looks in bench/README.md): more job asks, advice asked
about an application that is none, "what kind of money" asking one figure, and a plain "so
you're ..." said back to be confirmed. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "A firm like yours, for instance? I'd be happy to work under your license while I got my hours in.",
    "Must be awkward, telling men older than you that their weld is bad. You know any shop near Elizabeth that needs a"
    " welder? I can take the test any day.",
    "wow okay that's huge um would you be able to pass my resin may to your recruiter",
    "That's amazing. Could you send me the link to where your agency posts openings? And would you mind telling them I"
    " talked to you?",
    "yeah that's that's kind of what i figured okay um does your company hire like people coming back after a long gap",
    "Is your agency one that does this? And maybe you can tell me who to call there about applying?",
    "oh a scribe i never heard of that does your hospital hire scribes like could i could i apply there",
    "okay i have agronomy degree and i am not scared of bees so maybe in february i can be one of these extra hands for"
    " you",
    "If I do the pre-apprenticeship program next summer, is there any chance I could, like, shadow one of your guys or"
    " even start as a helper with you?",
    "You must need an assistant sometimes, right? I'd work for basically nothing just to learn.",
    "so uh if i make a couple pieces could i send them to you and you could like forward them to your editors for the"
    " fellowship",
])
def test_job_asks_found_in_sets_306_313(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "sixteen months with no paycheck yikes um would you be willing to look over my application essay before i send it"
    " to the state university program",
    "That's really good to hear. Would you be open to watching my reel sometime and telling me if it's strong enough to"
    " start applying for AE jobs?",
    "Thank you, that really help my confidence. Could you look at my portfolio on GitHub sometime and tell me what is"
    " missing for a junior role?",
    "Speaking of asking, does your school ever let career changers sit in on a class? Not asking for a job, I just"
    " want to see if I can picture myself doing this.",
    "I love that. Coming from a bootcamp, what would make you take a chance on someone like me if you were hiring?",
])
def test_advice_on_an_application_is_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("what kind of money can you make the first year like roughly", "closed"),
    ("so what kind of money are we talking um for someone brand new like first year out of cdl school", "closed"),
    ("so you're gone three weeks at a time", "closed"),
    ("ha okay so you're home on weekends now", "closed"),
    ("so you're basically a detective but the suspects are wires", "not_a_question"),
])
def test_questions_found_in_sets_306_313(text, kind):
    assert question_type(text) == kind
