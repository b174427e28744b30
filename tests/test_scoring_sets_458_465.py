"""What turn sets 458 to 465 showed (first looks in bench/README.md): eighteen more job asks, and
feedback on a résumé asked as such is none; a short "so you ..." that ends an unpunctuated run
checks a fact; a reply that praises how the user put it leaves no answer to switch away from."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.answers import leaves_a_topic
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text", [
    "okay um do you maybe need an assistant for your next film i am very organized and i can learn the syncing fast",
    "wait seriously would you be able to prefer me for that i'd build the project first obviously",
    "Most of your techs learned on the job, that is good. Is there a season tech job with you where I could start and"
    " learn like this?",
    "do you know if your agency hires students part time like on weekends i need something while i'm in school",
    "Eight to ten a year is tiny. Is there any way I could get some of those pre-program hours in your lab, like as a"
    " volunteer or an intern?",
    "that's really encouraging do you know if your company has any like support engineering openings right now and um"
    " could i use you as a referral",
    "Yes, please, that would be wonderful. And maybe, if one day I finish, you can remember my name when your district"
    " needs someone?",
    "That's encouraging. If I got credentialed, you'd hire a career changer like me over a fresh grad, wouldn't you?",
    "you're probably hiring for the spring right i'm i'm a hard worker and i already have my own saddle",
    "wait the companies pay for it which ones do that and like do you think yours would take me if i went through"
    " their program",
    "so short on aids okay that's good for me um do you think maybe your agency will take me",
    "That's really helpful. Does your district take clinical fellows? I'd love to do my CF somewhere like your"
    " schools.",
    "okay cool um does your company do like internships for high schoolers or like job shadowing or anything",
    "Does your company have a summer internship for students? And when do applications usually open?",
    "Once I finish the associate's, how would I go about doing my apprenticeship year with you?",
    "wait are you saying like you'd higher me",
    "Three times, and you kept going. Do you know if your company has a student program for new graduates this year?",
    "I was a paralegal for eight years, so I've sat through a lot of hearings. Is the station hiring any associate"
    " producers right now?",
])
def test_job_asks_found_in_sets_458_465(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Thank you, this is very helpful. After I get the certification, would you be willing to look at my résumé and"
    " tell me what to fix?",
    "that's good to hear um would you be willing to like look at my resume sometime and tell me if it's set up right"
    " for these kinds of jobs",
    "How are the federal hiring freezes I keep reading about affecting people trying to get in right now?",
])
def test_feedback_and_news_ask_no_job(text):
    assert not job_ask(text)


def test_a_look_at_the_resume_before_applying_to_them_is_still_a_job_ask():
    assert job_ask("Would you be willing to look over my résumé before I apply to the junior SRE opening on your team?")


@pytest.mark.parametrize("text", [
    "oh nice so you're home every weekend",
    "oh wow yeah i bet um so you work knights now",
    "twenty two years wow so you you just never left",
    "three weeks out wow so you're basically living in the truck",
])
def test_a_short_so_you_at_the_end_checks_a_fact(text):
    assert find_questions(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    "huh so you made the jump too that's that's encouraging",
    "okay so you know what i mean",
])
def test_a_so_you_that_runs_on_states(text):
    assert find_questions(text).question_type == "not_a_question"


@pytest.mark.parametrize("previous", [
    "That's exactly it. You said it better than me.",
    "Yes! That's a really nice way to put it, actually.",
])
def test_praise_for_how_the_user_put_it_leaves_no_topic(previous):
    assert not leaves_a_topic(previous)
    assert not score_utterance("how many patient you see in one day", previous=previous).shown("topic_switch")
