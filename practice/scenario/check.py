"""Turn a parsed scenario file into a Scenario, collecting every problem on the way.

Scenario files are written by hand, often by users preparing for a real interview, so the
checker never stops at the first mistake: it walks the whole file and reports each problem
with its line and field (`topics[3].details[0].answer: missing`), then builds nothing.
"""

from __future__ import annotations

import re
from typing import Any

from practice.scenario.model import (
    CLASSIC_TOPICS,
    DETAIL_KINDS,
    Detail,
    Lines,
    Persona,
    Responses,
    Scenario,
    SmallTalk,
    Term,
    Topic,
)
from practice.scenario.text import content_stems, stems
from practice.scenario.gaps import format_gaps
from practice.scenario.placeholders import placeholder
from practice.tomlfile import Problem, TomlFile

MIN_OWN_TOPICS = 6
RESERVED_VOICES = {"sam": "it is reserved for the demo candidate"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TYPE_NAMES = {str: "a string", int: "an integer", list: "a list", dict: "a table"}

# Spoken answers: long enough to carry detail, short enough to listen to.
MAX_WORDS = {"answer": 150, "short": 45, "again": 90, "example": 150}

class _Reader:
    """Typed access to one table of the file that records problems instead of raising."""

    def __init__(self, toml: TomlFile, problems: list[Problem]):
        self.toml = toml
        self.problems = problems

    def problem(self, key_path: str, message: str) -> None:
        self.problems.append(self.toml.problem(key_path, message))

    def table(self, data: Any, path: str, required: bool = True) -> dict:
        if data is None:
            if required:
                self.problem(path, "missing table")
            return {}
        if not isinstance(data, dict):
            self.problem(path, f"must be {_TYPE_NAMES[dict]}, not {_kind(data)}")
            return {}
        return data

    def known_keys(self, data: dict, path: str, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                self.problem(_join(path, key), f"unknown field (expected one of: {hint})")

    def text(self, data: dict, path: str, key: str, required: bool = True, default: str = "") -> str:
        full = _join(path, key)
        if key not in data:
            if required:
                self.problem(full, "missing")
            return default
        value = data[key]
        if not isinstance(value, str):
            self.problem(full, f"must be {_TYPE_NAMES[str]}, not {_kind(value)}")
            return default
        if required and not value.strip():
            self.problem(full, "is empty")
        self.filled(full, value)
        return " ".join(value.split())

    def filled(self, full: str, value: str) -> None:
        if placeholder(value):
            self.problem(full, f"still a placeholder ({_clip(value)}): replace it with what "
                         "the person would really say")

    def integer(self, data: dict, path: str, key: str, low: int, high: int, default: int) -> int:
        full = _join(path, key)
        if key not in data:
            self.problem(full, "missing")
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(full, f"must be {_TYPE_NAMES[int]}, not {_kind(value)}")
            return default
        if not low <= value <= high:
            self.problem(full, f"{value} is outside {low}..{high}")
            return default
        return value

    def texts(self, data: dict, path: str, key: str, required: bool = True,
              allow_single: bool = False) -> tuple[str, ...]:
        """A list of non-empty strings (or one string, where a single line is natural)."""
        full = _join(path, key)
        if key not in data:
            if required:
                self.problem(full, "missing")
            return ()
        value = data[key]
        if allow_single and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            wanted = "a string or a list of strings" if allow_single else "a list of strings"
            self.problem(full, f"must be {wanted}, not {_kind(value)}")
            return ()
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.problem(f"{full}[{i}]", f"must be {_TYPE_NAMES[str]}, not {_kind(item)}")
            elif not item.strip():
                self.problem(f"{full}[{i}]", "is empty")
            else:
                self.filled(f"{full}[{i}]", item)
                out.append(" ".join(item.split()))
        if required and not value:
            self.problem(full, "is empty: give at least one")
        return tuple(out)

    def items(self, data: dict, path: str, key: str) -> list[tuple[str, dict]]:
        """The tables of an array of tables (`[[topics]]`), each with its key path."""
        if key not in data:
            return []
        value = data[key]
        full = _join(path, key)
        if not isinstance(value, list):
            self.problem(full, f"must be an array of tables ([[{key}]]), not {_kind(value)}")
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                out.append((f"{full}[{i}]", item))
            else:
                self.problem(f"{full}[{i}]", f"must be a table, not {_kind(item)}")
        return out

    def ident(self, data: dict, path: str, seen: dict[str, str]) -> str:
        value = self.text(data, path, "id")
        if value and not _ID.match(value):
            self.problem(_join(path, "id"), f"'{value}' must be lower case letters, digits and _ "
                         "(starting with a letter)")
        elif value in seen:
            self.problem(_join(path, "id"), f"duplicate id '{value}' (already used at {seen[value]})")
        elif value:
            seen[value] = path
        return value

    def spoken(self, text: str, path: str, key: str) -> None:
        words = len(text.split())
        limit = MAX_WORDS.get(key)
        if limit and words > limit:
            self.problem(_join(path, key), f"{words} words is too long to be spoken as one "
                         f"answer; keep it under {limit}")


def _clip(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= size else f'"{text[:size - 3]}..."'


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    names = {str: "string", int: "integer", float: "number", bool: "true/false", list: "list",
             dict: "table"}
    return names.get(type(value), type(value).__name__)


def check_scenario(toml: TomlFile, voices: list[str], builtin: bool = False,
                   gaps: list[Problem] | None = None) -> tuple[Scenario | None, list[Problem]]:
    """Validate `toml` as a scenario; `voices` are the voice profiles it may use.

    Format-2 content that is missing (new topics, examples, glossary...) is not a problem
    for loading: a version-1 file still runs. It is collected in `gaps` when given; `scenarios
    check` refuses a built-in scenario with gaps and warns about a user's own.
    """
    problems: list[Problem] = []
    r = _Reader(toml, problems)
    data = toml.data
    r.known_keys(data, "", {"title", "persona", "lines", "responses", "topics", "small_talk",
                            "glossary"})
    title = r.text(data, "", "title")
    persona = _persona(r, r.table(data.get("persona"), "persona"), voices)
    lines = _lines(r, r.table(data.get("lines"), "lines"))
    responses = _responses(r, r.table(data.get("responses"), "responses"))
    seen: dict[str, str] = {}
    topics = [_topic(r, path, item, seen) for path, item in r.items(data, "", "topics")]
    small_talk = [_small_talk(r, path, item, seen) for path, item in r.items(data, "", "small_talk")]
    glossary = _glossary(r, r.table(data.get("glossary"), "glossary", required=False))
    _coverage(r, data, [t for t in topics if t])
    if not small_talk:
        r.problem("small_talk", "missing: add at least one [[small_talk]] (non-work common ground)")
    if problems:
        return None, problems
    scenario = Scenario(toml.path.stem, title, persona, lines, responses, tuple(topics),
                        tuple(small_talk), toml.path, builtin, glossary)
    if gaps is not None:
        gaps.extend(format_gaps(toml, scenario))
    return scenario, []


def _glossary(r: _Reader, data: dict) -> tuple[Term, ...]:
    out = []
    for term, value in data.items():
        full = f"glossary.{term}"
        if not isinstance(value, str):
            r.problem(full, f"must be {_TYPE_NAMES[str]}, not {_kind(value)}")
            continue
        explanation = r.text(data, "glossary", term)
        r.spoken(explanation, "glossary", "answer")
        if term.strip():
            out.append(Term(term.strip(), explanation))
    return tuple(out)


def _persona(r: _Reader, data: dict, voices: list[str]) -> Persona:
    keys = {"name", "role", "employer_type", "field", "years", "background", "voice", "minutes",
            "employer", "place", "life"}
    r.known_keys(data, "persona", keys)
    text = {k: r.text(data, "persona", k) if data else "" for k in
            ("name", "role", "employer_type", "field", "background", "voice")}
    extra = {k: r.text(data, "persona", k, required=False) if data else ""
             for k in ("employer", "place", "life")}
    years = r.integer(data, "persona", "years", 0, 60, 0) if data else 0
    minutes = r.integer(data, "persona", "minutes", 5, 120, 20) if data else 20
    voice = text["voice"]
    if voice in RESERVED_VOICES:
        r.problem("persona.voice", f"'{voice}' cannot be used: {RESERVED_VOICES[voice]}; "
                  f"choose one of {', '.join(v for v in voices if v not in RESERVED_VOICES)}")
    elif voice and voice not in voices:
        usable = ", ".join(v for v in voices if v not in RESERVED_VOICES) or "none"
        r.problem("persona.voice", f"unknown voice '{voice}': choose one of {usable}")
    return Persona(text["name"], text["role"], text["employer_type"], text["field"], years,
                   text["background"], voice, minutes, **extra)


def _lines(r: _Reader, data: dict) -> Lines:
    keys = ("greeting", "pitch_response", "time_warning", "time_up", "closing")
    r.known_keys(data, "lines", set(keys))
    values = [r.texts(data, "lines", k, allow_single=True) if data else () for k in keys]
    return Lines(*values)


def _responses(r: _Reader, data: dict) -> Responses:
    keys = ("unmatched", "job_ask", "thanks", "referrals")
    optional = ("unknown", "redirect", "follow_up_permission", "small_talk_return",
                "clarify_fallback")
    r.known_keys(data, "responses", set(keys) | set(optional))
    values = [r.texts(data, "responses", k, allow_single=True) if data else () for k in keys]
    extra = {k: r.texts(data, "responses", k, required=False, allow_single=True) if data else ()
             for k in optional}
    return Responses(*values, **extra)


def _topic(r: _Reader, path: str, data: dict, seen: dict[str, str]) -> Topic:
    r.known_keys(data, path, {"id", "phrasings", "keywords", "answer", "short", "again", "details",
                              "example"})
    topic_id = r.ident(data, path, seen)
    phrasings = r.texts(data, path, "phrasings")
    keywords = r.texts(data, path, "keywords", required=False)
    answer = r.text(data, path, "answer")
    short = r.text(data, path, "short")
    again = r.texts(data, path, "again", required=False, allow_single=True)
    example = r.text(data, path, "example", required=False)
    for key, value in (("answer", answer), ("short", short), ("example", example),
                       *(("again", a) for a in again)):
        r.spoken(value, path, key)
    details = []
    for dpath, item in r.items(data, path, "details"):
        details.append(_detail(r, dpath, item, topic_id, answer, seen))
    return Topic(topic_id, phrasings, keywords, answer, short, again, tuple(details), example)


def _detail(r: _Reader, path: str, data: dict, topic_id: str, topic_answer: str,
            seen: dict[str, str]) -> Detail:
    r.known_keys(data, path, {"id", "kind", "keywords", "answer", "short"})
    detail_id = r.ident(data, path, seen)
    kind = r.text(data, path, "kind")
    if kind and kind not in DETAIL_KINDS:
        r.problem(_join(path, "kind"), f"unknown kind '{kind}': choose one of {', '.join(DETAIL_KINDS)}")
    keywords = r.texts(data, path, "keywords")
    answer = r.text(data, path, "answer")
    short = r.text(data, path, "short", required=False)
    r.spoken(answer, path, "answer")
    r.spoken(short, path, "short")
    if keywords and topic_answer and not any(_planted(k, topic_answer) for k in keywords):
        r.problem(_join(path, "keywords"), "none of these words appear in the topic's answer: "
                  "plant the detail in the answer so the user can hear it and follow up")
    return Detail(detail_id, topic_id, kind, keywords, answer, short or _first_sentence(answer))


def _small_talk(r: _Reader, path: str, data: dict, seen: dict[str, str]) -> SmallTalk:
    r.known_keys(data, path, {"id", "phrasings", "keywords", "answer"})
    talk_id = r.ident(data, path, seen)
    phrasings = r.texts(data, path, "phrasings")
    keywords = r.texts(data, path, "keywords", required=False)
    answer = r.text(data, path, "answer")
    r.spoken(answer, path, "answer")
    return SmallTalk(talk_id, phrasings, keywords, answer)


def _coverage(r: _Reader, data: dict, topics: list[Topic]) -> None:
    ids = {t.id for t in topics}
    for classic in CLASSIC_TOPICS:
        if classic not in ids:
            r.problem("topics", f"missing classic topic '{classic}': every scenario answers the "
                      f"eight classic questions ({', '.join(CLASSIC_TOPICS)})")
    own = [t for t in topics if t.id and not t.classic]
    if len(own) < MIN_OWN_TOPICS and "topics" in data:
        r.problem("topics", f"only {len(own)} topics beyond the eight classic ones: add at least "
                  f"{MIN_OWN_TOPICS} of the person's own")


def _planted(keyword: str, answer: str) -> bool:
    """True when every meaningful word of the keyword is said in the answer (any inflection)."""
    wanted = set(content_stems(keyword)) or set(stems(keyword))
    return wanted <= set(stems(answer))


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text
