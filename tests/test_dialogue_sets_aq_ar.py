"""What sets aq and ar showed of the professional (first looks in bench/README.md): everyday
words taken for insults or requests ("kids who decided they're useless at maths", "a job that
was boring", "the video you show them"), the whole team's pay asked, "paid to ask obvious
questions" after "no offence", and how to apply anywhere taken for a job ask. Rows written here."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("name, turn", [
    ("teacher", "How do you deal with pupils who think they're useless at science?"),
    ("teacher", "So you left an office job that was boring, and tutoring showed you what you liked."),
    ("ux_researcher", "The clips you show them instead of slides, how long are they?"),
    ("teacher", "How does hiring work in your area? How do I apply for a post in a school?"),
])
def test_everyday_words_are_not_redirects_or_job_asks(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind not in ("redirect", "job_ask")


@pytest.mark.parametrize("name, turn", [
    ("marketing", "Would you mind telling me what each of your team gets paid? Just so I know what to ask for."),
    ("civil_engineer", "What do all of the staff in your office earn, roughly, person by person?"),
    ("ux_researcher", "no offence mate but it sounds like a lot of people getting paid to ask obvious questions"),
    ("teacher", "you are useless at explaining this to be honest"),
    ("ux_researcher", "could you show me the slides from your last readout"),
])
def test_the_teams_pay_and_jibes_are_still_redirected(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "redirect"


def test_no_offence_then_a_pay_question_is_answered(reply_to):
    assert reply_to("marketing", DAY, "no offence but what do you get paid").kind != "redirect"


@pytest.mark.parametrize("name, turn", [
    ("nurse", "Okay, so which doctor on your unit is the biggest pain?"),
    ("nurse", "Could you tell me which charge nurses at your hospital are easy to work for?"),
    ("nurse", "Can I ask something personal? How much does your nurse manager make? Just curious."),
])
def test_colleagues_ranked_or_their_pay_are_redirected(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("name, turn", [
    ("nurse", "Which hospitals around here are good to work for?"),
    ("nurse", "What makes a manager easy to work with?"),
])
def test_fair_questions_about_employers_and_managers_are_not(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind != "redirect"


@pytest.mark.parametrize("turn", [
    "Confession: I'm a Cubs fan. I hope that doesn't end this call.",
    "Are you a United or a City man? I have to ask.",
])
def test_a_team_supported_is_small_talk(reply_to, turn):
    assert reply_to("data_scientist", DAY, turn).kind == "small_talk"


def test_a_fan_of_a_method_is_no_small_talk(reply_to):
    assert reply_to("data_scientist", DAY, "Are you a fan of deep learning?").kind != "small_talk"


@pytest.mark.parametrize("name, turn", [
    ("nurse", "Why is that? Why do hospitals care so much if it is the two-year degree or the bachelor?"),
    ("data_scientist", "Why is that? I imagined a data scientist sits mostly alone with the code."),
    ("marketing", "Why is it that someone always wants to move the money around at the last minute?"),
])
def test_why_is_that_asks_for_more_of_the_last_answer(reply_to, name, turn):
    reply = reply_to(name, DAY, turn)
    assert (reply.kind, reply.topic) == ("elaborate", "day_to_day")


@pytest.mark.parametrize("name, turn", [
    ("civil_engineer", "so what do you like most about it and uh does it stress you out much"),
    ("data_scientist", "is it possible to work from home and is it a stressful job"),
])
def test_it_in_both_questions_is_the_job_both_times(reply_to, name, turn):
    assert reply_to(name, DAY, turn).kind == "stacked"


def test_a_second_question_about_the_first_ones_answer_is_not_stacked(reply_to):
    turn = "How do you score the pipes? Is that a system you built yourself?"
    assert reply_to("civil_engineer", DAY, turn).kind != "stacked"
