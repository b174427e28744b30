"""Shared helpers for benchmarks: where the evaluation data is, and machine facts."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def eval_dir() -> Path:
    """`../shared/eval` beside the checkout, or $PRACTICE_EVAL_DIR."""
    override = os.environ.get("PRACTICE_EVAL_DIR")
    path = Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "eval"
    if not path.is_dir():
        raise SystemExit(f"evaluation data not found at {path}; set PRACTICE_EVAL_DIR")
    return path


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
