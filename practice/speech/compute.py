"""Who is running a heavy model now, so that work done ahead can wait its turn.

On a 2-core machine, Whisper transcribing and the neural voice rendering at the same time
slow each other down, and their working memory adds up (a whole rehearsal peaked at
694 MB that way). Lines needed now (`busy()`: a transcription, a line being played) go
first; renders made ahead call `wait_idle()` before each piece and so never start while
anything else runs.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

_cond = threading.Condition()
_busy = 0
_rendering = 0


@contextmanager
def busy():
    """Mark a model run someone is waiting for."""
    global _busy
    with _cond:
        _busy += 1
    try:
        yield
    finally:
        with _cond:
            _busy -= 1
            _cond.notify_all()


def wait_idle() -> None:
    """Return once no `busy()` run is going on."""
    with _cond:
        while _busy:
            _cond.wait()


@contextmanager
def rendering():
    """Mark a line being rendered for playback now (inside `busy()`)."""
    global _rendering
    with _cond:
        _rendering += 1
    try:
        yield
    finally:
        with _cond:
            _rendering -= 1
            _cond.notify_all()


def wait_rendered(timeout: float) -> bool:
    """Wait (at most `timeout` seconds) until no line is being rendered for playback.

    The final transcription of a turn runs while the reply plays, and the reply's later
    sentences are still being rendered then; each needs its working memory at the same
    moment (the neural voice about 30 MB a second of audio, a beam-5 pass over a long turn
    about 100 MB), so the rehearsal's peak was the two added up. The reply renders about
    ten times faster than it plays, so the final pass waiting for it costs no time the user
    sees. True when nothing renders any more."""
    import time

    end = time.monotonic() + timeout
    with _cond:
        while _rendering:
            left = end - time.monotonic()
            if left <= 0:
                return False
            _cond.wait(left)
    return True
