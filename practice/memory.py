"""Keeping a long rehearsal's memory flat: glibc's allocator, told to give back what it holds.

CTranslate2 (Whisper) and onnxruntime allocate large, differently sized buffers for every
pass, from several threads (the live pass, the final pass, the voice). glibc gives each
thread its own heap ("arena") and keeps freed pages in them, so a session's resident memory
climbed turn by turn: 491 MB after the first pass to 742 MB after eight turns of the demo,
with nothing in Python holding it. Two arenas and a trim after each turn's final
transcript kept it flat in the same passes (bench/README.md, "memory").

Both calls do nothing where the C library is not glibc.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache

M_ARENA_MAX = -8  # from glibc's malloc.h


@lru_cache(maxsize=1)
def _glibc():
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim, libc.mallopt  # glibc only
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = 2) -> bool:
    """Cap the allocator's per-thread heaps; effective for threads started after the call."""
    libc = _glibc()
    return bool(libc and libc.mallopt(M_ARENA_MAX, arenas))


def release() -> bool:
    """Return freed heap pages to the system (a few ms; run off the reply's path)."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0))
