"""Listening for one spoken turn: from a cue until the speaker has finished.

Used by the pitch timer and the interview loop alike. Audio is kept from the moment
listening starts, so the delay between the cue and the first word is measurable. A turn
ends after a short silence, unless the words so far sound unfinished (a trailing "and...",
"so", "um"), in which case the listener waits a little longer, as a person would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.speech.devices import AudioBlock
from practice.speech.turnend import TurnEndOptions, sounds_unfinished, turn_over  # noqa: F401
from practice.speech.vad import Endpointer, StreamingVad, VadOptions
from practice.trace import mark


class BlockSource(Protocol):
    def read(self, timeout: float | None = 1.0) -> AudioBlock | None: ...


@dataclass(frozen=True)
class ListenOptions:
    vad: VadOptions = field(default_factory=VadOptions)
    wait_for_speech: float | None = 10.0  # give up when nobody starts speaking by then
    max_turn: float = 60.0  # hard cap on one turn, seconds from the start of listening
    hold_unfinished: float = 1.5  # extra silence allowed after words that sound unfinished
    end_on_silence: bool = True  # False: a recording is taken whole, its own pauses never end it
    turn_end: TurnEndOptions = field(default_factory=TurnEndOptions)  # with a live transcriber
    pause_after: float = 0.1  # seconds of silence that count as a pause (a live pass starts)


@dataclass
class Turn:
    samples: np.ndarray  # everything heard since listening started, 16 kHz
    started: float  # clock time of samples[0]
    speech_start: float | None  # clock time speech began (None: nobody spoke)
    speech_end: float | None
    ended_by: str  # "silence" | "cap" | "stopped" | "no_speech" | "end_of_input" | "interrupted"
    live_text: str | None = None  # the live transcriber's words for the whole turn, if it had them

    @property
    def heard_speech(self) -> bool:
        return self.speech_start is not None

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def offset(self, clock_time: float) -> float:
        return clock_time - self.started


def unfinished_check(model: str | None) -> Callable[[np.ndarray], bool]:
    """For `listen(unfinished=...)`, asked at every pause on the turn-taking path: do the
    words so far trail off? A quick pass over the last 6 s (greedy, fillers kept), not a full
    transcription of the whole turn, so the answer does not slow down as the turn grows."""
    from practice.speech.stt import TranscribeOptions, Transcriber

    quick = Transcriber(TranscribeOptions(model=model, verbatim=True, beam_size=1, word_timestamps=False))

    def unfinished(samples: np.ndarray) -> bool:
        return sounds_unfinished(quick.transcribe(samples[-6 * SAMPLE_RATE:]).text)

    return unfinished


def listen(
    source: BlockSource,
    vad: StreamingVad,
    options: ListenOptions | None = None,
    *,
    unfinished: Callable[[np.ndarray], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_block: Callable[[AudioBlock, bool], None] | None = None,
    live=None,
) -> Turn:
    """Read blocks until the turn is over; see the module docstring for when that is.

    `unfinished(samples)` is asked once per pause whether the words so far sound
    unfinished. With `live` (a LiveTranscriber) instead, the words come from passes it runs
    in its own thread and the end of the turn is `turnend.turn_over`: this loop never waits
    for transcription. `should_stop()` ends the turn at once (Enter pressed); `on_block(block,
    speaking)` sees every block (level meters, elapsed time).
    """
    options = options or ListenOptions()
    vad.reset()
    progress = _Progress(Endpointer(options.vad))
    if live is not None:
        live.begin()
    try:
        if live is not None:
            try:
                ended_by = _run_live(source, vad, options, progress, live, should_stop, on_block)
            finally:
                live.finish()  # no pass may compete with the reply and the final transcript
        else:
            ended_by = _run(source, vad, options, progress, unfinished, should_stop, on_block)
    except KeyboardInterrupt:
        ended_by = "interrupted"  # the caller saves what was heard, then stops
    samples = np.concatenate(progress.blocks) if progress.blocks else np.zeros(0, np.float32)
    started = progress.started if progress.started is not None else 0.0
    speech_end = progress.speech_end
    if progress.speech_start is not None and speech_end is None:
        speech_end = started + len(samples) / SAMPLE_RATE
    return Turn(samples, started, progress.speech_start, speech_end, ended_by, progress.live_text)


@dataclass
class _Progress:
    """What one `listen` call has heard so far (kept outside the loop for Ctrl-C)."""

    endpointer: Endpointer
    blocks: list[np.ndarray] = field(default_factory=list)
    started: float | None = None
    speech_start: float | None = None
    speech_end: float | None = None
    holding: bool = False  # the words so far sound unfinished: allow a longer pause
    live_text: str | None = None


def _blocks(source, p: _Progress):
    """The source's blocks as they come, each kept in `p`; ends when the source is finished
    (a file played out). A read that times out is not the end: the microphone is just quiet."""
    while True:
        block = source.read(timeout=1.0)
        if block is None:
            if getattr(source, "finished", False):
                return
            continue
        if p.started is None:
            p.started = block.start
        p.blocks.append(block.samples)
        yield block


def _run(source, vad, options, p: _Progress, unfinished, should_stop, on_block) -> str:
    endpointer = p.endpointer
    for block in _blocks(source, p):
        for event in endpointer.feed(vad(block.samples)):
            if event.kind == "start":
                if p.speech_start is None:
                    p.speech_start = p.started + event.time
                p.holding = False
                p.speech_end = None
            else:
                p.speech_end = p.started + event.time
                if unfinished is not None and unfinished(np.concatenate(p.blocks)):
                    p.holding = True
        if on_block is not None:
            on_block(block, endpointer.speaking)
        heard = endpointer.clock
        if should_stop is not None and should_stop():
            return "stopped"
        if options.end_on_silence and p.speech_end is not None and not endpointer.speaking:
            if not p.holding or endpointer.silence >= options.vad.end_silence + options.hold_unfinished:
                return "silence"
        if p.speech_start is None and options.wait_for_speech is not None \
                and heard >= options.wait_for_speech:
            return "no_speech"
        if heard >= options.max_turn:
            return "cap"
    return "end_of_input"


def _run_live(source, vad, options, p: _Progress, live, should_stop, on_block) -> str:
    """As `_run`, with the end of the turn read from the live transcriber's words."""
    endpointer = p.endpointer
    window = endpointer.window_s
    total = 0
    paused_at = None  # samples heard when the current pause was handed to the live transcriber
    for block in _blocks(source, p):
        total += len(block.samples)
        for event in endpointer.feed(vad(block.samples)):
            if event.kind == "start" and p.speech_start is None:
                p.speech_start = p.started + event.time
        silence = endpointer.silence if p.speech_start is not None else 0.0
        live.feed(block.samples, speaking=p.speech_start is not None and silence < window)
        if on_block is not None:
            on_block(block, endpointer.speaking)
        if should_stop is not None and should_stop():
            return "stopped"
        if p.speech_start is not None and endpointer.last_speech is not None:
            if silence < options.pause_after:
                paused_at = None
            else:
                if paused_at is None:
                    paused_at = total
                    live.pause()
                # the words must cover the audio up to the last speech, not just the pause
                spoken = int(endpointer.last_speech * SAMPLE_RATE)
                text = live.covering(spoken)
                if options.end_on_silence and turn_over(silence, text, options.turn_end):
                    p.speech_end = p.started + endpointer.last_speech
                    p.live_text = text if text is not None else live.wait(spoken, 30.0)
                    mark("turn_end", silence=round(silence, 3), words=text,
                         speech_end=p.speech_end)
                    return "silence"
        heard = endpointer.clock
        if p.speech_start is None and options.wait_for_speech is not None \
                and heard >= options.wait_for_speech:
            return "no_speech"
        if heard >= options.max_turn:
            p.live_text = live.covering(total)
            return "cap"
    return "end_of_input"

