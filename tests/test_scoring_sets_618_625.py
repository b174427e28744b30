"""What turn sets 618 to 625 showed (bench/README.md): a wh-question in a second language's word
order keeps its own verb ("What you did different the second time?") and may follow a clause that
sets the scene; "how do you say," searches for a word and asks nothing; a question of its own is
not the answer asked back; the answer guessed after "what's the hardest part?" leads; "you
mentioned ..." before a question sets it up and says nothing back; more ways to ask for a job."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text, kind", [
    ("Under twenty percent is very low. What you did different the second time?", "open"),
    ("When you hire, what you are looking for in a new pastry cook?", "open"),
    ("What you did was brave?", "closed"),
    ("I was three years at home with my son, and now I am worried my skills are, how do you say, rusty.", "not_a_question"),
    ("How do you say it to them so they still feel respected?", "open"),
])
def test_question_types_found_in_sets_618_625(text, kind):
    assert score_utterance(text).question_type == kind


def test_a_word_searched_for_is_not_a_second_question():
    text = "The public hearing, how is it for you? In Colombia the neighbors can be very, how do you say, passionate."
    assert not score_utterance(text, previous="I run the public hearings for the zoning board.").stacked


@pytest.mark.parametrize("text, previous", [
    ("So who drives the trucks, and how do the bees handle being on the road that long?",
     "We drive the hives down to California on trucks every February."),
    ("Three weeks only, this is good. Your agency, they pay for the course? And maybe after, I can work there with you?",
     "The course is three weeks, and some agencies pay for it if you sign on with them."),
    ("Decent, not great, okay, noted. Which companies actually pay for the CDL training, and what's the catch?",
     "The pay is decent, not great. Some companies will pay for your CDL training."),
])
def test_a_question_of_its_own_is_not_the_answer_asked_back(text, previous):
    assert score_utterance(text, previous=previous).stacked


def test_an_echo_before_the_question_still_is_one():
    scored = score_utterance("Forty feet up? How do you get used to that?", previous="Most days I'm forty feet up in a tree.")
    assert not scored.stacked


@pytest.mark.parametrize("text", [
    "I really like that, saying their name in the car. What's the most rewarding part of the work for you? It must be"
    " being there for families at that moment.",
    "what's the worst part of the job for you i mean it's gotta be the on call right",
])
def test_the_answer_guessed_after_asking_for_the_hardest_part_leads(text):
    scored = score_utterance(text)
    assert scored.leading and scored.shown("leading")


def test_asking_what_the_hardest_part_is_does_not_lead():
    assert not score_utterance("What's the most rewarding part of the work for you?").leading


@pytest.mark.parametrize("text", [
    "And you mentioned a lot of it is R. How did you pick that up?",
    "You mentioned rounds with the doctors. What's your role when they come by?",
])
def test_you_mentioned_before_a_question_is_no_reflection(text):
    previous = "We do rounds with the doctors every morning, and a lot of the analysis is in R."
    assert not score_utterance(text, previous=previous).listening.reflection


@pytest.mark.parametrize("text", [
    "Do you have any position for pastry cook right now? I finish my culinary course in June.",
    "Would you ever want a part-time hand during the almond move? I'm retired, I drove a mail truck for thirty years,"
    " and I don't mind nights.",
    "Could my accounting background get me in somewhere, like would you ever take someone on part-time to do the books?",
    "okay thank you this is really helpful um can you write for me the reference letter",
    "so like attitude and being humble more than the skill um could i maybe come do a trail day here sometime",
    "A third career changers, huh. You must be looking for a new apprentice at some point, right?",
    "Do you think there'd be a place for someone with my background in pre-planning sales here, or is that a stretch?",
])
def test_job_asks_found_in_sets_618_625(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "Could my legal background get me in the door on its own?",
    "Do you have any advice for someone starting out?",
])
def test_not_job_asks_in_sets_618_625(text):
    assert not score_utterance(text).job_ask


def test_their_words_quoted_then_asked_about_follow_up():
    text = "You said you passed your first exam in college. If you were a junior again, what would you do differently?"
    previous = "They do. I passed my first one in college, which I'd strongly recommend, and finished the rest at work."
    listening = score_utterance(text, previous=previous).listening
    assert listening.follow_up and not listening.reflection
