"""Scenario files: the built-ins are valid, and every kind of mistake is reported precisely."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from practice.errors import PracticeError
from practice.paths import builtin_dir
from practice.scenario import CLASSIC_TOPICS, check_file, load_scenario, scenario_names
from practice.scenario.check import placeholder
from practice.scenario.model import REQUIRED_TOPICS, V2_TOPICS
from practice.scenario.template import template_text
from practice.speech.voices import voice_names

BUILTINS = sorted(p.stem for p in builtin_dir("scenarios").glob("*.toml"))
NURSE = builtin_dir("scenarios") / "nurse.toml"


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the `occurrence`-th line containing `needle`."""
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_there_are_at_least_six_builtin_scenarios_from_different_fields():
    assert len(BUILTINS) >= 6
    fields = {load_scenario(name).persona.field for name in BUILTINS}
    assert len(fields) == len(BUILTINS)


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_scenario_passes_check_and_covers_what_the_format_asks(name):
    scenario, problems = check_file(builtin_dir("scenarios") / f"{name}.toml", builtin=True)
    assert problems == []
    ids = [t.id for t in scenario.topics]
    assert set(CLASSIC_TOPICS) <= set(ids)
    assert len([i for i in ids if i not in CLASSIC_TOPICS]) >= 6
    assert scenario.small_talk
    assert scenario.persona.voice in voice_names() and scenario.persona.voice != "sam"
    for topic in scenario.topics:
        # details are optional for the format-2 topics (pay, remote work, ...)
        assert topic.details or topic.id in V2_TOPICS, f"{name}:{topic.id} plants no detail"
        assert 25 <= len(topic.answer.split()) <= 110, f"{name}:{topic.id} answer length"
        assert len(topic.short.split()) <= 25, f"{name}:{topic.id} short answer length"
    for key in ("unmatched", "job_ask", "thanks", "referrals"):
        assert getattr(scenario.responses, key)


def test_scenario_names_list_builtins_and_user_scenarios(practice_home):
    folder = practice_home / "scenarios"
    folder.mkdir(parents=True)
    (folder / "my_interview.toml").write_text(NURSE.read_text())
    names = scenario_names()
    assert "my_interview" in names and "nurse" in names


def test_missing_classic_topic_is_reported_at_the_topics_line(tmp_path):
    text = NURSE.read_text()
    text = text.replace('id = "future"', 'id = "where_things_go"')
    path = write(tmp_path, text)
    scenario, problems = check_file(path)
    assert scenario is None
    missing = [p for p in problems if "missing classic topic 'future'" in p.message]
    assert len(missing) == 1
    assert missing[0].field == "topics"
    assert missing[0].line == line_of(text, "[[topics]]")
    assert str(missing[0]).startswith(f"{path}:{missing[0].line}: topics: ")


def test_bad_types_are_reported_with_line_and_field(tmp_path):
    text = NURSE.read_text()
    text = text.replace("years = 12", 'years = "twelve"')
    text = text.replace('short = "Twelve-hour shifts, mostly coordinating the unit and jumping in where I\'m needed."',
                        "short = 42")
    text = re.sub(r'(id = "stereotypes"\n)phrasings = \[[^\]]*\]',
                  r'\1phrasings = "What do people get wrong about nurses?"', text)
    path = write(tmp_path, text)
    _, problems = check_file(path)
    by_field = {p.field: p for p in problems}
    assert by_field["persona.years"].line == line_of(text, 'years = "twelve"')
    assert "must be an integer, not string" in by_field["persona.years"].message
    assert by_field["topics[1].short"].line == line_of(text, "short = 42")
    assert "must be a string, not integer" in by_field["topics[1].short"].message
    assert by_field["topics[2].phrasings"].line == line_of(text, 'phrasings = "What do people get wrong')
    assert len(problems) == 3


def test_unknown_and_reserved_voices_are_refused(tmp_path):
    text = NURSE.read_text().replace('voice = "maya"', 'voice = "robot"')
    _, problems = check_file(write(tmp_path, text))
    assert [(p.field, p.line) for p in problems] == [("persona.voice", line_of(text, 'voice = "robot"'))]
    assert "unknown voice 'robot'" in problems[0].message and "maya" in problems[0].message
    text = NURSE.read_text().replace('voice = "maya"', 'voice = "sam"')
    _, problems = check_file(write(tmp_path, text, "sam.toml"))
    assert problems[0].field == "persona.voice" and "reserved" in problems[0].message


def test_duplicate_ids_point_at_the_second_one(tmp_path):
    text = NURSE.read_text().replace('id = "families"', 'id = "night_shift"')
    text = text.replace('id = "four_am"', 'id = "mr_alvarez"')
    _, problems = check_file(write(tmp_path, text))
    dupes = {p.field: p for p in problems if "duplicate id" in p.message}
    assert dupes["topics[9].id"].line == line_of(text, 'id = "night_shift"', occurrence=2)
    assert dupes["topics[8].details[0].id"].line == line_of(text, 'id = "mr_alvarez"', occurrence=2)
    assert "already used at topics[8]" in dupes["topics[9].id"].message


def test_invalid_syntax_is_one_problem_with_its_line(tmp_path):
    text = NURSE.read_text().replace('minutes = 20', 'minutes = 20 minutes')
    path = write(tmp_path, text)
    scenario, problems = check_file(path)
    assert scenario is None and len(problems) == 1
    assert problems[0].line == line_of(text, "minutes = 20 minutes")
    assert "not valid TOML" in problems[0].message
    with pytest.raises(PracticeError, match=rf"{path.name}:{problems[0].line}"):
        load_scenario(str(path))


def test_every_problem_is_reported_not_only_the_first(tmp_path):
    text = NURSE.read_text()
    text = text.replace("minutes = 20", "minutes = 500")
    text = text.replace('kind = "person"', 'kind = "celebrity"', 1)
    text = text.replace('keywords = ["potluck of doom", "potluck", "friday night"]',
                        'keywords = ["karaoke night"]')
    text = text.replace("answer = ", "anwser = ", 1)
    _, problems = check_file(write(tmp_path, text))
    fields = {p.field for p in problems}
    assert {"persona.minutes", "topics[0].details[0].kind", "topics[3].details[0].keywords",
            "topics[0].anwser", "topics[0].answer"} <= fields
    planted = next(p for p in problems if p.field == "topics[3].details[0].keywords")
    assert "appear in the topic's answer" in planted.message
    assert planted.line == line_of(text, 'keywords = ["karaoke night"]')


def test_too_few_own_topics_and_no_small_talk(tmp_path):
    text = NURSE.read_text()
    text = text[: text.index("# ---------------------------------------------------------------- Denise's own topics")]
    _, problems = check_file(write(tmp_path, text))
    messages = " | ".join(str(p) for p in problems)
    assert "only 0 topics beyond the eight classic ones" in messages
    assert "small_talk: missing" in messages


def _fill(text: str) -> str:
    """The template with every bracketed placeholder replaced by distinct real text."""
    count = iter(range(10_000))

    def real(match: re.Match) -> str:
        n = next(count)
        return f"{match.group(1)}Filled in answer number {n} about the Zephyr project.{match.group(1)}"

    text = re.sub(r'("""|")\((?:(?!\1).)*?\1', real, text, flags=re.S)
    return text.replace('"(a term they use)"', '"zephyr"')


def test_the_template_is_refused_until_every_placeholder_is_filled(tmp_path):
    voices = [v for v in voice_names() if v != "sam"]
    text = template_text("acme", voices[0], voices)
    _, problems = check_file(write(tmp_path, text, "acme.toml"))
    assert problems and all("still a placeholder" in p.message for p in problems)
    fields = {p.field for p in problems}
    assert {"title", "persona.name", "topics[0].answer", "topics[0].example",
            "topics[0].again[0]", "responses.unknown"} - fields == {"responses.unknown"}
    filled = _fill(text).replace('keywords = ["project name"]', 'keywords = ["Zephyr project"]')
    gaps: list = []
    scenario, problems = check_file(write(tmp_path, filled, "acme.toml"), gaps=gaps)
    assert problems == []
    assert {t.id for t in scenario.topics} >= set(REQUIRED_TOPICS)
    assert gaps == []  # every format-2 topic is in the template


@pytest.mark.parametrize("text", [
    "(The deeper story they tell when you follow up on the detail.)", "TODO", "...", "…",
    "It pays well (write the number here).", "Fill me in later, TBD."])
def test_placeholders_are_recognised(text):
    assert placeholder(text)


@pytest.mark.parametrize("text", [
    "regional grocery chain (140 stores)", "I said no... and then I said yes.",
    "Honestly, it's the moment someone turns the corner."])
def test_real_text_is_not_a_placeholder(text):
    assert not placeholder(text)


V1 = """title = "A version-1 scenario"
[persona]
name = "Kim"
role = "Baker"
employer_type = "bakery"
field = "food"
years = 3
background = "Started baking at sixteen."
voice = "VOICE"
minutes = 20
[lines]
greeting = "Hi."
pitch_response = "Okay."
time_warning = "A few minutes left."
time_up = "I have to go."
closing = "Bye."
[responses]
unmatched = "Sorry?"
job_ask = "Not hiring."
thanks = "Welcome."
referrals = "Talk to Bo."
TOPICS
[[small_talk]]
id = "dogs"
phrasings = ["Do you have pets?"]
answer = "A beagle called Bun."
"""


def _v1(extra_topics: tuple[str, ...] = ()) -> str:
    voice = [v for v in voice_names() if v != "sam"][0]
    topics = "".join(
        f'[[topics]]\nid = "{t}"\nphrasings = ["Ask {t}?"]\nanswer = "The {t} answer, with bread."\n'
        f'short = "The {t} short answer."\nagain = "The {t} again."\n'
        for t in (*CLASSIC_TOPICS, "ovens", "flour", "dough", "shifts", "crust", "sales", *extra_topics))
    return V1.replace("VOICE", voice).replace("TOPICS", topics)


def test_a_version_1_user_file_still_loads_and_is_warned_about_missing_topics(tmp_path):
    gaps: list = []
    scenario, problems = check_file(write(tmp_path, _v1()), gaps=gaps)
    assert problems == []
    assert scenario.topic("enjoy").again == ("The enjoy again.",)  # a string is one wording
    assert scenario.topic("enjoy").example == "" and scenario.glossary == ()
    assert scenario.responses.unknown == () and scenario.persona.employer == ""
    assert len(gaps) == 1 and "pay" in gaps[0].message and "stress" in gaps[0].message


def test_version_2_fields_load(tmp_path):
    text = _v1(V2_TOPICS)
    text = text.replace('minutes = 20', 'minutes = 20\nemployer = "Crumb and Co"\n'
                        'place = "Leeds"\nlife = "Swims on Sundays."')
    text = text.replace('referrals = "Talk to Bo."', 'referrals = "Talk to Bo."\n'
                        'unknown = ["No idea, honestly.", "Not my area."]\n'
                        'redirect = "Let us keep to bread."\n'
                        'follow_up_permission = ["Sure, email me."]\n'
                        'small_talk_return = ["Anyway, what else?"]\n'
                        'clarify_fallback = ["Which part?"]')
    text = text.replace('again = "The pay again."', 'again = ["Pay again.", "Pay once more."]\n'
                        'example = "Last May a new baker started at twelve pounds an hour."')
    text += '[glossary]\nproving = "Letting the dough rise."\n"bench rest" = "A short rest."\n'
    scenario, problems = check_file(write(tmp_path, text))
    assert problems == []
    p = scenario.persona
    assert (p.employer, p.place, p.life) == ("Crumb and Co", "Leeds", "Swims on Sundays.")
    r = scenario.responses
    assert r.unknown == ("No idea, honestly.", "Not my area.") and r.redirect == ("Let us keep to bread.",)
    assert r.follow_up_permission and r.small_talk_return and r.clarify_fallback
    pay = scenario.topic("pay")
    assert pay.again == ("Pay again.", "Pay once more.") and pay.example.startswith("Last May")
    assert [(t.term, t.explanation) for t in scenario.glossary] == [
        ("proving", "Letting the dough rise."), ("bench rest", "A short rest.")]


def test_a_builtin_scenario_with_gaps_fails_the_check_but_a_users_only_warns(tmp_path, capsys):
    from practice.cli import main

    path = write(tmp_path, _v1())
    gaps: list = []
    check_file(path, builtin=True, gaps=gaps)
    fields = {g.field for g in gaps}
    assert {"persona.employer", "responses.unknown", "glossary", "topics[0].example"} <= fields
    code = main(["scenarios", "check", str(path)])
    out = capsys.readouterr().out
    assert code in (None, 0) and out.startswith("warning: ") and "ok: " in out


def test_a_placeholder_in_a_loaded_file_is_refused_with_its_line(tmp_path):
    text = _v1().replace('answer = "A beagle called Bun."',
                         'answer = "(What they like doing outside work.)"')
    _, problems = check_file(write(tmp_path, text))
    assert len(problems) == 1 and problems[0].field == "small_talk[0].answer"
    assert problems[0].line == line_of(text, "(What they like")


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_scenarios_hold_all_of_format_2(name):
    gaps: list = []
    _, problems = check_file(builtin_dir("scenarios") / f"{name}.toml", builtin=True, gaps=gaps)
    assert problems == [] and [str(g) for g in gaps] == []
