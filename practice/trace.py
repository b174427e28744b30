"""Timing marks for benchmarks: where the milliseconds of a turn go.

Off unless $PRACTICE_TRACE names a file; then each `mark` appends one JSON line with the
CLOCK_MONOTONIC time (the clock `bench/turn_gap.py` measures the audio on) and the fields.
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
    line = json.dumps({"t": time.monotonic(), "event": event, **fields})
    with _lock, open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")
