"""Listening for one spoken turn: from a cue until the speaker has finished.

Used by the pitch timer and the interview loop alike. Audio is kept from the moment
listening starts, so the delay between the cue and the first word is measurable. A turn
ends after a short silence, unless the words so far sound unfinished (a trailing "and...",
"so", "um"), in which case the listener waits a little longer, as a person would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Protocol

import numpy as np

from practice.audio import SAMPLE_RATE
from practice.devices import AudioBlock
from practice.vad import Endpointer, StreamingVad, VadOptions


class BlockSource(Protocol):
    def read(self, timeout: float | None = 1.0) -> AudioBlock | None: ...


@dataclass(frozen=True)
class ListenOptions:
    vad: VadOptions = field(default_factory=VadOptions)
    wait_for_speech: float | None = 10.0  # give up when nobody starts speaking by then
    max_turn: float = 60.0  # hard cap on one turn, seconds from the start of listening
    hold_unfinished: float = 1.5  # extra silence allowed after words that sound unfinished


@dataclass
class Turn:
    samples: np.ndarray  # everything heard since listening started, 16 kHz
    started: float  # clock time of samples[0]
    speech_start: float | None  # clock time speech began (None: nobody spoke)
    speech_end: float | None
    ended_by: str  # "silence" | "cap" | "stopped" | "no_speech" | "end_of_input"

    @property
    def heard_speech(self) -> bool:
        return self.speech_start is not None

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def offset(self, clock_time: float) -> float:
        return clock_time - self.started


_UNFINISHED = re.compile(
    r"(\b(and|but|so|or|because|um+|uh+|er+|like|the|a|an|to|of|with|that|which|if|my|your)"
    r"|,|\.\.\.|…|-)\s*$",
    re.IGNORECASE,
)


def sounds_unfinished(text: str) -> bool:
    """True when a transcript stops mid-thought ("... and", "so, um", "I was wondering if")."""
    return bool(_UNFINISHED.search(text.strip()))


def listen(
    source: BlockSource,
    vad: StreamingVad,
    options: ListenOptions | None = None,
    *,
    unfinished: Callable[[np.ndarray], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_block: Callable[[AudioBlock, bool], None] | None = None,
) -> Turn:
    """Read blocks until the turn is over; see the module docstring for when that is.

    `unfinished(samples)` is asked once per pause whether the words so far sound
    unfinished; `should_stop()` ends the turn at once (Enter pressed); `on_block(block,
    speaking)` sees every block (level meters, elapsed time).
    """
    options = options or ListenOptions()
    vad.reset()
    endpointer = Endpointer(options.vad)
    blocks: list[np.ndarray] = []
    started: float | None = None
    speech_start = speech_end = None
    holding = False
    ended_by = "silence"
    while True:
        block = source.read(timeout=1.0)
        if block is None:
            if getattr(source, "finished", False):
                ended_by = "end_of_input"
                break
            continue
        if started is None:
            started = block.start
        blocks.append(block.samples)
        for event in endpointer.feed(vad(block.samples)):
            if event.kind == "start":
                if speech_start is None:
                    speech_start = started + event.time
                holding = False
                speech_end = None
            else:
                speech_end = started + event.time
                if unfinished is not None and unfinished(np.concatenate(blocks)):
                    holding = True
        if on_block is not None:
            on_block(block, endpointer.speaking)
        heard = endpointer.clock
        if should_stop is not None and should_stop():
            ended_by = "stopped"
            break
        if speech_end is not None and not endpointer.speaking:
            if not holding or endpointer.silence >= options.vad.end_silence + options.hold_unfinished:
                ended_by = "silence"
                break
        if speech_start is None and options.wait_for_speech is not None \
                and heard >= options.wait_for_speech:
            ended_by = "no_speech"
            break
        if heard >= options.max_turn:
            ended_by = "cap"
            break
    samples = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
    if speech_start is not None and speech_end is None and started is not None:
        speech_end = started + len(samples) / SAMPLE_RATE
    return Turn(samples, started if started is not None else 0.0, speech_start, speech_end, ended_by)
