"""What turn sets 330 to 337 showed (first looks in bench/README.md): more job asks; a tour, open
days, "tell me what you honestly think" and "a real job for me" that are none; and a bare "what's
that" or "not as free how" at the end of a transcript, asked about their words."""

from __future__ import annotations

import pytest

from practice.scoring import question_type
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "okay good to know um do you know if your agency is looking for people right now i could i could start pretty soon",
    "Would you be open to me coming in on a Saturday to work a shift? Even unpaid, I just want to see if I actually"
    " like it.",
    "ha yeah um would you maybe let me shadow you for a day and like if there's ever a training spot open could you"
    " tell me",
    "Would you mind if I used your name when I call your company's recruiter? I think it might help me get in the"
    " door.",
    "Started by washing dishes, interesting. So if I come to wash dishes in your bakery on the weekend, maybe I can"
    " learn also?",
    "Is it possible you introduce me to your supervisor for a job on your stage?",
    "Subbing, okay. Does your district need subs? I could start pretty soon.",
    "okay so um do you have assistant editor now or maybe you need one for next project",
    "I did eight years as a Navy diver. You'd probably want someone with that background on your crew, wouldn't you?",
])
def test_job_asks_found_in_sets_330_337(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "I love that. Would you be willing to look at whatever I cut and tell me what you honestly think?",
    "Does your crew ever do ride-alongs or open days for students? I'd love to see what it's actually like out on the"
    " line.",
    "My youngest just started middle school, so I'm trying to figure out whether pastry could be a real job for me.",
    "so if i go the alternative certification route um what do principals actually look for when they hire someone"
    " like me",
    "Makes sense. Is there any way I could get a tour of your facility? I'd love to see it before I apply.",
    "case studies even unpaid ones hmm how would you how would you find a nonprofit that wants that kind of help",
])
def test_visits_advice_and_self_doubt_are_no_job_ask(text):
    assert not job_ask(text)


def test_pushing_cases_on_your_next_tour_stays_a_job_ask():
    assert job_ask("Have you ever taken anyone under your wing? I'd happily push cases on your next tour for free"
                   " just to learn.")


@pytest.mark.parametrize("text, kind", [
    ("red card what's that", "open"),
    ("i don't know what's that", "not_a_question"),
    ("not as free how", "open"),
    ("that's exactly how", "not_a_question"),
])
def test_questions_found_in_sets_330_337(text, kind):
    assert question_type(text) == kind
