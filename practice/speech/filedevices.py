"""A file-backed stand-in for the microphone, with the same interface.

`--input FILE.wav` reads a recording as if it were spoken into the microphone (any common
rate or channel count, resampled to 16 kHz). Its clock is virtual: a block's `start` is its
offset in the file from a fixed origin, so timings from files are exact and repeatable.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from practice.speech.audio import SAMPLE_RATE, read_audio
from practice.speech.devices import BLOCK, AudioBlock


class FileMicrophone:
    """`read()` yields the file's blocks, then None (end of input, `finished` set)."""

    def __init__(self, path: str | Path, block: int = BLOCK, origin: float | None = None):
        self.path = Path(path)
        self.samples = read_audio(self.path)
        self.block = block
        self.origin = time.monotonic() if origin is None else origin
        self.position = 0
        self.finished = False

    def __enter__(self) -> "FileMicrophone":
        return self

    def __exit__(self, *exc) -> None:
        pass

    def read(self, timeout: float | None = 1.0) -> AudioBlock | None:
        if self.position >= len(self.samples):
            self.finished = True
            return None
        chunk = self.samples[self.position:self.position + self.block]
        if len(chunk) < self.block:
            chunk = np.concatenate([chunk, np.zeros(self.block - len(chunk), np.float32)])
        start = self.origin + self.position / SAMPLE_RATE
        self.position += self.block
        return AudioBlock(chunk, start)

    def drain(self) -> None:
        pass
