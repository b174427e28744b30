"""File-backed stand-ins for the microphone and speaker, with the same interface.

`--input FILE.wav` reads a recording as if it were spoken into the microphone (any common
rate or channel count, resampled to 16 kHz); `--output FILE.wav` collects what would have
been played. Their clock is virtual: a block's `start` is its offset in the file from a
fixed origin, so timings from files are exact and repeatable.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np

from practice.audio import SAMPLE_RATE, read_audio, resample, write_wav
from practice.devices import BLOCK, AudioBlock, Playback


class FileMicrophone:
    """`read()` yields the file's blocks, then None (end of input, `finished` set)."""

    sample_rate = SAMPLE_RATE

    def __init__(self, path: str | Path, block: int = BLOCK, realtime: bool = False,
                 origin: float | None = None):
        self.path = Path(path)
        self.samples = read_audio(self.path)
        self.block = block
        self.realtime = realtime
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
        if self.realtime:
            delay = start + self.block / SAMPLE_RATE - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return AudioBlock(chunk, start)

    def drain(self) -> None:
        pass


class FileSpeaker:
    """Collects played audio (16 kHz) and writes it to `path` on `close()`, atomically."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else None
        self.chunks: list[np.ndarray] = []

    def play(self, samples: np.ndarray, rate: int, stop: threading.Event | None = None) -> Playback:
        data = resample(np.asarray(samples, dtype=np.float32), rate, SAMPLE_RATE)
        self.chunks.append(data)
        start = time.monotonic()
        return Playback(start, start + len(data) / SAMPLE_RATE, False, len(data) / SAMPLE_RATE)

    def close(self) -> Path | None:
        if self.path is None:
            return None
        data = np.concatenate(self.chunks) if self.chunks else np.zeros(0, np.float32)
        return write_wav(self.path, data)

    def __enter__(self) -> "FileSpeaker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
