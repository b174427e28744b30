"""Word error rate and speed of the default speech model on the shared speech clips.

Prints, per clip and overall: WER (lower-case, punctuation stripped), real-time factor
(transcription seconds / audio seconds), plus model load time and peak memory. The
diarization clip is excluded (its reference is a word list, not a transcript).

    .venv/bin/python bench/transcribe.py [--beam-size 5] [--model M]
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import eval_dir, machine  # noqa: E402

from practice.speech.audio import read_audio  # noqa: E402
from practice.speech.stt import TranscribeOptions, Transcriber  # noqa: E402

EXCLUDED = {"picovoice_leopard_diarization_test.wav"}


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
    "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def say_number(n: int) -> str:
    """Digits as spoken: 5 -> five, 42 -> forty two, 1813 -> eighteen thirteen (year style)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if 1100 <= n <= 1999:
        return f"{say_number(n // 100)} {say_number(n % 100) if n % 100 >= 10 else 'oh ' + ONES[n % 100]}"
    if n < 1000:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" {say_number(rest)}" if rest else "")
    return str(n)


def normalise(text: str, numbers: bool = True) -> list[str]:
    """Lower-case words without punctuation; with `numbers`, digits spelt out as words."""
    text = text.lower().replace("-", " ")
    if numbers:
        text = re.sub(r"\d+", lambda m: " " + say_number(int(m.group())) + " ", text)
    return re.sub(r"[^a-z0-9' ]+", " ", text).split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-word-timestamps", action="store_true",
                        help="measure without word timings (the product always asks for them)")
    args = parser.parse_args()
    speech = eval_dir() / "speech"
    with open(speech / "refs.tsv", newline="") as fh:
        refs = {row[0]: row[1] for row in csv.reader(fh, delimiter="\t") if row}
    transcriber = Transcriber(TranscribeOptions(model=args.model, beam_size=args.beam_size,
                                                word_timestamps=not args.no_word_timestamps))
    start = time.perf_counter()
    transcriber.load()
    load_s = time.perf_counter() - start
    errors = words = raw_errors = 0
    audio_s = compute_s = 0.0
    print(f"{'clip':48} {'sec':>6} {'WER':>6} {'RTF':>5}")
    for name, reference in sorted(refs.items()):
        if name in EXCLUDED or not (speech / name).exists():
            continue
        samples = read_audio(speech / name)
        start = time.perf_counter()
        result = transcriber.transcribe(samples)
        took = time.perf_counter() - start
        ref, hyp = normalise(reference), normalise(result.text)
        err = edit_distance(ref, hyp)
        raw_errors += edit_distance(normalise(reference, False), normalise(result.text, False))
        errors, words = errors + err, words + len(ref)
        audio_s, compute_s = audio_s + result.duration, compute_s + took
        print(f"{name:48} {result.duration:6.1f} {err / max(1, len(ref)):6.1%} {took / result.duration:5.2f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings = "without" if args.no_word_timestamps else "with"
    print(f"\nmodel {transcriber.model_name}, beam {args.beam_size}, int8 CPU, {timings} word "
          f"timestamps; {machine()}")
    print(f"WER {errors / words:.1%} over {words} words (digits spelt out; "
          f"{raw_errors / words:.1%} without that); RTF {compute_s / audio_s:.3f} "
          f"({compute_s:.1f} s for {audio_s:.1f} s of audio)")
    print(f"model load {load_s:.2f} s; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
