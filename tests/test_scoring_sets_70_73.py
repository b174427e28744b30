"""What turn sets 70 to 73 showed (first looks in bench/README.md): a yes/no guess after an open
question, "how much" of a comparison or of listening, options set against with "and not", job
asks through a trial week, work offered and a hire after shadowing (and a portfolio look that
says it is no job ask), a guess said beside the question, and a number checked with words after
it. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, stacked, expected", [
    # a yes/no guess at how it goes, without "And": one open question
    ("How did people in your cohort manage money during that time? Did most of them keep working?", False, "open"),
    ("How do you budget around the empty weeks? Do you pick up other interpreting work?", False, "open"),
    # with "And", a second question
    ("How do you handle the first meeting? And do you ever feel bad when you find something?", True, "closed"),
    # a request after it is no guess
    ("How do those cadet programs work? Could you refer me to the one at your airline?", True, "closed"),
])
def test_a_guess_after_an_open_question(text, stacked, expected):
    s = score_utterance(text, previous="Sixteen months of training, unpaid, before you can work on your own.")
    assert s.shown("stacked") == stacked and s.question_type == expected


@pytest.mark.parametrize("text, expected", [
    ("How much do the doctors actually listen to you on rounds?", "open"),
    ("How much better is it to own the practice than to work for someone else?", "open"),
    ("How much more do you make as an owner?", "closed"),
    ("What made you choose court, and not medical or business interpreting?", "open"),
    ("Which do you like better, court or medical?", "closed"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text, asks", [
    ("would it be possible to shadow you this summer for credit and maybe get hired on as a tech after", True),
    ("Would you let a high schooler shadow here? I'd be happy to clean kennels or whatever you need.", True),
    ("so if i wanted to like try a full week here not just a weekend would you let me", True),
    ("Could your contractor sign one of those letters for me? I'd work hard, I promise.", True),
    # asking to volunteer with them is a way in (13 of the 15 such asks of sets 1-73 are labelled so)
    ("Do you guys take volunteers at all?", True),
    ("How do you find forty volunteers every summer?", False),
    ("How did you get hired on, straight out of a program or from somewhere else first?", False),
    ("Would you be open to looking over my portfolio once I put one together? I'm not asking for a job, "
     "I just want your honest take.", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text, leads", [
    ("What is the hardest part of interpreting in court? I think it must be very hard when someone is crying.", True),
    ("The doctorate is three years on top of undergrad, right? And how do people afford that?", False),
])
def test_leading(text, leads):
    assert score_utterance(text).shown("leading") == leads


@pytest.mark.parametrize("text, acknowledges", [
    ("Six summers before a permanent spot, that takes patience. What kept you coming back?", True),
    ("Twenty-two years is remarkable. What do people from industry struggle with?", True),
    ("Watching playtest footage sounds like it could be humbling. What surprised you most?", True),
    ("i i honestly didn't realize it was that slow i pictured it more like painting", True),
    ("okay so it's less drama and more a crush of people all at once that totally tracks", True),
    ("the convincing part sounds like it might be the hardest part um how do you do that", False),
    ("That's actually why I'm reaching out. I managed a big store for fifteen years.", False),
    ("That's exactly how it felt from our side. How do you keep from carrying it home?", True),
])
def test_acknowledgements_of_sets_70_to_73(text, acknowledges):
    previous = "Six summers as a seasonal before I got a permanent spot. It's normal here, sadly."
    assert bool(score_utterance(text, previous=previous).listening.acknowledgement) == acknowledges
