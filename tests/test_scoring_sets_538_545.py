"""What turn sets 538 to 545 showed (first looks in bench/README.md): the user's own hard years
told beside the answer are no reflection; "right so ..." in a transcript acknowledges; a guess at
the reason asked for, or a request for an example, continues the open question before it; a
fallback favour after "or" is a second question; "what's it called" asks a name; four job-ask
readings, two found and two cleared."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.job_asks import job_ask
from practice.scoring.questions import find_questions
from practice.scoring.reflecting import relates_own
from practice.scoring.stacking import stacked


@pytest.mark.parametrize("text", [
    "That makes sense. I went through chemo two years ago, and honestly, it was the aides who made it bearable,"
    " not the doctors.",
    "i hear you on the memorizing i had to study for the cpa exam while working full time and that that nearly"
    " killed me",
    "That's so interesting. I did fifteen years in corporate accounting and month-end close felt exactly like"
    " that, everyone panicking all week and then weirdly calm",
])
def test_the_users_own_hard_years_are_no_reflection(text):
    assert relates_own(text)


def test_saying_their_point_back_still_reflects():
    assert not relates_own("So for you the hard part was never the memorizing, it was the hours.")


@pytest.mark.parametrize("text", [
    "right right um so what does like a normal day look like for you now are you still out on sites",
    "right okay and how long did your nursing program take",
])
def test_right_then_so_in_a_transcript_acknowledges(text):
    assert acknowledgement(text, "Pretty much, yeah. It's about who you're next to.")


def test_right_now_is_no_acknowledgement():
    assert acknowledgement("right now i'm working retail so how did you get your start",
                           "Pretty much, yeah. It's about who you're next to.") is None


@pytest.mark.parametrize("text", [
    "What made you want to do this in the first place? Did somebody in your family do it?",
    "Why did you walk away from being a paralegal? Was the office just as soul-crushing as it sounds?",
    "What happen when you and the director disagree? Can you give an example?",
    "What's the difference between a good bug report and a bad one? Could you walk me through an example?",
])
def test_a_guess_at_the_reason_or_a_request_for_an_example_continues_the_open_question(text):
    found = find_questions(text)
    assert found.question_type == "open"
    assert stacked(found) is None


def test_two_open_topics_are_still_two_questions():
    found = find_questions("What do you enjoy most? Do you work weekends?")
    assert stacked(found)


@pytest.mark.parametrize("text", [
    "last thing do you know if your hospital is hiring new grads or would you be able to put in a word for me"
    " when i finish",
    "do you have any openings for an apprentice or do you know anyone who's hiring",
    "Would you consider taking someone like me on as an apprentice, or do you know anyone who would?",
])
def test_a_fallback_favour_after_or_is_a_second_question(text):
    assert stacked(find_questions(text))


def test_options_joined_by_or_stay_one_question():
    assert stacked(find_questions("Do you travel a lot, or is it mostly remote?")) is None


@pytest.mark.parametrize("text", ["What's the group called? I'd love to join it.",
                                  "a radio show about weird local history that's awesome what was it called"])
def test_asking_what_something_is_called_asks_one_fact(text):
    assert score_utterance(text).question_type == "closed"


@pytest.mark.parametrize("text", [
    "I understand. You think I can start with your agency? Maybe you can talk with your boss about me?",
    "oh this is very good news um so i could be like assistant first do you have um a place for assistant in"
    " your center now i can start any day",
])
def test_job_asks_found_in_sets_538_545(text):
    assert job_ask(text)


@pytest.mark.parametrize("text", [
    "a frozen lettuce that's amazing okay last thing how do people usually get their first foley job like do"
    " studios hire interns for it",
    "That's encouraging. Would you be open to looking over my résumé sometime and telling me if it reads okay for"
    " SRE roles? Not to send it anywhere, just feedback.",
])
def test_employers_in_general_and_feedback_only_are_no_job_ask(text):
    assert job_ask(text) is None


@pytest.mark.parametrize("text, heard", [
    ("Lol, okay. What's the hardest part, like emotionally?", "lol"),
    ("this has been so helpful. is there anyone else at your shop I should talk to?", "this has been so helpful"),
    ("Okay, I'm writing that down. When the window opens, who should I call?", "i'm writing that down"),
    ("Drummers are good at footsteps, that's the best thing I've heard all week. Is that about rhythm?",
     "best thing i've heard"),
    ("Oh, this is very good. I can come to the Saturday sessions even if I am not signed up yet?",
     "this is very good"),
])
def test_reactions_found_in_sets_538_545(text, heard):
    found = acknowledgement(text, "We do blameless postmortems after every big incident.")
    assert found and heard in found


def test_i_hear_you_is_agreement_and_the_saying_back_follows_it():
    found = score_utterance("Okay, I hear you. So for you, choosing your own cases mattered more than the bigger"
                            " paycheck.", previous="I left the big firm because I wanted more control over which"
                            " cases I took. The money was better there, but I was miserable.").listening
    assert found.evidence["reflection"].startswith("So for you")


@pytest.mark.parametrize("text", [
    "wait music that's so cool i was a barista for six years and did a bootcamp last year so i'm like hoping the"
    " non traditional path is still a thing",
    "i'm sorry to hear that um when my lola was sick in manila i take care of her for two years so i know a little"
    " bit that feeling",
])
def test_the_users_own_story_in_a_transcript_asks_nothing(text):
    assert score_utterance(text).question_type == "not_a_question"


def test_surprise_checked_back_still_asks():
    assert score_utterance("wait so you drive the bees across the whole country every spring").question_type == "closed"
