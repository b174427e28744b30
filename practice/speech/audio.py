"""Audio as numbers: reading, writing, resampling and measuring float32 mono samples.

Everything downstream (VAD, Whisper, scoring) works on float32 mono at 16 kHz, the rate
Whisper and Silero expect, so every source is converted here once. Pure functions over
arrays, plus WAV/FLAC reading and atomic writing through soundfile (libsndfile).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile
import soxr

from practice.errors import PracticeError
from practice.files import atomic_write

SAMPLE_RATE = 16000


def to_mono(samples: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples, dtype=np.float32)
    return samples.mean(axis=1) if samples.ndim == 2 else samples


def resample(samples: np.ndarray, rate: int, target: int = SAMPLE_RATE) -> np.ndarray:
    samples = np.ascontiguousarray(samples, dtype=np.float32)
    if rate == target or len(samples) == 0:
        return samples
    return soxr.resample(samples, rate, target, quality="HQ").astype(np.float32, copy=False)


def resampler(rate: int, target: int = SAMPLE_RATE):
    """A resampler for a stream cut into blocks (`.resample_chunk(block)`): it carries its
    filter state across blocks, so the joins between blocks stay clean."""
    return soxr.ResampleStream(rate, target, 1, dtype="float32")


def read_audio(path: str | Path, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Any file libsndfile reads (WAV, FLAC, OGG, any rate or channels) as float32 mono at `rate`."""
    path = Path(path)
    if not path.exists():
        raise PracticeError(f"audio file {path} does not exist")
    try:
        data, file_rate = soundfile.read(str(path), dtype="float32", always_2d=False)
    except (soundfile.LibsndfileError, RuntimeError, OSError, ValueError) as exc:
        reason = str(exc).split(": ")[-1] if str(exc) else type(exc).__name__
        raise PracticeError(
            f"cannot read audio file {path} ({reason}); give a WAV or FLAC recording"
        ) from None
    return resample(to_mono(data), file_rate, rate)


def cut_short(path: str | Path) -> str | None:
    """Why a WAV file is incomplete (its header promises more audio than the file holds, as
    when a copy or a recording was stopped halfway), or None. libsndfile notices and writes
    it in its log ("data : 131436 (should be 1956)"); it then reads what is there."""
    import re

    try:
        info = soundfile.info(str(path))
    except (soundfile.LibsndfileError, RuntimeError, OSError, ValueError):
        return None
    found = re.search(r"^data\s*:\s*(\d+)\s*\(should be (\d+)\)", info.extra_info or "", re.M)
    bytes_per_second = info.samplerate * info.channels * _sample_bytes(info.subtype)
    if not found or not bytes_per_second:
        return None
    promised, present = (int(found.group(n)) / bytes_per_second for n in (1, 2))
    if present >= promised:
        return None
    return (f"the file is cut short (truncated): its header promises {promised:.1f} s of audio "
            f"but only {present:.2f} s are there")


def _sample_bytes(subtype: str) -> int:
    return {"PCM_U8": 1, "PCM_S8": 1, "PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4,
            "DOUBLE": 8, "ULAW": 1, "ALAW": 1}.get(subtype, 0)


def write_wav(path: str | Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Write 16-bit PCM WAV atomically: a crash never leaves a torn file."""
    import io

    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    # encoded in memory first: libsndfile writing straight to a file that fails (a full
    # disk) ends in an AssertionError inside soundfile, not an OSError that can be named
    buffer = io.BytesIO()
    soundfile.write(buffer, data, rate, subtype="PCM_16", format="WAV")
    encoded = buffer.getvalue()
    return atomic_write(Path(path), lambda fh: fh.write(encoded))


def rms_dbfs(samples: np.ndarray) -> float:
    """Loudness of a block in dB relative to full scale (-inf for digital silence)."""
    if len(samples) == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20.0 * np.log10(rms) if rms > 0 else float("-inf")


def is_silent(samples: np.ndarray, threshold_dbfs: float = -50.0) -> bool:
    """True when no 100 ms stretch rises above `threshold_dbfs` (no usable sound at all)."""
    hop = SAMPLE_RATE // 10
    if len(samples) == 0:
        return True
    loudest = max(rms_dbfs(samples[i:i + hop]) for i in range(0, len(samples), hop))
    return loudest < threshold_dbfs
