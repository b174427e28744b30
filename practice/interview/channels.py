"""How the interviewee's lines go out and the user's turns come in.

The conversation loop does not care whether it runs on live devices, on WAV files or on
typed text: each is a `Channel` with `speak` and `hear`, and a clock all times come from.

- `VoiceChannel`: microphone and speaker (real or virtual). The microphone stays open for
  the whole session; while the interviewee speaks it keeps listening, and a user who starts
  talking interrupts: playback stops shortly after (as a person trails off) and what the
  user said is carried into their turn, so nothing is lost.
- `FileChannel`: user turns from WAV files, interviewee audio collected into a file, on a
  virtual clock that advances by exactly the audio's length (repeatable timings).
- `TextChannel`: typed (or scripted) text; no audio, no pacing.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from practice.speech.devices import AudioBlock
from practice.speech.listen import ListenOptions, Turn, listen
from practice.speech.vad import Endpointer, StreamingVad, VadOptions
from practice.trace import mark


@dataclass
class Spoken:
    """An interviewee line as it was actually heard."""

    text: str
    start: float  # clock time the line started playing
    end: float  # clock time playback really ended
    interrupted: bool = False
    barge_in: float | None = None  # clock time the user started speaking over it
    samples: np.ndarray | None = None  # the rendered line (16 kHz), for saving


@dataclass
class Heard:
    """One user turn as heard: audio (voice modes) or text (text mode)."""

    listen_start: float  # clock time the user was given the floor
    ended_by: str  # silence | cap | no_speech | end_of_input | interrupted | text | end_of_script
    samples: np.ndarray | None = None  # 16 kHz audio from `audio_start`
    audio_start: float | None = None  # clock time of samples[0]
    speech_start: float | None = None
    speech_end: float | None = None
    text: str | None = None  # typed text (text mode)
    interrupted: bool = False  # started while the interviewee was still speaking
    live_text: str | None = None  # words from the live transcriber at the end of the turn

    @property
    def heard_speech(self) -> bool:
        if self.samples is not None:
            return self.speech_start is not None
        return bool(self.text and self.text.strip())


class CarryOver:
    """A block source that first replays carried-over blocks, then reads the microphone."""

    def __init__(self, mic, carried: list[AudioBlock]):
        self.mic = mic
        self.carried = deque(carried)

    @property
    def finished(self) -> bool:
        return getattr(self.mic, "finished", False) and not self.carried

    def read(self, timeout: float | None = 1.0) -> AudioBlock | None:
        if self.carried:
            return self.carried.popleft()
        return self.mic.read(timeout)


@dataclass
class VoiceChannel:
    """Live (or virtual) microphone and speaker. Use as a context manager."""

    mic: object  # Microphone-like, already open
    speaker: object  # Speaker-like
    synthesize: Callable[[str], object]  # text -> Speech
    vad: StreamingVad = field(default_factory=StreamingVad)
    listen_options: ListenOptions = field(default_factory=ListenOptions)
    barge_in: bool = True
    trail_off: float = 0.4  # seconds the interviewee keeps talking after being interrupted
    unfinished: Callable[[np.ndarray], bool] | None = None
    on_block: Callable[[AudioBlock, bool], None] | None = None
    live: object | None = None  # a LiveTranscriber: turns end on its words (see turnend)
    on_playback: Callable[[], None] | None = None  # called once playback of a line has begun
    _carry: list[AudioBlock] = field(default_factory=list)

    mode = "voice"

    def now(self) -> float:
        return time.monotonic()

    def speak(self, text: str) -> Spoken:
        speech = self.synthesize(text)
        mark("synthesized", chars=len(text))
        stop = threading.Event()
        outcome: dict = {}

        def play():
            try:
                outcome["playback"] = _play(self.speaker, speech, stop)
            except BaseException as exc:  # surfaced in the calling thread
                outcome["error"] = exc

        player = threading.Thread(target=play, name="practice-playback", daemon=True)
        player.start()
        mark("playback_start", chars=len(text))
        if self.on_playback is not None:
            self.on_playback()
        ring: deque[AudioBlock] = deque(maxlen=10)  # ~0.3 s of lead-in kept before a barge-in
        endpointer = Endpointer(VadOptions(min_speech=0.25))
        # a voice detector still loading (the greeting, at launch) hears no barge-in
        detect = self.barge_in and getattr(self.vad, "ready", True)
        if detect:
            self.vad.reset()
        barge_time = None
        first_start = None
        stop_at = None
        captured: list[AudioBlock] = []
        try:
            while player.is_alive():
                block = self.mic.read(timeout=0.05)
                if block is None:
                    continue
                if first_start is None:
                    first_start = block.start
                if barge_time is None:
                    ring.append(block)
                    if detect:
                        for event in endpointer.feed(self.vad(block.samples)):
                            if event.kind == "start" and barge_time is None:
                                barge_time = first_start + event.time
                                captured = list(ring)
                                stop_at = time.monotonic() + self.trail_off
                else:
                    captured.append(block)
                if self.on_block is not None:
                    self.on_block(block, barge_time is not None)
                if stop_at is not None and time.monotonic() >= stop_at:
                    stop.set()
        except KeyboardInterrupt:
            stop.set()
            player.join(timeout=2)
            raise
        player.join()
        if "error" in outcome:
            raise outcome["error"]
        playback = outcome["playback"]
        if barge_time is not None:
            self._carry = captured
        return Spoken(text, playback.started, playback.ended, playback.interrupted,
                      barge_time, _rendered(speech))

    def hear(self, options: ListenOptions | None = None) -> Heard:
        carried, self._carry = self._carry, []
        listen_start = self.now()
        source = CarryOver(self.mic, carried)
        turn = listen(source, self.vad, options or self.listen_options,
                      unfinished=None if self.live is not None else self.unfinished,
                      on_block=self.on_block, live=self.live)
        return _heard_from_turn(turn, listen_start, interrupted=bool(carried))


def _play(speaker, speech, stop: threading.Event):
    """A line streamed sentence by sentence (stream.SpeechStream) starts playing with its first
    sentence; anything else is played whole."""
    if hasattr(speech, "chunks") and hasattr(speaker, "play_stream"):
        return speaker.play_stream(speech.chunks(), speech.rate, stop)
    return speaker.play(speech.samples, speech.rate, stop)


def _rendered(speech) -> np.ndarray:
    """What was rendered of a line (an interrupted stream is not waited for)."""
    return speech.rendered() if hasattr(speech, "rendered") else speech.samples


def _heard_from_turn(turn: Turn, listen_start: float, interrupted: bool = False) -> Heard:
    return Heard(
        listen_start=listen_start,
        ended_by=turn.ended_by,
        samples=turn.samples,
        audio_start=turn.started,
        speech_start=turn.speech_start,
        speech_end=turn.speech_end,
        interrupted=interrupted,
        live_text=turn.live_text,
    )


class VirtualClock:
    """A clock that only moves when told: file timings are exact and repeatable."""

    def __init__(self, start: float = 0.0):
        self.time = start

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += max(0.0, seconds)


@dataclass
class FileChannel:
    """User turns from WAV files in order; interviewee lines rendered but not played."""

    files: list[Path]
    synthesize: Callable[[str], object]
    vad: StreamingVad = field(default_factory=StreamingVad)
    listen_options: ListenOptions = field(default_factory=ListenOptions)
    clock: VirtualClock = field(default_factory=VirtualClock)

    mode = "script"

    def __post_init__(self):
        self._files: Iterator[Path] = iter(self.files)

    def now(self) -> float:
        return self.clock.now()

    def speak(self, text: str) -> Spoken:
        speech = self.synthesize(text)
        start = self.clock.now()
        self.clock.advance(speech.duration)
        return Spoken(text, start, self.clock.now(), samples=speech.samples)

    def hear(self, options: ListenOptions | None = None) -> Heard:
        from practice.speech.filedevices import FileMicrophone

        listen_start = self.clock.now()
        path = next(self._files, None)
        if path is None:
            return Heard(listen_start, "end_of_script")
        options = options or self.listen_options
        whole = ListenOptions(vad=options.vad, wait_for_speech=None, max_turn=options.max_turn,
                              end_on_silence=False)
        mic = FileMicrophone(path, origin=listen_start)
        turn = listen(mic, self.vad, whole)
        self.clock.advance(turn.duration)
        return _heard_from_turn(turn, listen_start)


@dataclass
class TextChannel:
    """Typed turns (from a prompt or a script); lines are shown, not spoken."""

    read_line: Callable[[], str | None]  # None at end of input
    mode = "text"

    def now(self) -> float:
        return time.monotonic()

    def speak(self, text: str) -> Spoken:
        now = self.now()
        return Spoken(text, now, now)

    def hear(self, options: ListenOptions | None = None) -> Heard:
        start = self.now()
        line = self.read_line()
        while line is not None and not line.strip():
            line = self.read_line()  # an empty line just prompts again: silence rules are for speech
        if line is None:
            return Heard(start, "end_of_script")
        end = self.now()
        return Heard(start, "text", text=line.strip(), speech_start=start, speech_end=end)
