"""What turn sets 666 to 673 showed (bench/README.md): employers in general asked about are no
job ask ("would an agency even take somebody like me"), a favour asked after a question makes
two ("Your agency does this also? Maybe you can tell them about me."), a guess checked with a tag
after an open question narrows it, and thanks that praise the person are no reflection."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance


@pytest.mark.parametrize("text", [
    "okay so since it's who you know um is there any chance you'd need an assistant on your next project like i'd "
    "honestly do the logging and the coffee",
    "Oh, your agency pays? Then maybe I can do the training with your agency and work for you after?",
    "yeah that makes sense um do you know if you all have any like grand project jobs coming up cause i'd honestly "
    "move anywhere",
    "my attendance is kinda bad this year not gonna lie um but could you like tell the people who do the interviews "
    "that i'm a good welder",
    "Is there a job for me at your shop?",
])
def test_job_asks_found_in_sets_666_673(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "This is very helpful, thank you. Maybe I can send you my portfolio and you tell me what is missing for "
    "planning work?",
    "oh okay so the rules are kind of there to protect you too um do you think agencies would take somebody like "
    "me who's been out for like seven years or is that a dealbreaker",
    "at sixty three would an agency even take somebody like me or is that crazy",
    "Ha, good for them. I'm just not sure if this is a job for me or just a hobby.",
    "Would you ever let me shadow you for a day? My program wants forty observation hours before I can apply to "
    "DPT programs.",
    "I was thinking about asking around to see if some bakery would let me stage on Saturdays.",
])
def test_not_job_asks_in_sets_666_673(text):
    assert not score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "So there's really no room anymore for someone small like me, is there?",
    "Let me ask you straight: at fifty-eight, with no accounting degree, no firm would actually hire me, would they?",
])
def test_a_no_then_a_positive_tag_leads(text):
    assert score_utterance(text).shown("leading")


@pytest.mark.parametrize("text, kind", [
    ("huh i never thought about that does does your agency have any openings right now i could start pretty "
     "much whenever", "closed"),
    ("huh solar i hadn't even thought about that is that like where a lot of the growth is", "closed"),
    ("really a bus driver that's awesome what made them what made them switch do you know", "open"),
    ("my attendance is kinda bad this year not gonna lie um but could you like tell the people who do the "
     "interviews that i'm a good welder", "closed"),
    ("could you tell me about the people who do the interviews", "open"),
    ("What's the pay like? I'm guessing it's not great, right?", "open"),
    ("What do you love most about the work? I'd guess it's the music itself, right?", "open"),
    ("they are always short so um maybe you can tell your manager about me", "closed"),
])
def test_question_types_in_sets_666_673(text, kind):
    assert score_utterance(text).question_type == kind


@pytest.mark.parametrize("text", [
    "Your agency is doing this also? Maybe you can tell them about me.",
    "Your carrier, do they take new drivers with no experience? Maybe you can tell them about me.",
])
def test_a_favour_after_a_question_is_a_second_question(text):
    assert score_utterance(text).shown("stacked")


@pytest.mark.parametrize("text", [
    "Thank you, thank you so much. You have been very kind to me.",
    "That's more than fair. You've been really generous with your time, thank you.",
])
def test_thanks_that_praise_the_person_are_no_reflection(text):
    score = score_utterance(text, previous="We do. And sure, I can pass it along to our coordinator.")
    assert not score.shown("reflection")
