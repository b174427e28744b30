"""Whisper checked against the voice detector, so no words the user said are dropped.

tiny.en now and then stops early: after a long pause mid-sentence it writes "I was
wondering..." and nothing of the "...what a typical day looks like" that followed; with the
filler-keeping prompt it sometimes writes a few words timed at the end of the audio. The
voice-activity regions say where speech was, so both are caught: a transcript whose words
cover too little of the speech is redone without the prompt, and speech left after the last
word is transcribed on its own and joined on. Used for pitches and for interview turns.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.speech.vad import Endpointer, StreamingVad, VadOptions
from practice.transcript import Transcript, Word

Region = tuple[float, float]  # speech from .. to, seconds from the start of the recording

REGION_GAP_S = 0.25  # silences shorter than this do not split a speech region
REGION_VAD = VadOptions(min_speech=0.1, end_silence=REGION_GAP_S)
MISSED_SPEECH_S = 1.0  # speech after the last transcribed word that sends it back to Whisper
MIN_COVERAGE = 0.6  # words must span this share of the speech, or Whisper is asked again


def speech_regions(samples: np.ndarray, vad: StreamingVad | None = None) -> list[Region]:
    """Where the voice-activity model hears speech, gaps under 0.25 s bridged."""
    vad = vad or StreamingVad()
    vad.reset()
    endpointer = Endpointer(REGION_VAD)
    regions: list[Region] = []
    start = None
    for event in endpointer.feed(vad(samples)):
        if event.kind == "start":
            start = event.time
        elif start is not None:
            regions.append((start, event.time))
            start = None
    if endpointer.speaking and start is not None:
        regions.append((start, endpointer.last_speech or endpointer.clock))
    return regions


def _untranscribed_from(transcript: Transcript, regions: list[Region]) -> float | None:
    """Where speech the transcript does not cover begins, if over 1 s of it follows the
    last word (Whisper sometimes stops after a few words and drops the rest)."""
    last = transcript.words[-1].end if transcript.words else 0.0
    missed = sum(max(0.0, e - max(s, last + 0.2)) for s, e in regions)
    if not transcript.words or missed < MISSED_SPEECH_S:
        return None
    inside = any(s <= last < e for s, e in regions)
    return last if inside else min(s for s, e in regions if s >= last)


def complete_transcript(transcript: Transcript, samples: np.ndarray, regions: list[Region],
                        transcriber, attempts: int = 3) -> Transcript:
    """Transcribe again from where the words stopped while speech went on, and join."""
    for _ in range(attempts):
        begin = _untranscribed_from(transcript, regions)
        if begin is None:
            break
        begin = max(0.0, begin - 0.05)
        tail = transcriber.transcribe(samples[int(begin * SAMPLE_RATE):])
        words = [Word(w.word, w.start + begin, w.end + begin, w.probability) for w in tail.words
                 if w.start + begin >= transcript.words[-1].end - 0.05]
        if not words:
            break
        transcript = Transcript(
            text=f"{transcript.text} {' '.join(w.word for w in words)}".strip(),
            duration=transcript.duration, model=transcript.model,
            words=transcript.words + words, verbatim=transcript.verbatim,
        )
    return transcript


def coverage(transcript: Transcript, regions: list[Region]) -> float:
    """The share of the speech that some transcribed word spans (0 when nothing does)."""
    total = sum(e - s for s, e in regions)
    if total <= 0:
        return 0.0
    covered = 0.0
    for s, e in regions:
        spans = sorted((max(w.start, s), min(w.end, e)) for w in transcript.words
                       if w.end > s and w.start < e)
        reach = s
        for a, b in spans:
            if b > reach:
                covered += b - max(a, reach)
                reach = b
    return covered / total


def transcribe_speech(samples: np.ndarray, regions: list[Region], transcriber) -> Transcript:
    """Whisper, checked against the voice-activity regions.

    The filler-keeping prompt now and then sends tiny.en off the rails: it writes a few words,
    times them at the end of the audio and stops. When the words cover under 60% of the
    speech, the pitch is transcribed again without the prompt and the better cover wins;
    then any speech left after the last word is transcribed on its own and joined on.
    """
    transcript = transcriber.transcribe(samples)
    options = getattr(transcriber, "options", None)
    if coverage(transcript, regions) < MIN_COVERAGE and options is not None and options.verbatim:
        plain = type(transcriber)(dataclasses.replace(options, verbatim=False))
        retry = plain.transcribe(samples)
        if coverage(retry, regions) > coverage(transcript, regions):
            transcript, transcriber = retry, plain
    return complete_transcript(transcript, samples, regions, transcriber)
