"""What format 2 asks of a scenario and this one lacks (scenarios/README.md).

Gaps do not stop a scenario from loading: `scenarios check` refuses a built-in scenario with
any and warns about a user's own. Split from `practice.scenario.check`, which reads the file.
"""

from __future__ import annotations

from practice.scenario.model import REQUIRED_TOPICS, V2_TOPICS, Scenario
from practice.scenario.text import content_stems, normalize, stems
from practice.tomlfile import Problem, TomlFile

MIN_GLOSSARY = 8  # a built-in scenario explains at least this many of its own terms
MIN_SMALL_TALK = 4
MIN_AGAIN = 2
# A keyword left with one word once its small words are dropped ("which patients", "got an A")
# names its detail whenever that word is said; said in this many of the scenario's lines, the
# detail is "heard" in nearly every answer and "followed up" by any question with the word
# ("What about the families of the patients?" was taken as about the shift assignment).
VAGUE_LINES = 10


def format_gaps(toml: TomlFile, s: Scenario) -> list[Problem]:
    """What format 2 asks of a scenario and this one lacks (see scenarios/README.md)."""
    out: list[Problem] = []

    def gap(path: str, message: str) -> None:
        out.append(toml.problem(path, message))

    ids = {t.id for t in s.topics}
    missing = [t for t in V2_TOPICS if t not in ids]
    if missing:
        gap("topics", f"missing topic(s) people often ask about: {', '.join(missing)}")
    for path, keyword, word, count in vague_keywords(s):
        gap(path, f"keyword '{keyword}' names its detail by '{word}' alone, a word {count} of the "
            "scenario's lines say: use words only this detail's story says")
    if not s.builtin:
        return out  # a user's own scenario: only the topics are worth a warning
    for key in ("employer", "place", "life"):
        if not getattr(s.persona, key):
            gap(f"persona.{key}", "missing (format 2)")
    for key in ("unknown", "redirect", "follow_up_permission", "small_talk_return",
                "clarify_fallback"):
        if not getattr(s.responses, key):
            gap(f"responses.{key}", "missing (format 2)")
    for i, topic in enumerate(s.topics):
        if topic.id not in REQUIRED_TOPICS:
            continue
        path = f"topics[{i}]"
        if not topic.example:
            gap(f"{path}.example", f"topic '{topic.id}' has no example story")
        if len(topic.again) < MIN_AGAIN:
            gap(f"{path}.again", f"topic '{topic.id}' needs at least {MIN_AGAIN} other wordings")
        if len(topic.phrasings) < 3:
            gap(f"{path}.phrasings", f"topic '{topic.id}' needs at least 3 phrasings")
    if len(s.glossary) < MIN_GLOSSARY:
        gap("glossary", f"{len(s.glossary)} terms; explain at least {MIN_GLOSSARY} of the "
            "person's own terms")
    if len(s.small_talk) < MIN_SMALL_TALK:
        gap("small_talk", f"{len(s.small_talk)} entries; give at least {MIN_SMALL_TALK}")
    texts: dict[str, str] = {}
    for where, text in _spoken_texts(s):
        if text in texts:
            gap(where, f"the same words as {texts[text]}: no two texts may be identical")
        else:
            texts[text] = where
    return out


def _spoken_texts(s: Scenario):
    for i, topic in enumerate(s.topics):
        path = f"topics[{i}]"
        yield f"{path}.answer", topic.answer
        yield f"{path}.short", topic.short
        if topic.example:
            yield f"{path}.example", topic.example
        for j, again in enumerate(topic.again):
            yield f"{path}.again[{j}]", again
        for j, detail in enumerate(topic.details):
            yield f"{path}.details[{j}].answer", detail.answer


def vague_keywords(s: Scenario):
    """(path, keyword, word, lines saying it) for each detail keyword that comes down to one
    word many of the scenario's lines say."""
    lines = [set(stems(text)) for _, text in _spoken_texts(s)]
    for i, topic in enumerate(s.topics):
        for j, detail in enumerate(topic.details):
            for keyword in detail.keywords:
                content = content_stems(keyword)
                if len(normalize(keyword).split()) < 2 or len(set(content)) != 1:
                    continue
                count = sum(content[0] in line for line in lines)
                if count >= VAGUE_LINES:
                    word = next((w for w in normalize(keyword).split() if stems(w) == [content[0]]), content[0])
                    yield f"topics[{i}].details[{j}].keywords", keyword, word, count
