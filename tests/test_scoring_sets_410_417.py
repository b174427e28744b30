"""What turn sets 410 to 417 showed (first looks in bench/README.md): more job asks, and "a
hotel will hire someone like me" asks of the field; the reason given after a question ("I want
to ask how they ...") is no second question, while a favour on a condition ("and if you do,
could I ...") is; "where do ... come from" asks for an account; a relative "who was a ...", a
name set in commas and "go do that" start no question; "I am sorry" sympathises; an answer that
ends agreeing with how the user put it leaves no topic to switch from."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.acknowledge import acknowledgement
from practice.scoring.answers import leaves_a_topic
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.reflecting import relates_own
from practice.scoring.text import clean

ANSWER = "End of the month, when everyone's trying to close at once and an appraisal comes in low."


@pytest.mark.parametrize("text", [
    "Yeah, that was me. Would it be crazy to ask to work a season with your crew, like as a seasonal hand, before I"
    " decide whether to leave accounting?",
    "that's really good to hear is there is there any way i could like get my foot in the door at your center like as"
    " a sub or an aide while i do my cda",
    "A fifth, wow. Does your team ever bring on people part-time, like weekends, so I could try it without quitting"
    " my job?",
    "That is very helpful. Could you maybe be my cooperating teacher when I do the student teaching next year?",
    "Okay, practical question: would you take a student teacher next spring?",
    "Would you be open to me coming in on Fridays? Even just sweeping up or prepping materials, I'd be so grateful.",
    "i think someone like me with my own hives and the agriculture degree would be perfect for this no",
    "haha noted no truck um would you be okay if i came by your hall sometime and you like introduced me to whoever"
    " runs the apprenticeship sign ups",
    "oh wow fifteen um so like if i applied for one of the the two spots would you would you even consider someone"
    " who's been out for four years",
])
def test_job_asks_found_in_sets_410_417(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


def test_any_employer_hiring_is_asked_of_the_field():
    assert not job_ask("Do you do this in Excel or a special program? And do you think a hotel will hire someone like"
                       " me with no kitchen experience, if I finish pastry school?")
    assert job_ask("Do you think a hotel like yours would hire someone my age without a culinary degree?")


@pytest.mark.parametrize("text, kind", [
    ("Theater tech to escape rooms makes sense. Where do the puzzle ideas come from?", "open"),
    ("i thought biology for thirty one years and we never covered any of this um why don't more people know about"
     " that side of it", "open"),
    ("What does that mean for someone like me, who was a radio operator and not an actual controller?", "open"),
    ("Oh, that's so true. The aide who came to me, Rosa, was the only person who ever asked how my husband was"
     " doing.", "not_a_question"),
    ("break it on purpose i love that okay i'm going to go do that this weekend", "not_a_question"),
    ("oh wow thank you that means a lot um before i go is there anyone else you think i should talk to", "closed"),
    ("oh yeah the hip thing my pt did that to me too she kept working on my glutes", "not_a_question"),
    ("When there is an opening in your division, could you tell me? I send many applications.", "closed"),
    ("I want to know what welding job is really like, can you tell me?", "open"),
    ("Can you tell me what kind of person usually makes it through? I want to know if I have the right personality"
     " for this.", "open"),
    ("Do you know a Japanese court interpreter I could talk to? I want to ask how they build the work.", "closed"),
])
def test_questions_found_in_sets_410_417(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "Can you tell me what kind of person usually makes it through? I want to know if I have the right personality for"
    " this.",
    "Not silly at all. Do you know a Japanese court interpreter I could talk to? I want to ask how they build the"
    " work.",
    "Four minutes for a whole day of work! How you decide what to keep and what to cut?",
    "Wow, I didn't realize techs did anesthesia. What's the difference between what you do and what the vet does?",
    "After eighteen years, what keeps you going now? Is it still those lightbulb moments?",
    "do you think um what would you recommend like a certificate or going back for a masters",
])
def test_one_question_in_sets_410_417(text):
    assert not score_utterance(text).stacked


@pytest.mark.parametrize("text", [
    "That's reassuring. Do you ever take people on to stage, and if you do, could I maybe come in for a few mornings?",
    "um so my last question i guess is like does your hospital take student nurse externs in the summer and if it"
    " does could i could i maybe send you my resume",
    "Seventy-five hours, that's not bad. What's the difference between that and the CNA, and which one would you pick?",
    "September, got it. Would you be okay with me listing you as a referral when I apply? And I'd love to hear what"
    " you think of my plan.",
])
def test_two_questions_in_sets_410_417(text):
    assert score_utterance(text).stacked


def test_i_am_sorry_sympathises_but_does_not_apologise():
    assert acknowledgement("I am sorry, this is heavy. If you hear about a position, would you tell your manager"
                           " about me?", ANSWER)
    assert not acknowledgement("I am sorry, maybe this is a strange question. Do funeral homes here hire people"
                               " trained abroad?", ANSWER)


@pytest.mark.parametrize("previous", [
    "That's right. Renting bees, that's a good way to put it.",
    "That's it exactly. You said it better than I did.",
])
def test_agreeing_with_how_it_was_put_leaves_no_topic(previous):
    assert not leaves_a_topic(previous)


@pytest.mark.parametrize("text", [
    "Failing twice and sticking with it says a lot. Does every firm give paid study time, or is that rare?",
    "yeah i believe you my wife's a baker so she's been up at like three am for years",
    "That makes me very happy to hear. What other skills I should build, besides the voice?",
    "Theater tech to escape rooms actually makes a ton of sense when you say it out loud. Where do the ideas come from?",
])
def test_acknowledgements_in_sets_410_417(text):
    assert acknowledgement(text, ANSWER)


@pytest.mark.parametrize("text", [
    "yeah i um i worked at a bank for like fifteen years and we had this thing where customers got buried in fees",
    "That's interesting, because in aircraft maintenance it was the same. The guys who skipped a step scared me.",
])
def test_own_work_set_beside_the_answer_relates(text):
    assert relates_own(text)
