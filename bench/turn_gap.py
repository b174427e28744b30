"""Silence between turns in `practice interview`, measured from outside the program.

Starts a private PulseAudio server (a pipe source as the microphone, a null sink as the
speaker), launches `practice interview` as a separate process on it, and plays a spoken
candidate (voice `sam`, rendered with the project's TTS) into the microphone in real time.
The speaker's monitor is recorded the whole time. Both sides are timed on CLOCK_MONOTONIC
(`time.monotonic`) by sample counts, so a late read does not move a timestamp:

- the question's last audible sample: when the feeder wrote the utterance's first chunk,
  plus the position of its last sample above the threshold;
- the reply's first audible sample: the monitor stream's origin (the earliest
  `read time - samples read so far / rate` seen) plus the sample's index.

Gap = the second minus the first. An early cut-off is the program speaking before the
candidate's line is over (at a mid-sentence pause); a missed reply is none within 20 s.
Afterwards the saved transcripts (session.json) and a full beam-5 transcription of each
saved turn's audio are scored against the script (WER over all turns).

    .venv/bin/python bench/turn_gap.py [--json] [--scenario nurse] [--trace FILE]

Not a test: it prints figures, with the machine's load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402
from transcribe import edit_distance, normalise  # noqa: E402

from practice.speech.audio import SAMPLE_RATE  # noqa: E402
from practice.speech.virtual import SPEAKER, MicFeeder, VirtualAudio  # noqa: E402

AUDIBLE = 0.004  # |sample| above this is sound (the null sink's monitor is exact zeros in silence)
PAUSE = 1.0  # seconds of the mid-sentence pauses

# One line per candidate turn; a list is one line with a PAUSE between its parts.
PLAN: list[str | list[str]] = [
    "Hi, I'm Sam Rivera. I just finished a psychology degree at the state university, and I'm "
    "exploring nursing because I loved my volunteer work at the hospital. I'd love to hear how "
    "you got started and what you have learned along the way.",
    "What does a typical day look like for you?",
    ["I volunteered at a clinic last summer and", "I wondered how you handle the night shifts?"],
    "Do you like your job?",
    "I have read that intensive care units can be very demanding, with long shifts, difficult "
    "conversations with families and a lot of responsibility, so I am curious how you keep your "
    "energy up and avoid burning out over the years?",
    "How did you get into this line of work?",
    ["When you were starting out,", "what was the hardest thing to learn?"],
    "Is it stressful?",
    "What skills matter most in your unit?",
    ["What do you enjoy most about", "working in intensive care?"],
    "When I think about the next few years, I am trying to decide between a nursing degree and a "
    "more general health science program, and I would really value your advice on which path "
    "would prepare me better for this kind of work?",
    "What would you tell someone who is starting out?",
    "Is there anyone else you would suggest I talk to?",
    "Thank you so much for your time, this was really helpful.",
]


def audible_bounds(samples: np.ndarray) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(samples) > AUDIBLE)
    return (int(loud[0]), int(loud[-1]) + 1) if len(loud) else (0, 0)


def render_plan(pause: float = PAUSE) -> list[tuple[str, np.ndarray]]:
    from practice.speech.tts import Synthesizer
    from practice.speech.voices import load_voice

    synth, sam = Synthesizer(), load_voice("sam")
    lines = []
    for item in PLAN:
        parts = item if isinstance(item, list) else [item]
        chunks = []
        for i, part in enumerate(parts):
            samples = synth.render(part, sam).samples
            a, b = audible_bounds(samples)
            if i:
                chunks.append(np.zeros(int(pause * SAMPLE_RATE), np.float32))
            chunks.append(samples[a:b])
        lines.append((" ".join(parts), np.concatenate(chunks)))
    return lines


class TimedFeeder(MicFeeder):
    """The project's feeder, noting when each utterance's first chunk goes into the pipe."""

    def __init__(self, fifo):
        super().__init__(fifo)
        self.starts: list[float] = []
        self._fresh = False

    def say(self, samples):
        with self._lock:
            self._fresh = True
        super().say(samples)

    def _next_chunk(self):
        with self._lock:
            if self._fresh and self._pending:
                self._fresh = False
                self.starts.append(time.monotonic())
        return super()._next_chunk()


class Monitor(threading.Thread):
    """Reads the speaker's monitor continuously; sample i played at origin + i / rate.

    Samples go into one growing buffer and searches look only at the part asked about:
    copying the whole recording at every poll would load the machine being measured."""

    def __init__(self):
        super().__init__(daemon=True)
        self.proc = subprocess.Popen(
            ["parec", "--raw", f"--device={SPEAKER}.monitor", "--format=s16le",
             f"--rate={SAMPLE_RATE}", "--channels=1", "--latency-msec=20"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buffer = np.zeros(SAMPLE_RATE * 600, np.float32)
        self.count = 0
        self.origin = float("inf")
        self.lock = threading.Lock()

    def run(self):
        while True:
            raw = self.proc.stdout.read(640)
            if not raw:
                return
            now = time.monotonic()
            data = np.frombuffer(raw[: len(raw) // 2 * 2], "<i2").astype(np.float32) / 32768
            with self.lock:
                if self.count + len(data) > len(self.buffer):
                    self.buffer = np.concatenate([self.buffer, np.zeros_like(self.buffer)])
                self.buffer[self.count:self.count + len(data)] = data
                self.count += len(data)
                self.origin = min(self.origin, now - self.count / SAMPLE_RATE)

    def span(self, start: int, end: int | None = None) -> np.ndarray:
        with self.lock:
            end = self.count if end is None else min(end, self.count)
            return self.buffer[start:end].copy() if start < end else np.zeros(0, np.float32)

    def time_of(self, index: int) -> float:
        return self.origin + index / SAMPLE_RATE

    def index_at(self, t: float) -> int:
        return max(0, int((t - self.origin) * SAMPLE_RATE))

    def first_audible_after(self, t: float) -> float | None:
        start = self.index_at(t)
        loud = np.flatnonzero(np.abs(self.span(start)) > AUDIBLE)
        return self.time_of(start + int(loud[0])) if len(loud) else None

    def quiet_since(self, t: float, seconds: float) -> bool:
        """Nothing audible in the last `seconds` (counting from t at the earliest)."""
        end = self.count
        recent = self.span(max(self.index_at(t), end - int(seconds * SAMPLE_RATE)), end)
        return end / SAMPLE_RATE >= seconds and not np.any(np.abs(recent) > AUDIBLE)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=5)


def wait_for_quiet(monitor: Monitor, since: float, quiet: float, timeout: float) -> bool:
    """Wait until something is heard after `since` and then `quiet` seconds of silence."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if monitor.first_audible_after(since) is not None and monitor.quiet_since(since, quiet):
            return True
        time.sleep(0.05)
    return False


class RssWatch(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self):
        while not self.done.is_set():
            try:
                for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            except OSError:
                return
            time.sleep(0.2)


def split_turns(saved: list[str]) -> int:
    """Lines with a mid-sentence pause whose two halves did not end up in one saved turn."""
    split = 0
    for item in PLAN:
        if not isinstance(item, list):
            continue
        first, second = (set(normalise(part)) for part in item)
        best = max(saved, key=lambda text: len(first & set(normalise(text))), default="")
        words = set(normalise(best))
        if len(second & words) < len(second) / 2:
            split += 1
    return split


def wer(refs: list[str], hyps: list[str]) -> float:
    ref = [w for r in refs for w in normalise(r)]
    hyp = [w for h in hyps for w in normalise(h)]
    return 100.0 * edit_distance(ref, hyp) / max(1, len(ref))


def run(args) -> dict:
    lines = render_plan()
    home = Path(tempfile.mkdtemp(prefix="turn-gap-"))
    load_before = os.getloadavg()
    gaps, cutoffs, missed, details = [], 0, 0, []
    import practice.speech.virtual as virtual

    virtual.MicFeeder = TimedFeeder  # VirtualAudio starts this feeder instead
    with VirtualAudio() as audio:
        feeder = audio.feeder
        monitor = Monitor()
        monitor.start()
        deadline = time.monotonic() + 10
        while monitor.count < SAMPLE_RATE // 2:
            if time.monotonic() > deadline:
                raise SystemExit("the speaker's monitor gives no audio (parec)")
            time.sleep(0.05)
        env = dict(os.environ, PRACTICE_HOME=str(home))
        # Rendered speech is kept between rehearsals, as it is for a user: by default the
        # same cache folder serves every run of this benchmark (the first run of a new
        # install fills it); --cold measures a first start with an empty one.
        cache = Path(tempfile.mkdtemp(prefix="turn-gap-cold-")) if args.cold else Path(args.cache)
        (home / "cache").mkdir(parents=True, exist_ok=True)
        (cache / "speech").mkdir(parents=True, exist_ok=True)
        (home / "cache" / "speech").symlink_to(cache / "speech", target_is_directory=True)
        cached_lines = len(list((cache / "speech").glob("*.npz")))
        if args.trace:
            env["PRACTICE_TRACE"] = str(Path(args.trace).resolve())
        cmd = [sys.executable, "-m", "practice", "interview", "--scenario", args.scenario,
               "--minutes", "60"]
        log = open(home / "stdout.txt", "w")
        launched = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        rss = RssWatch(proc.pid)
        rss.start()
        greeting = None
        while greeting is None and time.monotonic() < launched + 60 and proc.poll() is None:
            greeting = monitor.first_audible_after(launched)
            time.sleep(0.02)
        if greeting is None:
            raise SystemExit(f"no greeting heard; see {home / 'stdout.txt'}")
        since = greeting - 0.01
        for number, (text, samples) in enumerate(lines, start=1):
            if not wait_for_quiet(monitor, since, 1.5, 60):
                raise SystemExit(f"the interviewee never went quiet before turn {number}")
            time.sleep(0.3)
            _, last = audible_bounds(samples)
            feeder.say(samples)
            while len(feeder.starts) < number:
                time.sleep(0.005)
            began = feeder.starts[-1]
            question_end = began + last / SAMPLE_RATE
            deadline = question_end + 20
            reply = None
            while reply is None and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.02)
                heard = monitor.first_audible_after(began)
                if heard is not None and heard < question_end:
                    cutoffs += 1
                    reply = heard
                    details.append({"turn": number, "text": text, "early_cutoff_at_s": round(heard - began, 2)})
                    feeder.wait_idle(30)
                    break
                if heard is not None and time.monotonic() > heard + 0.05:
                    reply = heard
            if reply is None:
                missed += 1
                details.append({"turn": number, "text": text, "missed": True})
                since = time.monotonic()
                continue
            if reply >= question_end:
                gap = (reply - question_end) * 1000
                gaps.append(gap)
                details.append({"turn": number, "gap_ms": round(gap), "speech_s": round(last / SAMPLE_RATE, 1),
                                "text": text[:50]})
            since = reply
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=10)
        rss.done.set()
        monitor.stop()
    load_after = os.getloadavg()
    sessions = sorted((home / "sessions").glob("*/session.json"))
    if not sessions:
        raise SystemExit(f"no session saved; see {home / 'stdout.txt'}")
    session = json.loads(sessions[-1].read_text())
    users = [t for t in session["turns"] if t["speaker"] == "user"]
    refs = [text for text, _ in lines]
    from practice.speech.audio import read_audio
    from practice.speech.stt import Transcriber

    full = Transcriber()
    full_texts = [full.transcribe(read_audio(sessions[-1].parent / t["audio"])).text
                  for t in users if t.get("audio")]
    split = split_turns([t["text"] for t in users])
    ordered = sorted(gaps)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] if ordered else None
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": machine(),
        "turns": len(lines),
        "replies_measured": len(gaps),
        "gap_median_ms": round(statistics.median(gaps)) if gaps else None,
        "gap_p95_ms": round(p95) if p95 is not None else None,
        "gap_max_ms": round(max(gaps)) if gaps else None,
        "early_cutoffs": max(cutoffs, split),
        "early_cutoffs_heard": cutoffs,  # the program spoke before the line was over
        "split_turns": split,  # a paused line saved as two turns (the reply came after it all)
        "missed_replies": missed,
        "launch_to_greeting_audio_s": round(greeting - launched, 2),
        "peak_rss_mb": round(rss.peak_kb / 1024, 1),
        "wer_live": round(wer(refs, [t["text"] for t in users]), 2),
        "wer_full": round(wer(refs, full_texts), 2),
        "user_turns_saved": len(users),
        "exit_code": proc.returncode,
        "speech_cache": "cold" if args.cold else "kept between runs",
        "speech_cache_entries_at_start": cached_lines,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "details": details,
        "session": str(sessions[-1]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--scenario", default="nurse")
    parser.add_argument("--trace", help="ask the program to write timing marks to this file")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "practice-turn-gap-cache"),
                        help="the rendered-speech cache kept between runs (default: %(default)s)")
    parser.add_argument("--cold", action="store_true",
                        help="start with an empty speech cache (a new install's first rehearsal)")
    args = parser.parse_args()
    result = run(args)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        if key != "details":
            print(f"{key}: {value}")
    for d in result["details"]:
        print("  ", d)


if __name__ == "__main__":
    main()
