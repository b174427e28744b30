"""Live passes on an encoder window cut to the audio: same words, far less time, loops caught."""

from __future__ import annotations

import numpy as np
import pytest

from practice.speech import stt


def test_window_is_the_audio_plus_padding_within_whisper_limits():
    assert stt.encoder_frames(100) == stt.SHORT_WINDOW_MIN  # a 1 s question: 10 s window
    assert stt.encoder_frames(1201) == 1602  # even, for the stride-2 convolution
    assert stt.encoder_frames(2900) == stt.FULL_WINDOW


def test_repeated_phrases_are_a_loop_but_a_repeat_said_twice_is_not():
    assert stt.loops("You can call me Abi. You can call me Abi. You can call me Abi.")
    assert not stt.loops("Sorry, could you say that again? Sorry, could you say that again?")
    assert not stt.loops("What does a typical day look like for you?")


class _Tokens:
    timestamp_begin, eot = 100, 50

    def decode(self, ids):
        return " ".join(f"w{i}" for i in ids)


def test_timestamp_tokens_split_the_segments():
    ids = [100, 1, 2, 150, 150, 3, 200, 50]  # <0.0> w1 w2 <1.0><1.0> w3 <2.0> eot
    segments = stt._timed_segments(ids, _Tokens(), seconds=2.5)
    assert segments == [stt.Segment(0.0, 1.0, "w1 w2"), stt.Segment(1.0, 2.0, "w3")]
    # words after the last timestamp run to the end of the audio
    assert stt._timed_segments([100, 4], _Tokens(), 3.0) == [stt.Segment(0.0, 3.0, "w4")]


@pytest.fixture(scope="module")
def quick():
    t = stt.Transcriber(stt.live_options(None))
    t.load()
    return t


def _words(segments):
    return [w.strip(".,?!").lower() for s in segments for w in s.text.split()]


def test_short_window_reads_a_question_like_the_full_window(quick, say):
    speech = say("What does a typical day look like for you?")
    short = stt.short_window_segments(quick.load(), speech.samples, None)
    assert short is not None
    assert " ".join(_words(short)) == "what does a typical day look like for you"
    assert short[-1].text.endswith("?")  # the turn-end rule reads the question mark
    assert 0 < short[-1].end <= len(speech.samples) / 16000 + 0.01


def test_long_audio_and_loops_fall_back_to_the_full_pass(quick, say, monkeypatch):
    long = np.zeros(29 * 16000, dtype=np.float32)  # no room left for padding
    assert stt.short_window_segments(quick.load(), long, None) is None
    speech = say("I'd love to hear how you got started.")
    monkeypatch.setattr(stt, "loops", lambda text: True)  # as if the decoder had looped
    assert stt.short_window_segments(quick.load(), speech.samples, None) is None
    # ... and transcribe_segments then pays the padded pass, still with the words
    assert "started" in _words(stt.transcribe_segments(quick, speech.samples))


def test_a_segment_said_again_into_the_padding_is_dropped_not_the_pass():
    from practice.speech.stt import Segment, _until_repeated

    said = "I volunteered at a clinic last summer and..."
    looped = [Segment(0.0, 4.3, said), Segment(4.3, 6.0, said), Segment(6.0, 8.0, said.lower())]
    assert _until_repeated(looped) == looped[:1]
    two = [Segment(0.0, 2.0, "Is it stressful?"), Segment(2.0, 3.5, "What helps?")]
    assert _until_repeated(two) == two  # different sentences: all kept
    assert _until_repeated([]) == []
