"""Where things live: built-in data beside the code, user data in the user's data folder.

Built-in voices and scenarios sit at the top of a checkout (`voices/`, `scenarios/`,
`models/`); a wheel install carries voices and scenarios inside the package as
`practice/_data/`. User data (sessions, pitch attempts, own scenarios and models) goes to
the platform's user data folder, or to `$PRACTICE_HOME` when set, so tests and power
users can point it anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent


def builtin_dir(name: str) -> Path:
    """The built-in data folder `name` (voices, scenarios, models)."""
    packaged = PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return CHECKOUT_DIR / name


def data_home() -> Path:
    """The user's data folder (not created here; writers create what they need)."""
    override = os.environ.get("PRACTICE_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("practice", appauthor=False))


def user_dir(name: str) -> Path:
    """A sub-folder of the user's data folder, e.g. `sessions`, `pitch`, `scenarios`."""
    return data_home() / name


def cache_home() -> Path:
    """The user's cache folder: things practice can rebuild (rendered speech, the built
    embedding graph). `$PRACTICE_CACHE` overrides it. Not under `$PRACTICE_HOME`, so a fresh
    data folder (every test has one) does not mean rebuilding every cache."""
    override = os.environ.get("PRACTICE_CACHE")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir("practice", appauthor=False))
