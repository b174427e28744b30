"""Speech synthesis for every voice profile: which engine speaks, a cache, and no waiting.

`Synthesizer` renders a line with the profile's engine: `piper` (the neural voice, see
`piper`) or `espeak` (espeak-ng through pyttsx3, see `espeak`). When a piper profile's voice
is missing or does not load, the same profile's espeak-ng settings speak instead and one
notice says so (once per process).

No added delay. Neural speech takes about a tenth of its own length to render, so:
- lines are rendered ahead (`prerender`, in a background thread that gives way to any line
  that is needed now) and kept on disk (`ttscache`), keyed by engine, settings and text;
- a piper line is cut into sentences (long ones into parts, see `split_units`), each
  cached on its own: a reply that starts with a new lead-in still finds its sentences;
- a line not rendered ahead is streamed (`stream`): its first sentence plays while the rest
  renders.
espeak-ng lines are cached whole (they keep their word timings).
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from dataclasses import asdict

import numpy as np

from practice.speech.audio import SAMPLE_RATE, resample
from practice.speech.compute import busy, rendering, wait_idle
from practice.speech.espeak import (  # noqa: F401  (re-exported: the public names of tts)
    ESPEAK_RATE, EspeakEngine, Speech, expected_samples,
)
from practice.speech.stream import SpeechStream
from practice.speech.ttscache import SpeechCache, cache_key
from practice.speech.units import split_units
from practice.speech.voices import VoiceProfile

TAIL = 0.15  # seconds of silence after a piper line (espeak-ng adds its own)


class _Cancelled(Exception):
    """Rendering ahead was called off."""


def _print_notice(message: str) -> None:
    print(f"practice: note: {message}", file=sys.stderr, flush=True)


class Synthesizer:
    """Renders lines for voice profiles (see the module docstring). Thread-safe."""

    render_cli = staticmethod(EspeakEngine.render_cli)

    def __init__(self, cache: SpeechCache | None = None, notify=None):
        self.cache = cache if cache is not None else SpeechCache()
        self.notify = notify or _print_notice
        self._espeak: EspeakEngine | None = None
        self._unavailable: dict[str, str] = {}  # model -> why (noticed once)
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue()
        self._queued: set[str] = set()
        self._worker: threading.Thread | None = None
        self._cancelled = threading.Event()
        self._loader: threading.Thread | None = None  # a neural voice loading (prepare)

    # ------------------------------------------------------------------ engines

    def speaking_voice(self, voice: VoiceProfile) -> VoiceProfile:
        """The profile that will really speak: `voice`, or its espeak-ng fallback when its
        neural voice cannot be used (said once, as a notice)."""
        if voice.engine != "piper":
            return voice
        model = voice.piper.model
        if model not in self._unavailable:
            from practice.speech import piper

            try:
                piper.load(model)
                return voice
            except piper.NeuralVoiceUnavailable as exc:
                with self._lock:
                    first = model not in self._unavailable
                    self._unavailable[model] = str(exc)
                if first:
                    self.notify(f"the neural voice is not available ({exc}); speaking with "
                                f"espeak-ng instead (voice {voice.name}: {voice.espeak_name})")
        return voice.espeak()

    def prepare(self, voice: VoiceProfile, background: bool = False) -> VoiceProfile:
        """Load the voice's engine now (the neural one takes about a second), so the first
        line does not wait for it; returns the profile that will speak.

        `background`: an installed neural voice loads in a thread instead and `voice` is
        returned as it is, so that a line already in the cache (the greeting of any
        rehearsal after the first) plays at once; a line that is not waits for the load."""
        if background and voice.engine == "piper" and self._installed(voice):
            with self._lock:
                if self._loader is None:
                    self._loader = threading.Thread(target=self.speaking_voice, args=(voice,),
                                                    name="practice-voice-load", daemon=True)
                    self._loader.start()
            return voice
        speaking = self.speaking_voice(voice)
        if speaking.engine == "espeak":
            self._espeak_engine()
        return speaking

    def _installed(self, voice: VoiceProfile) -> bool:
        """The neural voice is installed and has not failed to load (nothing is loaded)."""
        from practice.speech import piper

        return voice.piper.model not in self._unavailable and piper.status(voice.piper.model).installed

    def _espeak_engine(self) -> EspeakEngine:
        if self._espeak is None:
            self._espeak = EspeakEngine()
        return self._espeak

    @staticmethod
    def _piper_settings(voice: VoiceProfile) -> dict:
        from importlib import metadata

        settings = asdict(voice.piper)
        settings["volume"] = voice.volume
        try:
            settings["versions"] = [metadata.version("piper-tts")]
        except metadata.PackageNotFoundError:
            pass
        return settings

    def _espeak_key(self, text: str, voice: VoiceProfile) -> str:
        return cache_key("espeak", {"voice": voice.espeak_name, "rate": voice.rate,
                                    "pitch": voice.pitch, "volume": voice.volume,
                                    "word_gap": voice.word_gap}, text)

    def _unit_key(self, text: str, voice: VoiceProfile, settings: dict) -> str:
        return cache_key("piper", settings, text)

    # ------------------------------------------------------------------ rendering

    def render(self, text: str, voice: VoiceProfile) -> Speech:
        """The whole line, from the cache or rendered now (and cached)."""
        speech = self.stream(text, voice)
        if isinstance(speech, SpeechStream):
            return Speech(speech.text, speech.samples, SAMPLE_RATE, [], speech.renderer)
        return speech

    def cached(self, text: str, voice: VoiceProfile) -> Speech | None:
        """The line if every part of it is in the cache, else None. Renders nothing."""
        text = " ".join(text.split())
        if voice.engine == "piper" and self._installed(voice):
            return self._cached_piper(text, voice)  # found without loading the model
        voice = self.speaking_voice(voice)
        if voice.engine == "espeak":
            hit = self.cache.get(self._espeak_key(text, voice))
            return Speech(text, hit[0], SAMPLE_RATE, hit[1], "cache") if hit else None
        return self._cached_piper(text, voice)

    def _cached_piper(self, text: str, voice: VoiceProfile) -> Speech | None:
        settings = self._piper_settings(voice)
        parts = []
        for unit, pause in split_units(text):
            hit = self.cache.get(self._unit_key(unit, voice, settings))
            if hit is None:
                return None
            parts.append(hit[0])
        return Speech(text, self._join(parts, split_units(text), voice), SAMPLE_RATE, [], "cache")

    def stream(self, text: str, voice: VoiceProfile) -> Speech | SpeechStream:
        """The line to play now: a Speech when it is cached (or quick to render: espeak-ng),
        else a SpeechStream whose first part plays while the rest renders."""
        text = " ".join(text.split())
        if not text:
            return Speech(text, np.zeros(0, dtype=np.float32), renderer="none")
        if voice.engine == "piper" and self._installed(voice):
            hit = self._cached_piper(text, voice)  # plays while the model may still be loading
            if hit is not None:
                return hit
        voice = self.speaking_voice(voice)
        if voice.engine == "espeak":
            return self._render_espeak(text, voice)
        stream = SpeechStream(text, "piper")
        thread = threading.Thread(target=self._stream_piper, args=(stream, voice),
                                  name="practice-tts", daemon=True)
        thread.start()
        return stream

    def _render_espeak(self, text: str, voice: VoiceProfile) -> Speech:
        key = self._espeak_key(text, voice)
        hit = self.cache.get(key)
        if hit is not None:
            return Speech(text, hit[0], SAMPLE_RATE, hit[1], "cache")
        speech = self._espeak_engine().render(text, voice)
        self.cache.put(key, speech.samples, speech.word_starts)
        return speech

    def _unit_audio(self, unit: str, voice: VoiceProfile, settings: dict,
                    background: bool = False) -> np.ndarray:
        """One unit at 16 kHz, from the cache or rendered (and cached)."""
        key = self._unit_key(unit, voice, settings)
        hit = self.cache.get(key)
        if hit is not None:
            return hit[0]
        from practice.speech import piper

        model = piper.load(voice.piper.model)
        parts = []
        for audio in model.sentences(unit, voice.piper):
            parts.append(resample(audio, model.rate, SAMPLE_RATE) * voice.volume)
            if background:
                self._wait_for_foreground()
        samples = np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
        self.cache.put(key, samples)
        return samples

    @staticmethod
    def _pause(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * SAMPLE_RATE)), dtype=np.float32)

    def _join(self, parts: list[np.ndarray], units, voice: VoiceProfile) -> np.ndarray:
        pieces = []
        for index, (audio, (_, pause)) in enumerate(zip(parts, units)):
            pieces.append(audio)
            last = index == len(parts) - 1
            pieces.append(self._pause(TAIL if last else
                                      (voice.piper.sentence_pause if pause < 0 else pause)))
        return np.concatenate(pieces) if pieces else np.zeros(0, np.float32)

    def _stream_piper(self, stream: SpeechStream, voice: VoiceProfile) -> None:
        with busy(), rendering():  # a line being played: renders made ahead wait
            self._stream_units(stream, voice)

    def _stream_units(self, stream: SpeechStream, voice: VoiceProfile) -> None:
        try:
            settings = self._piper_settings(voice)
            units = split_units(stream.text)
            for index, (unit, pause) in enumerate(units):
                audio = self._unit_audio(unit, voice, settings)
                last = index == len(units) - 1
                gap = TAIL if last else (voice.piper.sentence_pause if pause < 0 else pause)
                stream.add(np.concatenate([audio, self._pause(gap)]))
            stream.finish()
        except BaseException as exc:  # noqa: BLE001 - handed to whoever plays the stream
            stream.finish(exc)

    # ------------------------------------------------------------------ rendering ahead

    def prerender(self, text: str, voice: VoiceProfile) -> None:
        """Render `text` in the background (if it is not cached yet), giving way to any line
        that is needed now. Returns at once."""
        text = " ".join(text.split())
        if not text:
            return
        with self._lock:
            self._cancelled.clear()
            if (text, voice) in self._queued:
                return
            self._queued.add((text, voice))
            self._queue.put((text, voice))
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="practice-prerender",
                                                daemon=True)
                self._worker.start()

    def pending(self) -> int:
        """Lines queued for rendering ahead and not finished yet."""
        with self._lock:
            return len(self._queued)

    def wait_prerendered(self, timeout: float | None = None) -> bool:
        """Wait until everything queued was rendered ahead (True) or `timeout` passed."""
        import time

        end = None if timeout is None else time.monotonic() + timeout
        while self.pending():
            if end is not None and time.monotonic() >= end:
                return False
            time.sleep(0.02)
        return True

    def _wait_for_foreground(self) -> None:
        wait_idle()
        if self._cancelled.is_set():
            raise _Cancelled

    def cancel_prerender(self, wait: float = 10.0) -> None:
        """Drop everything queued for rendering ahead (the rehearsal is over), and wait up to
        `wait` seconds for a render already running: a process that exits while onnxruntime
        runs in a daemon thread aborts ("terminate called without an active exception",
        exit 134: every typed rehearsal with a neural voice did)."""
        with self._lock:
            self._cancelled.set()
            while not self._queue.empty():
                self._queue.get_nowait()
            self._queued.clear()
            workers = [self._worker, self._loader]
        for worker in workers:
            if worker is not None and worker is not threading.current_thread():
                worker.join(wait)

    def _work(self) -> None:
        try:  # a lower priority than the conversation (Linux: per thread)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except (AttributeError, OSError):
            pass
        while True:
            try:
                text, voice = self._queue.get(timeout=5.0)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._worker = None
                        return
                continue
            try:
                self._wait_for_foreground()
                speaking = self.speaking_voice(voice)
                if speaking.engine == "espeak":
                    self._render_espeak(text, speaking)
                else:
                    settings = self._piper_settings(speaking)
                    for unit, _ in split_units(text):
                        self._wait_for_foreground()
                        self._unit_audio(unit, speaking, settings, background=True)
            except (Exception, _Cancelled):  # noqa: BLE001 - rendering ahead only saves time
                pass
            finally:
                with self._lock:
                    self._queued.discard((text, voice))


_default: Synthesizer | None = None


def default_synthesizer() -> Synthesizer:
    """One Synthesizer per process (espeak-ng and the neural model load once anyway)."""
    global _default
    if _default is None:
        _default = Synthesizer()
    return _default


def prerender(text: str, voice: VoiceProfile) -> None:
    """Render `text` with `voice` ahead, in the background (see Synthesizer.prerender)."""
    default_synthesizer().prerender(text, voice)
