"""What turn sets 498 to 505 showed (first looks in bench/README.md): the learned job-ask reading
refit on 505 sets (held out on sets 498-505 it read 946 of 960 turns right, where the old weights
read 941), and what the phrase and run-on rules still missed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from practice.outreach.checks import check_no_job_ask
from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import question_type
from practice.scoring.reflecting import relates_own

TRAINER = Path(__file__).resolve().parents[1] / "bench" / "train_job_ask.py"


@pytest.mark.parametrize("text", [
    # read by the refit n-gram weights (the phrase rules miss them)
    "Your agency does this? Maybe I can apply there when I have the certificate. You can tell me who I talk to?",
    "Oh, really? That makes me feel brave. Then, if I may ask, do you have any opening for pastry cook now? I can"
    " work the early morning, no problem.",
    "I could actually help with that, even part-time. Would you ever think about bringing someone on for the"
    " bookkeeping side?",
    "Yikes. Does your hospital do any kind of tuition help for people who'd come work there after? Because if"
    " there's a way in with you guys, I'd jump at it.",
    "Your bakery, do you take people like this? I can come one week without pay, to show you I am serious.",
    # found by the phrase rules
    "That's a good idea, I'll put one together. Would you be up for looking at it once it's done, and maybe sending"
    " it to your supervising sound editor if it's any good?",
    "Twelve hundred, that I can do. Your department, it sponsors people? Maybe I do the EMT with you and then I stay"
    " to work there.",
])
def test_job_asks_found_in_sets_498_505(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Ha, so it started as a summer job for cash. Was the apprenticeship something you had to apply for, like with a"
    " test?",
    "okay good to know i've mostly used premier in school um do you need to know avid to like get your foot in the"
    " door as an assistant editor",
    "oh cool i'm in environmental science right now so i was thinking about maybe doing a season the summer after"
    " junior year",
    # the user's own record as what gets them in asks nothing of them
    "Law, that's encouraging. Would a master's be pretty much required for someone like me, or could my legal"
    " background get me in the door on its own?",
    "got it, so my background might get me in the door, but the academy is its own thing?",
])
def test_no_job_ask_in_sets_498_505(text):
    assert job_ask(text) is None


@pytest.mark.parametrize("text", [
    "Is there a place for me to park near your office?",
    "Would you mind telling me what your agency charges you? Our history society is thinking of hiring one.",
])
def test_their_workplace_named_is_no_job_ask(text):
    """The refit's bar and penalty keep "your office", "your agency" from reading as a way in alone."""
    assert job_ask(text) is None


def test_outreach_asking_if_yall_are_hiring_is_a_job_ask():
    assert not check_no_job_ask("Could we do a quick 15 min call this week? Also if yall are hiring planners let me"
                                " know lol, resume's ready").ok


def test_asking_them_to_get_me_in_is_still_a_job_ask():
    assert job_ask("Is there any way you could get me in the door at your firm?")


@pytest.mark.parametrize("text", [
    # an inverted wh-question with a noun for its subject, run on from a statement
    "i have my um my teller experience but it's from poland how would credit unions here look at that",
    "oof that's a lot what would working first have changed for you",
])
def test_run_on_question_with_a_noun_subject_is_open(text):
    assert question_type(text) == "open"


@pytest.mark.parametrize("text", [
    "yeah that sounds really hard um i managed a store for fifteen years so i know a little bit about like the system"
    " not letting you do your job",
    "that's so funny cause as a teacher i'm always like don't give them the answer let them struggle a little",
    "i'm not gonna lie i kind of miss that from the army like the weird hours and everybody depending on you",
])
def test_the_users_own_record_is_relating_not_reflecting(text):
    assert relates_own(text)


def test_the_users_own_record_is_not_praised_as_a_reflection():
    said = score_utterance(
        "that's so funny cause as a teacher i'm always like don't give them the answer let them struggle a little",
        previous="It's agony, honestly. Everything in you wants to point at the button. But the moment you help, "
                 "you've ruined the data.")
    assert not said.shown("reflection")


def test_job_ask_trainer_fits_a_sparse_design():
    """The trainer's sparse fit (74k turns by 37k n-grams would be 11 GB dense) learns a word that
    marks the class and leaves a word on both sides near zero."""
    spec = importlib.util.spec_from_file_location("train_job_ask", TRAINER)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    # feature 0 in every positive row, feature 1 in every row, feature 2 in every negative row
    rows_i, cols_i, y = [], [], []
    for r in range(40):
        positive = r % 2 == 0
        for c in ((0, 1) if positive else (1, 2)):
            rows_i.append(r)
            cols_i.append(c)
        y.append(float(positive))
    w = trainer.fit(np.array(rows_i), np.array(cols_i), np.array(y), 3, l2=0.1, steps=300)
    assert w[0] > 1.0 and w[2] < -1.0
    assert abs(w[1]) < abs(w[0]) / 2
