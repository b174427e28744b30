"""What the tenth and eleventh interview-turn sets showed (issue 14), on rows written here.

Job asks in wordings no phrase rule had seen are read by the learned n-gram reading
(`practice.scoring.asking`); advice about hiring stays advice; without the weights file the
rules alone decide.
"""

import pytest

from practice.scoring import asking, score_utterance
from practice.scoring.job_asks import JOB_ASK, job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Y'all need an extra pair of hands this summer? I could start right after graduation.",
    "would your firm be open to taking a foreign graduate next year",
    # (its first wording, "Would you ever consider me if ...", a phrase rule reads since sets 106-109)
    "Would you ever think about taking me if your lab takes a master's student next year?",
])
def test_job_asks_the_rules_miss_are_read_by_the_learned_reading(text):
    assert not JOB_ASK.search(clean(text).lower())  # the phrase rules alone miss it
    assert asking.asks_for_a_way_in(text)
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "What do you look for when you hire a junior cook?",
    "How did you get your first job in the kitchen?",
    "Who else would you suggest I talk to about the trade?",
    "What's the hardest part of training new hires?",
    "Do you think the industry will hire more people next year?",
])
def test_questions_about_hiring_are_not_read_as_asks(text):
    assert not job_ask(text)


def test_the_evidence_quoted_is_the_asking_sentence():
    text = "Great, that was really useful. Is there any chance I could help out on your crew this summer?"
    assert asking.asks_for_a_way_in(text) == "Is there any chance I could help out on your crew this summer?"


def test_without_the_weights_the_rules_decide(monkeypatch, tmp_path):
    monkeypatch.setattr(asking, "WEIGHTS", tmp_path / "missing.json")
    asking.model.cache_clear()
    try:
        assert asking.asks_for_a_way_in("if your shop ever needs an extra pair of hands on weekends i'm your guy") is None
        assert job_ask("Are you hiring right now?")  # a phrase rule
    finally:
        asking.model.cache_clear()


from practice.scoring import praise  # noqa: E402
from practice.scoring.confidence import bar  # noqa: E402

ED = "I'm an emergency physician at a county hospital. I did my residency there and never left; it's been nine years now."
COWS = ("First milking starts at four. I check the fresh cows, anyone who's calved recently, and walk the "
        "pens looking for lameness or anyone off their feed. Then it's whatever broke overnight.")


def test_a_fact_said_back_before_a_question_is_not_praised_as_a_reflection():
    s = score_utterance("Nine years in the same ED, wow. What has kept you there all this time?", previous=ED)
    assert not s.shown("reflection")
    assert s.listening.acknowledgement


def test_a_paraphrase_in_the_users_own_words_is_praised():
    s = score_utterance("So really you're reading the cows for small signs before they turn into big problems.",
                        previous=COWS)
    assert s.shown("reflection")


def test_the_meaning_is_encoded_only_when_the_signs_leave_it_open():
    calls = []

    def similarity():
        calls.append(1)
        return 0.5

    mine = praise.signs("I grew up on a farm and I milked cows every morning myself.", COWS,
                        "I grew up on a farm and I milked cows every morning myself.", 0.6,
                        says_back=False, evaluates=False, about_myself=True, asks=False)
    assert praise.confidence(mine, similarity) < bar("reflection")
    assert not calls


def test_without_the_weights_the_counselling_models_probability_is_the_confidence(monkeypatch, tmp_path):
    monkeypatch.setattr(praise, "DATA", tmp_path)
    praise.model.cache_clear()
    try:
        found = praise.signs("So it's more trucking than bees.", COWS, "So it's more trucking than bees.", 0.83,
                             says_back=True, evaluates=False, about_myself=False, asks=False)
        assert praise.confidence(found, lambda: 0.5) == 0.83
    finally:
        praise.model.cache_clear()


@pytest.mark.parametrize("text,qtype", [
    # a wh-word as the subject, after a reaction, in a transcript
    ("oh man three am thats rough um what actually happens when the system breaks", "open"),
    # "i guess" is a hedge before the question, not a verb taking it
    ("so i guess um whats it actually like being a pastry chef", "open"),
    # an embedded "how you did it" under a yes/no question
    ("so like keep the paycheck and test it on weekends is that how you did it", "closed"),
    # a question after a discourse marker, found by word order
    ("so is tax season really as rough as everyone says", "closed"),
    # curiosity stated mid-run, with no question form after it
    ("so i'm coming from eight years in retail and i was wondering what you look for in new hires", "open"),
    # "show what changed" is an instruction said back, not a question
    ("okay so basically show what changed because of you not just list your duties", "not_a_question"),
])
def test_unpunctuated_questions_found_by_word_order(text, qtype):
    assert score_utterance(text).question_type == qtype


APPRENTICE = ("I hung around a shop for a year before the owner took me on. Apprenticeships are usually "
              "unpaid and last one to three years.")


@pytest.mark.parametrize("text", [
    "Unpaid for one to three years? How did you pay the rent?",
    "A whole year in the shop? What kept you going back?",
])
def test_the_answer_asked_back_before_a_question_is_not_stacked(text):
    s = score_utterance(text, previous=APPRENTICE)
    assert not s.stacked
    assert s.listening.acknowledgement


def test_two_new_questions_are_still_stacked():
    s = score_utterance("What do you enjoy most? Do you work weekends?", previous=APPRENTICE)
    assert s.stacked
