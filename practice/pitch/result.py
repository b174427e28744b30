"""What scoring a pitch yields: plain dataclasses, and the JSON they are saved and printed as.

The JSON form (`PitchResult.to_dict`) is the contract: `--json` prints it, attempts are
saved as it, and `compare` reads earlier attempts back from it, so older saves keep working.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from practice.pitch.checklist import ITEMS, Check
from practice.pitch.words import Filler
from practice.transcript import Word

# A comfortable speaking rate for a short spoken introduction, in words per minute. This is
# a convention from public-speaking coaching (commonly quoted as roughly 120 to 160 wpm for
# presentations, 100 to 165 being the looser band used here), not the result of a study.
RATE_BAND = (100.0, 165.0)
LONG_PAUSE_S = 1.0  # a silence at least this long inside speech is a long pause (our choice)


@dataclass(frozen=True)
class PitchOptions:
    target_s: float = 10.0
    tolerance_s: float = 2.0  # on time within target +- tolerance
    rate_low: float = RATE_BAND[0]
    rate_high: float = RATE_BAND[1]
    pause_s: float = LONG_PAUSE_S  # silences at least this long inside the speech are reported
    pace_change: float = 0.3  # a part this much faster/slower than the rest is reported
    cap_s: float = 30.0  # nothing after this is scored


@dataclass(frozen=True)
class Pause:
    start: float
    end: float
    after: str | None  # the word said just before it
    before: str | None  # the word said just after it

    @property
    def duration(self) -> float:
        return self.end - self.start

    def to_dict(self) -> dict:
        return {"start": round(self.start, 2), "end": round(self.end, 2),
                "duration": round(self.duration, 2), "after": self.after, "before": self.before}


@dataclass(frozen=True)
class PaceSegment:
    start: float
    end: float
    text: str
    words: int
    wpm: float  # over the time spent speaking in this part (gaps and fillers left out)
    syllables_per_s: float  # what `change` is judged on (word lengths vary)
    relative: float  # syllable rate against the rest (two parts: against the first part)
    change: str  # "steady" | "faster" | "slower"

    def to_dict(self) -> dict:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "text": self.text,
                "words": self.words, "wpm": round(self.wpm),
                "syllables_per_s": round(self.syllables_per_s, 2),
                "relative": round(self.relative, 2), "change": self.change}


@dataclass(frozen=True)
class Cut:
    action: str  # "cut" (drop it) | "shorten" (nothing is spare; tighten this part)
    text: str
    start: float
    end: float
    saves_s: float
    new_duration_s: float

    def to_dict(self) -> dict:
        return {"action": self.action, "text": self.text, "start": round(self.start, 2),
                "end": round(self.end, 2), "saves_s": round(self.saves_s, 1),
                "new_duration_s": round(self.new_duration_s, 1)}


@dataclass
class PitchResult:
    options: PitchOptions
    duration_s: float  # first word start to last word end
    start_delay_s: float  # cue to first word
    speech_start_s: float  # from the start of the recording
    speech_end_s: float
    wpm: float  # words (fillers not counted) per minute of speech
    rate: str  # "slow" | "comfortable" | "fast"
    verdict: str  # "on_time" | "too_short" | "too_long"
    cut: Cut | None
    pace: list[PaceSegment]
    fillers: list[Filler]
    pauses: list[Pause]
    checks: dict[str, Check]
    missing: str | None  # the one point to add, if any
    transcript: str
    words: list[Word]
    capped: bool = False  # the speech ran on past the cap
    recording_s: float = 0.0  # length of the whole recording or file
    notes: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    model: str = ""

    @property
    def target_s(self) -> float:
        return self.options.target_s

    @property
    def delta_s(self) -> float:
        return self.duration_s - self.options.target_s

    def to_dict(self) -> dict:
        from practice.pitch.checklist import SUGGESTIONS

        job = self.checks.get("job_ask")
        return {
            "target_s": self.options.target_s,
            "tolerance_s": self.options.tolerance_s,
            "duration_s": round(self.duration_s, 2),
            "start_delay_s": round(self.start_delay_s, 2),
            "speech_start_s": round(self.speech_start_s, 2),
            "speech_end_s": round(self.speech_end_s, 2),
            "verdict": self.verdict,
            "delta_s": round(self.delta_s, 2),
            "wpm": round(self.wpm, 1),
            "rate": self.rate,
            "rate_band_wpm": [self.options.rate_low, self.options.rate_high],
            "cut": self.cut.to_dict() if self.cut else None,
            "pace": [p.to_dict() for p in self.pace],
            "fillers": [f.to_dict() for f in self.fillers],
            "pauses": [p.to_dict() for p in self.pauses],
            "checklist": {key: self.checks[key].to_dict() for key in ITEMS},
            "job_ask": job.to_dict() if job is not None and job.present else None,
            "missing": self.missing,
            "suggestion": SUGGESTIONS[self.missing] if self.missing else None,
            "tips": list(self.tips),
            "transcript": self.transcript,
            "words": [w.to_dict() for w in self.words],
            "capped": self.capped,
            "cap_s": self.options.cap_s,
            "recording_s": round(self.recording_s, 2),
            "notes": list(self.notes),
            "model": self.model,
        }
