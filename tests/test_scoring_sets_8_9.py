"""What the eighth and ninth interview-turn sets showed (issue 14), on rows written here.

Job asks made through a go-between or a favour; the answer's fact said back in surprise
("Forty hours!") as an acknowledgement that a question then follows up; sympathy as an
acknowledgement; questions after a reaction word in a transcript ("ha what happens when");
restarts said twice; a second question that only offers answers to the first; a verdict on
the answer ("sounds like a nightmare") not praised as a reflection; follow-up evidence that
is only a related word or the conversation's own subject.
"""

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.echo import echo
from practice.scoring.text import clean, sentences, words


@pytest.mark.parametrize("text", [
    "Would you mind putting in a word for me with the head chef?",
    "Could you mention my name to whoever hires the apprentices?",
    "oh um could you maybe let your manager know i'd be interested",
    "Would you feel okay referring me for the analyst opening?",
    "Could you look over my application before I send it in?",
    "so what would it take for someone like me to get on your team",
    "Do you ever hire extra help over the holidays?",
    "Would it be alright if I applied for one of those evening shifts?",
    "Is your clinic taking on any assistants this spring?",
])
def test_job_asks_through_a_favour(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "Could you look at my portfolio sometime, just for feedback?",
    "Who else would you suggest I talk to?",
    "What do you look for when you hire?",
    "How did the hiring process work when you joined?",
])
def test_advice_and_names_are_not_job_asks(text):
    assert not score_utterance(text).job_ask


ANSWER = "I worked forty hours straight during the flood, and we rescued two hundred people."


@pytest.mark.parametrize("text,said_back", [
    ("Forty hours! How did you stay awake?", "forty hours"),
    ("Two hundred people?", "two hundred people"),
    ("forty hours wow how did you stay awake", "forty hours"),
    ("two hundred people okay and were you scared", "two hundred people"),
])
def test_the_answers_fact_said_back_is_an_acknowledgement(text, said_back):
    assert echo(text, ANSWER) == said_back
    assert acknowledgement(text, ANSWER)


@pytest.mark.parametrize("text", [
    "forty hours and you still went back the next day",   # one statement, not a reaction
    "Forty hours is a long shift for anyone.",            # says something about it
    "How many hours did you work?",
    "Floods are scary. How did you stay awake?",          # not the answer's words
])
def test_not_every_opening_is_an_echo(text):
    assert echo(text, ANSWER) is None


def test_a_question_after_the_echo_follows_the_answer_up():
    s = score_utterance("Forty hours! How did you stay awake?", previous=ANSWER)
    assert s.listening.acknowledgement and s.listening.follow_up and not s.listening.topic_switch


@pytest.mark.parametrize("text", [
    "I'm so sorry. What helped you afterwards?",
    "oh man that sounds rough how did you get through it",
    "That sounds like a tricky balance.",
    "Oh no. Was anyone hurt?",
    "Nine days. I had no idea it took that long.",
])
def test_sympathy_and_surprise_acknowledge(text):
    assert acknowledgement(text, "It took nine days to restore power after the storm.")


def test_a_huh_tag_ends_a_question_it_does_not_acknowledge():
    assert acknowledgement("so you never really get a day off huh", "I'm on call every weekend.") is None


@pytest.mark.parametrize("text,qtype", [
    ("eight hundred people no pressure ha what happens when you miss a cue", "open"),
    ("up to the elbow okay what goes through your head then", "open"),
    ("the evening clinics too like how much of your week is appointments", "closed"),
    ("did you did you take out loans for that", "closed"),
])
def test_questions_after_a_reaction_word_in_a_transcript(text, qtype):
    s = score_utterance(text)
    assert s.question_type == qtype and not s.stacked


def test_a_comparison_with_like_is_not_split_into_a_question():
    assert sentences("i'd love to do something like what you do") == ["i'd love to do something like what you do"]


def test_restarts_are_said_once_but_that_that_stays():
    assert clean("what what goes on") == "what goes on"
    assert clean("it's it's only a few weeks") == "it's only a few weeks"
    assert clean("I think that that helps") == "I think that that helps"


def test_a_restart_across_a_filler_is_said_once_in_words_too():
    # `words` feeds follow-up and topic judgements; it must agree with `clean` here.
    assert words("so how did you um how did you get into it") == ["so", "how", "did", "you", "get", "into", "it"]
    assert clean("so how did you um how did you get into it") == "so how did you get into it"
    assert words("UM is a name") == ["um", "is", "a", "name"]


@pytest.mark.parametrize("text", [
    "How did you end up in forestry? Did you study it or just fall into it?",
    "What does the training involve? Like, is it classroom time, or mostly on the job?",
    "What's the licensing process like? Is there an exam and then a placement, or something like that?",
])
def test_a_second_question_that_offers_answers_is_one_question(text):
    s = score_utterance(text)
    assert not s.stacked and s.question_type == "open"


def test_two_topics_joined_by_or_are_still_stacked():
    assert score_utterance("What do you enjoy most? Do you work remotely or in an office?").stacked


PAUSE = "My first posting was six weeks at a remote camp, and I missed two of my kids' birthdays."


@pytest.mark.parametrize("text", [
    "Ha, six weeks at a camp sounds like a nightmare.",
    "man that's a hell of a way to start",
    "Six weeks at a camp must be hard.",
])
def test_a_verdict_on_the_answer_is_not_praised_as_a_reflection(text):
    assert not score_utterance(text, previous=PAUSE).shown("reflection")


def test_saying_the_answer_back_is_still_a_reflection():
    s = score_utterance("So the hardest part wasn't the camp, it was missing your kids growing up.", previous=PAUSE)
    assert s.shown("reflection")


@pytest.mark.parametrize("text,previous", [
    ("Do you mostly use Excel or Python in your work?", "Layoffs have hit every firm I've worked at. I've survived three rounds."),
    ("How many years did it take you to qualify?", "Honestly the pay is the sore point; most medics work two jobs."),
])
def test_the_conversations_subject_and_a_dummy_it_are_not_follow_up_evidence(text, previous):
    assert not score_utterance(text, previous=previous).listening.follow_up


@pytest.mark.parametrize("text,previous", [
    ("That has to be the hardest part of the job, right?", "Telling families the news is something you never get used to."),
    ("How do you avoid ending up like those colleagues?", "We lost a third of the staff to burnout after the pandemic."),
    ("You'd have to really love it to put up with all that, wouldn't you?", "The pay is low and the hours are long, but I love the kids."),
])
def test_pointing_back_from_inside_the_question_is_a_follow_up(text, previous):
    assert score_utterance(text, previous=previous).listening.follow_up
