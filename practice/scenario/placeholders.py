"""Text left from the scenario template instead of real content: "(The deeper story they
tell...)", "TODO", "...". `scenarios check` refuses it, so it is never spoken or quoted in a
thank-you note.
"""

from __future__ import annotations

import re

# Text left from a template: "(The deeper story they tell...)", "TODO", "...". Brackets in
# spoken text are placeholders when they start the text or address the writer ("(their
# role)", "(A one-sentence answer.)"); "(140 stores)" in an employer description is not.
_PLACEHOLDER_WORDS = re.compile(r"\b(?:TODO|TBD|FIXME|XXX|PLACEHOLDER)\b")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_WRITER_WORDS = re.compile(r"\b(?:their|they|them|your|you|e\.g|example|write|fill|add|here)\b",
                           re.IGNORECASE)


def placeholder(text: str) -> bool:
    """True when `text` still holds a template placeholder instead of real content."""
    stripped = text.strip()
    if not stripped:
        return False
    if not re.sub(r"[.\u2026\s]", "", stripped):  # "...", "…"
        return True
    if _PLACEHOLDER_WORDS.search(stripped) or stripped.startswith(("(", "[", "<")):
        return True
    return any(inner[:1].isupper() or _WRITER_WORDS.search(inner)
               for inner in _BRACKETED.findall(stripped))
