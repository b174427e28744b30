"""What turn sets 546 to 553 showed (first looks in bench/README.md): in a transcript, "right"
after "look", "sound" or "can't do anything" is no tag, "don't you think so" is one, and a tag
followed by a verdict still leads; "that is that is" said twice, "the only person who ..." and
"wait ... that's so not what i pictured" ask nothing; "like what's different about ..." asks; a
transcript that is only a wh-question after a lead-in is no reflection; five job-ask readings."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask


@pytest.mark.parametrize("text", [
    "okay that's a relief because i'm i'm an accountant i spend all day in excel and i'm honestly kind of good at"
    " spotting when numbers don't look right",
    "i mean i run a warehouse right now and honestly we get the same thing at peak season everybody's stretched and"
    " you can't do anything right",
    "oh i'm sorry about that that is that is very hard",
    "my grandpa was on hospice last year and the lady who came was like the only person who made my grandma laugh"
    " that whole time",
    "wait eighty percent desk that's so not what i pictured",
])
def test_statements_in_a_transcript_ask_nothing(text):
    assert score_utterance(text).question_type == "not_a_question"


@pytest.mark.parametrize("text, kind", [
    ("the agency don't give time that's not fair i think they should give like one day off for this don't you"
     " think so", "closed"),
    ("that's interesting i always assumed nights would be the worst like what's different about the team at night",
     "open"),
    ("you must need a phd to do what you do right", "closed"),
])
def test_questions_in_a_transcript_are_found(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text", [
    "i bet people feed the squirrels like constantly right that's gotta drive you crazy",
    "i bet you're like worried about colony collapse and all the pesticides right that must keep you up at night",
    "i bet the building part is like the best part of your day right way better than sitting at the computer",
])
def test_a_guess_with_its_tag_then_a_verdict_leads(text):
    scored = score_utterance(text)
    assert scored.question_type == "closed" and scored.leading


def test_a_wh_question_after_a_lead_in_is_no_reflection():
    found = score_utterance("right right so what's what's a normal shift look like for you like start to finish",
                            previous="Ha, TV has a lot to answer for. Car crashes happen, but most of our day is"
                            " chest pain, belly pain, falls.").listening
    assert not found.reflection


def test_saying_back_before_the_question_can_still_reflect():
    found = score_utterance("oh wow so you basically got thrown in the deep end and it stuck um what was that first"
                            " month like", previous="I had never cooked on a line before. They put me on the grill"
                            " my first night because someone quit, and I just never left.").listening
    assert found.reflection


@pytest.mark.parametrize("text", [
    "That's funny, because that's literally my degree. Have you ever thought about hiring someone to do your"
    " marketing part-time?",
    "Okay, I will read your papers first then. Is it possible that I join your lab as master's student next year?",
])
def test_job_asks_found_in_sets_546_553(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "I'm actually looking at mortuary science programs. Do you know if any of the homes around here hire"
    " apprentices while people are in school?",
    "The restaurant thing seems huge. Do you still sell mostly at markets, and how did you get that restaurant to"
    " put your name on the menu?",
])
def test_employers_in_general_and_their_name_on_a_menu_are_no_job_ask(text):
    assert job_ask(text) is None


def test_putting_their_name_down_still_asks():
    assert job_ask("if i apply in march can i like put your name down as the one who referred me")


@pytest.mark.parametrize("text", ["Really? That is good news for me.",
                                  "Really? Thank you so much, I will send it tonight!",
                                  "Oh, really? So my languages can be a plus for me, not a problem."])
def test_really_then_only_statements_is_surprise_not_a_question(text):
    assert score_utterance(text).question_type == "not_a_question"


def test_really_then_a_question_is_that_one_question():
    scored = score_utterance("Really? How does that work?")
    assert scored.question_type == "open" and not scored.stacked


@pytest.mark.parametrize("text, kind", [
    ("And which part you don't like?", "open"),
    ("Which part do you enjoy the most?", "open"),
    ("which part you like more?", "closed"),
    ("The contract towers, what is the difference from the FAA ones? Is it less money?", "open"),
])
def test_invitations_and_guesses_found_in_sets_546_553(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text, heard", [
    ("Yes please. Also, what skills should I learn before, like coding or lab techniques?", "yes please"),
    ("Totally, no pressure. What's something you wish you'd known before you bought the goats?",
     "totally, no pressure"),
    ("No, I didn't. I'll look that up. What does your crew look like in the busy season?", "i'll look that up"),
    ("I'll bet. How much pressure is there to hit numbers?", "i'll bet"),
])
def test_taking_up_an_offer_or_advice_acknowledges(text, heard):
    found = score_utterance(text, previous="We take two undergrads each summer through the REU program. I'd be"
                            " happy to tell you more about it.").listening
    assert found.acknowledgement and heard in found.evidence["acknowledgement"]
