"""What turn sets 66 to 69 showed (first looks in bench/README.md): the pay asked as "what does
X make", how much of it one uses, options given as examples, a relative "who" after a person,
a favour worded as a statement, echo questions and guesses that do not stack, numbers checked
with a tag, and job asks through a need for staff, an opening, volunteering and a recruiter.
Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, expected", [
    # the pay is one figure; what they make of something, or make you do, is not
    ("What does a welder usually make starting out?", "closed"),
    ("what does a line cook actually make in Denver these days", "closed"),
    ("What do you make of the four-day week idea?", "open"),
    # how much of it one still uses is a degree
    ("How much of what you learned in school do you actually use now?", "open"),
    ("How much of your week is meetings versus fieldwork?", "closed"),
    # options given as examples of the answer
    ("What does the firm do to make tax season easier, like meals or bonuses?", "open"),
    ("What do you prefer, the startup or the agency?", "closed"),
    # "who" with no subject after a person says who they are
    ("What would you tell somebody like me, who cannot pay for school right now?", "open"),
    ("That's interesting, who handles the budget?", "closed"),
    # a favour worded as a statement
    ("okay thank you and if your team has some junior opening maybe you can tell me", "closed"),
])
def test_question_types(text, expected):
    assert question_type(text) == expected


@pytest.mark.parametrize("text, previous, shown", [
    # their word echoed, then the question
    ("Harder how? What makes figuring out the question so tricky?",
     "The hardest part is figuring out the right question. After that it's easy.", False),
    # a guess offered at the answer ("Are we talking ...?")
    ("Tight spaces like what? Are we talking crawling inside the hull?", "You have to be fine with tight spaces.", False),
    ("What do you enjoy most? And are you paid hourly?", "I weld ship hulls.", True),
])
def test_stacked(text, previous, shown):
    assert score_utterance(text, previous=previous).shown("stacked") == shown


@pytest.mark.parametrize("text, leads", [
    ("The school program is two years, yes?", False),
    ("yeah i figured um the msw is two years right", False),
    ("The mandatory retirement is sixty-five, right?", False),
    ("Fifteen nights a month, that's gotta be rough on your family, right?", True),
])
def test_a_number_checked_is_not_leading(text, leads):
    assert score_utterance(text).shown("leading") == leads


@pytest.mark.parametrize("text, asks", [
    ("Then maybe you are needing a prep cook here? I can start any day.", True),
    ("Could you pass it along to your CTO in case anything opens up for juniors?", True),
    ("Would it be possible to volunteer in your lab to start building those hours?", True),
    ("Could you introduce me to the person who runs the residency, so my application is in front of them?", True),
    ("Would it be okay if I mentioned your name to your recruiter at the fair?", True),
    ("Are you needing a break?", False),
    ("What did you do when a position opened up in another city?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("text", [
    "I really appreciate your honesty about all of this. Could you let me know when applications open?",
    "I'll keep that in mind. Are you taking on any assistants for your next tour?",
    "my goodness that's a lot more than i figured i thought you mostly just held the dogs",
    "Writing over maps, that surprises me. Who else should I talk to?",
    "Honestly, that's a little scary for me. How did you learn to handle it alone?",
    "That part sounds wonderful. What would you tell someone coming from accounting?",
    "man that must feel incredible um how often does that happen",
])
def test_acknowledgements_of_sets_66_to_69(text):
    previous = "Honestly, the overnight calls take more out of me than they used to, I'll admit."
    assert score_utterance(text, previous=previous).listening.acknowledgement


def test_a_guess_with_must_is_no_acknowledgement():
    s = score_utterance("it must be so rewarding seeing patients recover right", previous="I work on the oncology floor.")
    assert not s.listening.acknowledgement


def test_an_invitation_to_bring_questions_opens_the_conversation():
    from practice.scoring.opening import introduces_self

    previous = "Hi! Maria at the front desk said you had some questions about curatorial work?"
    assert introduces_self("Yes, thank you! I finished my MA in art history last year.", previous)


@pytest.mark.parametrize("text, leads", [
    # their words echoed in surprise, then the question: no guess to agree with
    ("Sharing a dorm at my age, huh? What's the housing actually like day to day?", False),
    ("Those repeat callers must drive you up the wall, huh?", True),
])
def test_huh_after_an_echo_is_surprise(text, leads):
    assert score_utterance(text).shown("leading") == leads
