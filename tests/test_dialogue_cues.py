"""Turn kinds read from how people really word them (set j's first look, bench/README.md): a
question that brings the asker's own world along, thanks without the word "thanks", an example
asked for as "a time when", "why do you say...", and a referral asked for at length."""

from __future__ import annotations

import pytest


def test_a_question_that_brings_the_askers_world_along_is_answered(reply_to):
    """The words the scenario never uses (removals, banter, lifting) are the asker's, not asked."""
    reply = reply_to("teacher", "What gets you out of bed for this job? "
                                       "In the removals trade it was the banter, never the lifting.")
    assert (reply.kind, reply.topic) == ("answer", "enjoy")


def test_a_question_about_another_world_is_still_outside(reply_to):
    reply = reply_to("nurse", "Do you happen to know how nursing registration works in Queensland?")
    assert reply.kind == "unknown"


@pytest.mark.parametrize("turn", ["Much appreciated, honestly.", "You've been a great help.",
                                  "i am much obliged to you"])
def test_thanks_without_the_word_thanks(reply_to, turn):
    assert reply_to("nurse", "What do you enjoy about the job?", turn).kind == "thanks"


@pytest.mark.parametrize("turn", ["Have you got a time when that actually paid off?",
                                  "Can you give me a real one?",
                                  "Have you seen anybody from outside teaching actually make it work?",
                                  # "one" is "1" in the normal form
                                  "Tell me one real story from your classroom.",
                                  "Can you tell me about one class you still think about?"])
def test_an_example_asked_for_as_a_time_when(reply_to, turn):
    reply = reply_to("teacher", "How do you keep a class under control?", turn)
    assert reply.kind == "example"


def test_why_do_you_say_asks_for_more_of_the_last_answer(reply_to):
    reply = reply_to("marketing", "What do you enjoy about the job?",
                     "Why do you say the launches are the best part?")
    assert (reply.kind, reply.topic) == ("elaborate", "enjoy")


@pytest.mark.parametrize("turn", [
    "Is there anyone who switched over from retail, maybe through a night course or an access course "
    "or something like that, that I could talk to?",
    "Anyone you'd point me to who moved into nursing later in life?",
])
def test_a_referral_asked_for_at_length(reply_to, turn):
    assert reply_to("nurse", "What do you enjoy about the job?", turn).kind == "referral"


@pytest.mark.parametrize("turn", [
    "Right, I'll leave you to it. Ta very much.",
    "I won't keep you any longer. Enjoy the rest of your day.",
    "i'll let you crack on ta-ra",
    "I'll stop there, and God bless you.",
    "okay byeee",  # a letter held for effect
    "Alright, I've got a class in five minutes. Take it easy!",
    "Grand so. Mind yourself.",
])
def test_goodbyes_people_say(reply_to, turn):
    assert reply_to("teacher", "What do you enjoy about the job?", turn).kind == "closing"


@pytest.mark.parametrize("turn", ["Go on then, what's your boss on?",
                                  "Could you tell me what your own manager takes home?"])
def test_asking_what_someone_else_earns_is_redirected(reply_to, turn):
    assert reply_to("teacher", "What do you enjoy about the job?", turn).kind == "redirect"


def test_a_term_misheard_as_two_words_is_explained(talk):
    person = talk("data_scientist")
    told = person.reply("Tell me about a mistake you made.")
    assert "leakage" in told.text
    reply = person.reply("sorry what's leak age")
    assert reply.kind == "clarify" and "information it wouldn't have" in reply.text


@pytest.mark.parametrize("turn", ["I won't keep you long, but what does a normal day look like?",
                                  "I'll stop there for a second, what do you mean by prelims?"])
def test_goodbye_words_before_a_question_do_not_end_the_call(reply_to, turn):
    assert reply_to("teacher", "What do you enjoy about the job?", turn).kind != "closing"


@pytest.mark.parametrize("scenario, first, turn, topic", [
    ("data_scientist", "What are you proudest of?", "Why is that the thing you're proudest of?", "proudest_work"),
    ("teacher", "How did you end up teaching?", "Why insurance first though?", "path"),
    # their words said back first, and "how come" for "why" (set v's first look)
])
def test_why_in_the_last_answers_own_words_asks_for_more_of_it(reply_to, scenario, first, turn, topic):
    """Why what was just said holds ("Why agency first though?"): more of that answer, as "why
    do you say that?", not a new question on the topic."""
    reply = reply_to(scenario, first, turn)
    assert (reply.kind, reply.topic) == ("elaborate", topic)


def test_why_about_something_not_said_is_no_request_for_more(reply_to):
    reply = reply_to("teacher", "How did you end up teaching?", "Why do teachers get such long holidays?")
    assert reply.kind != "elaborate"


def test_their_words_said_back_then_why_asks_for_more_of_the_last_answer():
    """ "nineteen hours why did it take that long" (set v): the answer's words, then why."""
    from practice.scenario import recall
    from practice.scenario.acts import normal
    from practice.scenario.reply import Reply

    history = [("How long were you out there?",
                Reply("follow_up", "We were out there nineteen hours, in the freezing rain.", "main_breaks"))]
    assert recall.asks_why_of_last(normal("nineteen hours why did it take that long"), history)
    assert not recall.asks_why_of_last(normal("forty days why did it take that long"), history)


def test_phrases_with_one_match_the_normal_form_that_writes_it_as_a_digit():
    from practice.scenario import acts

    assert acts.normal("Have a good one!") == "have a good 1"
    assert acts.is_closing(acts.normal("Have a good one!"))
    assert acts.is_repeat(acts.normal("the line is bad, one more time please"))
