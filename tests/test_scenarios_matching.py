"""Matching questions to topics survives paraphrase, speech-recognition slips and follow-ups.

The wordings here are deliberately not the scenarios' example phrasings nor the lexicon's
examples: they test what the matcher does with questions nobody wrote down.
"""

from __future__ import annotations

import pytest

from practice.scenario import Matcher, load_scenario
from practice.scenario.text import normalize

SCENARIOS = ["nurse", "ux_researcher", "data_scientist", "teacher", "marketing", "civil_engineer"]


@pytest.fixture(scope="module")
def matchers():
    return {name: Matcher(load_scenario(name)) for name in SCENARIOS}


PARAPHRASES = [
    ("How did you end up doing this?", "path"),
    ("What's a normal Tuesday like for you?", "day_to_day"),
    ("So what is it that keeps you in this line of work?", "enjoy"),
    ("What would people be surprised to learn isn't true about your job?", "stereotypes"),
    ("How do people get along where you work?", "culture"),
    ("What's the catch with this job?", "perks_and_downsides"),
    ("If you were twenty-two again, what would you tell yourself?", "wish_known_earlier"),
    ("What's going to look different about this work in a decade?", "future"),
    ("Do you get along with your coworkers?", "culture"),
    ("Is the money good?", "pay"),  # format 2: every scenario has a pay topic
]


@pytest.mark.parametrize("name", SCENARIOS)
@pytest.mark.parametrize("question,topic", PARAPHRASES)
def test_paraphrases_of_classic_questions(matchers, name, question, topic):
    match = matchers[name].match(question)
    assert (match.kind, match.topic) == ("topic", topic), match.ranking


@pytest.mark.parametrize("question,topic", [
    ("What do you enjoi most about your wrok?", "enjoy"),          # typing-style slips
    ("What are the parks of the job?", "perks_and_downsides"),     # misheard vowel
    ("What's your day today like?", "day_to_day"),                 # Whisper's "day to day"
    ("Which stereo types about nurses are true?", "stereotypes"),  # split word
    ("How did you and up in this roll?", "path"),                  # "end up", "role"
])
def test_transcription_errors(matchers, question, topic):
    assert matchers["nurse"].match(question).topic == topic


def test_spelling_correction_moves_only_unknown_words(matchers):
    m = matchers["nurse"]
    assert m.correct(["wrok", "parks", "stereo", "types", "value", "night"]) == \
        ["work", "perks", "stereotypes", "value", "night"]


@pytest.mark.parametrize("name,question,detail", [
    ("nurse", "You said Mr Alvarez was on the ventilator for ages, how is he doing now?", "mr_alvarez"),
    ("nurse", "What exactly is a mock code?", "mock_codes"),
    ("teacher", "Whatever happened to Connor?", "connor"),
    ("data_scientist", "The frozen peas story is great, what was going on there?", "frozen_peas"),
    ("civil_engineer", "Can you tell me more about Walt?", "walt"),
    ("marketing", "How did that Wet Weekends idea start?", "wet_weekends"),
    ("ux_researcher", "Can you say more about the customer hour?", "customer_hour"),
])
def test_follow_ups_that_name_a_planted_detail(matchers, name, question, detail):
    match = matchers[name].match(question)
    assert (match.kind, match.detail) == ("detail", detail), match.ranking
    assert match.topic == load_scenario(name).detail(detail).topic


def test_words_and_meaning_together_find_the_persons_own_topic():
    """ "Overnight" is none of the night-shift topic's words; its meaning is (the dialogue
    manager reads a turn by words and sentence embeddings together)."""
    from practice.scenario.memory import Memory
    from practice.scenario.understanding import Understanding

    reading = Understanding(load_scenario("nurse")).read("Do you ever get used to working overnight?", Memory())
    assert reading.topic == "night_shift" and reading.confident


def test_common_words_do_not_trigger_details(matchers):
    # "patients" is a keyword of a nurse detail but says nothing in a nurse's scenario
    match = matchers["nurse"].match("How do you talk to relatives when one of your patients is dying?")
    assert match.kind == "topic" and match.topic == "families"


@pytest.mark.parametrize("name,question,topic", [
    ("teacher", "How much marking do you take home?", "marking"),
    ("civil_engineer", "What happens when a big water main bursts?", "main_breaks"),
    ("marketing", "Do you pay influencers?", "social_media"),
    ("data_scientist", "How do you forecast demand for thousands of products?", "forecasting"),
    ("ux_researcher", "How do you recruit people for studies?", "participants"),
])
def test_the_persons_own_topics(matchers, name, question, topic):
    assert matchers[name].match(question).topic == topic


def test_turn_with_context_is_matched_on_its_question(matchers):
    match = matchers["nurse"].match(
        "That makes a lot of sense about the families. What does a typical shift look like?")
    assert match.topic == "day_to_day"


def test_unrelated_questions_are_unmatched(matchers):
    match = matchers["teacher"].match("What's the capital of France?")
    assert match.kind == "unmatched" and match.topic is None, match.ranking
    # the teacher's own advice keywords include "recommend", so words alone read this as advice;
    # the dialogue manager hears a restaurant question as small talk, not a question on a topic
    from practice.scenario import Interviewee

    reply = Interviewee(load_scenario("teacher")).reply("Can you recommend a good pizza place?")
    assert reply.kind == "small_talk" and reply.topic is None


def test_normal_form():
    assert normalize("What's your day-to-day like? 1,200 beds, forty-two nurses") == \
        "what is your day to day like 1200 beds 42 nurses"


def test_matching_many_questions_gives_the_same_answers(matchers):
    """Speed (under 50 ms a match) is a benchmark, not a test: bench/speed.py prints it with the
    load average. Here: matching again gives the same answer (no state leaks between matches)."""
    m = matchers["marketing"]
    questions = [q for q, _ in PARAPHRASES]
    first = [(r.kind, r.topic) for r in map(m.match, questions)]
    again = [(r.kind, r.topic) for r in map(m.match, questions * 2)]
    assert again == first * 2


def test_words_typed_as_said_in_scots_read_as_standard_english(talk):
    """Set t's Glaswegian writer: "how dae ye handle it", "whit did ye say", "cannae"."""
    assert normalize("how dae ye handle them wi the rowdy ones") == "how do you handle them with the rowdy ones"
    assert normalize("I cannae just stop, whit would ye dae?") == "i cannot just stop what would you do"
    reply = talk("teacher", "What does a normal day look like?").reply("Have ye seen anybody like me actually dae that?")
    assert reply.kind == "example"
