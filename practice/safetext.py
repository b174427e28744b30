"""Text from outside (typed, transcribed, read from files) made safe to show in a terminal.

Two separate dangers: control characters (ANSI escape sequences, a bell, a carriage return)
that would recolour, clear or rewrite the user's terminal, and rich markup (`[/]`,
`[bold]`) that rich would interpret, or refuse with a MarkupError in the middle of a
rehearsal. `printable` removes the first; `markup` also escapes the second, for strings
that are passed to rich as markup.
"""

from __future__ import annotations

import re

# CSI / OSC / other ESC sequences first (so their parameters go too), then every remaining
# C0 and C1 control character except tab and newline.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without escape sequences or control characters (tabs and newlines kept)."""
    return _CONTROL.sub("", _ANSI.sub("", str(text)))


def markup(text: str) -> str:
    """`text` for use inside a rich markup string: printable, and `[` escaped."""
    from rich.markup import escape

    return escape(printable(text))
