"""How precisely `practice pitch` times and reads a pitch, on pitches whose truth is known.

Pitches are synthesized with every built-in voice at several rates, after a known silence,
and scored exactly as `practice pitch --input` scores a file (real VAD, real transcriber).
The truth comes from the synthesis: espeak's first word start, and the last audible 10 ms.
Printed: duration and start-delay errors, verdict agreement (against the verdict the true
duration gives), checklist agreement, and false alarms (fillers, pauses, pace changes) on
pitches that have none. Needs no evaluation data.

    .venv/bin/python bench/pitch_timing.py [--model M] [--rates 120,170,240]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402

from practice.speech.audio import SAMPLE_RATE, rms_dbfs  # noqa: E402
from practice.pitch.analysis import verdict_for  # noqa: E402
from practice.pitch.record import Recording, score  # noqa: E402
from practice.pitch.result import PitchOptions  # noqa: E402
from practice.speech.stt import TranscribeOptions, Transcriber  # noqa: E402
from practice.speech.tts import Synthesizer  # noqa: E402
from practice.speech.voices import VoiceProfile, list_voices  # noqa: E402

TEXTS = {
    "complete": ("Hi, I'm Sam Rivera. I'm a final-year biology student at Ohio State. I'm "
                 "exploring a move into data science, and I'd love to hear how you made that "
                 "switch.", {"name", "background", "interest", "ask"}),
    "no_ask": ("Hello, my name is Priya Shah. I work as a nurse in intensive care, and I'm "
               "curious about health informatics.", {"name", "background", "interest"}),
}
LEADS = (0.4, 1.2)


def audible_end(samples: np.ndarray) -> float:
    hop = SAMPLE_RATE // 100
    loud = [i for i in range(0, len(samples), hop) if rms_dbfs(samples[i:i + hop]) > -40]
    return (loud[-1] + hop) / SAMPLE_RATE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--rates", default="120,170,240")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    synth = Synthesizer()
    transcriber = Transcriber(TranscribeOptions(model=args.model, verbatim=True))
    transcriber.load()
    options = PitchOptions()
    rows = []
    began = time.monotonic()
    for k, voice in enumerate(list_voices()):
        for rate in rates:
            for name, (text, points) in TEXTS.items():
                lead = LEADS[(k + rate + len(name)) % len(LEADS)]
                profile = VoiceProfile(**{**voice.__dict__, "rate": rate})
                speech = synth.render(text, profile)
                first = speech.word_starts[0][1] if speech.word_starts else 0.0
                body = np.concatenate([np.zeros(int(lead * SAMPLE_RATE), np.float32),
                                       speech.samples])
                start, end = lead + first, audible_end(body)
                samples = np.concatenate([body, np.zeros(SAMPLE_RATE, np.float32)])
                rec = Recording(samples, "bench", len(samples) / SAMPLE_RATE)
                r = score(rec, transcriber, options).result
                found = {key for key in ("name", "background", "interest", "ask")
                         if r.checks[key].present}
                rows.append({
                    "voice": voice.name, "rate": rate, "text": name,
                    "duration_err": r.duration_s - (end - start),
                    "delay_err": r.start_delay_s - start,
                    "verdict_ok": r.verdict == verdict_for(end - start, options),
                    "points_ok": found == points,
                    "missed": sorted(points - found), "extra": sorted(found - points),
                    "fillers": len(r.fillers), "pauses": len(r.pauses),
                    "pace_flags": sum(1 for s in r.pace if s.change != "steady"),
                    "wpm": r.wpm, "transcript": r.transcript,
                })
    elapsed = time.monotonic() - began

    def abs_stats(key):
        values = [abs(row[key]) for row in rows]
        return statistics.mean(values), statistics.median(values), max(values)

    n = len(rows)
    print(f"pitch timing benchmark: {n} synthesized pitches ({len(list_voices())} voices x "
          f"rates {rates} x {len(TEXTS)} texts), model {transcriber.model_name}; {machine()}")
    for key, label in (("duration_err", "duration error"), ("delay_err", "start delay error")):
        mean, median, worst = abs_stats(key)
        signed = statistics.mean(row[key] for row in rows)
        print(f"{label:18s} |mean| {mean:.2f} s  median {median:.2f} s  max {worst:.2f} s  "
              f"(signed mean {signed:+.2f} s)")
    print(f"verdict agrees     {sum(r['verdict_ok'] for r in rows)}/{n}")
    print(f"checklist exact    {sum(r['points_ok'] for r in rows)}/{n}")
    print(f"false fillers      {sum(r['fillers'] for r in rows)} in {n} pitches without any")
    print(f"false long pauses  {sum(r['pauses'] for r in rows)}")
    print(f"false pace changes {sum(r['pace_flags'] for r in rows)} parts flagged in {n} "
          "constant-rate pitches")
    print(f"scoring time       {elapsed / n:.2f} s a pitch")
    for row in rows:
        if not row["points_ok"] or not row["verdict_ok"] or abs(row["duration_err"]) > 0.3 \
                or row["fillers"] or row["pauses"] or row["pace_flags"]:
            print(f"  {row['voice']:6s} {row['rate']:3d} {row['text']:8s} dur "
                  f"{row['duration_err']:+.2f} delay {row['delay_err']:+.2f} missed {row['missed']} "
                  f"extra {row['extra']} fillers {row['fillers']} pauses {row['pauses']} pace "
                  f"{row['pace_flags']}: {row['transcript']}")


if __name__ == "__main__":
    main()
