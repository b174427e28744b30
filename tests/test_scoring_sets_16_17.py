"""What the sixteenth and seventeenth interview-turn sets showed (issue 14), on rows written here.

The conversation's opening: the professional greets and introduces themselves, the user greets
back and introduces themselves. "Thanks" and "nice to meet you" there hear no answer, and the
user's own job named in passing picks up nothing they said. A comment on what they said before
the introduction still hears them.
"""

import pytest

from practice.scoring import score_utterance

GREETING = "Hi Tomas! So I'm a lighthouse technician up the coast, been at it about eleven years now."


@pytest.mark.parametrize("text", [
    "Hi, thanks so much for doing this. I'm Tomas, I fix boat engines and I keep wondering about lighthouse work.",
    "nice to meet you too um i'm a marine mechanic and i've always been curious what a technician actually does",
    "Thank you. I am from Gdansk and I work at the harbour. How did you become a technician?",
])
def test_greeting_back_and_introducing_oneself_is_no_listening_cue(text):
    cues = score_utterance(text, previous=GREETING).listening
    assert not (cues.acknowledgement or cues.follow_up or cues.reflection or cues.topic_switch)


def test_a_comment_on_what_they_said_before_the_introduction_hears_them():
    text = "Thanks! Eleven years, wow, that's a long time. I'm Tomas, and I fix boat engines."
    assert score_utterance(text, previous=GREETING).listening.acknowledgement


def test_thanks_after_an_answer_is_still_an_acknowledgement():
    answer = "Mostly it's maintenance: the lamps, the batteries, the fog signals, in all weathers."
    assert score_utterance("Thanks, that's really helpful. I'm curious, how often do you go out?",
                           previous=answer).listening.acknowledgement


@pytest.mark.parametrize("text", [
    "Is your bakery taking on any new apprentices this spring? I'd love a foot in the door.",
    "are you guys looking for another trainee right now",
    "Your crew, do you need someone like that right now? I'm free any weekend.",
    "I'd love to do my placement with you next year, how would that work?",
    "when i apply can i say you're the one who referred me",
    "How would I go about getting onto your grounds crew next season?",
    "I could help out at the workshop on Saturdays in exchange for learning the trade, would that be okay?",
    "If your archive ever needs a cataloguer who speaks Portuguese, would you think of me?",
    "if your shop ever needs an extra pair of hands on weekends i'm your guy",
    # sets eighteen and nineteen
    "Does your kitchen have anything going over the summer? Even weekend shifts?",
    "could you maybe mention me to your site manager",
    "When I apply, would it be okay to say I spoke with you?",
    # sets twenty-two and twenty-three
    "Is there a receptionist opening at your clinic right now? I'd apply today.",
    "Do you take on apprentices in the spring?",
    "Could I do a stage in your kitchen over the holidays?",
    "If you end up hiring juniors, could you flag me?",
    "Does your company ever hire for the night desk?",
    "If a junior conservator contract ever came up, would you let me know?",
    "Could I use your name as a reference on my application?",
    "Is your regional office hiring at the moment?",
    "what would you need to see to take someone on as an apprentice here",
    "How would I go about getting on as a deckhand for your next season?",
])
def test_indirect_job_asks(text):
    assert score_utterance(text, previous="We restore about forty instruments a year.").job_ask


@pytest.mark.parametrize("text", [
    "Does your team need someone with a degree, or is experience enough?",
    "So being too honest could actually get me in trouble on the stand.",
    "Are you looking for anything in particular when you read a portfolio?",
    "How long before you could work a position on your own?",
])
def test_advice_and_worries_are_not_job_asks(text):
    assert not score_utterance(text, previous="We restore about forty instruments a year.").job_ask


@pytest.mark.parametrize("text, kind", [
    # a yes/no question that only offers an answer to the open one before it
    ("How did you end up in forensics, like did you study chemistry or something?", "open"),
    ("How are clinics coping with the shortage now, like do they hire from abroad?", "open"),
    ("Why did you leave the ships for the ferries, was it the pay, or your kids?", "open"),
    # two real questions stay the last one's type
    ("What drew you in, and is it hard on your family?", "closed"),
    # "why's that?" asks for an account; "when's" for a fact
    ("The thumb on the meter, why's that?", "open"),
    ("when's your busy season", "closed"),
    # a pick between options named
    ("Which of those two routes would you recommend for a beginner?", "closed"),
    # a negative statement with a positive tag, unpunctuated
    ("so you'd never go back to the lab yourself would you", "closed"),
])
def test_question_types_from_sets_16_and_17(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text, kind", [
    ("um if i start in the autumn can i like still do the summer course", "closed"),
    ("wow i never knew any of that what kind of what kind of person would do well there", "open"),
    ("so many paths what sort of training did you do first", "open"),
    # a wh-phrase after a word of knowing stays part of the statement
    ("i honestly dont know what kind of work i would like yet", "not_a_question"),
])
def test_unpunctuated_questions_after_a_preamble(text, kind):
    assert score_utterance(text).question_type == kind


TUNNEL = "We did eighteen months underground on the rail tunnel, mostly nights. The pay was good, the sleep was not."


@pytest.mark.parametrize("text", [
    "That's smart. How did you keep a normal life going?",
    "Sleep on a night rota, I'm stealing that. What else helped?",
    "Yeah, the nights part scares me too. Did it get easier?",
    "Okay, good. And what came after the tunnel?",
])
def test_agreement_and_borrowing_acknowledge(text):
    assert score_utterance(text, previous=TUNNEL).listening.acknowledgement


def test_a_term_said_back_to_ask_what_it_means_is_no_acknowledgement():
    answer = "I drive a dedicated route now, the same stores every week."
    assert not score_utterance("Dedicated route, what does that mean exactly?", previous=answer).listening.acknowledgement


@pytest.mark.parametrize("text", [
    # sets eighteen and nineteen: options offered after an open question, not a second question
    "How did you land your first contract? Through an agency, or on your own?",
    "How do you think nights affect your family - does it get easier, or does it never really settle?",
])
def test_options_offered_after_an_open_question_are_one_open_question(text):
    scored = score_utterance(text)
    assert scored.question_type == "open" and not scored.stacked


def test_a_second_full_question_after_an_open_one_is_still_stacked():
    scored = score_utterance("What do you enjoy most? And do you get a budget for each one, or do you make do?")
    assert scored.stacked


@pytest.mark.parametrize("text, kind", [
    # sets eighteen and nineteen, unpunctuated: a tag then an afterthought, "don't you think"
    # mid-run, "what's all that ... for"
    ("you must love the quiet though don't you like nobody bothering you all night", "closed"),
    ("i ran a shop for years so don't you think i'd struggle with the paperwork", "closed"),
    ("oh i never knew um what's all that paperwork actually for", "open"),
])
def test_more_unpunctuated_questions(text, kind):
    assert score_utterance(text).question_type == kind


def test_no_topic_switch_after_a_reply_that_only_confirms():
    """Set seventeen: after "Very good - yes, exactly like that." there is no answer to leave."""
    scored = score_utterance("How many years were you at sea before you got your own boat?",
                             previous="Very good, yes, exactly like that.")
    assert not scored.listening.topic_switch
    # (an answer of more than 12 words: after a shorter one no switch is criticised, sets 498-529)
    scored = score_utterance("How many years were you at sea before you got your own boat?",
                             previous="We mostly run the early crossings, six a day, in all weathers, and the late"
                                      " freight run on Fridays.")
    assert scored.listening.topic_switch


@pytest.mark.parametrize("text", [
    "Is there anyone else I should talk to? Maybe someone at the college?",
    "Do you get any overtime? Even just at Christmas?",
])
def test_a_fragment_offering_an_example_is_not_a_second_question(text):
    assert not score_utterance(text).stacked


def test_a_second_question_with_its_own_subject_is_stacked():
    assert score_utterance("What do you do all day? You like it?").stacked


def test_no_topic_switch_after_a_short_reply_that_ends_by_confirming():
    """ "That's a generous way to put it, but yes." leaves no answer of its own to pick up."""
    heard = score_utterance("How do you pick a good training program?",
                            previous="That's a kind way to put it, but yes.").listening
    assert not heard.topic_switch
