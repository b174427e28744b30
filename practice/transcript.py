"""What a transcription yields: plain dataclasses shared by every stage after speech-to-text.

Kept free of faster-whisper so that scoring, pitch analysis and reviews can be built and
tested from hand-made transcripts without loading a model.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the audio
    end: float
    probability: float

    def to_dict(self) -> dict:
        return {
            "word": self.word,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "probability": round(self.probability, 4),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Word":
        return cls(str(data["word"]), float(data["start"]), float(data["end"]),
                   float(data.get("probability", 1.0)))


@dataclass
class Transcript:
    text: str
    duration: float  # length of the audio, seconds
    model: str
    words: list[Word] = field(default_factory=list)
    verbatim: bool = False  # True when asked to keep filler words (um, uh)

    @property
    def speech_start(self) -> float | None:
        return self.words[0].start if self.words else None

    @property
    def speech_end(self) -> float | None:
        return self.words[-1].end if self.words else None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["duration"] = round(self.duration, 3)
        data["words"] = [w.to_dict() for w in self.words]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Transcript":
        return cls(
            text=str(data.get("text", "")),
            duration=float(data.get("duration", 0.0)),
            model=str(data.get("model", "")),
            words=[Word.from_dict(w) for w in data.get("words", [])],
            verbatim=bool(data.get("verbatim", False)),
        )
