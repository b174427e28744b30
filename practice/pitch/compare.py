"""How this attempt differs from the previous one (`practice pitch --again`).

Works on the saved JSON of both attempts, so an attempt saved by an older version still
compares; a field missing from either side is simply not compared. "Better" means closer
to the target time, closer to the comfortable rate band, fewer fillers and pauses, and a
checklist point gained; small wobbles (0.3 s, 5 wpm) count as no change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from practice.pitch.checklist import ITEMS
from practice.pitch.result import RATE_BAND

SAME_SECONDS = 0.3
SAME_WPM = 5.0


@dataclass(frozen=True)
class Change:
    what: str  # "duration" | "wpm" | "fillers" | "pauses" | "verdict" | "checklist.<point>"
    before: Any
    after: Any
    better: bool | None  # None: no real change

    def to_dict(self) -> dict:
        return {"what": self.what, "before": self.before, "after": self.after,
                "better": self.better}


def _judge(before_distance: float, after_distance: float, same: float) -> bool | None:
    if after_distance < before_distance - same:
        return True
    if after_distance > before_distance + same:
        return False
    return None


def _band_distance(wpm: float, band: list[float]) -> float:
    low, high = band
    return max(low - wpm, 0.0, wpm - high)


def compare(previous: dict, current: dict) -> list[Change]:
    changes: list[Change] = []
    target = float(current.get("target_s", 10.0))
    if "duration_s" in previous and "duration_s" in current:
        b, a = float(previous["duration_s"]), float(current["duration_s"])
        changes.append(Change("duration", b, a, _judge(abs(b - target), abs(a - target),
                                                       SAME_SECONDS)))
    if "wpm" in previous and "wpm" in current:
        band = current.get("rate_band_wpm") or list(RATE_BAND)
        b, a = float(previous["wpm"]), float(current["wpm"])
        changes.append(Change("wpm", b, a, _judge(_band_distance(b, band),
                                                  _band_distance(a, band), SAME_WPM)))
    for key in ("fillers", "pauses"):
        if isinstance(previous.get(key), list) and isinstance(current.get(key), list):
            b, a = len(previous[key]), len(current[key])
            changes.append(Change(key, b, a, _judge(b, a, 0)))
    if "verdict" in previous and "verdict" in current:
        b, a = previous["verdict"], current["verdict"]
        better = None if a == b else (a == "on_time") if "on_time" in (a, b) else None
        changes.append(Change("verdict", b, a, better))
    before_list, after_list = previous.get("checklist") or {}, current.get("checklist") or {}
    for item in ITEMS:
        if item in before_list and item in after_list:
            b = bool(before_list[item].get("present"))
            a = bool(after_list[item].get("present"))
            changes.append(Change(f"checklist.{item}", b, a, None if a == b else a))
    return changes
