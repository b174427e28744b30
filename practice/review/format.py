"""Small, shared ways of writing numbers, so the terminal, HTML and Markdown agree."""

from __future__ import annotations


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    sign = "-" if seconds < 0 else ""
    whole = int(round(abs(seconds)))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def secs(seconds: float | None, signed: bool = False) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds:+.1f} s" if signed else f"{seconds:.1f} s"


def pct(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


def ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}:1"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def joined(items: list[str], last: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def quoted(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"
