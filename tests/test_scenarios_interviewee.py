"""The interviewee over a conversation: short answers to closed questions, deeper stories on
follow-ups, a kind no to job asks, and never the same words twice."""

from __future__ import annotations

import pytest

from practice.scenario import Interviewee, load_scenario


@pytest.fixture(scope="module")
def nurse():
    return load_scenario("nurse")


def person(scenario, job_asks=()):
    """An interviewee whose job-ask judgement is fixed, so tests do not depend on the scorer."""
    return Interviewee(scenario, job_ask=lambda text: text in job_asks)


def test_open_question_gets_the_full_answer_and_closed_the_short_one(nurse):
    talk = person(nurse)
    full = talk.reply("What do you enjoy most about the work?", question_type="open")
    assert (full.kind, full.topic, full.closed) == ("answer", "enjoy", False)
    assert full.text == nurse.topic("enjoy").answer
    other = person(nurse)
    short = other.reply("Do you like being a nurse?", question_type="closed")
    assert (short.kind, short.topic, short.closed) == ("answer", "enjoy", True)
    assert short.text == nurse.topic("enjoy").short
    assert len(short.text.split()) < len(full.text.split()) / 2


def test_the_question_scorer_decides_when_no_type_is_given(nurse):
    talk = person(nurse)
    reply = talk.reply("Is the culture on your unit supportive?")
    assert reply.question_type == "closed" and reply.closed
    assert reply.text == nurse.topic("culture").short
    reply = talk.reply("How would you describe the way your colleagues work together?")
    assert reply.question_type == "open"


def test_closed_then_open_gets_the_full_story_after_all(nurse):
    talk = person(nurse)
    talk.reply("Do you work nights?", question_type="closed")
    again = talk.reply("What is working nights like for you?", question_type="open")
    assert again.topic == "night_shift" and not again.repeat
    assert again.text == nurse.topic("night_shift").answer


def test_follow_up_on_a_planted_detail_gets_the_deeper_answer(nurse):
    talk = person(nurse)
    first = talk.reply("What do you enjoy most about your job?", question_type="open")
    assert "Alvarez" in first.text
    follow = talk.reply("You mentioned Mr. Alvarez. What happened to him?", question_type="open")
    assert (follow.kind, follow.topic, follow.detail) == ("follow_up", "enjoy", "mr_alvarez")
    assert follow.text == nurse.detail("mr_alvarez").answer
    assert [d.id for d in talk.followed_details()] == ["mr_alvarez"]
    heard = {d.id for d in talk.heard_details()}
    assert {"mr_alvarez", "nineteen_days"} <= heard
    assert "potluck_of_doom" not in heard


def test_a_reflection_naming_a_detail_is_recognised(nurse):
    talk = person(nurse)
    assert [d.id for d in talk.mentioned_details("Nineteen days, wow, that is a long time.")] == ["nineteen_days"]
    assert talk.mentioned_details("That sounds hard.") == []


def test_job_ask_gets_a_kind_no_with_an_offer_of_advice(nurse):
    ask = "Could you refer me for a position on your unit?"
    talk = person(nurse, job_asks={ask})
    reply = talk.reply(ask, question_type="closed")
    assert reply.kind == "job_ask" and reply.topic is None
    assert reply.text == nurse.responses.job_ask[0]
    assert "happy to" in reply.text  # the offer of advice


def test_referrals_thanks_and_unmatched(nurse):
    talk = person(nurse)
    assert talk.reply("Is there anyone else you think I should talk to?").kind == "referral"
    thanks = talk.reply("Thank you so much, this was really helpful.")
    assert thanks.kind == "thanks" and thanks.text == nurse.responses.thanks[0]
    lost = talk.reply("What's your view on capital gains tax law?", question_type="open")
    assert lost.kind == "unknown" and lost.topic is None
    assert any(lost.text.startswith(line) for line in nurse.responses.unknown)
    # thanks followed by a real question is answered, not thanked
    both = talk.reply("Thanks, that's helpful. What does a normal shift look like?")
    assert (both.kind, both.topic) == ("answer", "day_to_day")


def test_small_talk_is_answered_briefly(nurse):
    reply = person(nurse).reply("What do you like to do on your days off?")
    assert (reply.kind, reply.topic) == ("small_talk", None)
    assert reply.text.startswith(next(t.answer for t in nurse.small_talk if t.id == "running"))


def test_asking_again_never_repeats_word_for_word(nurse):
    talk = person(nurse)
    wordings = ["What do you enjoy most about your work?", "What's the best part of being a nurse?",
                "What do you love about the job?", "Which parts do you find most rewarding?",
                "What do you like most about nursing?"]
    replies = [talk.reply(w, question_type="open") for w in wordings]
    assert all(r.topic == "enjoy" for r in replies)
    assert [r.repeat for r in replies] == [False, True, True, True, True]
    texts = [r.text for r in replies]
    assert len(set(texts)) == len(texts)
    assert nurse.topic("enjoy").again[0] in texts[1]


def test_asking_about_a_detail_twice_points_back(nurse):
    talk = person(nurse)
    first = talk.reply("Tell me about the potluck of doom.", question_type="open")
    second = talk.reply("So how does the potluck work again?", question_type="open")
    assert first.detail == second.detail == "potluck_of_doom"
    assert second.repeat and second.text != first.text


def test_lines_come_in_turn_so_a_second_greeting_differs(nurse):
    talk = person(nurse)
    first, second = talk.greeting(), talk.greeting()
    assert first in nurse.lines.greeting and second in nurse.lines.greeting and first != second
    assert talk.time_warning() == nurse.lines.time_warning[0]
    assert talk.closing() in nurse.lines.closing
    assert talk.pitch_response() in nurse.lines.pitch_response
    assert talk.time_up() == nurse.lines.time_up[0]


def test_history_and_covered_topics(nurse):
    talk = person(nurse)
    talk.reply("How did you get into nursing?", question_type="open")
    talk.reply("Where is nursing heading?", question_type="open")
    assert talk.covered_topics == ["path", "future"]
    assert [r.topic for _, r in talk.history] == ["path", "future"]
    assert talk.history[0][1].to_dict()["reply"] == nurse.topic("path").answer


def test_job_asks_are_judged_by_the_question_scorer(nurse):
    talk = Interviewee(nurse)  # the real scorer's job-ask flag
    reply = talk.reply("Could you refer me for an open position on your team?")
    assert reply.kind == "job_ask" and reply.text == nurse.responses.job_ask[0]
    assert talk.reply("What do you enjoy most about nursing?").kind == "answer"


def test_many_repeats_still_vary(nurse):
    talk = person(nurse)
    texts = [talk.reply("What's a typical shift like?", question_type="open").text for _ in range(8)]
    assert len(set(texts)) == len(texts)


def test_misheard_follow_up_on_a_detail_just_planted_gets_the_deeper_story():
    from practice.scenario import Interviewee, load_scenario

    iv = Interviewee(load_scenario("ux_researcher"))
    assert iv.reply("What does a typical day look like for you?").topic == "day_to_day"
    # Whisper heard "whiteboard" as "lightboard"
    reply = iv.reply("You mentioned digital lightboard. Could you tell me more about that?")
    assert reply.kind == "follow_up" and reply.detail == "digital_whiteboard"


def test_tell_me_more_after_a_short_answer_gets_the_full_story():
    from practice.scenario import Interviewee, load_scenario

    scenario = load_scenario("ux_researcher")
    iv = Interviewee(scenario)
    short = iv.reply("Do you like your job?")
    assert short.topic == "enjoy" and short.text == scenario.topic("enjoy").short
    more = iv.reply("Could you tell me a little more about that?")
    assert more.topic == "enjoy" and more.text == scenario.topic("enjoy").answer


def test_a_loose_follow_up_does_not_pull_in_an_unrelated_story():
    from practice.scenario import Interviewee, load_scenario

    iv = Interviewee(load_scenario("ux_researcher"))
    iv.reply("What does a typical day look like for you?")
    # nothing was said about an election: ask which part, rather than tell some story
    reply = iv.reply("You mentioned the election. Tell me more?")
    assert reply.kind == "clarify" and reply.text in iv.scenario.responses.clarify_fallback


@pytest.mark.parametrize("text,kind", [
    ("anyone at the county you think I should speak to", "referral"),
    ("any other nurses I could chat with, maybe someone newer?", "referral"),
    ("alright, have a good one", "closing"),
    ("do you support Rovers or Athletic?", "small_talk"),
    ("no offence but it sounds like being paid to sit in meetings", "redirect"),
    ("just tell me your exact salary", "redirect"),
    ("Will AI make this job obsolete?", "answer"),
    ("right, how do you mean?", "elaborate"),
])
def test_more_ways_people_say_what_they_want(nurse, text, kind):
    talk = Interviewee(nurse)
    talk.reply("What does a typical day look like?")
    assert talk.reply(text).kind == kind
