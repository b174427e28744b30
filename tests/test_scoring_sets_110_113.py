"""What turn sets 110 to 113 showed (first looks in bench/README.md): a run-on "how
physically demanding is"; a fact noun with what it is of; examples after a request; leave
asked with "is it okay if I ask"; "which part of the job"; a verdict the user imagines beside
the question; acknowledgements of a tip, of plural facts, "good for him", "i hear that"; a
clinic asked whether it hires assistants. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize("text, kind", [
    ("ha that sounds like a circus um switching gears a little how physically demanding is the job", "open"),
    ("okay that'd be great thank you um and is the aptitude test mostly math or is it mechanical", "closed"),
    ("What's the pass rate on the oral exam?", "closed"),
    ("What's the starting salary for new grads?", "closed"),
    ("What is your typical day in a public accounting firm?", "open"),
    ("What's the hardest part of the job?", "open"),
    ("Could you tell me more about the class, like who usually signs up and what it covers?", "open"),
    ("Is it okay if I ask what drew you to hospice work specifically?", "open"),
    ("Is it okay if I ask if you're hiring?", "closed"),
    ("Which part of the job gives you the most joy?", "open"),
    ("Which part do most people fail?", "closed"),
])
def test_question_type(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, shown", [
    ("What are the neighborhood meetings like? I imagine they're pretty painful.", True),
    ("I imagine life out here is so much healthier than in a city apartment. How has it changed you?", True),
    ("What's the overtime like? I bet that's where the real money is.", True),
    ("Nineteen years. I imagine people carry a lot of assumptions about this work. What stereotypes do you hear?", False),
    ("What's the pay like while you're an apprentice? I assume I'd be taking a big cut.", False),
])
def test_a_verdict_imagined_beside_the_question(text, shown):
    assert score_utterance(text).shown("leading") == shown


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("Sixteen-hour shifts in a storm sound brutal. What do you do to recover?",
     "After storms we work sixteen-hour shifts, sometimes for a week.", True),
    ("Those are good rules. Would an agency look at someone my age?",
     "I don't check email after seven. I run. And I have a therapist.", True),
    ("Shadowing the radio is a great trick. How long did it take?",
     "I practiced by shadowing the news on the radio.", True),
    ("Good for him. What happened after that?", "A trainee froze at the top hatch and we talked him down.", True),
    ("yeah i hear that i was deployed twice so i know the missing home thing",
     "After the third straight day you just want to see your kids.", True),
    ("The sound is what I care about. What mics do you use?", "I record the whole band live in one room.", False),
])
def test_acknowledgements(text, previous, acknowledged):
    assert bool(score_utterance(text, previous=previous).listening.acknowledgement) == acknowledged


@pytest.mark.parametrize("text, asks", [
    ("Does your clinic hire kennel assistants? I can work on weekends.", True),
    ("Does your crew ever take on apprentices?", True),
    ("Do clinics usually hire assistants without experience?", False),
])
def test_job_asks(text, asks):
    assert bool(score_utterance(text).job_ask) == asks
