"""Render the interviewee's lines ahead, so that none of them waits for synthesis.

Nearly everything an interviewee says is written in the scenario: greetings, answers,
responses, closings. At the start of a rehearsal they are queued for rendering in the
background, in the order they are likely to be needed (the first greeting and response
first), and the cache on disk keeps them for the next rehearsal.
"""

from __future__ import annotations

from practice.interview.engine import INAUDIBLE, PITCH_PROMPT, SILENCE_PROMPT


def spoken_lines(scenario) -> list[str]:
    """The scenario's fixed lines, the likeliest first, each once."""
    lines, responses = scenario.lines, scenario.responses
    ordered: list[str] = [*lines.greeting[:1], *lines.pitch_response[:1], PITCH_PROMPT,
                          SILENCE_PROMPT, INAUDIBLE]
    for topic in scenario.topics:
        ordered += [topic.answer, topic.short]
    ordered += [*lines.time_warning, *lines.time_up, *lines.closing, *responses.thanks,
                *responses.referrals, *responses.job_ask, *responses.follow_up_permission,
                *responses.unknown, *responses.small_talk_return, *responses.unmatched]
    for topic in scenario.topics:
        ordered += [text for detail in topic.details for text in (detail.answer, detail.short)]
        ordered += [*topic.again, topic.example]
    ordered += [term.explanation for term in scenario.glossary]
    ordered += [talk.answer for talk in scenario.small_talk]
    ordered += [*lines.greeting[1:], *lines.pitch_response[1:]]
    return [text for text in dict.fromkeys(ordered) if text and text.strip()]


def render_ahead(synthesizer, scenario, voice) -> int:
    """Queue every fixed line for rendering in the background; returns how many. Only for
    the neural voice: espeak-ng renders a line in tens of milliseconds (bench/voices.py), so
    rendering it ahead would only take CPU from speech recognition."""
    if voice.engine != "piper":
        return 0
    lines = spoken_lines(scenario)
    for text in lines:
        synthesizer.prerender(text, voice)
    return len(lines)
