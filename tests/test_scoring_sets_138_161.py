"""What turn sets 138 to 153 showed (first looks in bench/README.md): paraphrases the
interview weighing reads between 0.55 and 0.7 are praised now that the reflection bar is 0.55,
and a verdict on a fact said back is still not; a fact said back before a dash and a reaction
acknowledges; a contrast said back reflects; job asks through favours, hours and hands.
Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import praise, question_type, score_utterance
from practice.scoring.confidence import bar

WELDER = ("That's the hard part. My wife and I made a deal: I do a big pipeline job, then I take local "
          "shop work for a while. Not every welder travels, though; shop and structural jobs keep you home.")
PILOT = ("Close to ninety thousand, with the ratings and the instructor certificate. I paid some of it back "
         "by working as a flight instructor, which is how most of us build hours.")
CAMP = "My first posting was six weeks at a remote camp, and I missed two of my kids' birthdays."


@pytest.mark.parametrize("text, previous", [
    ("So travel is not required - I could choose shop work and stay near my family.", WELDER),
    ("oof ninety thousand okay um so instructing is kind of how you earn back the money and the hours "
     "at the same time", PILOT),
])
def test_a_paraphrase_the_weighing_is_fairly_sure_of_is_praised(text, previous):
    s = score_utterance(text, previous=previous)
    assert s.shown("reflection"), s.confidence


@pytest.mark.parametrize("text", [
    "Ha, six weeks at a camp sounds like a nightmare.",
    "Six weeks at a remote camp is a long stretch.",
    "six weeks at a camp wow that sounds rough",
])
def test_a_verdict_on_a_fact_said_back_is_capped_below_the_bar(text):
    s = score_utterance(text, previous=CAMP)
    assert s.confidence["reflection"] <= praise.VERDICT_ON_ECHO < bar("reflection")


def test_a_verdict_with_the_answer_said_back_inside_it_is_weighed_not_capped():
    text = "Six weeks at a camp sounds rough, so you basically missed your kids growing up for that job."
    s = score_utterance(text, previous=CAMP)
    assert s.listening.reflection and s.confidence["reflection"] > praise.VERDICT_ON_ECHO


PASTRY = "And speed matters: at the hotel we make four hundred pastries before breakfast service."
NURSE = "I work twelve hours, and I might triage, start lines and chart all in one shift."
PAYCUT = "I'll be honest: the pay cut is real. I took about a thirty percent cut, and it took me close to three years to get back."
FRIDAYS = "The hours are long in season, but the firm feeds us and gives us Fridays off all summer."


@pytest.mark.parametrize("text, previous, heard", [
    # a dash, then a reaction (sets 138-145)
    ("Four hundred before breakfast \u2014 I can't even picture that.", PASTRY, True),
    ("four hundred pastries -- wow, I'd be asleep on my feet.", PASTRY, True),
    ("Twelve hours \u2014 are those days or nights?", NURSE, False),
    # a verdict on it (sets 154-161)
    ("Thirty percent is a big hit. How did you and your family manage it?", PAYCUT, True),
    ("Fridays off all summer is a nice reward. How long did the exams take you?", FRIDAYS, True),
    ("Thirty percent is the number I keep hearing. How did you manage it?", PAYCUT, False),
])
def test_a_fact_said_back_with_a_reaction_or_a_verdict_acknowledges(text, previous, heard, monkeypatch):
    # the rule's own reading (`PRACTICE_NO_WEIGHING=1`): the network weighs it beside the turn's
    # meaning and decides the cue (`tests/test_scoring_weighing.py`)
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert score_utterance(text, previous=previous).listening.acknowledgement == heard


@pytest.mark.parametrize("text, asks", [
    ("could you maybe be a reference later when i apply to the state program", True),
    ("Would you mind if I listed you as a reference on my application?", True),
    ("um so i made like three levels in unreal could you could you maybe look at them and tell me if "
     "they're good enough to apply to your studio", True),
    ("i would like to drive for your company after i get my license", True),
    ("That is good news for me, because school is expensive. Your hotel maybe is looking for a commis "
     "in pastry?", True),
    ("could you tell me if your branch has an assistant opening", True),
    ("What would it take for me to work the harvest with you this fall?", True),
    ("Is a portfolio good enough to apply with, or do I need a degree?", False),
    ("I would like to work for a company like yours someday. What should I learn first?", False),
    ("What would it take for me to get good at this?", False),
    # through hours, hands and favours (sets 146-153)
    ("Eight months. Okay. Do you think your firm could give me some part-time work during the next tax season?", True),
    ("If I enrolled this fall, would you have any assistant hours I could pick up?", True),
    ("Could I work some hours as a kennel assistant at your clinic? I need these animal hours.", True),
    ("Does your firm hire people still finishing the exam? I would be very interested to work in your team.", True),
    ("Your winery seems like such a nice place. You wouldn't happen to need extra hands this harvest?", True),
    ("do you still need anybody this june cause i'd honestly do anything on the boat", True),
    ("oh for sure no worries would you be okay giving them my number if they end up short", True),
    ("can i like shadow you on a saturday or be like an assistant over the summer", True),
    ("Would you put me in touch with your company's recruiter?", True),
    ("Then maybe your company needs one more apprentice? I would work very hard.", True),
    ("got it so the points bump me up the list but i still gotta compete like everybody else", False),
    ("Do you still need a license this year, or did the rules change?", False),
    ("Could I work some hours at a clinic near me first, to see if I like it?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


GIS = ("Writing. Can you take a messy technical issue and write a two-page staff report a city "
       "council member can follow? The GIS you can learn.")
ER = ("Honestly, the trauma isn't what burns people out. It's boarding: no beds upstairs, so we hold "
      "admitted patients in hallway beds for a day or more.")


@pytest.mark.parametrize("text, previous", [
    ("Interesting. So it's less about the mapping software and more about writing for people who aren't experts?", GIS),
    ("huh so it's not the trauma that wears you down it's the whole system being backed up", ER),
    ("huh i wouldn't have guessed that so it's the hallway beds that get to you more than the trauma", ER),
])
def test_the_answer_said_back_as_a_contrast_is_a_reflection(text, previous):
    assert score_utterance(text, previous=previous).listening.reflection


def test_a_contrast_in_a_leading_guess_is_no_reflection():
    text = "So it's really more about protecting your margins than about the training, isn't it?"
    assert not score_utterance(text, previous=GIS).listening.reflection



@pytest.mark.parametrize("text, kind", [
    ("oh wow so it's not the sad goodbyes it's more like the money deciding who gets saved", "not_a_question"),
    ("so basically you're the one choosing what goes on the menu every week", "not_a_question"),
    ("nine years wow what keeps you going", "open"),
])
def test_a_wh_clause_after_deciding_or_choosing_asks_nothing(text, kind):
    assert question_type(text) == kind


INVITE = "Sure, happy to chat. I've got a client call at two, but until then, fire away."


@pytest.mark.parametrize("text", [
    "okay cool um so i'm tomas i'm a junior doing accounting and i guess my first question is is busy "
    "season really as brutal as people make it sound",
    "great um yeah so i'm dennis i've been managing a hardware store for like fifteen years so how did "
    "you get into it",
])
def test_an_introduction_is_never_praised_as_a_reflection(text):
    s = score_utterance(text, previous=INVITE)
    assert not s.listening.reflection and not s.shown("reflection")


@pytest.mark.parametrize("text, kind", [
    ("is talking to the families harder than the medical stuff", "closed"),
    ("is parking always the the biggest fight", "closed"),
    ("is working nights worse than days", "closed"),
])
def test_a_gerund_subject_with_a_comparison_asks_yes_or_no(text, kind):
    assert question_type(text) == kind
