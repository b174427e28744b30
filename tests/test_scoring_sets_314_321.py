"""What turn sets 314 to 321 showed (first looks in bench/README.md): more job asks, a day's
shadowing that is none, bare "like how" / "huh why" / "which boards" asked at the end of a
transcript, a subject said without its article, "what is like the best part", a verb's "it"
before "doesn't it", a restart across a hesitation, and tags that are no tags."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.questions import find_questions
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "oh no um my birthday is in september so i have like five month is there anything i can do fast like can you call"
    " somebody at the f a a for me",
    "okay that's really helpful thank you um and does your hospital like hire cnas cause i would love to to work in the"
    " er there",
    "This is perfect for me. Does your company do this? Maybe you can give me the name of the recruiter there?",
    "Your hotel has weekend shifts for bakery? I can work Saturday and Sunday, I am very fast learner.",
    "that's good to hear does your company do one of those and would they maybe take somebody who's been out of work as"
    " long as me",
    "do you think i'd have a shot at like a runner job at your place i work retail right now",
    "Do you have assistant now, or you will need one for next project?",
    "oh really does your hospital do that and um could you like put me in touch with whoever runs it so i could get in",
    "oh that's perfect um would would your agency take me if i did the training with them",
    "wow okay um last question for you if i do get my c d l would you would you mind vouching for me with your carrier",
    "You're probably swamped all summer, right? I'd bet you could use a second diver.",
    "Maybe you can be my study partner? Or you know somebody in the court who need a new interpreter, I can start with"
    " small cases.",
])
def test_job_asks_found_in_sets_314_321(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "Would you ever be open to me shadowing you on a job for a day? I'd love to see what the work actually looks like.",
    "What's the most important thing you'd want someone like me to know before I start looking for an apprenticeship?",
    "Would you be comfortable passing on her name or email so I can get in touch?",
])
def test_shadowing_and_advice_are_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("thank you so much um last question what is like the best part of the job for you", "open"),
    ("um in korea i study for a story and i want to to work in the park in america after i graduate how can"
     " international student get into this job", "open"),
    ("oh wow okay thank you um no joke like how", "open"),
    ("therapy ha like what", "open"),
    ("stats huh why", "open"),
    ("no totally um which boards", "closed"),
    ("it depends on which boards", "not_a_question"),
    ("eight years in hospice i i don't know how you do it doesn't it get to you", "closed"),
    ("i don't know how you do it", "not_a_question"),
    ("mm so my degree um my degree from there it doesn't count here for planning or it count", "closed"),
    ("okay a few weeks only that's not so bad um and the the skills test what what they ask you to do there", "open"),
    ("okay that makes sense so basically the exam is what really counts and the school is just how you get to sit for"
     " it", "not_a_question"),
    ("nineteen years and nineteen dollars huh that's that's not right", "not_a_question"),
    ("i bet the pay's pretty good though right since nobody really wants to do it", "closed"),
])
def test_questions_found_in_sets_314_321(text, kind):
    assert question_type(text) == kind


def test_a_bare_like_what_follows_up_on_their_words():
    said = score_utterance("okay fair like what", previous="It helps with the fear and the knots. But trees are"
                           " different. Gym climbers usually have a few bad habits to unlearn.")
    assert said.listening.follow_up and not said.listening.topic_switch


def test_a_restart_across_a_hesitation_is_one_question():
    said = score_utterance("so how did you um how did you get your first producing job",
                           previous="That's actually a really transferable skill. Half of producing is knowing what to cut.")
    assert not said.stacked and not said.listening.reflection
    asked = find_questions("so how did you um how did you get your first producing job").questions
    assert [a.sentence for a in asked] == ["so how did you get your first producing job"]
