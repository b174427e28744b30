"""Keeping a rehearsal going when its screen fails.

The screen (live or plain) shows user, scenario and Whisper text; a bug there, or text it
cannot render (rich markup such as `[/]`), must never end the rehearsal: `GuardedView`
calls the view and, at its first failure, stops it and shows the rest as plain `SafeLines`
(rich Text objects, never parsed as markup).
"""

from __future__ import annotations

import contextlib

from rich.console import Console
from rich.text import Text

from practice.interview.engine import Observer
from practice.safetext import printable


class SafeLines(Observer):
    """Plain lines built from rich Text objects (never parsed as markup): what the screen
    falls back to when the chosen view fails, so the rehearsal goes on."""

    def __init__(self, console: Console, persona: str):
        self.console = console
        self.persona = persona

    def spoke(self, turn) -> None:
        self.console.print(Text.assemble((f"{self.persona}: ", "bold cyan"), printable(turn.text)))

    def heard(self, turn) -> None:
        self.console.print(Text.assemble(("you: ", "bold green"), printable(turn.text or "(inaudible)")))


class GuardedView(Observer):
    """Calls the view, and when it fails (a rendering bug, markup it cannot parse) switches
    to `SafeLines` for the rest of the rehearsal: a screen problem must never end a session."""

    def __init__(self, view: Observer, fallback: Observer, console: Console):
        self.view = view
        self.fallback = fallback
        self.console = console
        self.failed: BaseException | None = None

    def _call(self, name: str, *args) -> None:
        if self.failed is None:
            try:
                getattr(self.view, name)(*args)
                return
            except Exception as exc:  # noqa: BLE001 - any view bug, by design
                self.failed = exc
                self._stop_view()
                self.console.print(Text(f"(the screen failed: {type(exc).__name__}; showing plain "
                                        "lines, the rehearsal goes on)", style="dim"))
        getattr(self.fallback, name)(*args)

    def _stop_view(self) -> None:
        live = getattr(self.view, "live", None)
        if live is not None:
            with contextlib.suppress(Exception):
                live.stop()

    def speaking(self, text, kind) -> None:
        self._call("speaking", text, kind)

    def spoke(self, turn) -> None:
        self._call("spoke", turn)

    def listening(self, kind) -> None:
        self._call("listening", kind)

    def heard(self, turn) -> None:
        self._call("heard", turn)

    def thinking(self) -> None:
        self._call("thinking")

    def on_block(self, block, speaking) -> None:
        if self.failed is None:
            try:
                self.view.on_block(block, speaking)
            except Exception as exc:  # noqa: BLE001
                self.failed = exc
                self._stop_view()
