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
