"""Speed targets that tests must not assert (a busy machine would fail them): printed here
with the machine's load average beside them.

- question matching: target under 50 ms a match (the interviewee must answer at once);
- microphone pacing on virtual devices: the recording is real-time paced (seconds recorded
  per second of wall clock, target 1.0 within 0.6 s over a sentence) and blocks are
  stamped 32 ms apart (512 samples at 16 kHz).

Run: .venv/bin/python bench/speed.py [--no-devices]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine  # noqa: E402

QUESTIONS = [
    "What does a typical day look like for you?",
    "How did you get into marketing?",
    "What do people get wrong about your job?",
    "What do you wish you had known when you started?",
    "Where do you see the field going?",
    "What are the perks and the downsides?",
    "How would you describe the culture on your team?",
    "What do you enjoy most about your work?",
]


def matching(rounds: int = 5) -> None:
    from practice.scenario import Matcher, load_scenario

    matcher = Matcher(load_scenario("marketing"))
    matcher.match(QUESTIONS[0])  # build and warm the index first
    questions = QUESTIONS * rounds
    start = time.perf_counter()
    for q in questions:
        matcher.match(q)
    ms = (time.perf_counter() - start) * 1000 / len(questions)
    print(f"matching: {ms:.1f} ms a question over {len(questions)} (target < 50 ms)")


def devices() -> None:
    import numpy as np

    from practice.speech.audio import SAMPLE_RATE
    from practice.speech.devices import Microphone
    from practice.speech.tts import Synthesizer
    from practice.speech.virtual import VirtualAudio
    from practice.speech.voices import load_voice

    speech = Synthesizer().render("Could you tell me how you got started in product design?", load_voice("sam"))
    with VirtualAudio() as audio, Microphone() as mic:
        mic.read(timeout=2.0)
        audio.feeder.say(speech.samples)
        blocks, stamps = [], []
        wall = speech.duration + 1.5
        end = time.monotonic() + wall
        while time.monotonic() < end:
            block = mic.read(timeout=1.0)
            if block is not None:
                blocks.append(block.samples)
                stamps.append(block.start)
    recorded = sum(len(b) for b in blocks) / SAMPLE_RATE
    gaps = np.diff(stamps)
    print(f"microphone pacing: {recorded:.2f} s recorded in {wall:.2f} s of wall clock "
          f"(off by {recorded - wall:+.2f} s; target within 0.6 s)")
    print(f"block stamps: median gap {1000 * float(np.median(gaps)):.1f} ms (target 32.0 ms within 10 ms), "
          f"all increasing: {bool(np.all(gaps > 0))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-devices", action="store_true", help="skip the virtual-device figures")
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M')} UTC, {machine()}, load average {os.getloadavg()[0]:.2f}")
    matching()
    if not args.no_devices:
        devices()
    return 0


if __name__ == "__main__":
    sys.exit(main())
