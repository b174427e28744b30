"""What turn sets 78 to 81 showed (first looks in bench/README.md): a run-on question found past
a start that reads as none, a guess after an open question that narrows it, offers accepted
as acknowledgements, job asks through references and applications, and an invitation to ask
on that leaves no topic to switch from. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.answers import leaves_a_topic
from practice.scoring.questions import find_questions


@pytest.mark.parametrize("text, kind", [
    # "do anything even like testing" reads as no question; the search goes on to "does your"
    ("cool cool um wait does your studio do like summer internships for high schoolers because i would "
     "honestly do anything even like testing", "closed"),
    # "so i guess what made you ...": the guess leads into the question
    ("hey thanks for doing this i'm marcus i got out of the army last year so i guess what made you want "
     "to be a firefighter", "open"),
    ("i guess what drew you to it was the money then", "not_a_question"),
])
def test_run_on_questions(text, kind):
    assert find_questions(text).question_type == kind


@pytest.mark.parametrize("text, kind, stacked", [
    ("I have to ask, since I'd be starting so late: how do career changers in their fifties usually do in "
     "your department? Do they last?", "open", False),
    ("What is the job market like here for conservators? Is it also mostly contracts?", "open", False),
    ("What would you tell someone who's thirty-eight with two kids and thinking about law school? Is it crazy?",
     "open", False),
    # eight words with no verb of their own offer an example answer
    ("Groundie is the beginning for everybody? Even for someone with a forestry degree?", "closed", False),
    # a question of its own after an open one: two questions
    ("What kept you going in the years you didn't get picked? Did you ever think about quitting?", "closed", True),
])
def test_a_guess_after_an_open_question_narrows_it(text, kind, stacked):
    s = score_utterance(text)
    assert (s.question_type, s.shown("stacked")) == (kind, stacked)


@pytest.mark.parametrize("text, previous", [
    ("Yes, please, that would be so generous. What should I tell her about myself when I reach out?",
     "If you want, I can introduce you to our research ops lead."),
    ("no that's totally fair sorry i i shouldn't have put you on the spot um yeah feedback would be great actually",
     "We don't have openings right now. But I'm happy to look at your portfolio and give feedback."),
    ("wait you actually worked on the returns that's huge um what was that process like",
     "We've returned two pieces to Nigeria in the last three years, and I worked on both cases."),
])
def test_acknowledgements(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text, asks", [
    ("If I applied, would you be open to being one of my references?", True),
    ("is there any way you could like walk my application over to whoever does hiring here", True),
    ("I turned sixteen in March! Who should I talk to about applying?", True),
    ("Do you think a hotel like yours would hire someone my age? Maybe as a trainee on your team?", True),
    ("Who should I talk to about the history of the building?", False),
    ("What did you learn as a trainee on your first crew?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks


@pytest.mark.parametrize("previous, leaves", [
    ("Anything else you want to know? I've got about five minutes before the engine check.", False),
    ("Sure. Anyway, what else can I tell you?", False),
    ("Of course. Anything else I can help with?", False),
    ("I never really considered anything else, so I applied to the academy at nineteen.", True),
])
def test_an_invitation_to_ask_on_leaves_no_topic(previous, leaves):
    assert leaves_a_topic(previous) == leaves


def test_no_switch_after_an_invitation_to_ask_on():
    s = score_utterance("Just one last thing: how do you see the job changing over the next ten years?",
                        previous="Anything else you want to know? I've got about five minutes before the engine check.")
    assert not s.shown("topic_switch")
