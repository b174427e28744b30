"""Transcripts without punctuation or apostrophes are judged like their written forms."""

import pytest

from practice.scoring import score_utterance

PREVIOUS = "I spent three years on the night shift in the cardiac unit."


@pytest.mark.parametrize("bare,written", [
    ("thats really interesting how did you get into that",
     "That's really interesting. How did you get into that?"),
    ("dont you think the pay is too low", "Don't you think the pay is too low?"),
    ("wow okay what happened next", "Wow, okay. What happened next?"),
    ("do you like your job", "Do you like your job?"),
])
def test_bare_transcript_scores_like_the_written_form(bare, written):
    a = score_utterance(bare, previous=PREVIOUS).to_dict()
    b = score_utterance(written, previous=PREVIOUS).to_dict()
    for key in ("question_type", "leading", "stacked", "job_ask"):
        assert a[key] == b[key], key
    cues = ("acknowledgement", "reflection", "reference", "follow_up", "topic_switch")
    assert {k: a["listening"][k] for k in cues} == {k: b["listening"][k] for k in cues}


def test_ordinary_words_are_not_taken_for_contractions():
    from practice.scoring.text import restore_apostrophes

    assert restore_apostrophes("its hours were long, well") == "its hours were long, well"
    assert restore_apostrophes("Thats what im asking") == "That's what I'm asking"


@pytest.mark.parametrize("text,expected", [
    ("How interesting!", "not_a_question"),
    ("how interesting", "not_a_question"),
    ("What a story.", "not_a_question"),
    ("How strange. How did that happen?", "open"),
    ("How big is the team?", "closed"),
])
def test_exclamations_are_not_questions(text, expected):
    from practice.scoring import question_type

    assert question_type(text) == expected


@pytest.mark.parametrize("text,form,qtype", [
    # a filler between commas leaves the seam: the question after the lead-in decides
    ("Can I ask you, uh, what do you like about the job?", "wh_open", "open"),
    ("So, um, what drew you to nursing?", "wh_open", "open"),
    # a wh-clause under "know" is the object of a yes/no question
    ("You know what I mean?", "declarative", "closed"),
    ("You moved there from where?", "wh_fact", "closed"),
    # spoken contractions of wh-words
    ("Where'd you study?", "wh_fact", "closed"),
    ("How many, uh.", "wh_fact", "closed"),
])
def test_spoken_forms(text, form, qtype):
    from practice.scoring.questions import open_or_closed

    asked = open_or_closed(text)
    assert (asked.form.kind, asked.form.question_type) == (form, qtype)


def test_fillers_leave_sentence_ends_alone():
    from practice.scoring.text import clean, sentences

    assert clean("I think that is fine, uh. So, um, what next?") == "I think that is fine. So, what next?"
    assert sentences("Okay, um. So what do you do?") == ["Okay.", "So what do you do?"]


def test_an_abbreviation_does_not_end_a_sentence():
    from practice.scoring.text import sentences

    assert sentences("What does phone triage at 3 a.m. actually involve?") == [
        "What does phone triage at 3 a.m. actually involve?"]
    assert sentences("I start at 7 a.m. Then I chart.") == ["I start at 7 a.m.", "Then I chart."]
    assert sentences("Did Dr. Patel train you? How?") == ["Did Dr. Patel train you?", "How?"]
    assert not score_utterance("What does phone triage at 3 a.m. actually involve?").stacked


def test_a_phrase_that_finishes_a_question_is_not_a_second_question():
    s = score_utterance("What would you change about your first year? To make it easier?")
    assert (s.question_type, s.stacked) == ("open", False)
    s = score_utterance("What would you change about your first year? Do you regret it?")
    assert (s.question_type, s.stacked) == ("closed", True)
