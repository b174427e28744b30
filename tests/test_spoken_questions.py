"""The learned reading of questions in transcripts without punctuation (`spoken_questions`).

The run-ons below are from sets 978-993, where the word-order rules read them as statements on
the first look (commit ca03c6d); the shipped reading finds the question in each."""

from __future__ import annotations

import json

import pytest

from practice.scoring import spoken_questions
from practice.scoring.questions import find_questions
from practice.scoring.score import score_utterance


@pytest.fixture(autouse=True)
def _fresh_reading():
    spoken_questions.reading.cache_clear()
    yield
    spoken_questions.reading.cache_clear()


RUN_ONS = [
    ("a mile and a half in the dark that's um kind of terrifying what kind of stuff goes wrong", "open"),
    ("oh that is so heavy um how you are not taking that home with you every night", "open"),
    ("twelve hundred hives wow and you move them all on trucks how many trucks is needed", "closed"),
    ("oh desperate so um if you're so desperate maybe your school is hiring a science teacher next year", "closed"),
]


@pytest.mark.parametrize("text,want", RUN_ONS)
def test_the_reading_finds_a_run_on_question(text, want):
    assert score_utterance(text, previous="It took me years to get here, honestly.").question_type == want
    found = find_questions(text).deciding
    assert found is not None and "no punctuation" in found.form.why


@pytest.mark.parametrize("text,want", RUN_ONS)
def test_the_rules_alone_read_them_as_statements(text, want, monkeypatch):
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert spoken_questions.reading() is None
    assert find_questions(text).question_type == "not_a_question"


@pytest.mark.parametrize("text", [
    "so you're kind of invisible like your job is to not be there even though you're the one talking",
    "okay yeah no totally i'll do that thank you so much this was like really really helpful",
])
def test_a_saying_back_and_thanks_stay_statements(text):
    assert spoken_questions.question_form(text) is None


@pytest.mark.parametrize("text", [
    "you have to wait so long for the results",              # short: its pitch decides
    "i still don't know what happened with the first batch we sent out",  # the user's own statement
    "what really drew me to it in the first place was the people there",  # a cleft
    "it's crazy how many people in this field are still paying off their loans",  # a clause said
])
def test_turns_text_cannot_settle_are_left_to_the_rules(text):
    assert spoken_questions.left_to_the_rules(text.split())
    assert spoken_questions.question_form(text) is None


def test_punctuated_turns_are_left_to_the_rules():
    # the same words with a full stop: the writer (or Whisper) marked it a statement
    text = "A mile and a half in the dark, that's kind of terrifying, what kind of stuff goes wrong."
    assert spoken_questions.question_form(text) is None


def test_features_mark_the_end_and_the_start():
    grams = spoken_questions.features("wow so um how many trucks is needed")
    assert {"how many trucks", "E:needed", "E2:is needed", "L:needed", "S:wow", "LEN:1"} <= grams
    assert "um" not in grams  # fillers are dropped, as everywhere in the scorer


def test_a_missing_or_broken_weights_file_leaves_the_rules(tmp_path, monkeypatch):
    text = RUN_ONS[0][0]
    monkeypatch.setattr(spoken_questions, "WEIGHTS", tmp_path / "absent.json")
    assert spoken_questions.reading() is None and spoken_questions.question_form(text) is None
    spoken_questions.reading.cache_clear()
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"asks": {}}), encoding="utf-8")
    monkeypatch.setattr(spoken_questions, "WEIGHTS", broken)
    assert spoken_questions.reading() is None and spoken_questions.question_form(text) is None


def test_a_closed_question_only_the_reading_heard_is_not_criticised():
    # said back as a statement or asked as a check: the type is kept, the criticism not shown
    score = score_utterance(RUN_ONS[2][0], previous="We move about twelve hundred hives every spring.")
    assert score.question_type == "closed"
    assert score.confidence["closed"] == spoken_questions.CLOSED_CONFIDENCE < 0.7
    assert not score.shown("closed")


def test_the_scorers_warm_up_reads_the_weights():
    from practice.scoring import warm_up

    assert spoken_questions.reading.cache_info().currsize == 0
    warm_up()
    assert spoken_questions.reading.cache_info().currsize == 1
