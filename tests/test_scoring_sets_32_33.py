"""What turn sets 30 to 33 showed (first looks in bench/README.md): questions a transcript runs
on from a fact said back, tags followed by what the guess is about, pronouns that cannot stand
for the user's own noun, and initials of a name the professional gave. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.initials import initialisms, spelled_out

PREVIOUS = "I've been doing it eleven years, four summers of them as a seasonal ranger."


@pytest.mark.parametrize("text", [
    "eleven years and you still look forward to going in",
    "three thirty wow and you still enjoy it after all this time",
    "twelve hours and you really never get bored",
    "so when you were doing the seasonal thing were you able to live off that",
    "that must be the worst part no when when the parents hate you",
    "working as a tech in the meantime that's probably the smart move right to stay close to the animals",
    "ten weeks of climbing poles that sounds um sounds intense does does a program like that get you hired",
    "oh that's awesome thank you so much um what what's his name so i can call him",
])
def test_unpunctuated_questions_found(text):
    assert score_utterance(text, previous=PREVIOUS).question_type == "closed"


@pytest.mark.parametrize("text", [
    "i worked there ten years and you still learn something every day",
    "the thing is you have to love it",
    "the other thing is there are no breaks",
    "you must have had to say no to a lot of people",
    "that sounds intense it does a lot for you",
])
def test_statements_stay_statements(text):
    assert score_utterance(text, previous=PREVIOUS).question_type == "not_a_question"


def test_wh_question_without_its_word_order_asks():
    text = "yes please that would be so helpful what kind of questions they ask in the interview"
    assert score_utterance(text, previous=PREVIOUS).question_type == "open"
    assert score_utterance("i know what kind of people they hire", previous=PREVIOUS).question_type == "not_a_question"


def test_who_as_subject_after_a_hedge_asks():
    s = score_utterance("a therapist that's funny i mean who needs the therapy more the actors or the directors",
                        previous="You're a conductor, a therapist, and a scheduler all at once.")
    assert s.question_type != "not_a_question"


def test_it_cannot_stand_for_the_users_plural_noun():
    previous = "The worst is the violence, honestly. We get yelled at or swung at way more than people realize."
    s = score_utterance("Oh, I'm sorry, that sounds scary. How do you and your coworkers deal with it after a shift?",
                        previous=previous)
    assert s.listening.follow_up, s.listening.evidence
    # a singular noun of the user's own still takes the "it"
    s = score_utterance("How did you get into line work? Is there a school for it?", previous=previous)
    assert not s.listening.follow_up, s.listening.evidence.get("follow_up")


def test_these_days_is_now_not_their_days():
    previous = "Most of my days are slow, careful cleaning under a microscope."
    s = score_utterance("What's the job market like for conservators these days?", previous=previous)
    assert not s.listening.follow_up, s.listening.evidence.get("follow_up")


def test_which_one_after_their_words_points_back():
    previous = ("For qualitative work, five to eight people surface most of the big usability problems. "
                "If we need numbers, we pair it with surveys or analytics.")
    text = ("Interesting, so the small sessions find the problems and the big surveys tell you how common "
            "they are. How do you decide which one a project needs?")
    assert score_utterance(text, previous=previous).listening.follow_up


def test_initials_of_a_name_they_gave_are_that_name():
    # (the initials in the question, the name in the answer: tests/test_pair_reading.py, OVERRULED)
    # the name spelled out in the question, its initials in the answer: the same thing referred to
    s = score_utterance("How does Public Service Loan Forgiveness work for you?", previous="PSLF is the only reason.")
    assert s.listening.evidence.get("reference") == "pslf"
    s = score_utterance("How does Public Service Loan Forgiveness work for you?",
                        previous="Honestly, PSLF is the only reason this job is financially possible for me.")
    assert s.listening.follow_up and s.listening.evidence["follow_up"] == "pslf"
    assert not score_utterance("Is PSLF actually working for people now?",
                               previous="I mostly do misdemeanours and a few felonies.").listening.follow_up


def test_initials_are_read_from_runs_of_capitals():
    assert "pslf" in spelled_out("Public Service Loan Forgiveness is why.")
    assert {"bls", "dol"} <= spelled_out("I was at the Department of Labor, in the Bureau of Labor Statistics.")
    assert initialisms("I sent my CV to the ASMs. I think so.") == ["cv", "asm"]


def test_a_one_word_verdict_before_a_lead_in_acknowledges():
    previous = "Send it over whenever. I'll try to get back to you within a couple of weeks."
    s = score_utterance("okay great um last thing where do you think ux research is heading with all the ai tools",
                        previous=previous)
    assert s.listening.acknowledgement and not s.listening.topic_switch
    s = score_utterance("okay um where do you think ux research is heading", previous=previous)
    assert not s.listening.acknowledgement


@pytest.mark.parametrize("text, kind", [
    ("that's wild um i don't wanna take up too much more of your time but what's one thing you wish you'd known",
     "open"),
    ("wait you need a master's for it what what kind of master's is it", "closed"),
    ("what kind of person does well in this job", "open"),
])
def test_wh_questions_in_runs(text, kind):
    assert score_utterance(text, previous=PREVIOUS).question_type == kind


@pytest.mark.parametrize("text, previous", [
    ("Ah, so basically you wait next to the phone and those days your life is not yours.",
     "Reserve means you're on call. You sit near the airport with your bag packed."),
    ("oh good okay um what what does a normal day look like for you now",
     "Not at all. We've got guys starting at forty-five."),
    ("oh i didn't even think about the owners part um what's the hardest part for you",
     "I'm a vet tech. A lot of it is comforting scared owners."),
    ("That's not cheesy at all. I'm applying for para jobs in your district.",
     "She sat with me every Friday. Sounds cheesy, but it rewired how I saw the job."),
    ("This is very useful advice. Do you know somebody who does stock modeling?",
     "If you've done stock assessment modeling, agencies notice."),
    ("five years of night school on top of working full time that's a lot um how do people afford it",
     "Five years of classes at night and working days, then I topped out."),
])
def test_acknowledgements_in_interview_wordings(text, previous):
    assert score_utterance(text, previous=previous).listening.acknowledgement


@pytest.mark.parametrize("text", [
    "ah what does a normal day look like",
    "five years of night school that's why i um how do people afford it",
])
def test_no_acknowledgement_without_a_reaction(text):
    s = score_utterance(text, previous="I topped out as a journeyman after the apprenticeship.")
    assert not s.listening.acknowledgement, s.listening.evidence


@pytest.mark.parametrize("text", [
    "It's kind of, it's kind of been a drought out there hasn't it, uh,",
    "Well, gosh, we could talk all day couldn't we",
    "That's good isn't it",
])
def test_negative_tags_after_commas_are_closed(text):
    assert question_type(text) == "closed"


@pytest.mark.parametrize("text, kind", [("the live feed is- is the part they pay for.", "not_a_question"),
                                        ("Why didn't they", "open")])
def test_restarts_and_questions_of_their_own_are_no_tags(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "What would you do in my shoes? I'm seventeen and in the cadet program. Should I go straight for my EMT "
    "after graduation, or try for a fire academy first?",
    "What's the usual path for someone like me? Do firms prefer PhDs to start as technical specialists, or to go "
    "straight to law school?",
])
def test_ways_forward_offered_to_an_advice_question_are_one_question(text):
    s = score_utterance(text)
    assert (s.question_type, s.stacked) == ("open", False)


def test_two_topics_joined_by_or_stay_two_questions():
    s = score_utterance("What do you enjoy most? Do you work remote or in the office?")
    assert s.stacked


def test_arent_i_is_a_tag():
    text = "seniority is everything so if i'm starting at forty i'm always gonna be junior to the young ones aren't i"
    assert question_type(text) == "closed"


def test_what_a_word_means_asked_at_the_end_of_a_run():
    assert question_type("barks sorry what what are barks") != "not_a_question"
    assert question_type("that's what is hard") == "not_a_question"


@pytest.mark.parametrize("text", [
    "I'm guessing it's the holidays that hurt the most. What's that like, missing Christmas morning with the kids?",
    "The checkrides must be the scariest part of training. How bad were yours?",
    "What's the worst part of roofing? I'm guessing it's the August heat.",
    "what's the pay like i'm guessing it's pretty thin",
])
def test_the_users_own_guess_beside_the_question_leads(text):
    # raised by the rules; shown where `pushing`'s model is sure (the labelled sets split on a
    # guess said beside the question: 38 of the 75 such turns of sets 1-721 are labelled leading)
    assert score_utterance(text, previous="I fly for a regional airline.").leading


def test_a_guess_with_no_question_leads_nothing():
    s = score_utterance("I'm guessing it's the holidays that hurt the most.", previous="I drive long haul.")
    assert not s.shown("leading")


@pytest.mark.parametrize("text, previous, acknowledged", [
    ("The campfire talks, how do you come up with new material for those year after year?",
     "Mostly I do interpretation: guided walks, school programs, the evening campfire talks.", False),
    ("ten on four off wait are those like twelve hour days", "I'm on a pipeline crew now, usually ten on, four off.",
     False),
    ("Three times a day! What does a typical morning look like for you?", "I feed them three times a day.", True),
    ("wow sixteen hours with hand tools um how do you keep your crew going", "We worked sixteen hours with hand tools.",
     True),
])
def test_their_words_naming_the_question_are_no_acknowledgement(text, previous, acknowledged):
    assert score_utterance(text, previous=previous).listening.acknowledgement is acknowledged


@pytest.mark.parametrize("text, stacked", [
    ("And the younger cooks, why they don't accept it anymore? Is it because of social media?", False),
    ("How did you get trained for this? Was it one of those two-year programs?", False),
    ("What do you enjoy most? Is it hard to get in?", True),
])
def test_a_guess_at_the_answer_after_an_open_question_is_one_question(text, stacked):
    assert score_utterance(text).stacked is stacked


@pytest.mark.parametrize("text, kind", [
    ("hi um so i'm kevin i've been managing a shoe store for like ten years now so i guess my first question is "
     "what what got you into the trades", "open"),
    ("four years okay and like do the night classes cover the code stuff or is that something you learn on the job",
     "closed"),
    ("i like do the dishes", "not_a_question"),
])
def test_questions_announced_or_after_a_filler_like(text, kind):
    assert question_type(text) == kind


def test_their_verb_and_particle_with_a_pronoun_follow_up():
    previous = "I can't pull strings, but I'm happy to tell you what the interview panel looks for."
    s = score_utterance("yeah that'd be awesome what what do they look for", previous=previous)
    assert s.listening.follow_up and s.listening.evidence["follow_up"] == "look for"
    # the same words with no pronoun for what they named are a question of the user's own
    s = score_utterance("What do employers look for in a new grad?", previous=previous)
    assert s.listening.evidence.get("follow_up") != "look for"
