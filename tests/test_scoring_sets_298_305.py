"""What turn sets 298 to 305 showed (first looks in bench/README.md): more job asks, advice about
applying that is none, "how long it take" and "maybe you can give me a job" in a second
language, a guess's tag followed by a gerund, and answers that speak of applicants or of being
short-staffed. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Seventeen, okay. Are any of the agencies you've worked with hiring right now? I'd want somewhere that treats"
    " people decently.",
    "oh that's that's good to know um would your agency do that because if they're hiring i would i would sign up"
    " tomorrow",
    "Does your lab ever bring on people with a finance background, like for grant budgets? I'd honestly rather do"
    " that and be near the science.",
    "wait seriously at seventeen could i like shadow you this summer or um help out at your agency or something",
    "Okay, now I'm even more into this. Do you ever take on an apprentice, or is there any chance I could sit in on a"
    " session sometime?",
    "Observation hours, okay. Where do people usually get those? And would you ever let someone observe at your"
    " clinic for their application?",
    "is your agency one of the ones that pays for it and if it is could you like tell me who to call to get signed up"
    " to work there",
    "Is there any way a high schooler could volunteer on one of those outreach days, or help out with your field work"
    " this summer?",
    "That's encouraging to hear. How would I go about getting into the volunteer program at your hospice?",
    "do you need workers for the almond season i can drive and i'm not afraid of the stings",
    "One of them wants a letter from a practicing PT. Would you be willing to write one for me after I shadow you for"
    " a few days?",
    "oh okay that's good to know so um how would i get in as an assistant at your branch",
])
def test_job_asks_found_in_sets_298_305(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Ha! Okay, last thing, I don't want to take too much of your time. What should I be doing now, as a sophomore,"
    " to be competitive for a seasonal spot? Volunteering? The Pathways program?",
    "do you think the forestry degree even helps then or should i just like apply for a crew this summer",
    "Really? I did not think so. The certifications are important for the banks? And what kind of experience they"
    " are looking for when they hire a junior analyst?",
])
def test_advice_about_applying_is_no_job_ask(text):
    assert not job_ask(text)


def test_asking_how_others_feel_about_taking_on_apprentices_is_no_phrase_match():
    assert not JOB_ASK.search("how do contractors feel about taking on apprentices my age?")


@pytest.mark.parametrize("text, kind", [
    ("okay and uh the cdl school how long it take", "closed"),
    ("oh okay so the point is spotting the problems not measuring how often they happen", "not_a_question"),
    ("so maybe you can give me a job for next season i can work very hard and i learn the trucks also", "closed"),
    ("then maybe you can give my name to your boss i have certificate from poland but i think it's not valid here",
     "closed"),
    ("that must be the hardest part right losing them", "closed"),
])
def test_questions_found_in_sets_298_305(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, previous", [
    ("so maybe you can give me a job for next season i can work very hard and i learn the trucks also",
     "Ha, then you're already ahead of most of my applicants."),
    ("then maybe you can give my name to your boss i have certificate from poland but i think it's not valid here",
     "Ours pays, yes, if you stay six months. We're always short on aides, to be honest."),
])
def test_a_job_ask_after_talk_of_applicants_or_shortages_changes_no_topic(text, previous):
    assert not score_utterance(text, previous=previous).listening.topic_switch
