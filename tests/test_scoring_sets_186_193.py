"""What turn sets 186 to 241 showed (first looks in bench/README.md): a tag that checks what
was heard or read is not leading, while a tag on a guess or a verdict still is; an
unpunctuated question run on after a reaction or a preface is found; more ways of asking for
a place on their team. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    # the answer said back, checked
    "so it's less about the tools and more about reading the customer right",
    "So the night shift is like a family for you, yes?",
    "okay so you're basically the go-between for the crew and the client huh",
    # what their own workplace does
    "Your clinic takes student volunteers, right?",
    "your firm has a rotation program right",
    # which thing a name means
    "The 4G is the one where you weld overhead, right?",
    "Sorry, 'bench time' means the hours you spend at the lab bench, yes?",
])
def test_a_tag_that_checks_what_was_heard_is_not_leading(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "So the audits must be the worst part of the job, right?",
    "so the overtime is totally worth it in the end right",
    "So, uh, the paperwork is kind of the boring part, right?",
    "Your shop must love having veterans on the crew, right?",
    "so you'd tell anyone starting out to skip the degree right",
])
def test_a_tag_on_a_guess_or_a_verdict_still_leads(text):
    assert score_utterance(text).leading


@pytest.mark.parametrize("text, kind", [
    ("oh that's good to hear um so what's been the toughest part for people my age", "open"),
    ("i drive a forklift right now i don't have any of that what would be the first thing to do", "open"),
    ("ha that's how i got hooked too what was teaching like compared to like working in a lab", "open"),
    ("i guess i have to ask the obvious one first does working nights mess with your sleep", "closed"),
    ("okay with my with my navy years would any of that count toward the hours", "closed"),
    ("wow okay two more years um and is the residency paid or unpaid", "closed"),
    ("hi i'm dev i'm a senior in finance and my first question is just is audit season really that bad", "closed"),
    # sets 194-201
    ("okay the night float thing is that actually real or is it just a rumor", "closed"),
    ("ha okay totally different thing but is on call as bad as people say", "closed"),
    ("thirty years oh my goodness is the job honestly as hard as it looks", "closed"),
    ("the lab sounds very nice um what you do in the lab exactly like you test samples or", "open"),
    ("what made you almost leave was it was it the hours or the pay", "open"),
    ("three rigs ha so what what happens then do you like start over from scratch or", "open"),
    ("wow i didn't know that do you need to be certified first", "closed"),
    ("i'm a sophomore and um i guess is forensic accounting like a real career", "closed"),
    ("the truck is my office um i want to ask is your practice maybe hiring techs because i learn fast", "closed"),
    ("i was gonna ask about that actually is it strange being the oldest one there", "closed"),
])
def test_a_run_on_question_after_a_reaction_or_preface_is_found(text, kind):
    assert question_type(text) == kind


def test_a_thing_set_against_what_they_do_is_one_question():
    s = score_utterance("What's the biggest difference between hospital work and what you do at the clinic?")
    assert not s.stacked


def test_does_with_a_gerund_subject_asks():
    assert question_type("does being on call all the time wear you down") == "closed"
    assert question_type("is being on call all the time part of the job") == "not_a_question"


@pytest.mark.parametrize("text", [
    "Would your shop have room for a helper over the summer?",
    "Are any of those dispatcher jobs open right now?",
    "Any chance your kitchen could use someone on weekends?",
    "so what would i need to do to work at your station",
    "I'd be really interested in working there once I finish school.",
    "How would I go about applying for one of those internships with you?",
    "would you mind if i put your name down on my application",
    # sets 210-217
    "If the hospital needs more Arabic interpreters, could you tell them my name?",
    "the front desk job that sounds perfect is that position open right now",
    "Maybe I could be your assistant next season.",
    "my brother and i both want in could you refer us",
])
def test_more_asks_for_a_place_on_their_team(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "I used to work at your hospital years ago. What's changed since then?",
    "I like working there, but the hours are long.",
    "What would you say it takes to work in a kitchen like yours?",
])
def test_their_workplace_named_without_asking_for_a_place(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text", [
    "Why would anybody leave a union job like that?",
    "With my sales background I'd be decent at the client side, wouldn't I?",
    "Print is dying, is it not?",
    "What makes hospice work so much healthier than the ICU?",
])
def test_more_ways_of_pushing_an_answer(text):
    assert score_utterance(text).shown("leading")


def test_a_claim_before_the_question_is_no_courtesy():
    s = score_utterance("Sales is obviously the hardest part to learn, so how did you pick it up?")
    assert s.shown("leading")
    courtesy = score_utterance("You must get asked this constantly, but how did you pick it up?")
    assert not courtesy.shown("leading")


def test_a_comparison_with_the_usual_pushes_nothing():
    assert not score_utterance("What made that season so much busier than usual?").leading


@pytest.mark.parametrize("text, kind", [
    ("okay um switching to money what's what's the starting pay for a welder around here", "closed"),
    ("four am wow that is very early um how you can sleep enough like that", "open"),
    ("okay so the the union thing does that follow you if you move states", "closed"),
    ("english is not my first language sorry i want to ask how you start in this job", "open"),
    ("they scrapped the whole season why like what was wrong with it", "open"),
    ("i guess what i want to know is what's it really like on a night shift", "open"),
])
def test_more_run_on_questions(text, kind):
    assert question_type(text) == kind


def test_done_right_is_not_a_tag():
    s = score_utterance("oh no um so what does that actually mean like making sure the wiring gets done right")
    assert s.question_type == "open" and not s.leading


@pytest.mark.parametrize("text, leads", [
    ("so overtime kind of decides your whole year right", False),
    ("you wouldn't happen to need another pair of hands on the morning crew would you", False),
    ("so flight school is like super expensive right", True),
    ("so if i get my cdl you'd be able to get me on at your company right", True),
])
def test_a_tag_after_so_checks_unless_it_judges_or_asks_a_favour(text, leads):
    assert bool(score_utterance(text).leading) == leads


@pytest.mark.parametrize("text", [
    "which one makes the most money",
    "that's a lot with two kids um would my army training count toward the hours or would i start from zero",
])
def test_sets_226_233_questions_found(text):
    assert question_type(text) == "closed"


@pytest.mark.parametrize("text, kind", [
    ("i'm making a reel right now what would make a reel like that stand out to you", "open"),
    ("nine years wow so what's kept you there that long", "open"),
    ("outages wait what kind of outages come up in a week", "open"),
    ("when you say a lot of travel like how many nights a month are we talking", "closed"),
])
def test_sets_234_241_questions_found(text, kind):
    assert question_type(text) == kind
