"""What turn sets 490 to 497 showed (first looks in bench/README.md): fifteen more job asks, among
them placements of the user's training at the professional's workplace, which now have a module
of their own (`job_ask_placements`)."""

from __future__ import annotations

import re

import pytest

from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_ask_placements import PLACEMENTS
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "That makes total sense. Are you taking on any attendants right now? I'd be happy to start with the overnight"
    " removals.",
    "That's much shorter than I feared. If I went that route, could I do my student teaching in your classroom?",
    "Two weeks, that's fast. What would it take to get hired on with your crew?",
    "Could your clinic be one where I do my clinical hours? I'd be there every shift you'd give me.",
    "so could you like put me in touch with whoever schedules the free lunch interpreters once i'm certified",
    "Your credit union is hiring an analyst now, right? I saw it on LinkedIn.",
    "Good to know. Is there any way you could get me into the academy faster, like a referral from someone on the"
    " inside?",
    "So I can work as an assistant while I am doing the CDA hours. Do you have an opening for assistant in your"
    " center now?",
    "you fail also ha that make me feel better um your company do they pay for the training if i come to work there"
    " like a helper",
    "Kansas! How did you end up liking it out there? And is there anything open at your branch for someone"
    " graduating in May?",
    "Ha, cheap and available. And does your studio ever bring in trainees?",
    "Which certs should I get first? And do you hire people straight out of school at your shop?",
    "eighteen okay um would your agency be looking for anybody right now cause i could start pretty much whenever",
    "okay free training that's good um maybe you can give me the number of the recruiter from your old company",
    "I have the art history but no chemistry. And also, could I be an intern in your lab?",
])
def test_job_asks_found_in_sets_490_497(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "If I went that route, could I do my student teaching in your classroom?",
    "Could my field placement be at your hospice?",
    "Could I do a stage in your kitchen some weekend?",
])
def test_placements_are_found_by_their_own_phrases_and_by_the_whole_search(text):
    low = clean(text).lower()
    assert re.search(r"\b(?:" + PLACEMENTS + ")", low)
    assert JOB_ASK.search(low)
