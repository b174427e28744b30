"""The dialogue manager over whole conversations: the kind of every reply, what it remembers
("that", its own terms), and that no line is ever said twice unless asked for again."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from practice.interview.runner import RunSettings, run_interview
from practice.scenario import Interviewee, load_scenario
from practice.scenario.reply import OWN_KINDS, REPLY_KINDS
from practice.scenario.phrases import TOPIC_LABELS, spoken_duration
from practice.scenario.understanding import Understanding


@pytest.fixture(scope="module")
def nurse():
    return load_scenario("nurse")


@pytest.fixture(scope="module")
def nurse_mind(nurse):
    return Understanding(nurse)  # the indexes, shared by the interviewees of this module


def talk(nurse, mind):
    return Interviewee(nurse, understanding=mind)


# one conversation that goes through every kind a user turn can get
CONVERSATION = [
    ("How's your week going so far?", "small_talk", None),
    ("What does a normal shift look like for you?", "answer", "day_to_day"),
    ("What do you mean by the huddle?", "clarify", "day_to_day"),
    ("Can you give me an example of that?", "example", "day_to_day"),
    ("Tell me more.", "elaborate", "day_to_day"),
    ("How much does a new ICU nurse make?", "answer", "pay"),
    ("You mentioned Mr. Alvarez earlier, what happened with him?", "follow_up", "enjoy"),
    ("So it sounds like those patients are what keep you going.", "reflection_response", "enjoy"),
    ("How do you deal with the stress, and what do you do on your days off?", "stacked", "stress"),
    ("Your job sounds pointless, honestly.", "redirect", None),
    ("What's a mistake you made early on?", "answer", "mistakes"),
    ("Sorry, could you say that again?", "repeat", "mistakes"),
    ("Do you know how nursing licences work in Canada?", "unknown", None),
    ("What's the pay like starting out?", "recap", "pay"),
    ("Are there any entry-level openings on your team?", "job_ask", None),
    ("Is there anyone else you think I should talk to?", "referral", None),
    ("Would it be okay if I followed up with you by email?", "follow_up_permission", None),
    ("Thank you so much, this was really helpful.", "thanks", None),
    ("Okay, I'll let you go. Have a great rest of your day!", "closing", None),
]


def test_every_turn_gets_its_kind_and_topic(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    got = [(text, *(lambda r: (r.kind, r.topic))(person.reply(text))) for text, _, _ in CONVERSATION]
    assert got == CONVERSATION
    assert {k for _, k, _ in CONVERSATION} == set(REPLY_KINDS) - {"pitch_response"}


def test_clarify_explains_the_personas_own_term_from_the_glossary(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    answer = person.reply("What does a normal shift look like for you?")
    assert "huddle" in answer.text
    clarify = person.reply("sorry whats the huddle")
    huddle = next(t for t in nurse.glossary if t.term == "huddle")
    assert (clarify.kind, clarify.text, clarify.topic) == ("clarify", huddle.explanation, "day_to_day")
    # a term they never said, and nothing to place it: an honest "which part do you mean?"
    lost = person.reply("What do you mean by the flibbertigibbet?")
    assert lost.kind == "clarify" and lost.text in nurse.responses.clarify_fallback


def test_an_example_of_that_is_the_last_answers_example(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    person.reply("What's the pay like?")
    example = person.reply("Could you give me an example of that?")
    assert (example.kind, example.topic, example.text) == ("example", "pay", nurse.topic("pay").example)
    # "tell me more" after that: something new on the same topic, not the example again
    more = person.reply("and then?")
    assert more.kind == "elaborate" and more.topic == "pay" and more.text != example.text


def test_the_same_question_twice_is_a_short_recap_in_other_words(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    first = person.reply("How do you handle the stress?")
    again = person.reply("Sorry, going back, how do you cope with the stress?")
    assert (again.kind, again.topic, again.repeat) == ("recap", "stress", True)
    assert again.text != first.text and len(again.text) < len(first.text)
    assert re.match(r"(?:As I said|Like I said|Going back to what I said|Right, as I mentioned)", again.text)
    assert any(a[:25].lower() in again.text.lower() for a in nurse.topic("stress").again)


def test_unknown_is_honest_and_bridges_to_something_they_can_speak_to(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    reply = person.reply("Do you know how nursing licences work in Canada?")
    assert reply.kind == "unknown" and reply.topic is None
    honest = next(u for u in nurse.responses.unknown if reply.text.startswith(u))
    bridge = reply.text[len(honest):]
    labels = [TOPIC_LABELS.get(t.id, "") for t in nurse.topics]
    assert any(label and label in bridge for label in labels + [t.keywords[0] for t in nurse.topics
                                                               if t.keywords])


def test_repeat_says_the_last_line_again_and_nothing_else_ever_repeats(nurse, nurse_mind):
    person = talk(nurse, nurse_mind)
    lines = [person.greeting(), person.pitch_response()]
    questions = [q for q, _, _ in CONVERSATION[:-3]] * 3  # every kind of turn, three times over
    for question in questions:
        reply = person.reply(question)
        if reply.kind == "repeat":
            assert reply.text == lines[-1]
            continue
        lines.append(reply.text)
    assert len(lines) > 45
    assert len(set(lines)) == len(lines), [l for l in lines if lines.count(l) > 1][:3]


@pytest.mark.parametrize("heard", [
    "You mentioned the digital right board, what's that like?",
    "You mentioned digital right. Could you tell me more about that?",  # the default demo, as heard
])
def test_a_misheard_detail_is_still_followed_up(heard):
    ux = load_scenario("ux_researcher")
    person = Interviewee(ux)
    person.reply("What does a typical week look like for you?")
    reply = person.reply(heard)
    assert (reply.kind, reply.detail) == ("follow_up", "digital_whiteboard")
    assert reply.text == ux.detail("digital_whiteboard").answer


def test_a_word_that_sounds_like_part_of_a_detail_counts_only_beside_the_rest():
    from practice.scenario.misheard import misheard_detail

    teacher = load_scenario("teacher")
    calls = teacher.detail("good_news_calls")  # keywords: "good news", "phone home"
    assert misheard_detail("Can any of the work be done from home?", [calls]) is None
    assert misheard_detail("You said you fone home with good news?", [calls]) == calls


def test_a_closed_question_gets_the_short_answer_that_states_the_fact(nurse, nurse_mind):
    reply = talk(nurse, nurse_mind).reply("Is the pay good?", question_type="closed")
    assert reply.text == nurse.topic("pay").short and re.search(r"dollars|\d", reply.text)


@pytest.mark.parametrize("remaining, said", [(50, "about a minute"), (100, "a couple of minutes"),
                                            (200, "about three minutes")])
def test_the_time_warning_never_states_a_false_duration(nurse, nurse_mind, remaining, said):
    text = talk(nurse, nurse_mind).time_warning(remaining)
    assert said in text and "five" not in text
    assert spoken_duration(remaining) == said


def test_a_true_time_warning_is_left_as_written(nurse, nurse_mind):
    assert talk(nurse, nurse_mind).time_warning(300) == nurse.lines.time_warning[0]


def test_session_json_replies_carry_kind_and_topic(tmp_path):
    script = tmp_path / "turns.txt"
    script.write_text("\n".join([
        "Hi, I'm Sam, a biology student thinking about nursing.",
        "What does a normal shift look like for you?",
        "What do you mean by the huddle?",
        "Did you catch the game last night?",
        "Thank you so much for your time.",
    ]) + "\n", encoding="utf-8")
    _, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="none"))
    data = json.loads((Path(folder) / "session.json").read_text())
    replies = [t for t in data["turns"] if t["speaker"] == "interviewee"]
    assert all(t["kind"] in REPLY_KINDS + OWN_KINDS for t in replies)
    kinds = [(t["kind"], t["topic"]) for t in replies]
    assert kinds[:6] == [("greeting", None), ("pitch_response", None), ("answer", "day_to_day"),
                         ("clarify", "day_to_day"), ("small_talk", None), ("thanks", None)]
    assert data["ended_by"] == "closing" and kinds[-1] == ("closing", None)


def test_an_old_sessions_reply_kinds_are_read_as_todays():
    from practice.session.model import SessionTurn

    old = {"speaker": "interviewee", "text": "Twelve-hour shifts.", "start": 1.0, "end": 2.0,
           "kind": "topic", "topic": "day_to_day", "detail": None}
    assert SessionTurn.from_dict(old).kind == "answer"
    assert SessionTurn.from_dict({**old, "kind": "detail"}).kind == "follow_up"
    assert SessionTurn.from_dict({**old, "kind": "unmatched"}).kind == "unknown"
    user = {**old, "speaker": "user", "kind": "topic"}  # only the interviewee's kinds were renamed
    assert SessionTurn.from_dict(user).kind == "topic"


@pytest.mark.parametrize("name", ["nurse", "data_scientist", "civil_engineer", "teacher", "ux_researcher",
                                  "marketing"])
def test_small_talk_never_speaks_the_persona_description(name):
    """persona.life describes them in the third person ("Runs along the lake ...") for matching;
    however much small talk there is, it is never said as a line."""
    scenario = load_scenario(name)
    person = Interviewee(scenario)
    asks = ["How's your week going?", "What do you do for fun?", "Do you have any hobbies?",
            "What do you get up to on weekends?", "Do you like living there?", "Any pets?",
            "What do you do to unwind?", "Do you travel much?"]
    life = scenario.persona.life[:40]
    for text in asks:
        reply = person.reply(text)
        assert life not in reply.text, (text, reply.text)
