"""Feedback for work that takes more than a moment (transcribing, drawing reports).

Shown on stderr, and only when stderr is a terminal: piped or redirected output, and
`--json`, get nothing extra, so scripts read exactly what they read before. The lines are
transient: they vanish when the work is done, leaving the command's own output.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Callable, Iterator


def wanted(enabled: bool = True) -> bool:
    return enabled and sys.stderr.isatty()


@contextlib.contextmanager
def status(message: str, enabled: bool = True) -> Iterator[None]:
    """A spinner with `message` while the block runs (work with no measurable progress)."""
    if not wanted(enabled):
        yield
        return
    from rich.console import Console
    from rich.text import Text

    with Console(stderr=True).status(Text(message)):
        yield


@contextlib.contextmanager
def progress(message: str, total: float, unit: str = "s", enabled: bool = True) -> Iterator[Callable[[float], None]]:
    """A bar for work measured in `unit` (seconds of audio); yields `update(done)`."""
    if not wanted(enabled) or total <= 0:
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.text import Text

    columns = (TextColumn("{task.fields[label]}"), BarColumn(),
               TextColumn("{task.completed:.0f} of {task.total:.0f} " + unit), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total, label=Text(message))
        yield lambda done: bar.update(task, completed=min(max(done, 0.0), total))
