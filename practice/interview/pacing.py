"""Pacing of one user turn in a conversation, from word timings on the session clock.

Pure functions over `Word`s: speaking rate (with the conventional comfortable band),
pauses inside speech, filler words, and the gap between the interviewee finishing and the
user starting (negative when the user spoke over them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from practice.pitch.result import LONG_PAUSE_S, RATE_BAND
from practice.pitch.words import normalise, tokenize
from practice.transcript import Word

# The same norms as `practice pitch` (see practice/pitch/result.py for their source):
# comfortable words per minute, and the silence inside speech that counts as a long pause.
COMFORTABLE_WPM = RATE_BAND
LONG_PAUSE = LONG_PAUSE_S


def filler_words(words: list[Word]) -> list[dict]:
    """Hesitations and set-off discourse fillers, found as `practice pitch` finds them."""
    _, fillers = tokenize(words)
    return [f.to_dict() for f in fillers]


def long_pauses(words: list[Word], minimum: float = LONG_PAUSE) -> list[dict]:
    out = []
    for before, after in zip(words, words[1:]):
        gap = after.start - before.end
        if gap >= minimum:
            out.append({"start": round(before.end, 2), "end": round(after.start, 2),
                        "length": round(gap, 2), "after": before.word})
    return out


def words_per_minute(words: list[Word], span: float | None = None) -> float | None:
    """Rate over the speech itself: `span` seconds (the voice-activity bounds, which are
    steadier than Whisper's word edges), else first word start to last word end."""
    spoken = [w for w in words if normalise(w.word)]
    if len(spoken) < 4:
        return None
    if span is None:
        span = spoken[-1].end - spoken[0].start
    # Whisper's word boundaries are rough; over very short spans the rate is noise
    return round(len(spoken) / span * 60.0, 1) if span >= 1.5 else None


def rate_band(wpm: float | None) -> str:
    if wpm is None:
        return "n/a"
    low, high = COMFORTABLE_WPM
    return "slow" if wpm < low else "fast" if wpm > high else "comfortable"


@dataclass
class TurnPacing:
    speech_seconds: float
    words: int
    wpm: float | None
    band: str
    response_gap: float | None  # user speech start minus interviewee end; < 0: spoke over them
    interrupting: bool
    pauses: list[dict] = field(default_factory=list)
    fillers: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def turn_pacing(words: list[Word], speech_start: float | None, speech_end: float | None,
                previous_end: float | None, interrupted: bool = False) -> TurnPacing:
    """Pacing of a turn whose `words` and speech bounds are already on the session clock."""
    start = words[0].start if words else speech_start
    end = words[-1].end if words else speech_end
    vad_span = speech_end - speech_start if speech_start is not None and speech_end is not None else None
    wpm = words_per_minute(words, vad_span)
    gap = None
    if previous_end is not None and speech_start is not None:
        gap = round(speech_start - previous_end, 2)
    return TurnPacing(
        speech_seconds=round(max(0.0, (end or 0.0) - (start or 0.0)), 2),
        words=len(words),
        wpm=wpm,
        band=rate_band(wpm),
        response_gap=gap,
        interrupting=interrupted or (gap is not None and gap < -0.2),
        pauses=long_pauses(words),
        fillers=filler_words(words),
    )
