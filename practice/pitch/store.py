"""Pitch attempts on disk: one folder per attempt under the user's `pitch/` data folder.

Each attempt folder holds `audio.wav` (what was scored), `transcript.json` and
`scores.json` (the `--json` result). All are written atomically and `scores.json` last,
so a folder without it is an attempt that never finished and is ignored. Folder names
sort by time, which is how "the previous attempt" is found for `--again`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from practice.speech.audio import write_wav
from practice.files import atomic_write_json, listable_dir, new_dir
from practice.paths import user_dir
from practice.transcript import Transcript

AUDIO = "audio.wav"
TRANSCRIPT = "transcript.json"
SCORES = "scores.json"


@dataclass(frozen=True)
class Attempt:
    id: str
    folder: Path
    scores: dict

    @property
    def audio(self) -> Path:
        return self.folder / AUDIO


def pitch_dir() -> Path:
    return user_dir("pitch")


def _new_folder(now: datetime) -> Path:
    return new_dir(pitch_dir(), now.strftime("%Y-%m-%d_%H-%M-%S"), lambda n: f"_{n - 1:03d}")


def save_attempt(samples: np.ndarray, transcript: Transcript, scores: dict,
                 now: datetime | None = None) -> Attempt:
    folder = _new_folder(now or datetime.now())
    write_wav(folder / AUDIO, samples)
    atomic_write_json(folder / TRANSCRIPT, transcript.to_dict())
    atomic_write_json(folder / SCORES, scores)
    return Attempt(folder.name, folder, scores)


def save_interrupted(samples: np.ndarray, now: datetime | None = None) -> Path:
    """Keep the audio of a recording stopped with Ctrl-C (no scores: not listed as an attempt)."""
    folder = _new_folder(now or datetime.now())
    return write_wav(folder / AUDIO, samples)


def _well_formed(scores) -> bool:
    """The fields the history and `--again` read have the types they expect (a hand-edited
    or damaged scores.json is skipped like an unfinished attempt, not a crash later)."""
    if not isinstance(scores, dict):
        return False
    number = (int, float)
    if any(scores.get(k) is not None and (not isinstance(scores[k], number) or isinstance(scores[k], bool))
           for k in ("duration_s", "wpm", "start_delay_s", "target_s")):
        return False
    if any(k in scores and not isinstance(scores[k], list) for k in ("fillers", "pauses", "tips")):
        return False
    checklist = scores.get("checklist", {})
    return isinstance(checklist, dict) and all(isinstance(v, dict) for v in checklist.values())


def _load(folder: Path) -> Attempt | None:
    try:
        scores = json.loads((folder / SCORES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Attempt(folder.name, folder, scores) if _well_formed(scores) else None


def list_attempts() -> list[Attempt]:
    """Complete attempts, oldest first (unreadable or unfinished ones are skipped)."""
    found = (_load(p) for p in sorted(listable_dir(pitch_dir(), "pitch attempts"))
             if p.is_dir() and not p.name.startswith("."))
    return [a for a in found if a is not None]


def latest_attempt() -> Attempt | None:
    attempts = list_attempts()
    return attempts[-1] if attempts else None
