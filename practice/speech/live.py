"""Transcribing a turn while it is still being spoken, in a worker thread.

Whisper reads audio in 30 s windows; live passes use a window cut to the audio instead
(`stt.encoder_frames`: 0.15 s for a short question on two idle cores, not 0.45 s), and to
have the words soon after the user stops on long turns too, they start before: passes run
on the growing turn while the user speaks, and one runs at once when they pause. The
listener never waits for a pass (audio capture and the voice detector keep running); it asks
`covering(n)` whether the words for the first n samples are known.

In the spirit of whisper_streaming's local-agreement policy, what two successive passes
agree on is settled: the agreed words are the stable part of the live text, and once the
buffer grows long, audio up to the end of the last agreed segment is dropped and its text
carried as a prompt, so passes on a long turn stay short. Passes are greedy with no
temperature fallback; the saved transcript is a full beam-5 pass made later.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.speech.turnend import ending
from practice.trace import mark


@dataclass(frozen=True)
class LiveOptions:
    step: float = 3.0  # seconds of new audio between passes while the user speaks
    # No pass while speaking before this much: a short question gets exactly one pass, at
    # its pause (a pass already running when the user stops delays the answer by up to a pass).
    min_audio: float = 6.0
    trim_after: float = 15.0  # buffer longer than this: drop audio up to the last agreed segment
    # The voice detector heard speech this long after the last segment's end: the decoder
    # may have stopped early (greedy tiny.en ends a long turn's pass at "... on which" 4 s
    # before the end about half the time), so the rest is transcribed on its own and appended.
    # Whisper's segment ends are often a second or two early while the words are all there,
    # and a pass over audio already transcribed repeats it ("... the night shifts. And all the
    # night shifts."): so only from `tail_gap` on, or from `tail_gap_unfinished` on when the
    # words stop mid-thought ("... advice on which").
    tail_gap: float = 2.5
    tail_gap_unfinished: float = 1.0


@dataclass(frozen=True)
class LivePass:
    text: str  # the whole turn so far: settled text, then this pass's words
    upto: int  # samples of the turn (from its first sample) this pass heard
    seconds: float  # how long the pass took


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9']", "", word.lower())


def agreed_prefix(previous: list[str], current: list[str]) -> int:
    """How many leading words two hypotheses share (case and punctuation ignored)."""
    n = 0
    for a, b in zip(previous, current):
        if _norm(a) != _norm(b):
            break
        n += 1
    return n


def agreed_segments(previous: list[str], current: list[str]) -> int:
    """Leading segments both passes read alike, never the last one of `current` (it may
    still grow): those are settled."""
    n = 0
    for a, b in zip(previous, current[:-1]):
        if [_norm(w) for w in a.split()] != [_norm(w) for w in b.split()]:
            break
        n += 1
    return n


class LiveTranscriber:
    """`passes(samples, prompt) -> segments` runs in one worker thread; see the module doc."""

    def __init__(self, passes: Callable[[np.ndarray, str | None], list], options: LiveOptions | None = None):
        self.passes = passes
        self.options = options or LiveOptions()
        self._cond = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        self.begin()

    # ------------------------------------------------------------------ listener side

    def begin(self) -> None:
        """A new turn: forget the last one (a pass still running for it is discarded)."""
        with self._cond:
            self._generation = getattr(self, "_generation", 0) + 1
            self._blocks: list[np.ndarray] = []
            self._total = 0  # samples fed this turn
            self._offset = 0  # samples dropped from the front (settled)
            self._settled: list[str] = []  # texts of the settled segments
            self._previous: list[str] | None = None  # last pass's segment texts
            self._previous_words: list[str] = []
            self.stable_words: list[str] = []  # what the last two passes agree on
            self._speaking = False
            self._pause = False
            self._finished = False
            self._last_upto = 0
            self._spoken_to = 0
            self._result: LivePass | None = None
            self._cond.notify_all()

    def feed(self, samples: np.ndarray, speaking: bool) -> None:
        """Audio as it arrives (never blocks on a pass)."""
        with self._cond:
            self._blocks.append(samples)
            self._total += len(samples)
            self._speaking = speaking
            if speaking:
                self._spoken_to = self._total  # the end of the last block with speech in it
            self._cond.notify_all()
        self._start()

    def pause(self) -> None:
        """The user paused: transcribe everything heard so far as soon as the worker is free."""
        with self._cond:
            self._pause = True
            self._cond.notify_all()
        self._start()

    def finish(self) -> None:
        """The turn is over: no more passes for it (one still running is left to end)."""
        with self._cond:
            self._finished = True
            self._pause = False

    def covering(self, upto: int) -> str | None:
        """The turn's words if a finished pass heard at least its first `upto` samples."""
        with self._cond:
            if self._result is not None and self._result.upto >= upto:
                return self._result.text
            return None

    @property
    def result(self) -> LivePass | None:
        with self._cond:
            return self._result

    def wait(self, upto: int, timeout: float) -> str | None:
        """Wait (up to `timeout`) for a pass that heard the first `upto` samples (one must
        have been asked for with `pause` after they were fed)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while (self._result is None or self._result.upto < upto) and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)  # the pass asked for by `pause` covers it
            return self._result.text if self._result else None

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    # ------------------------------------------------------------------ worker side

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="practice-live-stt", daemon=True)
            self._thread.start()

    def _due(self) -> bool:
        new = self._total - self._last_upto
        if new <= 0 or self._finished:
            return False
        if self._pause:
            return True
        opts = self.options
        return (self._speaking and self._total >= opts.min_audio * SAMPLE_RATE
                and new >= opts.step * SAMPLE_RATE)

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self._due():
                    self._cond.wait()
                if self._closed:
                    return
                generation, upto, offset = self._generation, self._total, self._offset
                spoken = (self._spoken_to - offset) / SAMPLE_RATE
                self._pause = False
                audio = np.concatenate(self._blocks)[offset:upto]
                prompt = " ".join(self._settled) or None
            started = time.monotonic()
            try:
                segments = self.passes(audio, prompt)
                segments = self._with_tail(audio, prompt, segments, spoken)
            except Exception:  # a failed live pass only costs the early answer
                segments = None
            seconds = time.monotonic() - started
            mark("live_pass", audio_s=round(len(audio) / SAMPLE_RATE, 2), seconds=round(seconds, 3))
            with self._cond:
                if generation != self._generation:
                    continue
                self._last_upto = upto
                if segments is None:
                    continue
                self._absorb(segments, upto, seconds)
                self._cond.notify_all()

    def _with_tail(self, audio: np.ndarray, prompt: str | None, segments: list, spoken: float) -> list:
        """`segments`, and the words of any speech after their end that the pass left out
        (see `LiveOptions.tail_gap`), from a pass over that tail alone."""
        if not segments:
            return segments
        heard = segments[-1].end
        gap = self.options.tail_gap_unfinished if ending(segments[-1].text) in (
            "unfinished", "unclear") else self.options.tail_gap
        if spoken - heard < gap:
            return segments
        start = int(heard * SAMPLE_RATE)
        said = " ".join([prompt or ""] + [s.text for s in segments]).strip()
        tail = self.passes(audio[start:], said[-400:] or None)
        mark("live_tail", from_s=round(heard, 2), to_s=round(len(audio) / SAMPLE_RATE, 2),
             words=" ".join(s.text for s in tail))
        shift = start / SAMPLE_RATE
        return list(segments) + [replace(s, start=s.start + shift, end=s.end + shift) for s in tail]

    def _absorb(self, segments: list, upto: int, seconds: float) -> None:
        texts = [s.text for s in segments]
        text = " ".join(self._settled + texts).strip()
        words = text.split()
        self.stable_words = words[:agreed_prefix(self._previous_words, words)]
        self._previous_words = words
        self._result = LivePass(text, upto, seconds)
        settled = agreed_segments(self._previous, texts) if self._previous is not None else 0
        self._previous = texts
        if settled and (upto - self._offset) / SAMPLE_RATE > self.options.trim_after:
            self._offset += int(segments[settled - 1].end * SAMPLE_RATE)
            self._settled += texts[:settled]
            self._previous = texts[settled:]
