"""Streaming VAD and turn listening, fed real synthesized speech from files (no devices)."""

import numpy as np
import pytest

from practice.speech.audio import SAMPLE_RATE, write_wav
from practice.speech.filedevices import FileMicrophone
from practice.speech.listen import ListenOptions, listen, sounds_unfinished
from practice.speech.vad import Endpointer, StreamingVad, VadOptions


def silence(seconds):
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


@pytest.fixture(scope="module")
def vad():
    return StreamingVad()


def test_state_is_kept_across_blocks(vad, say):
    speech = say("I would like to learn how you moved into research.").samples
    audio = np.concatenate([silence(0.5), speech, silence(0.5)])
    vad.reset()
    streamed = [p for i in range(0, len(audio), 160) for p in vad(audio[i:i + 160])]
    vad.reset()
    whole = vad(audio)
    assert len(streamed) == len(whole)
    assert np.allclose(streamed, whole, atol=1e-4)
    assert max(whole) > 0.8 and min(whole[:10]) < 0.1


def test_endpointer_finds_speech_bounds(vad, say):
    speech = say("Hello, I am a student and I want to ask about your job.")
    audio = np.concatenate([silence(1.0), speech.samples, silence(1.5)])
    vad.reset()
    events = Endpointer(VadOptions(end_silence=0.8)).feed(vad(audio))
    kinds = [e.kind for e in events]
    assert kinds == ["start", "end"]
    first_word_end = speech.word_starts[-1][1] + 1.0
    assert abs(events[0].time - 1.0) < 0.15
    assert first_word_end < events[1].time < 1.0 + speech.duration + 0.1


def test_listen_ends_turn_after_silence_and_keeps_the_lead_in(tmp_path, vad, say):
    speech = say("What does a normal day look like for you?")
    path = write_wav(tmp_path / "turn.wav",
                     np.concatenate([silence(0.7), speech.samples, silence(3.0), speech.samples]))
    turn = listen(FileMicrophone(path, origin=100.0), vad)
    assert turn.ended_by == "silence"
    assert abs(turn.speech_start - 100.7) < 0.15
    assert turn.duration < 0.7 + speech.duration + 1.5  # did not run on into the second question


def test_unfinished_words_hold_the_turn_open(tmp_path, vad, say):
    first = say("I studied biology and").samples
    second = say("then I moved into data work.").samples
    path = write_wav(tmp_path / "pause.wav",
                     np.concatenate([silence(0.3), first, silence(1.2), second, silence(2.0)]))
    opts = ListenOptions(vad=VadOptions(end_silence=0.7), hold_unfinished=1.5)
    short = listen(FileMicrophone(path), vad, opts)
    held = listen(FileMicrophone(path), vad, opts, unfinished=lambda samples: True)
    assert short.duration < 0.3 + len(first) / SAMPLE_RATE + 1.3
    assert held.duration > 0.3 + (len(first) + len(second)) / SAMPLE_RATE + 1.0


def test_no_speech_and_cap(tmp_path, vad, say):
    path = write_wav(tmp_path / "quiet.wav", silence(4.0))
    turn = listen(FileMicrophone(path), vad, ListenOptions(wait_for_speech=2.0))
    assert turn.ended_by == "no_speech" and not turn.heard_speech
    long = np.concatenate([say("I keep talking about my background " * 4).samples] * 2)
    path = write_wav(tmp_path / "long.wav", long)
    turn = listen(FileMicrophone(path), vad, ListenOptions(max_turn=3.0))
    assert turn.ended_by == "cap" and abs(turn.duration - 3.0) < 0.1


@pytest.mark.parametrize("text,expected", [
    ("I studied biology and", True),
    ("So I was wondering if", True),
    ("my background is in teaching, um", True),
    ("What do you enjoy most about your work?", False),
    ("Thanks, that was really helpful.", False),
])
def test_sounds_unfinished(text, expected):
    assert sounds_unfinished(text) is expected
