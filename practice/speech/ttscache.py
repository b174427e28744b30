"""Rendered lines kept on disk, so a line the interviewee says again costs nothing.

A line is keyed by everything that changes its sound: the engine, the model, the voice's
settings and the exact text (a SHA-256 of them, so file names stay short and safe). Each
entry is one .npz file (16 kHz float32 samples, word timings), written atomically: a crash
or two processes writing the same line leave the old file or the new one, never a torn one.
The cache lives in the user's cache folder (platformdirs; under $PRACTICE_HOME/cache when
that is set) and is kept under a size limit by removing the least recently used entries;
a hit marks its entry as used.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import asdict, is_dataclass
from pathlib import Path

import numpy as np

from practice.files import atomic_write

FORMAT = 1  # bump when the stored audio would differ for the same key (rate, trimming ...)
DEFAULT_LIMIT_MB = 200  # about 50 minutes of speech


def default_dir() -> Path:
    override = os.environ.get("PRACTICE_HOME")
    if override:
        return Path(override).expanduser() / "cache" / "speech"
    import platformdirs

    return Path(platformdirs.user_cache_dir("practice", appauthor=False)) / "speech"


def cache_key(engine: str, settings, text: str) -> str:
    """SHA-256 of the engine, its settings (a dataclass or dict) and the text."""
    if is_dataclass(settings):
        settings = asdict(settings)
    blob = json.dumps({"format": FORMAT, "engine": engine, "settings": settings, "text": text},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class SpeechCache:
    def __init__(self, folder: Path | None = None, limit_bytes: int | None = None):
        self._folder = Path(folder) if folder is not None else None
        self.limit_bytes = DEFAULT_LIMIT_MB * 1024 * 1024 if limit_bytes is None else limit_bytes
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        """The given folder, else the default one as the environment says now."""
        return self._folder if self._folder is not None else default_dir()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.npz"

    def get(self, key: str) -> tuple[np.ndarray, list[tuple[str, float]]] | None:
        """(samples, word_starts) or None; a damaged entry counts as missing (and goes)."""
        path = self.path(key)
        try:
            with np.load(path, allow_pickle=False) as data:
                samples = np.asarray(data["samples"], dtype=np.float32)
                words = [(w, float(t)) for w, t in json.loads(str(data["words"]))]
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - torn zip, bad array, missing field: all "missing"
            path.unlink(missing_ok=True)
            return None
        try:
            os.utime(path)  # least recently used goes first
        except OSError:
            pass
        return samples, words

    def put(self, key: str, samples: np.ndarray, word_starts=()) -> Path | None:
        """Store an entry (atomically), then trim the cache to its limit. A cache that cannot
        be written is not an error: the line was rendered, only not kept."""
        words = json.dumps([[w, t] for w, t in word_starts])
        data = np.asarray(samples, dtype=np.float32)
        try:
            path = atomic_write(self.path(key), lambda fh: np.savez(fh, samples=data,
                                                                     words=np.array(words)))
        except Exception:  # noqa: BLE001 - PracticeError (unwritable) or a full disk
            return None
        self.trim()
        return path

    def entries(self) -> list[os.DirEntry]:
        try:
            return [e for e in os.scandir(self.folder) if e.name.endswith(".npz")]
        except FileNotFoundError:
            return []

    def size(self) -> int:
        return sum(e.stat().st_size for e in self.entries())

    def trim(self) -> None:
        """Remove the least recently used entries until the cache fits its limit."""
        with self._lock:
            entries = []
            for entry in self.entries():
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue
                entries.append((stat.st_mtime, stat.st_size, entry.path))
            total = sum(size for _, size, _ in entries)
            for _, size, path in sorted(entries):
                if total <= self.limit_bytes:
                    break
                Path(path).unlink(missing_ok=True)
                total -= size
