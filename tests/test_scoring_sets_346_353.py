"""What turn sets 346 to 353 showed (first looks in bench/README.md): more job asks, and a
hypothetical "if you were looking at my résumé" that is none; "why is everybody ...", "yes how
many people is in your team", "good to know what's your agency like" and "... and is the
academy in oklahoma city as hard as everyone says" asked in a run-on transcript; a short reply
that opens laughing leaves no topic to switch from; the user's own workplace set beside the
answer is no reflection."""

from __future__ import annotations

import pytest

from practice.scoring import praise, question_type, score_utterance
from practice.scoring.answers import leaves_a_topic
from practice.scoring.confidence import bar
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "Oh, that would be perfect. Is your agency one of those, and are they taking people right now?",
    "Contract towers, really? Could you give my email to someone at one of those, if they are hiring?",
    "What's the best way for me to hear about associate openings at your branch? I'd apply in a heartbeat.",
    "um would you would you ever let someone come in and stage for a day like just to try out",
    "Would your firm be using any contract people on those big cases this year? I'd happily start with document"
    " review.",
    "Is your office one of the bigger ones? Maybe they will need somebody after I finish the program next year?",
    "so you went backyard hobby then seasonal helper does your outfit still take on seasonal people",
    "oh they pay for it that's good um can you can you give me the name of your agency so i can apply there",
    "A year or more, okay. Do you know anyone at the FAA who could flag my application when the window opens?",
    "um are you working on anything right now that you'd need like an assistant editor for",
    "do you know if the museum has like any volunteer or or paid tech spots i could get into",
    "That's such a good lesson. Is your post house looking for assistants? I'd sweep pits for free, honestly.",
    "okay this is gonna sound random but do you do you take on like seasonal help for the almond run",
    "Are you ever looking to bring on another diver?",
    "wow six weeks out so um like if i got good enough could i maybe take some of the overflow off your hands",
])
def test_job_asks_found_in_sets_346_353(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


def test_a_hypothetical_look_at_my_resume_is_no_job_ask():
    text = "That's good to hear. If you were looking at my résumé for a new-grad SRE role, what would make you stop?"
    assert not JOB_ASK.search(clean(text).lower())


@pytest.mark.parametrize("text, kind", [
    ("that's so cool um so why is everybody saying there's a welder shortage", "open"),
    ("haha yes um how many people is in your team", "closed"),
    ("okay that's good to know what's your agency like to work for", "open"),
    ("huh okay so it's more your sleep getting wrecked than the traffic that gets people and is the academy in"
     " oklahoma city as hard as everyone says", "closed"),
    ("it's crazy how many people are in debt", "not_a_question"),
    ("i know why is everybody so tired", "not_a_question"),
])
def test_questions_found_in_sets_346_353(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("previous", [
    "Ha, bees don't have meetings. That's the whole appeal.",
    "Haha, never. I'd miss the dogs way too much.",
])
def test_a_short_laughing_reply_leaves_no_topic(previous):
    assert not leaves_a_topic(previous)
    assert not score_utterance("How did you break in? Film school, or did you start as an assistant?",
                               previous=previous).listening.topic_switch


def test_a_longer_answer_that_opens_laughing_still_leaves_one():
    assert leaves_a_topic("Ha, no. My first year I worked every holiday, slept four hours a night and still loved"
                          " every minute of the kitchen.")


def test_the_users_own_workplace_beside_the_answer_is_not_praised():
    text = ("Ugh, that's so frustrating. We had the exact same thing at the store, corporate would change the"
            " schedule and never once ask the people on the floor.")
    previous = ("Because the paras' contracts end when the kids leave, so there's no paid time for us to meet. It's"
                " one of those decisions made by someone who's never been in a classroom.")
    assert relates_own(text)
    assert score_utterance(text, previous=previous).confidence.get("reflection", 0.0) <= praise.VERDICT_ON_ECHO \
        < bar("reflection")
