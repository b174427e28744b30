"""What turn sets 362 to 369 showed (first looks in bench/README.md): more job asks; "where do
you even start" and "where do people go from there" ask for an account; a second option put in
question order after "or" makes a transcript line a choice; "... are basically what keeps it
alive" and "the person who makes it" are no questions; a term's meaning checked with "right" is
not leading."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "okay that's encouraging um does your agency hire people part time because i'd want like three days a week",
    "I had no idea. Which firms run those, and is yours one of them? Because I would apply tomorrow.",
    "Really? Then maybe your agency needs somebody who speaks Spanish? I can give you my phone number for your boss.",
    "Could you introduce me to the court coordinator, so I can ask about working as interpreter when I pass the exam?",
    "Would it be okay if I emailed you next spring when your division posts its seasonal technician jobs?",
    "um so would you be open to me like shadowing you or or interning on your next project this summer",
    "Seventy-five hours, I can do that. Your agency, they are hiring now? Maybe you can tell me who I should call.",
    "is that something your studio is is looking for right now like could i come in and shadow or or apply for a mixer spot",
])
def test_job_asks_found_in_sets_362_369(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


def test_saying_a_job_suits_you_asks_for_none():
    assert not job_ask("oh nice haha maybe technician is the job for me then um how do people find those jobs")


@pytest.mark.parametrize("text, kind", [
    ("hundreds of hours wow where do you even start with that much footage", "open"),
    ("Cornstarch! And where do you even find all that stuff?", "open"),
    ("Electrical, okay. What does the career ladder look like after tech, where do people go from there?", "open"),
    ("Is it mostly a stepping stone, then? And where do people tend to go after it?", "open"),
    ("Where do people usually learn this?", "closed"),
    ("That's good to know. Switching gears a bit, what does a typical day look like for you now? Are you mostly on"
     " job sites, or is there a lot of office time?", "open"),
    ("ha fair enough um what what's the day to day actually like like how much of it is teaching versus grading", "open"),
    ("what's the pay like um is it enough to live on", "open"),
    ("how is that changing the job for you and um is it climate change do you think", "closed"),
    ("wow okay so so you work nights like permanently or do you rotate", "closed"),
    ("and you do that every shift or do you like rotate", "closed"),
    ("oh so the transcripts are extra money on top of your salary or is it all like one paycheck", "closed"),
    ("ha that's kind of sad actually um the on call thing is it is it as bad as people say", "closed"),
    ("half your year in one month wow so the almonds are basically what keeps the whole business alive",
     "not_a_question"),
    ("okay so so you're kind of the like the invisible person behind the host who who makes it all sound effortless",
     "not_a_question"),
    ("hi um i'm jaylen and my counselor said you'd be a good person to talk to so i guess my first question is like"
     " what made you want to fight fires in the first place", "open"),
    ("oh i love that because that's the accountant in me too i love it when the numbers come out right",
     "not_a_question"),
])
def test_questions_found_in_sets_362_369(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, leading", [
    ("the eld that's the um electronic logger thing right", False),
    ("OSHA 10, got it. That's an online course, right?", False),
    ("three g and four g those are the um the vertical and overhead positions right", False),
    ("So I could start as a technician and do the master's later. That's the smarter route anyway, right?", True),
    ("pipeline work that's like the big money stuff right", True),
])
def test_a_term_checked_is_not_leading(text, leading):
    assert bool(score_utterance(text).leading) == leading


def test_what_my_friends_do_is_relating_not_reflecting():
    assert relates_own("huh that's kind of the opposite of what my friends are doing they're all like grinding leetcode")
    assert relates_own("ha that's exactly what my instructor says like word for word")
