"""Timing marks for benchmarks: where the milliseconds of a turn go.

Off unless $PRACTICE_TRACE names a file; then each `mark` appends one JSON line with the
CLOCK_MONOTONIC time (the clock `bench/turn_gap.py` measures the audio on), the process's
resident and peak memory in MB (where /proc has them: which step raised the peak), and the
fields.
"""

from __future__ import annotations

import json
import os
import threading
import time

_lock = threading.Lock()


def mark(event: str, **fields) -> None:
    path = os.environ.get("PRACTICE_TRACE")
    if not path:
        return
    line = json.dumps({"t": time.monotonic(), "event": event, **_memory(), **fields})
    with _lock, open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")


def _memory() -> dict[str, int]:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            lines = dict(line.split(":", 1) for line in status if line.startswith("Vm"))
    except OSError:
        return {}
    return {key: int(lines[name].split()[0]) // 1024
            for key, name in (("rss_mb", "VmRSS"), ("peak_mb", "VmHWM")) if name in lines}
