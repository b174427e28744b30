"""What turn sets 650 to 657 showed (bench/README.md): most false topic switches followed an
acknowledgement the scorer missed ("I appreciate the honesty.", "okay okay and um ..."); a yes/no
question said straight after "Can I ask how ...?" narrows it; and a few job asks in speech."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance

PREVIOUS = "It's physical. Carrying rail, climbing in hoistways, working in machine rooms that hit a hundred and ten."


@pytest.mark.parametrize("text", [
    "I appreciate the honesty. Is there anyone at the local union hall I could talk to?",
    "I really appreciate you being so straightforward. I feel like I have a real picture now.",
    "I'm going to write that one down. What does a normal day look like for you on a job site?",
    "okay okay and um how is like the the life on the road and how many weeks you are away from the family",
])
def test_acknowledgements_found_in_sets_650_657(text):
    listening = score_utterance(text, previous=PREVIOUS).listening
    assert listening.acknowledgement
    assert not listening.topic_switch


@pytest.mark.parametrize("text", [
    "I appreciate you meeting with me. I retired from accounting last spring.",
    "okay so um what does a normal day look like for you",
])
def test_not_acknowledgements(text):
    assert not score_utterance(text, previous=PREVIOUS).listening.acknowledgement


@pytest.mark.parametrize("text, kind, stacked", [
    ("Can I ask how you got into planning? Did you study it in school?", "open", False),
    ("Right, that makes sense. Can I ask what the job market looks like? Are there enough museum jobs?", "open", False),
    ("Can I ask about money? Is it enough to live on by yourself, and how do techs usually make it work?",
     "open", True),
])
def test_a_yes_no_question_after_can_i_ask_how_narrows_it(text, kind, stacked):
    score = score_utterance(text)
    assert score.question_type == kind
    assert score.shown("stacked") == stacked


@pytest.mark.parametrize("text", [
    "dirty hot cold that's okay for me um if i pass the test can you can you help me get in your local",
    "so i've got my commercial dive cert already could i like ride along with your crew some weekend and see if "
    "i'm any good at it",
    "okay and um does your hospice take c p e residents because i'd really love to do my units with you",
])
def test_job_asks_found_in_sets_650_657(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "I do still have a secret clearance. Would that help me get in at a bank, or is it mostly for government?",
    "Could I ride along with your crew some weekend just to see what the work is like?",
])
def test_not_job_asks(text):
    assert not score_utterance(text).job_ask
