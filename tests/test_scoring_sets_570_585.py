"""What turn sets 570 to 585 showed (first looks in bench/README.md): a yes/no guess after a
dash or after leave to ask still offers an answer to the open question; "who would be a good
person to talk to" asks for a name; spoken checks ("blameless meaning like nobody gets in
trouble", "you wouldn't happen to know if ...", "... right i heard ...") ask for a yes or no; a
bare "Thank you." in mid-conversation and "Okay, I will ..." acknowledge; more job asks."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.job_asks import job_ask
from practice.scoring.opening import thanks_for_the_meeting
from practice.scoring.reflecting import relates_own


@pytest.mark.parametrize("text, kind", [
    # a guess at the way in, after a dash; a guess at what it is like, after leave to ask
    ("How did you get into it - were you a controller in the military?", "open"),
    ("Can I ask what the pay is like? Is it enough for a family?", "open"),
    ("How current would my skills need to be? Would I have to redo a whole program?", "open"),
    # what was named, described: no question of its own
    ("What made you pick long-haul over something regional, where you'd be home every night?", "open"),
    # a second bare option after the first
    ("What skills should I be building right now if I want to get into planning? GIS? Statistics?", "open"),
    # a reaction, a hesitation, then the question
    ("thank you um how you how you handle when the client is um is like angry or don't want the help", "open"),
    ("Who would be a good person to talk to about the grad school side of things?", "closed"),
    ("Who would you say I should talk to next, maybe someone who runs their own company?", "closed"),
    ("okay yeah that makes sense um who would who would be a good person to talk to about the backend side", "closed"),
    ("that's good to know um you wouldn't happen to know if your local is taking new apprentices this year", "closed"),
    ("okay september got it um i don't suppose you could like put in a good word with the jay tack people", "closed"),
    ("blameless meaning like nobody gets in trouble", "closed"),
    ("sixteens meaning like six days a week ten hours a day", "closed"),
    ("three hundred feet oh my god i would be so scared you're not scared of heights at all right", "closed"),
    ("um the pay's gotta be pretty low for lead teachers right i've heard it's it's not great", "closed"),
])
def test_question_types_found_in_sets_570_585(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text", [
    "And you must lose a lot of hives along the way, don't you? With all the moving?",
    "Don't you think the help desk people get a little looked down on, though? In the SRE world?",
    # why it was asked, in a second language's words
    "Do you know any OT assistants I could talk with? I like to hear also from them.",
])
def test_a_phrase_finishing_a_guess_is_not_a_second_question(text):
    assert not score_utterance(text).stacked


def test_a_new_question_after_and_is_still_stacked():
    assert score_utterance("How many hours per week do you really work? And in summer you work also?").stacked


@pytest.mark.parametrize("text, previous", [
    ("thank you um i'm doing the alternative certification program now and i have to choose middle school or"
     " high school for student teaching how should i decide", "It should be. And you'd be an asset, honestly."),
    ("okay i will be careful um can i ask you what is the hardest part of this job for you",
     "Right, if you go that route. Just read the contract."),
    ("Roger that. Between the certs and my clearance, what would make someone like me stand out?",
     "We do. Follow-the-sun with our team in Bangalore, plus an on-call rotation."),
    ("Is smart. How do people from other careers usually do in bakery?", "Exactly, that was the whole point."),
    ("yeah that's that's kind of my worry too with my kids um is there like a local kind of job",
     "The women drivers I know mostly say the hardest part is being away from family."),
])
def test_acknowledgements_found_in_sets_570_585(text, previous, monkeypatch):
    # the rules' own reading (`PRACTICE_NO_WEIGHING=1`), which the network weighs with the turn's
    # meaning ("Is smart." after a bare "Exactly, ..." it leaves unheard)
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    listening = score_utterance(text, previous=previous).listening
    assert listening.acknowledgement and not listening.topic_switch


@pytest.mark.parametrize("previous, meeting", [
    ("I'm a children's and teen services librarian at a public branch, been here six years.", True),
    ("Good morning! I have about half an hour before my next client.", True),
    ("It should be. And you'd be an asset, honestly, with real lab experience.", False),
    ("I'm so sorry about your wife. That's exactly the kind of thing we do.", False),
])
def test_a_bare_thank_you_thanks_the_meeting_only_at_the_opening(previous, meeting):
    assert thanks_for_the_meeting("Thank you. I'm Marcus, I've been a paralegal for ten years.", previous) is meeting


@pytest.mark.parametrize("text", [
    "Are you all bringing on cleared analysts right now?",
    "would i need to start on like an engine crew first or could i just get on yours next summer",
    "maybe i can come and work one or two saturdays with you for free just to see if i really like it",
    "the company you drive for they have the local jobs also maybe you can tell me who i call for apply",
    "would you would you be open to me subbing at your center to to get some experience",
    "If you know someone at a contract tower, maybe you can ask them if they need somebody?",
    "Would it be weird if I asked to stage here on a weekend sometime?",
    "i don't suppose your hospital has like patient care techs or whatever you call them where i could work",
])
def test_job_asks_found_in_sets_570_585(text):
    assert job_ask(text)


def test_anyone_hiring_at_all_is_no_job_ask():
    assert not job_ask("Would I need the CFP before anyone would hire me, and what would the path look like?")


@pytest.mark.parametrize("text", [
    "that's so cool i um i did a a trail crew thing last summer in in the cascades and it was kind of like that",
    "That sounds a lot like the flight line during a surge, honestly. We'd have twelve jets turning at once.",
    "that's so different from my old job at the coffee shop where like if anything went wrong it was my fault",
    "a bullhorn wow in colombia is is similar the people are very passionate about the neighborhood",
])
def test_the_users_own_side_is_relating_in_sets_578_585(text):
    assert relates_own(text)


@pytest.mark.parametrize("text", [
    "This is very kind. If I pass the first two exams, can I send you my resume?",
    "Beautiful sentence. Can I ask, how many years is the school for OT?",
    "Eight years of exams on top of a full-time job. I'd lose my mind.",
    "Yeah, that's kind of what I was thinking, use it to figure out if nursing is for me.",
])
def test_more_acknowledgements_found_in_sets_578_585(text):
    assert score_utterance(text, previous="It took me eight years, and I failed two of the exams.").listening.acknowledgement


def test_this_is_kind_of_is_no_acknowledgement():
    text = "this is kind of random but do you need a phd to do what you do"
    assert not score_utterance(text, previous="I run the survey trips every spring.").listening.acknowledgement


@pytest.mark.parametrize("text, pushes", [
    ("Your department isn't hiring right now, is it? I'd test tomorrow if I could.", False),
    ("You don't need a weekend person, do you? I'd work for free just to learn.", False),
    ("You guys wouldn't have any producer openings coming up, would you?", False),
    ("You probably don't hire people my age for ground crew, do you?", True),
    ("You don't need a master's for that, do you?", True),
])
def test_an_opening_asked_after_politely_does_not_lead(text, pushes):
    assert score_utterance(text).leading is pushes
