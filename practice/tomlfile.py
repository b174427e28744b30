"""Read human-written TOML files and say exactly where a problem is.

`tomllib` parses but forgets positions, so `TomlFile` also scans the text once and maps
every key path (`topics[2].details[0].answer`) to its line. Validators report problems as
`Problem(file, line, field, message)`; the CLI turns them into one line each.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from practice.errors import PracticeError

_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_.\- ]+?)\s*=""")


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class TomlSyntaxError(PracticeError):
    """A file that is not valid TOML; `problem` lets checkers list it beside other problems."""

    def __init__(self, message: str, problem: Problem):
        super().__init__(message)
        self.problem = problem


def _parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in dotted.split(".")]


@dataclass
class TomlFile:
    path: Path
    data: dict
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key_path: str) -> int | None:
        """Line of `key_path`, or of its nearest enclosing table that has a line."""
        path = key_path
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None

    def problem(self, key_path: str, message: str) -> Problem:
        return Problem(self.path, self.line_of(key_path), key_path, message)


def _header_path(header: str, counters: dict[str, int]) -> str:
    """The key path of a [table] or [[array]] header: nested ones ([[topics.details]])
    belong to the latest item of their parent array ("topics[2].details")."""
    parent, _, leaf = ".".join(_parts(header)).rpartition(".")
    return f"{_resolve(parent, counters)}.{leaf}" if parent else leaf


def _index_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}
    prefix = ""
    in_multiline: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if raw.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        match = _ARRAY_TABLE.match(raw)
        if match:
            base = _header_path(match.group(1), counters)
            index = counters.get(base, -1) + 1
            counters[base] = index
            prefix = f"{base}[{index}]"
            lines.setdefault(base, number)
            lines[prefix] = number
            continue
        match = _TABLE.match(raw)
        if match:
            prefix = _header_path(match.group(1), counters)
            lines[prefix] = number
            continue
        match = _KEY.match(raw)
        if match:
            key = ".".join(_parts(match.group(1)))
            full = f"{prefix}.{key}" if prefix else key
            lines.setdefault(full, number)
            rest = raw[match.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def _resolve(dotted: str, counters: dict[str, int]) -> str:
    """Turn `topics.details` into `topics[3].details` using the array counters so far."""
    out = ""
    for part in dotted.split("."):
        out = f"{out}.{part}" if out else part
        if out in counters:
            out = f"{out}[{counters[out]}]"
    return out


def read_toml(path: Path, what: str = "file") -> TomlFile:
    """Parse `path`; syntax errors become a PracticeError naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PracticeError(f"{what} {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PracticeError(f"cannot read {what} {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        match = re.search(r"at line (\d+)", msg)
        number = int(match.group(1)) if match else None
        if number is None and "end of document" in msg:
            number = max(1, len(text.splitlines()))
        line = f":{number}" if number else ""
        reason = re.sub(r"\s*\((?:at line \d+, column \d+|at end of document)\)", "", msg)
        problem = Problem(path, number, "", f"not valid TOML: {reason}")
        raise TomlSyntaxError(
            f"{path}{line}: not valid TOML: {reason}; fix the syntax and try again", problem
        ) from None
    return TomlFile(path, data, _index_lines(text))
