"""Getting a pitch's audio (microphone or file) and turning it into a scored result.

From the microphone, `listen` records from the cue until the user has clearly finished:
a pitch ends after 2 s of silence (longer than the 1 s pauses worth reporting, so a pause
to think does not cut the pitch short), a little later still if the words so far sound
unfinished, at the hard cap (30 s), or when Enter is pressed. From a file, the whole
recording is the pitch, its first sample is the cue, and only the first `cap` seconds are
scored: a 3-minute file is scored on its first 30 s, marked `capped`, with a note saying
so, rather than refused, so the user still learns what to cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from practice.speech.audio import SAMPLE_RATE, is_silent, read_audio
from practice.errors import PracticeError
from practice.speech.listen import ListenOptions, listen
from practice.pitch.analysis import Region, analyze
from practice.pitch.result import PitchOptions, PitchResult
from practice.speech.complete import REGION_VAD, speech_regions, transcribe_speech
from practice.speech.vad import Endpointer, StreamingVad, VadOptions
from practice.transcript import Transcript

NO_SPEECH = "no speech heard: check the microphone with `practice devices --test`"
END_SILENCE_S = 2.0  # silence that ends a pitch recorded from the microphone
WAIT_FOR_SPEECH_S = 10.0  # give up when nobody starts within this long after the cue


@dataclass
class Recording:
    samples: np.ndarray  # what is scored, 16 kHz, from the cue, at most `cap` seconds
    source: str  # "microphone" or the file path
    recording_s: float  # length of everything recorded, or of the whole file
    capped: bool = False  # speech was still going at the cap
    cue_s: float = 0.0  # when the cue was given, on the samples' clock
    ended_by: str = "end_of_input"
    notes: list[str] = field(default_factory=list)


@dataclass
class Scored:
    result: PitchResult
    transcript: Transcript
    regions: list[Region]


def _speech_after(samples: np.ndarray, vad: StreamingVad, chunk_s: float = 2.0) -> bool:
    """Whether there is any speech at all in `samples` (stops at the first)."""
    vad.reset()
    endpointer = Endpointer(REGION_VAD)
    step = int(chunk_s * SAMPLE_RATE)
    for i in range(0, len(samples), step):
        if any(e.kind == "start" for e in endpointer.feed(vad(samples[i:i + step]))):
            return True
    return endpointer.speaking


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}" if minutes else f"{secs} s"


def from_file(path: str | Path, options: PitchOptions, vad: StreamingVad | None = None) -> Recording:
    samples = read_audio(path)
    total = len(samples) / SAMPLE_RATE
    cap = int(options.cap_s * SAMPLE_RATE)
    notes: list[str] = []
    capped = False
    if len(samples) > cap:
        rest = samples[cap:]
        samples = samples[:cap]
        if not is_silent(rest) and _speech_after(rest, vad or StreamingVad()):
            capped = True
            notes.append(
                f"the recording is {_clock(total)} long and speech goes on past {options.cap_s:.0f} s: "
                f"only the first {options.cap_s:.0f} s were scored (a pitch should take about "
                f"{options.target_s:.0f} s)"
            )
        else:
            notes.append(f"only the first {options.cap_s:.0f} s of the {_clock(total)} recording "
                         "were scored; there is no speech after that")
    return Recording(samples, str(path), total, capped, 0.0, "end_of_input", notes)


def from_microphone(
    source,
    options: PitchOptions,
    *,
    cue: float | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_block: Callable | None = None,
    unfinished: Callable[[np.ndarray], bool] | None = None,
    vad: StreamingVad | None = None,
) -> Recording:
    """Record one pitch from a live block source (`Microphone`, or `FileMicrophone` in tests).

    `cue` is the monotonic time the user was told to start (default: the first block).
    """
    listen_options = ListenOptions(
        vad=VadOptions(end_silence=END_SILENCE_S),
        wait_for_speech=WAIT_FOR_SPEECH_S,
        max_turn=options.cap_s,
    )
    turn = listen(source, vad or StreamingVad(), listen_options, unfinished=unfinished,
                  should_stop=should_stop, on_block=on_block)
    if turn.ended_by == "interrupted":  # Ctrl-C while recording: keep what was said, unscored
        if not turn.heard_speech:
            raise KeyboardInterrupt
        from practice.pitch.store import save_interrupted

        path = save_interrupted(turn.samples)
        raise PracticeError(f"interrupted: the recording so far is saved as {path} (not scored; "
                            f"score it with `practice pitch --input {path}`)", 130)
    samples = turn.samples[: int(options.cap_s * SAMPLE_RATE)]
    if turn.ended_by == "no_speech" or not turn.heard_speech:
        if is_silent(samples):
            raise PracticeError(NO_SPEECH)
        raise PracticeError(
            f"heard sound but no speech in the first {WAIT_FOR_SPEECH_S:.0f} s (noise or music?): "
            "start speaking right after the cue, away from background noise"
        )
    end_of_samples = turn.started + turn.duration
    capped = turn.ended_by == "cap" and turn.speech_end is not None \
        and turn.speech_end >= end_of_samples - 0.1
    notes = []
    if capped:
        notes.append(f"recording stopped at the {options.cap_s:.0f} s cap while you were still "
                     f"speaking (a pitch should take about {options.target_s:.0f} s)")
    cue_s = 0.0 if cue is None else max(0.0, cue - turn.started)
    return Recording(samples, "microphone", turn.duration, capped, cue_s, turn.ended_by, notes)


AT_THE_CUT_S = 0.1  # a word starting this close to the end of the scored audio...
MIN_WORD_S = 0.05  # ...and shorter than this was not heard: Whisper made it up at the cut


def without_words_at_the_cut(transcript: Transcript, window_s: float) -> Transcript:
    """The transcript without the words Whisper piles up at the very end of audio cut off
    mid-speech (at the cap): zero-length words at 29.98 s that were never in the window.
    Counted, they put a capped pitch at 209 wpm with a false "sped up" tip."""
    kept = [w for w in transcript.words
            if not (w.start >= window_s - AT_THE_CUT_S and w.end - w.start < MIN_WORD_S)]
    if len(kept) == len(transcript.words):
        return transcript
    return Transcript(" ".join(w.word for w in kept), transcript.duration, transcript.model, kept,
                      transcript.verbatim)


def score(recording: Recording, transcriber, options: PitchOptions,
          vad: StreamingVad | None = None) -> Scored:
    """Check there is speech, transcribe, analyse. Raises PracticeError for unusable audio."""
    samples = recording.samples
    if len(samples) == 0 or is_silent(samples):
        if recording.source != "microphone":  # a file is not a microphone
            raise PracticeError(f"no speech in {recording.source}: the recording is silent; "
                                "give a recording of your pitch")
        raise PracticeError(NO_SPEECH)
    regions = speech_regions(samples, vad)
    if not regions:
        where = "" if recording.source == "microphone" else f" in {recording.source}"
        raise PracticeError(
            f"heard sound but no speech{where} (noise or music?): record the pitch in a quiet "
            "place, speaking towards the microphone"
        )
    transcript = without_words_at_the_cut(transcribe_speech(samples, regions, transcriber),
                                          len(samples) / SAMPLE_RATE)
    result = analyze(transcript, regions, options, cue_s=recording.cue_s,
                     capped=recording.capped, recording_s=recording.recording_s,
                     notes=recording.notes)
    return Scored(result, transcript, regions)
