"""JSON Lines input for the batch modes (`practice score --jsonl`, `scenarios try --jsonl`).

Lines are read as a stream, so a pipe into stdin is answered line by line. A line that is
not a JSON object is handed back with its number and a message, and the lines after it are
still read; only a source that cannot be read at all (missing, a folder, not UTF-8) ends the
command, with one line saying what to give instead.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import IO, Iterator

from practice.errors import PracticeError


@dataclass(frozen=True)
class Line:
    """One non-blank input line: the object on it, or why there is none."""

    number: int
    item: dict | None
    error: str | None = None


def source_name(source: str) -> str:
    return "stdin" if source == "-" else source


def read_objects(source: str) -> Iterator[Line]:
    """The objects of FILE, or of stdin for "-", one per non-blank line."""
    if source == "-":
        yield from _objects(sys.stdin, source)
        return
    try:
        fh = open(source, encoding="utf-8")
    except FileNotFoundError:
        raise PracticeError(f"{source}: no such file; give a JSONL file or - for stdin") from None
    except IsADirectoryError:
        raise PracticeError(f"{source} is a folder; give a JSONL file or - for stdin") from None
    except OSError as err:
        raise PracticeError(f"{source}: cannot read ({err.strerror})") from None
    with fh:
        yield from _objects(fh, source)


def _objects(stream: IO[str], source: str) -> Iterator[Line]:
    try:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _parse(number, line)
    except UnicodeDecodeError:
        raise PracticeError(f"{source_name(source)} is not UTF-8 text; give UTF-8 JSONL") from None


def _parse(number: int, line: str) -> Line:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        return Line(number, None, f"not valid JSON ({err.msg} at column {err.colno})")
    if not isinstance(item, dict):
        return Line(number, None, 'expected a JSON object, such as {"text": "..."}')
    return Line(number, item)


def report_bad_line(source: str, number: int, error: str) -> None:
    """The one convention for a bad input line in every --jsonl mode: a line on stderr saying
    where and what, and `{"line": N, "error": ...}` in its place on stdout, so output line k
    still answers input line k for a program reading both."""
    print(f"practice: error: {source_name(source)} line {number}: {error}", file=sys.stderr, flush=True)
    sys.stdout.write(json.dumps({"line": number, "error": error}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def fail_if_bad(bad: int, total: int, what: str) -> None:
    """After the last line: exit 1 with one line if any line was bad (the good ones are done)."""
    if bad:
        raise PracticeError(f"{bad} of {total} line{'s' if total != 1 else ''} could not be {what} "
                            "(see the messages above); fix those lines and run again")
