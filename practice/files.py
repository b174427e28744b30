"""Saving files so that they are never left half-written.

Everything is written to a temporary file in the same folder, flushed to disk and then
renamed over the target: a reader (or a crash) sees the old file or the new one, never a
torn one. Permission problems become one-line PracticeErrors naming the folder.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

from practice.errors import DiskFull, PracticeError

FULL = (errno.ENOSPC, errno.EDQUOT)


def free_bytes(path: Path) -> int | None:
    """Free space on the disk that holds `path` (or its nearest existing parent)."""
    path = Path(path)
    for folder in (path, *path.parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return None
    return None


def _disk_full(path: Path) -> DiskFull:
    free = free_bytes(path.parent)
    left = f" ({free // 1024} kB free)" if free is not None else ""
    return DiskFull(f"the disk is full: could not save {path.name} in {path.parent}{left}; free some "
                    "space (or set PRACTICE_HOME to a folder on another disk) and try again")


def listable_dir(path: Path, what: str) -> list[Path]:
    """The entries of a data folder, or [] when it does not exist yet.

    A data folder that is a file, or that cannot be read, is a problem to report, not an
    empty history: saying "nothing saved yet" would hide the user's sessions from them.
    """
    path = Path(path)
    for parent in (path, *path.parents):
        if parent.exists() and not parent.is_dir():
            raise PracticeError(
                f"the {what} folder {path} cannot be used: {parent} is a file, not a folder; "
                "move it away or set PRACTICE_HOME to a folder"
            )
        if parent.exists():
            break
    if not path.exists():
        return []
    try:
        return list(path.iterdir())
    except OSError as exc:
        raise PracticeError(
            f"cannot read the {what} folder {path}: {exc.strerror or exc}; check its permissions "
            "(or set PRACTICE_HOME to another folder)"
        ) from None


def ensure_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PracticeError(
            f"cannot create folder {path}: {exc.strerror or exc}; choose a writable folder "
            "(set PRACTICE_HOME or pass another path)"
        ) from None
    return path


def new_dir(base: Path, name: str, suffix: Callable[[int], str] = lambda n: f"-{n}") -> Path:
    """A folder `base/name` that did not exist before, else `base/name<suffix(n)>` (n = 2, 3,
    ...): created with `mkdir` (not checked first), so two runs in the same second never share it."""
    ensure_dir(base)
    for n in range(1, 1000):
        path = base / (name if n == 1 else name + suffix(n))
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
        except OSError as exc:
            raise PracticeError(
                f"cannot create folder {path}: {exc.strerror or exc}; choose a writable folder "
                "(set PRACTICE_HOME or pass another path)"
            ) from None
    raise PracticeError(f"too many folders named {name} in {base}")


def atomic_write(path: Path, write: Callable[[Any], None], mode: str = "wb") -> Path:
    """Call `write(fileobj)` on a temp file beside `path`, then rename it into place."""
    path = Path(path)
    ensure_dir(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        if exc.errno in FULL:
            raise _disk_full(path) from None
        raise PracticeError(
            f"cannot write in {path.parent}: {exc.strerror or exc}; choose a writable folder"
        ) from None
    try:
        with os.fdopen(fd, mode) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.errno in FULL:
            raise _disk_full(path) from None
        if isinstance(exc, OSError):
            raise PracticeError(
                f"cannot write {path}: {exc.strerror or exc}; check the folder and free space"
            ) from None
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    return atomic_write(path, lambda fh: fh.write(text.encode("utf-8")))


def atomic_write_json(path: Path, data: Any) -> Path:
    return atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def read_user_text(path: Path, what: str) -> str:
    """A text file the user named (a message, a list of questions), as one string; every way
    it can fail is one line that says what to give instead (`what`: "your message file")."""
    try:
        return Path(path).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise PracticeError(f"no such file: {path}; give the path of {what}") from None
    except IsADirectoryError:
        raise PracticeError(f"{path} is a folder; give the path of {what}") from None
    except UnicodeDecodeError:
        raise PracticeError(f"{path} is not UTF-8 text; save {what} as plain text") from None
    except OSError as exc:
        raise PracticeError(f"cannot read {path}: {exc.strerror or exc}") from None
