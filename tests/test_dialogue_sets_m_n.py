"""What conversation sets m and n showed (issue 11), on turns written here.

Requests a professional turns down: gossip about which colleagues, clients or managers are
bad (or cute, or broke), the team's pay person by person, and what is not theirs to give
(this year's exam papers, real interview recordings, patients' records). Asking about the
same things in general stays a question.
"""

import pytest

from practice.scenario import acts, redirects


@pytest.mark.parametrize("text", [
    "Which of the managers on your floor are the difficult ones?",
    "Be honest, is your principal a nightmare?",
    "What's he like to work for? Bet he's a nightmare.",
    "So what are the others in your team each on?",
    "Could you send me next year's exam papers so I can practise?",
    "Would you share one of your real interview recordings with me?",
    "Can I see a few patient records, just to get a feel for it?",
    "which celebrities come into the shop",
])
def test_requests_for_gossip_or_what_is_not_theirs_are_redirected(text):
    assert redirects.is_redirect(acts.normal(text))


@pytest.mark.parametrize("text", [
    "Which hospitals have the best training for new grads?",
    "How do you handle a difficult manager?",
    "Could you send me the exam timetable?",
    "What kind of interview questions do you ask candidates?",
    "How do you keep patient records secure?",
    "Are the nurses there supportive of new grads?",
])
def test_asking_about_the_same_things_in_general_is_not(text):
    assert not redirects.is_redirect(acts.normal(text))


@pytest.mark.parametrize("text", [
    "The gentleman on the breathing machine for so long, who held your hand. Did he go home in the end?",
    "The penalty pot for corporate jargon, how much has it raised so far?",
    "That furious chap who came round in the end. What changed his mind?",
    "The practice ones with the dummy... do new people have to do those first?",
])
def test_a_description_set_before_the_question_points_back(text):
    assert acts.describes_first(text)


@pytest.mark.parametrize("text", [
    "The pay is good. What about the hours?",       # a statement, not a description
    "The hours, are they long?",                     # too short to describe anything told
    "What do you enjoy most about the job?",
    "The gentleman on the breathing machine held your hand.",  # no question after it
])
def test_statements_and_plain_questions_do_not(text):
    assert not acts.describes_first(text)


@pytest.mark.parametrize("scenario, first, turn, detail", [
    ("marketing", "How did you get into marketing?",
     "The little shop's social media you ended up running, how did you get it to take off?", "shop_instagram"),
])
def test_a_described_story_gets_its_follow_up(talk, scenario, first, turn, detail):
    reply = talk(scenario, first).reply(turn)
    assert (reply.kind, reply.detail) == ("follow_up", detail)
