"""What turn sets 674 to 681 showed (bench/README.md): job asks through a favour or a need
named in passing ("passed it to your hiring manager", "your agency must be hurting for people"),
not "being a man might actually help me get hired"; and a question announced as a dumb one."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "haha thanks um is there like is there any chance i could shadow you in the edit bay this summer or like be an "
    "intern",
    "You mentioned staffing on weekends. Is there any chance you'll need a part-time game master this summer?",
    "that's awesome advice thank you and uh if i did build the home lab would you would you be okay if i sent it to "
    "you and you like passed it to your hiring manager",
    "Families trusting the older aides more, I wouldn't have guessed that. Your agency must be hurting for people "
    "like everybody else, right?",
    "oh okay could you like get me a spot for my capstone on your unit when i get there or is that not how it works",
    "Twenty hours would be perfect. Who would I talk to about getting on? Is it you, or does it go through the city?",
    "you must be really short on good ground crew then right i mean if somebody like me showed up ready to work "
    "hard i bet you'd find a spot for them",
    "okay the hall i understand um could i maybe come with you when you go to the hall and you can um introduce me "
    "to the business manager so they know me",
])
def test_job_asks_found_in_sets_674_681(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "So being a man might actually help me get hired, not hurt me.",
    "Who would I talk to about getting my credentials evaluated?",
])
def test_not_job_asks_in_sets_674_681(text):
    assert not score_utterance(text).job_ask


def test_a_question_announced_as_a_dumb_one_is_asked():
    score = score_utterance("um this might be a dumb question but is thirty four too old to start an accelerated "
                            "nursing program")
    assert score.question_type == "closed"
