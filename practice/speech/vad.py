"""Streaming voice-activity detection with the Silero VAD model that faster-whisper ships.

faster-whisper's own wrapper runs whole recordings and resets the model's recurrent state
on every call, so fed block by block it would forget all context. `StreamingVad` keeps the
LSTM state (h, c) and the 64-sample context across 512-sample blocks, which is what live
turn-taking needs. `Endpointer` turns the per-block probabilities into speech start and
end events with hysteresis and minimum durations. Its ONNX session comes from `onnx`.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.errors import PracticeError

WINDOW = 512  # samples per model call at 16 kHz (32 ms)
CONTEXT = 64


def silero_model_path() -> Path:
    """The ONNX file inside the installed faster_whisper package (found without importing it)."""
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise PracticeError("faster-whisper is not installed: run `make demo` to set up")
    path = Path(list(spec.submodule_search_locations)[0]) / "assets" / "silero_vad_v6.onnx"
    if not path.exists():
        raise PracticeError(f"the voice-activity model {path} is missing: reinstall faster-whisper")
    return path


class StreamingVad:
    """Speech probability for each successive 512-sample block, with state carried over."""

    _session = None

    def __init__(self) -> None:
        if StreamingVad._session is None:
            from practice.speech.onnx import cpu_session

            StreamingVad._session = cpu_session(silero_model_path(), threads=1)
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def _window(self, window: np.ndarray) -> float:
        batch = np.concatenate([self._context, window])[None, :]
        prob, self._h, self._c = StreamingVad._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        self._context = window[-CONTEXT:]
        return float(prob[0])

    def __call__(self, samples: np.ndarray) -> list[float]:
        """Probabilities for every complete 512-sample window (leftovers wait for more)."""
        data = np.concatenate([self._pending, np.asarray(samples, dtype=np.float32)])
        whole = len(data) // WINDOW * WINDOW
        self._pending = data[whole:]
        return [self._window(data[i:i + WINDOW]) for i in range(0, whole, WINDOW)]


@dataclass(frozen=True)
class VadOptions:
    threshold: float = 0.5  # probability above which a window is speech
    release: float = 0.35  # below this (after speech) a window is silence (hysteresis)
    min_speech: float = 0.2  # seconds of speech before a start counts (coughs, clicks)
    end_silence: float = 0.8  # seconds of silence that end speech


@dataclass
class VadEvent:
    kind: str  # "start" | "end"
    time: float  # seconds from the first sample fed


class Endpointer:
    """Speech start and end events from window probabilities, in stream seconds."""

    def __init__(self, options: VadOptions | None = None):
        self.options = options or VadOptions()
        self.window_s = WINDOW / SAMPLE_RATE
        self.clock = 0.0  # seconds fed so far
        self.speaking = False
        self._run_start: float | None = None  # candidate speech start
        self._silence_start: float | None = None
        self.last_speech = None  # end time of the last speech window

    def feed(self, probabilities: list[float]) -> list[VadEvent]:
        opts = self.options
        events: list[VadEvent] = []
        for prob in probabilities:
            start, self.clock = self.clock, self.clock + self.window_s
            if not self.speaking:
                if prob >= opts.threshold:
                    if self._run_start is None:
                        self._run_start = start
                    if self.clock - self._run_start >= opts.min_speech:
                        self.speaking = True
                        self._silence_start = None
                        events.append(VadEvent("start", self._run_start))
                    self.last_speech = self.clock
                elif prob < opts.release:
                    self._run_start = None
            else:
                if prob >= opts.release:
                    self._silence_start = None
                    self.last_speech = self.clock
                else:
                    if self._silence_start is None:
                        self._silence_start = start
                    if self.clock - self._silence_start >= opts.end_silence:
                        self.speaking = False
                        self._run_start = None
                        events.append(VadEvent("end", self._silence_start))
        return events

    @property
    def silence(self) -> float:
        """Seconds of silence since speech last ended (0 while speaking)."""
        if self.speaking and self._silence_start is None:
            return 0.0
        if self.last_speech is None:
            return self.clock
        return self.clock - self.last_speech


def has_speech(samples: np.ndarray, options: VadOptions | None = None) -> bool:
    """Whether the voice-activity model hears any speech in a whole recording.

    Whisper, given a tone, noise or music, often writes fluent text that was never said
    ("Thank you for watching"); asking this first is how a recording without a voice is
    told apart from one with words in it."""
    vad = StreamingVad()
    vad.reset()
    endpointer = Endpointer(options or VadOptions(min_speech=0.1))
    step = 2 * SAMPLE_RATE
    for i in range(0, len(samples), step):
        if any(e.kind == "start" for e in endpointer.feed(vad(samples[i:i + step]))):
            return True
    return endpointer.speaking
