"""The neural voice's memory with ONNX Runtime's CPU arena off (the product) or on.

Renders the first 60 parts of the data-science scenario's lines (about 150 s of speech) in
this process and prints peak RSS (VmHWM), RSS afterwards and the real-time factor.

    .venv/bin/python bench/voice_memory.py off
    .venv/bin/python bench/voice_memory.py on
"""

from __future__ import annotations

import sys
import time

from practice.speech import onnx

ARENA = sys.argv[1] == "on" if len(sys.argv) > 1 else False
_session = onnx.cpu_session
onnx.cpu_session = lambda path, threads=1, arena=None: _session(path, threads=threads, arena=ARENA)

from practice.interview.prerender import spoken_lines  # noqa: E402
from practice.scenario import load_scenario  # noqa: E402
from practice.speech import piper, tts  # noqa: E402
from practice.speech.voices import load_voice  # noqa: E402


def main() -> None:
    voice = load_voice("diego")
    model = piper.load(voice.piper.model)
    units = [u for line in spoken_lines(load_scenario("data_scientist"))
             for u, _ in tts.split_units(line)][:60]
    start, audio = time.perf_counter(), 0.0
    for unit in units:
        for samples in model.sentences(unit, voice.piper):
            audio += len(samples) / model.rate
    seconds = time.perf_counter() - start
    status = {line.split(":")[0]: int(line.split()[1]) // 1024
              for line in open("/proc/self/status") if line.startswith(("VmHWM", "VmRSS"))}
    print(f"arena {'on' if ARENA else 'off'}: peak {status['VmHWM']} MB, after {status['VmRSS']} MB, "
          f"RTF {seconds / audio:.3f} over {audio:.0f} s of speech")


if __name__ == "__main__":
    main()
