"""The real sounddevice path against virtual PulseAudio devices, with the real model and TTS."""

import time

import numpy as np

from practice.speech.audio import SAMPLE_RATE, rms_dbfs
from practice.speech.devices import Microphone, Speaker, list_devices


def record(mic: Microphone, seconds: float) -> np.ndarray:
    blocks, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        block = mic.read(timeout=1.0)
        if block is not None:
            blocks.append(block.samples)
    return np.concatenate(blocks) if blocks else np.zeros(0, np.float32)


def test_virtual_devices_are_listed(virtual_audio):
    devices = list_devices()
    assert any(d.inputs > 0 for d in devices) and any(d.outputs > 0 for d in devices)


def test_speech_into_the_microphone_is_recorded_and_transcribed(virtual_audio, say, transcriber):
    speech = say("Could you tell me how you got started in product design?")
    with Microphone() as mic:
        mic.read(timeout=2.0)
        virtual_audio.feeder.say(speech.samples)
        audio = record(mic, speech.duration + 1.5)
    # long enough to hold the sentence (how closely recording keeps to the wall clock is a
    # speed figure: bench/speed.py prints it with the load average)
    assert len(audio) / SAMPLE_RATE >= speech.duration
    result = transcriber.transcribe(audio)
    words = {w.strip(".,").lower() for w in result.text.split()}
    assert {"tell", "started", "product", "design"} <= {w.strip("?") for w in words}
    assert result.words and result.words[0].start >= 0.0


def test_microphone_blocks_are_16k_and_time_stamped(virtual_audio):
    with Microphone() as mic:
        blocks = [mic.read(timeout=2.0) for _ in range(20)]
    assert all(b is not None and len(b.samples) == 512 for b in blocks)
    gaps = np.diff([b.start for b in blocks])
    assert np.all(gaps > 0)  # in order; the 32 ms spacing itself is in bench/speed.py


def test_playback_reaches_the_speaker_and_reports_its_real_end(virtual_audio, say):
    import threading

    speech = say("This sentence is played to the virtual speaker.", "maya")
    captured = {}
    reader = threading.Thread(
        target=lambda: captured.setdefault("audio", virtual_audio.record_monitor(speech.duration + 1.5))
    )
    reader.start()
    time.sleep(0.3)
    before = time.monotonic()
    playback = Speaker().play(speech.samples, speech.rate)
    after = time.monotonic()
    reader.join()
    assert not playback.interrupted
    assert abs(playback.played - speech.duration) < 0.05
    assert before + speech.duration <= playback.ended <= after + 0.01
    assert playback.started >= before
    heard = captured["audio"]
    loud = [rms_dbfs(heard[i:i + 1600]) > -45 for i in range(0, len(heard), 1600)]
    # the sentence came out: espeak-ng's gaps between words are quiet, and a loaded machine
    # (the suite runs in three workers on two cores) can drop a block or two of the monitor,
    # so half of its length loud is the bar (16 of 28 blocks once; silence gives none)
    assert sum(loud) * 0.1 > 0.5 * speech.duration


def test_playback_can_be_stopped_midway(virtual_audio, say):
    import threading

    speech = say("This is a long reply that the user will interrupt before it is finished, "
                 "so only the start of it should be played.", "james")
    stop = threading.Event()
    threading.Timer(1.0, stop.set).start()
    playback = Speaker().play(speech.samples, speech.rate, stop=stop)
    assert playback.interrupted
    assert playback.played < speech.duration / 2


def test_speech_nobody_records_is_not_replayed_later(virtual_audio, say):
    virtual_audio.feeder.say(say("Nobody is recording this sentence at all.").samples)
    assert virtual_audio.feeder.wait_idle(timeout=15)
    with Microphone() as mic:
        audio = record(mic, 2.0)
    assert len(audio) / SAMPLE_RATE < 2.6  # no backlog burst
    assert rms_dbfs(audio) < -50  # and none of the old sentence
