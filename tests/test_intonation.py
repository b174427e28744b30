"""The final-rise pitch tracker: synthetic tones with a known contour, and real TTS audio."""

import numpy as np
import pytest

from practice.scoring import score_utterance
from practice.speech.intonation import final_rise, track_pitch
from practice.speech.voices import load_voice, voice_names

RATE = 16000


def glide(f_start: float, f_end: float, dur: float = 2.0, turn_at: float = 1.4) -> np.ndarray:
    """A voiced-like tone (five harmonics) flat at f_start, then gliding to f_end."""
    t = np.arange(int(dur * RATE)) / RATE
    f = np.where(t < turn_at, f_start, f_start + (f_end - f_start) * (t - turn_at) / (dur - turn_at))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    return (0.2 * sum(np.sin(k * phase) / k for k in range(1, 6))).astype(np.float32)


def test_tracker_finds_the_pitch_of_a_steady_tone():
    _, f0 = track_pitch(glide(140, 140), RATE)
    assert abs(np.nanmedian(f0) - 140) < 2


@pytest.mark.parametrize("start,end", [(120, 180), (220, 330)])
def test_rising_tone_rises(start, end):
    assert final_rise(glide(start, end), RATE).rise > 3


@pytest.mark.parametrize("start,end", [(140, 95), (240, 170)])
def test_falling_tone_falls(start, end):
    assert final_rise(glide(start, end), RATE).rise < -2


def test_flat_tone_neither_rises_nor_falls():
    assert abs(final_rise(glide(150, 150), RATE).rise) < 0.5


def test_noise_and_silence_have_no_rise():
    noise = np.random.default_rng(0).normal(0, 0.1, 2 * RATE).astype(np.float32)
    assert final_rise(noise, RATE).rise is None
    assert final_rise(np.zeros(2 * RATE, dtype=np.float32), RATE).rise is None


@pytest.mark.parametrize("name", [n for n in voice_names() if load_voice(n).engine == "espeak"])
def test_tts_question_ends_higher_than_the_same_statement(synthesizer, name):
    """espeak-ng says "You have children?" without the fall it gives "You have children."."""
    voice = load_voice(name)
    asked = synthesizer.render("You have children?", voice)
    told = synthesizer.render("You have children.", voice)
    assert final_rise(asked.samples, asked.rate).rise > final_rise(told.samples, told.rate).rise + 1.5


def test_a_rise_makes_an_unpunctuated_statement_a_yes_no_question():
    assert score_utterance("you have children").question_type == "not_a_question"
    rising = score_utterance("you have children", rise=4.0)
    assert rising.question_type == "closed" and rising.question_form == "declarative"
    assert "rising pitch" in rising.reasons[0]
    assert score_utterance("you have children", rise=-3.0).question_type == "not_a_question"


def test_a_rise_does_not_change_a_real_question_or_thanks():
    assert score_utterance("What do you enjoy most about it?", rise=5.0).question_type == "open"
    assert score_utterance("Thank you so much.", rise=5.0).question_type == "not_a_question"
