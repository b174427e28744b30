"""The espeak-ng engine: pyttsx3 over espeak-ng, rendered to a buffer (never played by pyttsx3).

pyttsx3's espeak driver sets up espeak-ng and the voice properties, but its own
`save_to_file` drops the last audio chunk (it writes the file before appending the final
callback's samples), prints to stdout, and its `say` shells out to `aplay`. So we keep its
engine for voice, rate, pitch and volume, and install our own synthesis callback that
collects every sample and the word timings. Each render is checked for completeness
against the espeak-ng command line (the same voice settings); if the library output is cut
short or stalls, the command-line rendering is used instead. The only module importing
pyttsx3.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import shutil
import subprocess
import threading
from dataclasses import dataclass, field

import numpy as np

from practice.speech.audio import SAMPLE_RATE, resample
from practice.errors import PracticeError
from practice.speech.voices import VoiceProfile

ESPEAK_RATE = 22050  # espeak-ng always synthesises at 22.05 kHz
WORDGAP = 7  # espeak-ng's espeakWORDGAP parameter (speak_lib.h)


@dataclass
class Speech:
    """A rendered utterance: 16 kHz float32 samples, and when each word starts in it."""

    text: str
    samples: np.ndarray
    rate: int = SAMPLE_RATE
    word_starts: list[tuple[str, float]] = field(default_factory=list)
    renderer: str = "pyttsx3"

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate

    def chunks(self):
        """The audio as it can be played: here all of it at once (see stream.SpeechStream)."""
        yield self.samples


def _missing_espeak() -> PracticeError:
    return PracticeError(
        "espeak-ng is not installed: run `sudo apt-get install espeak-ng` (or `make demo`)"
    )


class EspeakEngine:
    """One per process (espeak-ng can be initialised only once); renders are serialised."""

    _lock = threading.Lock()
    _engine = None

    def __init__(self) -> None:
        with EspeakEngine._lock:
            if EspeakEngine._engine is None:
                try:
                    import pyttsx3
                    import pyttsx3.drivers._espeak  # noqa: F401  (fails without espeak-ng)

                    with contextlib.redirect_stdout(io.StringIO()):
                        EspeakEngine._engine = pyttsx3.init("espeak")
                except (RuntimeError, OSError, ImportError):
                    raise _missing_espeak() from None
        from pyttsx3.drivers import _espeak

        self._espeak = _espeak

    def _configure(self, voice: VoiceProfile) -> None:
        # The engine's own setProperty only queues the change until runAndWait (which we do
        # not use); the driver applies it at once.
        engine = EspeakEngine._engine.proxy._driver
        try:
            engine.setProperty("voice", voice.espeak_name)
        except ValueError:
            raise PracticeError(
                f"espeak-ng has no voice '{voice.espeak_name}' (voice profile {voice.name}); "
                "pick another in its .toml (see `espeak-ng --voices`)"
            ) from None
        engine.setProperty("rate", voice.rate)
        engine.setProperty("volume", voice.volume)
        engine.setProperty("pitch", voice.pitch)
        self._espeak.SetParameter(WORDGAP, voice.word_gap, 0)  # pyttsx3 has no property for it

    def _render_library(self, text: str, timeout: float) -> tuple[np.ndarray, list, bool]:
        es = self._espeak
        chunks: list[bytes] = []
        words: list[tuple[int, int, int]] = []
        finished = threading.Event()

        def on_synth(wav, numsamples, events):
            if numsamples > 0:
                chunks.append(ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short)))
            i = 0
            while True:
                event = events[i]
                if event.type == es.EVENT_LIST_TERMINATED:
                    break
                if event.type == es.EVENT_WORD:
                    words.append((event.text_position, event.length, event.audio_position))
                elif event.type == es.EVENT_MSG_TERMINATED:
                    finished.set()
                i += 1
            return 0

        es.SetSynthCallback(on_synth)
        es.Synth(text.encode("utf-8"), flags=es.ENDPAUSE | es.CHARS_UTF8)
        complete = finished.wait(timeout)
        if not complete:
            es.Cancel()
        pcm = np.frombuffer(b"".join(chunks), dtype="<i2").astype(np.float32) / 32768.0
        encoded = text.encode("utf-8")
        word_starts = []
        for position, length, audio_ms in words:
            word = encoded[position - 1: position - 1 + length].decode("utf-8", "replace")
            if word.strip():  # espeak-ng can end with an empty "word" at the end of the audio
                word_starts.append((word, audio_ms / 1000.0))
        return pcm, word_starts, complete

    @staticmethod
    def render_cli(text: str, voice: VoiceProfile) -> np.ndarray:
        """The same text through the espeak-ng command line, at 22.05 kHz."""
        exe = shutil.which("espeak-ng")
        if exe is None:
            raise _missing_espeak()
        amplitude = int(round(voice.volume * 100))
        try:
            proc = subprocess.run(
                [exe, "-v", voice.espeak_name, "-s", str(voice.rate), "-p", str(voice.pitch),
                 "-a", str(amplitude), "-g", str(voice.word_gap), "--stdout", text],
                capture_output=True, timeout=120, check=False,
            )
        except subprocess.TimeoutExpired:
            raise PracticeError("espeak-ng did not finish within 2 minutes; check it with "
                                "`espeak-ng \"hello\"` and try again") from None
        if proc.returncode != 0 or len(proc.stdout) <= 44:
            raise PracticeError(f"espeak-ng failed: {proc.stderr.decode(errors='replace').strip()}")
        import soundfile

        data, _ = soundfile.read(io.BytesIO(proc.stdout), dtype="float32")
        return data

    def render(self, text: str, voice: VoiceProfile) -> Speech:
        text = " ".join(text.split())
        if not text:
            return Speech(text, np.zeros(0, dtype=np.float32), renderer="none")
        timeout = 10.0 + len(text) / 10.0
        with EspeakEngine._lock:
            self._configure(voice)
            pcm, word_starts, complete = self._render_library(text, timeout)
        renderer = "pyttsx3"
        if not complete or len(pcm) < expected_samples(text, voice) * 0.5:
            pcm, word_starts, renderer = self.render_cli(text, voice), [], "espeak-ng"
        return Speech(text, resample(pcm, ESPEAK_RATE, SAMPLE_RATE), SAMPLE_RATE,
                      word_starts, renderer)


def expected_samples(text: str, voice: VoiceProfile, rate: int = ESPEAK_RATE) -> float:
    """A rough lower-bound size for `text` at the voice's words per minute."""
    words = max(1, len(text.split()))
    return words / voice.rate * 60.0 * rate
