"""What turn sets 386 to 393 showed (first looks in bench/README.md): more job asks, and feedback
on a reel or a shadowing day "not like a job" is none; an open question keeps its place when a
yes/no guess follows a comma; "And the part you ...?" asks; a quoted line, a "huh." taken in and
a gerund saying a guess again are no questions of their own; "Wait, you ...?" before the one
question is surprise, not a stack."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Thank you. Do you know a tuner in my area who maybe needs a helper? I would like to work with someone and learn.",
    "okay last thing i'm graduating in may is there any way you could like get me onto your crew for this season",
    "Do you hire seasonal crew also? I can work hard, I am used to heat and long days.",
    "Then I think I am a good candidate, ha! If you have an opening on the morning shift, I would love to do a stage"
    " day here.",
    "Youth services, I hadn't even considered that. Are any of the part-time youth positions at your branch open right"
    " now?",
    "oh cool um i was wondering could i maybe like come apprentice in your shop um even just on weekends",
    "Thanks, Carl, this has been great. Would you have any use for a second diver during your busy spring?",
])
def test_job_asks_found_in_sets_386_393(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "okay cool um would it be weird if i asked to like shadow your crew for a day this summer not like a job just to"
    " see it",
    "I loved it. I stopped only because my visa didn't let me work at that time. Now I have the green card.",
    "Okay, that sounds doable. Would you be willing to watch my reel sometime and tell me what a supervising editor"
    " would think of it?",
    "Would you be willing to look at my reel once I've cut a couple of things and tell me what's not working?",
])
def test_no_job_ask_in_sets_386_393(text):
    assert not job_ask(text)


def test_a_job_ask_after_a_shadowing_day_is_still_found():
    assert job_ask("Could I shadow you for a day? And if it goes well, could you let me work a few shifts?")


@pytest.mark.parametrize("text, kind", [
    ("So to be firefighter, first I must have also the EMT certificate. How is this course, is it very difficult?",
     "open"),
    ("What made you decide to go out on your own, was that part of it?", "open"),
    ("Regional, okay. What's the tradeoff there, is it mostly pay?", "open"),
    ("How long is that program, do you know?", "closed"),
    ("What do you enjoy most, and do you work weekends?", "closed"),
    ("That sounds lovely. And the part you'd warn someone like me about?", "open"),
    ("The shop you started at wouldn't be looking for a helper this summer, would it?", "closed"),
    ("In waders three days, this is not what I expected from scientist job. What you do the other days?", "open"),
    ("Would you be comfortable telling me what made the last one worse?", "open"),
    ("Would you mind telling me if they're hiring?", "closed"),
    ("three tries really what was so hard about the exam", "open"),
    ("okay last thing i'm graduating in may is there any way you could like get me onto your crew", "closed"),
    ("okay so the thing to ask is if they pay for the drive time between climbs", "not_a_question"),
    ("wait seriously a frozen chicken that's incredible", "not_a_question"),
    ("Closer to sculpture, huh. So for you it's really an art form, not just a technical job.", "not_a_question"),
    ("So it's either mind-numbing or brutal, nothing in between, huh.", "closed"),
])
def test_questions_found_in_sets_386_393(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "'When's the plumber coming,' oh no. How did you handle that?",
    "Isn't it kind of dangerous, though? Working in open elevator shafts?",
    "That must be the hardest part, isn't it? Being the only one they have?",
    "How did you become certified? I want to know every step.",
    "Thank you, I will. Can I ask also, where do you think this field is going? I read that AI will do actuary work"
    " soon.",
])
def test_one_question_in_sets_386_393(text):
    assert not score_utterance(text).stacked


@pytest.mark.parametrize("text", [
    "Wait, so there are people whose actual job is tasting crackers? How do you even get trained for that?",
    "Wait, you drive bees across the country? How does that even work?",
])
def test_surprise_before_the_question_is_no_stack_shown(text):
    assert not score_utterance(text).shown("stacked")


def test_surprise_before_two_questions_is_still_a_stack():
    said = score_utterance("Wait, people steal hives? How does someone even steal a beehive, and do you ever get them"
                           " back?")
    assert said.shown("stacked")
