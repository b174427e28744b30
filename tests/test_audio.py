import numpy as np
import pytest
import soundfile

from practice.speech.audio import SAMPLE_RATE, is_silent, read_audio, resample, rms_dbfs, write_wav
from practice.errors import PracticeError


def tone(seconds: float, rate: int, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


@pytest.mark.parametrize("rate,channels", [(8000, 1), (22050, 1), (44100, 2), (48000, 2)])
def test_read_audio_converts_any_rate_and_channels_to_16k_mono(tmp_path, rate, channels):
    data = tone(1.5, rate)
    if channels == 2:
        data = np.stack([data, data], axis=1)
    path = tmp_path / "in.wav"
    soundfile.write(path, data, rate)
    samples = read_audio(path)
    assert samples.ndim == 1 and samples.dtype == np.float32
    assert abs(len(samples) / SAMPLE_RATE - 1.5) < 0.01
    assert abs(rms_dbfs(samples) - rms_dbfs(tone(1.5, SAMPLE_RATE))) < 0.5


def test_broken_and_missing_files_give_one_line_errors(tmp_path):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunk")
    with pytest.raises(PracticeError, match="cannot read audio file"):
        read_audio(broken)
    with pytest.raises(PracticeError, match="does not exist"):
        read_audio(tmp_path / "nope.wav")


def test_write_wav_is_atomic_and_round_trips(tmp_path):
    data = tone(0.5, SAMPLE_RATE)
    path = write_wav(tmp_path / "sub" / "out.wav", data)
    assert [p.name for p in path.parent.iterdir()] == ["out.wav"]
    back = read_audio(path)
    assert np.max(np.abs(back - data)) < 1e-3


def test_write_wav_into_unwritable_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "file-not-folder"
    target.write_text("x")
    with pytest.raises(PracticeError, match="cannot"):
        write_wav(target / "out.wav", tone(0.1, SAMPLE_RATE))


def test_silence_detection():
    assert is_silent(np.zeros(SAMPLE_RATE, np.float32))
    assert is_silent(np.random.default_rng(0).normal(0, 1e-4, SAMPLE_RATE).astype(np.float32))
    assert not is_silent(tone(1.0, SAMPLE_RATE))


def test_resample_keeps_duration():
    out = resample(tone(2.0, 44100), 44100)
    assert abs(len(out) - 2 * SAMPLE_RATE) <= 2
