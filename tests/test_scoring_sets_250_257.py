"""What turn sets 250 to 257 showed (first looks in bench/README.md): a guess at the answer to
the user's own question ("... was it the money?") and the "it" of a price are not pointing at
the answer; more reactions, job asks and ways of asking in a second language's word order.
Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text, previous", [
    # the labelled pair (set 250s: no follow-up, a switch); after "I wired houses for ten years
    # before I went commercial", which this row read before, picking electrical is about the answer
    ("How did you pick electrical over the other trades? Was it the money or something else?",
     "Pretty much. I tell every first-year the same thing: your knees are your retirement plan."),
    ("how did you get into it was it like a two year program or did you come from the military",
     "I run the night shift at the regional center now."),
    ("how much does it pay like is it enough to actually live on",
     "The agency would say I'm supposed to keep professional boundaries."),
])
def test_a_guess_at_the_users_own_question_is_no_follow_up(text, previous):
    assert not score_utterance(text, previous=previous).listening.follow_up


def test_a_pronoun_for_what_they_described_still_follows_up():
    s = score_utterance("How long did it take you to get used to that?",
                        previous="The first winter on the boat I was sick every single day.")
    assert s.listening.follow_up


@pytest.mark.parametrize("text, previous", [
    ("really i wouldn't have thought that um what's the best way to get into nursing school right now",
     "Your retail background would help more than you think."),
    ("That really moves me. Do you think your agency would hire someone like me?",
     "It's the families. You hold a lot of that."),
    ("I'd like to believe that. How did you get into lending yourself?",
     "People rise to it when someone takes them seriously."),
])
def test_reactions_found_in_sets_250_257(text, previous):
    s = score_utterance(text, previous=previous)
    assert s.listening.acknowledgement and not s.listening.topic_switch


@pytest.mark.parametrize("text", [
    "And your agency, would they hire someone my age right after the course?",
    "Does your agency take people who are still finishing their CNA certificate?",
    "Do you know if any of the productions you work with are looking for an assistant editor?",
    "When do you usually post the seasonal tech jobs, and would you keep an eye out for my application?",
    "um is hartley ever hiring local drivers or do you know who i'd call over there",
    "could you give me the name of whoever does the hiring at your agency so i can call them",
    "Good plumbers hard to find, okay. So maybe you need apprentice now?",
    "okay thank you very much um your company it needs groundie now maybe i can come show you",
    "so first i have to work on crew like yours you are hiring climbers now",
    "Is it possible I can be assistant here in your center?",
    "Got it. I'm graduating in May. Would you ever take on an apprentice, or could I maybe shadow you on a session?",
    "but how could someone like me get on with your crew when you're moving hives? I'd work cheap.",
])
def test_job_asks_found_in_sets_250_257(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "What do you look for when you're hiring a new tech?",
    "do they hire people my age or is it mostly young folks just out of school",
    "where do you think the field is heading like are museums still hiring curators",
    "would you be willing to like look at my reel when it's done and tell me if i'm on the right track",
    "would you be willing to like let me sit in on one of your classes before i commit to anything",
    "That's good to know. If you were me, what would you do this summer to have the best shot at a seasonal job"
    " next year?",
    "Before I apply to the program, would you be open to letting me shadow you for a day?",
    "the gap on my resume would be a problem do you think hiring managers will see it as a red flag",
])
def test_advice_and_worries_are_no_job_ask(text):
    assert not job_ask(text)


@pytest.mark.parametrize("text, kind", [
    ("I see. My degree is from Colombia. What I need to do to work as planner here?", "open"),
    ("in my country i drive a bus for six years so i know the long day but not the sleeping in the truck so how you"
     " get used to it", "open"),
    ("counting reds what what's a red", "closed"),
    ("wait six tens what's that mean", "closed"),
    ("How would my QA background translate, or would I basically be starting from zero?", "open"),
    ("What kind of work you do day to day? Is more programming or more math?", "open"),
    ("How do chefs usually see someone my age? Would they just assume I'll quit?", "open"),
    # not changed: what a term means, asked alone, and a "when" clause before the question
    ("You said you sort of married into the business. What does that mean?", "open"),
    ("When you get paged at 3 a.m., what happens next? Walk me through it.", "open"),
])
def test_questions_found_in_sets_250_257(text, kind):
    assert question_type(text) == kind


def test_a_when_clause_is_not_asked_as_a_second_question():
    assert not score_utterance("One week in six isn't bad. When you get paged at 3 a.m., what happens next? "
                               "Walk me through it.").stacked
