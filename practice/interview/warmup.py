"""Getting ready while the greeting plays: nothing heavy stands between launch and the first
sound (issue 12). The speech model, the voice detector, the interviewee's indexes and the
scorers load in a background thread once the greeting is playing, and the interviewee's
likely next lines are rendered ahead (the synthesizer's own cache, `practice.speech.tts`) so
saying them costs no synthesis time.
"""

from __future__ import annotations

import threading
from typing import Callable


class WarmUp:
    """Loads what the first turns need while the greeting plays: the voice detector, the
    speech model, the scorers, then renders the likely next lines. Started once, when the
    greeting's playback begins, so nothing competes with its synthesis (see run_interview)."""

    def __init__(self, transcriber, prerender: Callable[[str], None], ahead: list[str],
                 understand: Callable[[], None] | None = None):
        self.transcriber, self.prerender, self.ahead = transcriber, prerender, ahead
        self.understand = understand  # the interviewee's word and meaning indexes
        self.vad = None  # a LazyVad to load first (voice mode)
        self._started = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if not self._started.is_set():
            self._started.set()
            self._thread = threading.Thread(target=self._run, name="practice-warm-up", daemon=True)
            self._thread.start()

    def join(self, wait: float = 30.0) -> None:
        """Wait for the loading to end: the process must not exit while a model loads or runs
        in this thread (onnxruntime then aborts it; see Synthesizer.cancel_prerender)."""
        if self._thread is not None:
            self._thread.join(wait)

    def _run(self) -> None:
        from practice.trace import mark

        try:
            if self.vad is not None:
                self.vad.load()
                mark("warm_vad")
            if self.transcriber is not None:
                self.transcriber.load()
                mark("warm_model")
            if self.understand is not None:
                self.understand()
                mark("warm_meaning")
            from practice.pitch.words import syllables
            from practice.scoring import score_utterance, warm_up

            syllables("ready")  # the introduction's pace is judged in syllables
            score_utterance("How did you start?")
            warm_up()
            mark("warm_scorers")
            for text in self.ahead:
                self.prerender(text)
            mark("warm_ahead", lines=len(self.ahead))
        except Exception:  # noqa: BLE001  the same failure is reported where it matters
            pass


class LazyVad:
    """The voice detector, loaded by the warm-up (onnxruntime takes a few hundred ms):
    until it is ready, `ready` is False and the greeting cannot be barged in on."""

    def __init__(self):
        self._vad = None
        self._ready = threading.Event()

    def load(self) -> None:
        from practice.speech.vad import StreamingVad

        try:
            self._vad = StreamingVad()
        except Exception:  # noqa: BLE001  raised again by _get, in the caller's thread
            pass
        finally:
            self._ready.set()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def _get(self):
        if not self._ready.is_set() and not self._ready.wait(30):
            self.load()
        if self._vad is None:  # loading failed: fail here, in the caller's thread
            from practice.speech.vad import StreamingVad

            self._vad = StreamingVad()
        return self._vad

    def reset(self) -> None:
        self._get().reset()

    def __call__(self, samples):
        return self._get()(samples)
