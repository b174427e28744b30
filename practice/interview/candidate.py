"""The scripted candidate of `practice demo` (and of the end-to-end tests).

A synthetic person with its own TTS voice who takes part in a rehearsal through the same
loop and audio path as a real user: it speaks into the (virtual) microphone a natural
moment after the interviewee finishes, or over them when its plan says to interrupt, or
stays silent. Its plan is a realistic mix: an introduction, open and closed questions, a
follow-up on a detail the interviewee planted, a leading question, a request for referrals
and a thank-you.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from practice.speech.audio import SAMPLE_RATE, write_wav
from practice.interview.engine import Observer


@dataclass(frozen=True)
class CandidateLine:
    text: str
    gap: float = 0.8  # seconds after being given the floor
    interrupt_after: float | None = None  # instead: speak this long into the interviewee's answer
    silent: bool = False  # say nothing at all (the interviewee should prompt)


def demo_plan(scenario, interrupt: bool = False, silence: bool = False) -> list[CandidateLine]:
    """A realistic mix of turns for any scenario (see the module docstring)."""
    persona = scenario.persona
    day = scenario.topic("day_to_day")
    keyword = day.details[0].keywords[0] if day.details else persona.field
    plan = [
        # worded to be heard right: "I'm exploring" came out of espeak-ng as "I met flooring"
        # ("curious about" would be heard, but the scorer reads it as a second question)
        CandidateLine(f"Hi, I'm Sam Rivera. I just graduated in psychology, and I'm "
                      f"interested in {persona.field}. I'd love to hear how you started."),
        CandidateLine("What does a typical day look like for you?"),
        CandidateLine(f"You mentioned {keyword}. Could you tell me more about that?", gap=1.0),
        CandidateLine("Do you like your job?", gap=0.6),
        CandidateLine("Don't you think the hardest part is the culture?", gap=0.9),
        CandidateLine("How did you get into this line of work?", gap=0.7),
        CandidateLine("Is there anyone else you would suggest I talk to?", gap=0.8),
        CandidateLine("Thank you so much for your time, this was really helpful.", gap=0.6),
    ]
    if interrupt:
        plan.insert(6, CandidateLine("Sorry, can I ask what skills matter most?", interrupt_after=2.0))
    if silence:
        plan.insert(3, CandidateLine("", silent=True))
    return plan


class ScriptedCandidate(Observer):
    """Speaks its plan into a `MicFeeder` in step with the conversation."""

    def __init__(self, plan: list[CandidateLine], render, feeder):
        self.plan = list(plan)
        self.audio = [render(line.text).samples if line.text else None for line in self.plan]
        self.feeder = feeder
        self.index = 0
        self.skip_listen = False
        self.timers: list[threading.Timer] = []

    def _next(self) -> CandidateLine | None:
        return self.plan[self.index] if self.index < len(self.plan) else None

    def _say_later(self, delay: float) -> None:
        samples = self.audio[self.index]
        self.index += 1
        timer = threading.Timer(delay, self.feeder.say, args=(samples,))
        timer.daemon = True
        timer.start()
        self.timers.append(timer)

    def speaking(self, text: str, kind: str) -> None:
        line = self._next()
        if line is not None and line.interrupt_after is not None and kind in ("answer", "follow_up"):
            self.skip_listen = True  # the turn this starts is the one the next `listening` is for
            self._say_later(line.interrupt_after)

    def listening(self, kind: str) -> None:
        if self.skip_listen:
            self.skip_listen = False
            return
        line = self._next()
        if line is None:
            return
        if line.silent:
            self.index += 1
            return
        if line.interrupt_after is None:
            self._say_later(line.gap)

    def cancel(self) -> None:
        for timer in self.timers:
            timer.cancel()


def write_plan_wavs(plan: list[CandidateLine], render, folder: Path,
                    silence_seconds: float = 20.0) -> list[Path]:
    """The plan as WAV files (lead-in gap, then the line), for file mode without devices."""
    paths = []
    for number, line in enumerate(plan, start=1):
        if line.silent:
            samples = np.zeros(int(silence_seconds * SAMPLE_RATE), np.float32)
        else:
            gap = np.zeros(int(line.gap * SAMPLE_RATE), np.float32)
            samples = np.concatenate([gap, render(line.text).samples, np.zeros(SAMPLE_RATE // 2, np.float32)])
        paths.append(write_wav(folder / f"{number:02d}.wav", samples))
    return paths
