"""Every installed voice on typical interviewee replies: speed, delay, memory, clarity.

For each voice profile whose engine is installed, on replies taken from the built-in
scenarios (the first four topic answers of each: 24 replies, about 1,900 words):
- real-time factor: rendering seconds / audio seconds (whole replies, uncached);
- time to first audio, uncached: from asking for a reply to its first playable chunk
  (`Synthesizer.stream`, as the interview plays it), with an empty cache;
- time to first audio, cached: the same once the reply was rendered (disk cache);
- peak memory: the rendering process's peak RSS (VmHWM; each voice in a fresh process that
  only renders, with the neural model's ONNX memory arena off, as the product runs it);
- clarity: word error rate of Whisper tiny.en (the product's own model, beam 5) on the audio.
With --demo, also the demo candidate's scripted lines (all built-in scenarios) through its
voice: WER and words per minute.

    .venv/bin/python bench/voices.py [--voices diego,maya] [--replies 24] [--demo]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402
from transcribe import say_number  # noqa: E402

SCENARIOS = ["civil_engineer", "data_scientist", "marketing", "nurse", "teacher", "ux_researcher"]


def normalise(text: str) -> list[str]:
    """Lower-case words; digits spelt out, % as 'percent', hyphens as spaces."""
    text = text.lower().replace("%", " percent").replace("-", " ")
    text = re.sub(r"\d+", lambda m: " " + say_number(int(m.group())) + " ", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = re.sub(r"\bhealthcare\b", "health care", text)
    return text.split()


def errors(reference: str, heard: str) -> tuple[int, int]:
    from rapidfuzz.distance import Levenshtein

    ref, hyp = normalise(reference), normalise(heard)
    return Levenshtein.distance(ref, hyp), len(ref)


def replies(count: int) -> list[str]:
    from practice.scenario import load_scenario

    per = max(1, -(-count // len(SCENARIOS)))
    texts = [t.answer for name in SCENARIOS for t in load_scenario(name).topics[:per]]
    return texts[:count]


def render_child(voice_name: str, count: int, out: Path) -> None:
    """In a fresh process: render every reply uncached, then cached; save audio and figures."""
    from practice.speech.tts import SpeechStream, Synthesizer
    from practice.speech.ttscache import SpeechCache
    from practice.speech.voices import load_voice

    texts = replies(count)
    voice = load_voice(voice_name)
    with tempfile.TemporaryDirectory(prefix="bench-voices-") as tmp:
        synth = Synthesizer(cache=SpeechCache(Path(tmp)))
        start = time.perf_counter()
        engine = synth.prepare(voice).engine
        load_s = time.perf_counter() - start
        first_uncached, first_cached, render_s, audio_s, audio = [], [], 0.0, 0.0, []
        for text in texts:
            start = time.perf_counter()
            speech = synth.stream(text, voice)
            next(iter(speech.chunks()))
            first_uncached.append(time.perf_counter() - start)
            samples = speech.samples  # waits for the whole reply
            render_s += time.perf_counter() - start
            audio_s += len(samples) / speech.rate
            audio.append(samples)
        for text in texts:
            start = time.perf_counter()
            speech = synth.stream(text, voice)
            next(iter(speech.chunks()))
            first_cached.append(time.perf_counter() - start)
            assert not isinstance(speech, SpeechStream)
    np.savez(out, *audio)
    figures = {"voice": voice_name, "engine": engine, "load_s": load_s,
               "rtf": render_s / audio_s, "audio_s": audio_s,
               "first_uncached": first_uncached, "first_cached": first_cached,
               "peak_mb": _vm_hwm_mb()}
    out.with_suffix(".json").write_text(json.dumps(figures))


def _vm_hwm_mb() -> float:
    """This process's own peak RSS. (ru_maxrss would not do: on Linux a child started by
    fork and exec inherits its parent's peak, here the parent's Whisper model.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values, q) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def demo_lines() -> list[str]:
    from practice.interview.candidate import demo_plan
    from practice.scenario import load_scenario

    lines = [line.text for name in SCENARIOS for line in demo_plan(load_scenario(name)) if line.text]
    return list(dict.fromkeys(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--voices", help="comma-separated profiles (default: every installed one)")
    parser.add_argument("--replies", type=int, default=24)
    parser.add_argument("--demo", action="store_true", help="also the demo candidate's lines")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        render_child(args.child, args.replies, Path(args.out))
        return

    from practice.speech.piper import status
    from practice.speech.stt import Transcriber
    from practice.speech.voices import list_voices

    profiles = [v for v in list_voices()
                if v.engine == "espeak" or status(v.piper.model).installed]
    if args.voices:
        wanted = args.voices.split(",")
        profiles = [v for v in profiles if v.name in wanted]
    texts = replies(args.replies)
    print(f"{machine()}; load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{len(texts)} replies, {sum(len(t.split()) for t in texts)} words")
    transcriber = Transcriber()
    transcriber.load()
    print("| voice | engine | RTF | first audio uncached (median / p90) | cached (median / max) "
          "| peak RSS | tiny.en WER | wpm |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="bench-voices-") as tmp:
        for voice in profiles:
            out = Path(tmp) / f"{voice.name}.npz"
            subprocess.run([sys.executable, __file__, "--child", voice.name, "--replies",
                            str(args.replies), "--out", str(out)], check=True)
            figures = json.loads(out.with_suffix(".json").read_text())
            with np.load(out) as data:
                audio = [data[f"arr_{i}"] for i in range(len(texts))]
            wrong = total = 0
            for text, samples in zip(texts, audio):
                e, n = errors(text, transcriber.transcribe(samples).text)
                wrong, total = wrong + e, total + n
            words = sum(len(t.split()) for t in texts)
            print(f"| {voice.name} | {figures['engine']} | {figures['rtf']:.3f} "
                  f"| {pct(figures['first_uncached'], 50):.0f} / {pct(figures['first_uncached'], 90):.0f} ms "
                  f"| {pct(figures['first_cached'], 50):.1f} / {pct(figures['first_cached'], 100):.1f} ms "
                  f"| {figures['peak_mb']:.0f} MB | {100 * wrong / total:.1f}% "
                  f"| {words / figures['audio_s'] * 60:.0f} |", flush=True)
    if args.demo:
        from practice.speech.tts import Synthesizer
        from practice.speech.voices import load_voice

        synth, sam = Synthesizer(), load_voice("sam")
        wrong = total = 0
        words = seconds = 0.0
        for line in demo_lines():
            speech = synth.render(line, sam)
            heard = transcriber.transcribe(speech.samples).text
            e, n = errors(line, heard)
            wrong, total = wrong + e, total + n
            words += len(line.split())
            seconds += speech.duration
            if e:
                print(f"  {line!r} heard as {heard!r}")
        print(f"demo candidate (sam, {sam.engine}): {len(demo_lines())} lines, WER "
              f"{100 * wrong / total:.1f}%, {words / seconds * 60:.0f} wpm over the rendered audio")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
