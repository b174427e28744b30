"""Social turns as people word them (sets s and t's first look, bench/README.md): a repeat asked
after a noise, a repeat of an earlier answer (a recap), a CV offered with an opening named, a
blessing with thanks, goodbyes said as having to run, and requests for what is not theirs."""

from __future__ import annotations

import pytest

DAY = "What does a normal day look like?"


@pytest.mark.parametrize("turn", ["sorry the neighbours are drilling um what was that last part",
                                  "oh no the baby woke up what did you say",
                                  "my signal dropped can you tell again"])
def test_a_noise_then_what_was_that_is_a_repeat(reply_to, turn):
    reply = reply_to("nurse", DAY, turn)
    assert reply.kind == "repeat" and reply.topic == "day_to_day"


@pytest.mark.parametrize("turn", ["Sorry, my neighbour is drilling. How long did you say the shifts are?",
                                  "sorry the dog went off at the mailman what was that number"])
def test_a_noise_then_what_did_you_say_is_a_repeat(reply_to, turn):
    reply = reply_to("nurse", DAY, turn)
    assert reply.kind == "repeat" and reply.topic == "day_to_day"


def test_what_did_you_say_without_a_noise_goes_back_to_the_earlier_answer(talk):
    iv = talk("marketing", "How did you get into marketing?", "What does a normal day look like?")
    reply = iv.reply("I was writing notes. How did you say you got into marketing?")
    assert (reply.kind, reply.topic) == ("recap", "path")


def test_a_question_that_merely_ends_in_what_was_that_is_not_a_repeat(reply_to):
    reply = reply_to("data_scientist", DAY, "and that side project you built what was that")
    assert reply.kind != "repeat"


def test_a_repeat_of_an_earlier_answer_is_a_recap_of_it(talk):
    iv = talk("marketing", "How did you get into marketing?", "What does a normal day look like?")
    reply = iv.reply("sorry what did you say about how you got into marketing earlier, I missed it")
    assert (reply.kind, reply.topic) == ("recap", "path")


def test_a_cv_offered_for_an_opening_is_a_job_ask(reply_to):
    reply = reply_to("teacher", DAY, "If the department has a maths post next year, could I send you my CV?")
    assert reply.kind == "job_ask"


def test_staying_in_touch_alone_is_not_a_job_ask(reply_to):
    assert reply_to("teacher", DAY, "Would it be alright if I emailed you in a few months?").kind == "follow_up_permission"


def test_a_blessing_with_thanks_is_thanks_and_alone_a_goodbye(reply_to):
    assert reply_to("nurse", DAY, "Thank you, I am so grateful. God bless you.").kind == "thanks"
    assert reply_to("nurse", DAY, "Right, God bless you now.").kind == "closing"


@pytest.mark.parametrize("turn", ["okay i gotta run my bus is here", "Right, that's me away. Cheerio!",
                                  "Sorry, I have to go start my shift."])
def test_having_to_go_is_a_goodbye(reply_to, turn):
    assert reply_to("teacher", DAY, turn).kind == "closing"


@pytest.mark.parametrize("turn", ["Do I need to go back to university for this?",
                                  "would i have to go to college first"])
def test_having_to_go_to_study_is_a_question(reply_to, turn):
    assert reply_to("teacher", DAY, turn).kind != "closing"


@pytest.mark.parametrize("scenario, turn", [
    ("marketing", "Could you email me the slides from your team's planning day?"),
    ("teacher", "Would you share the exam papers your department set this year?"),
    ("civil_engineer", "Can you send me the council's list of streets getting new pipes?"),
    ("ux_researcher", "My aunt's card got blocked and money went missing from her account. Could you look?"),
    ("civil_engineer", "I've a structures assignment due Monday, could you check my answers if I send them?"),
    ("nurse", "have you ever dated one of the doctors"),
])
def test_what_is_not_theirs_to_give_is_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("scenario, turn", [
    # sets u and v: an insult announced, favours, and what is the organisation's own
    ("teacher", "no offence but teaching maths sounds like reading a textbook out loud"),
    ("data_scientist", "Honestly your job sounds like spreadsheets with extra steps."),
    ("marketing", "Selling raincoats isn't exactly the hardest job, is it?"),
    ("civil_engineer", "Could you read my scholarship essay this week? It's short."),
    ("teacher", "My daughter is struggling with fractions, could you tutor her on Saturdays?"),
    ("ux_researcher", "Could you share one or two of the recordings from your last study with me?"),
    ("data_scientist", "Would it be possible to see the code of your pricing model?"),
    ("nurse", "you seem too young to be in charge are you even thirty"),
])
def test_jibes_and_favours_from_sets_u_and_v_are_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("scenario, turn", [
    ("nurse", "No offence, but can a new nurse actually afford rent on that pay?"),
    ("marketing", "Could you give me a brief overview of how a campaign starts?"),
])
def test_fair_questions_are_not_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, DAY, turn).kind != "redirect"


@pytest.mark.parametrize("scenario, turn", [
    # sets ag and ah: favours, rumours about the firm, venting, the hiring test itself
    ("civil_engineer", "haha could you help me with my chemistry homework tonight"),
    ("marketing", "Be honest, are the owners a bit stingy? A friend of a friend worked there."),
    ("marketing", "is it true your company is about to be taken over by some american brand"),
    ("teacher", "Which of the schools round here are the dodgy ones, so I can avoid them?"),
    ("ux_researcher", "Sounds like a lot of surveys and not much else really. Bit of a scam, no?"),
    ("nurse", "could you sign off my shadowing hours, I need twenty for the application"),
    ("civil_engineer", "Can I vent for a minute? My parking ticket was a joke."),
    ("data_scientist", "Could I get a copy of the take-home task you give to applicants?"),
    ("teacher", "Could you write a letter to the council saying I am a great teacher?"),
])
def test_favours_rumours_and_venting_from_sets_ag_ah_are_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, DAY, turn).kind == "redirect"


@pytest.mark.parametrize("scenario, turn", [
    ("nurse", "Which shifts are the rough ones for new nurses?"),
    ("civil_engineer", "Who signs off the hours on a project like that?"),
    ("ux_researcher", "Do I need a certificate? I have a diploma in journalism and not much else."),
])
def test_everyday_words_near_those_cues_are_not_redirected(reply_to, scenario, turn):
    assert reply_to(scenario, DAY, turn).kind != "redirect"
