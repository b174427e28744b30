"""A line that is still being rendered, played as it is made.

The synthesizer renders a piper line unit by unit in a background thread; the player takes
each unit's audio as soon as it exists, so the first sentence sounds while the rest renders.
"""

from __future__ import annotations

import threading

import numpy as np

from practice.speech.audio import SAMPLE_RATE


class SpeechStream:
    """A line still being rendered: `chunks()` yields audio as it is made (16 kHz),
    `samples` waits for the whole line. Plays like a Speech."""

    word_starts: list = []

    def __init__(self, text: str, renderer: str):
        self.text = text
        self.rate = SAMPLE_RATE
        self.renderer = renderer
        self._parts: list[np.ndarray] = []
        self._done = False
        self._error: BaseException | None = None
        self._cond = threading.Condition()

    def add(self, samples: np.ndarray) -> None:
        with self._cond:
            self._parts.append(samples)
            self._cond.notify_all()

    def finish(self, error: BaseException | None = None) -> None:
        with self._cond:
            self._done, self._error = True, error
            self._cond.notify_all()

    def chunks(self):
        index = 0
        while True:
            with self._cond:
                while index >= len(self._parts) and not self._done:
                    self._cond.wait()
                if index < len(self._parts):
                    part = self._parts[index]
                elif self._error is not None:
                    raise self._error
                else:
                    return
            index += 1
            yield part

    def rendered(self) -> np.ndarray:
        """The audio made so far (all of it once playback has consumed every chunk)."""
        with self._cond:
            return np.concatenate(self._parts) if self._parts else np.zeros(0, np.float32)

    @property
    def samples(self) -> np.ndarray:
        with self._cond:
            while not self._done:
                self._cond.wait()
            if self._error is not None:
                raise self._error
            return np.concatenate(self._parts) if self._parts else np.zeros(0, np.float32)

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate
