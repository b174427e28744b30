"""What turn sets 442 to 449 showed (first looks in bench/README.md): more job asks, and a tour of
the workplace is none; a rule of entry checked with a tag ("There's an age cutoff, right?") does
not lead; "how did you get into it" names the career, not the answer; "what did you major in"
asks one fact; a wh-question said without inversion after "one more thing" or a fact asks;
"Campfire talks, how nice." exclaims; short replies that take the answer in acknowledge it."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.job_asks import job_ask
from practice.scoring.pointing import points_back
from practice.scoring.questions import find_questions, is_exclamation


@pytest.mark.parametrize("text", [
    "Okay, I will. Could you look over my GitHub and tell me if it's strong enough to apply for the junior SRE role"
    " your team posted?",
    "okay i'm i'm not scared of getting stung so could i like apply for the spring crew and um what do you look for in"
    " the new guys",
    "you think i could do like a summer thing with your crew like shadowing or a helper spot",
    "Could your agency be one of those field placements? And if it went well, would there be a chance of a job after?",
    "That would be amazing, thank you. Could you possibly mention that I'd be interested in the technician job when"
    " you email her?",
    "sixteen months okay and then um would your hospital have like a new grad residency i could apply into or",
    "Really? Is your lab maybe looking for one more technician?",
])
def test_job_asks_found_in_sets_442_449(text):
    assert job_ask(text)


def test_a_tour_of_the_workplace_is_no_job_ask():
    assert not job_ask("Okay, last question, and feel free to say no: does your facility ever take students for tours"
                       " or shadowing? I'd love to see a real radar room before I pick a major.")


@pytest.mark.parametrize("text", [
    "There's an age cutoff for getting hired, isn't there? I'm twenty-nine.",
    "There's an age limit too, isn't there? I read somewhere you have to start before 31.",
    "But there is age limit, no? I heard you must start before thirty-one.",
    "And you're fully credentialed at this point, right? I know there are a lot of exams.",
])
def test_a_fact_checked_with_a_tag_does_not_lead(text):
    assert not score_utterance(text).leading


@pytest.mark.parametrize("text", [
    "So it's really attitude more than talent, isn't it?",
    "I bet there's a mountain of applicants for every assistant opening, isn't there?",
])
def test_a_push_with_a_tag_still_leads(text):
    assert score_utterance(text).leading


@pytest.mark.parametrize("text", ["How did you get into it?", "what got you into this in the first place"])
def test_getting_into_it_names_the_career(text):
    assert not points_back(find_questions(text).questions)


def test_a_question_about_the_answer_still_points_back():
    assert points_back(find_questions("Is it hard on your family?").questions)


def test_getting_into_it_is_no_follow_up_after_an_unrelated_answer():
    said = score_utterance("Got it. How did you get into it yourself?",
                           previous="The pay is decent once you're certified, and the overtime in the winter helps.")
    assert not said.listening.follow_up


@pytest.mark.parametrize("text", ["What did you major in?", "ok so what did you major in",
                                  "Yeah, that's fair. What did you study in college?"])
def test_what_you_studied_asks_one_fact(text):
    assert find_questions(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    "thank you so much really um one more thing where you think the beekeeping is going like in ten years with all the"
    " mites",
    "wow the bees they go on the truck to california every year how they don't die on the road",
])
def test_a_wh_question_without_inversion_asks(text):
    assert find_questions(text).question_type == "open"


def test_an_embedded_how_still_states():
    assert find_questions("i love how you explain things").question_type == "not_a_question"


def test_their_words_then_how_nice_exclaims():
    assert is_exclamation("Campfire talks, how nice.")
    said = score_utterance("Campfire talks, how nice. And what you talk about in the campfire?")
    assert not said.stacked
    assert not is_exclamation("Campfire talks, how long?")
    assert not is_exclamation("I'm curious, um, what a typical day is like on, you know, on a really busy news day.")


@pytest.mark.parametrize("text", [
    "Okay, I will. Could you look over my GitHub?",
    "okay fair um what about the grading and the parents and all that how much of your week does that eat up",
    "This is good news, I was afraid I must start from zero. Do you think I can apply?",
    "that actually helps a lot um are you guys hiring new grads in the er",
    "I believe it. But the pay is a huge step down from tech, isn't it?",
    "okay that actually gives me hope cause i'm forty five",
    "oh make sense um the bee they sting you a lot",
    "yeah the hours part is what scares me um do you ever take like interns in your lab",
])
def test_short_replies_that_take_the_answer_in_acknowledge(text):
    assert acknowledgement(text)
