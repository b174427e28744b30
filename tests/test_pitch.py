"""`practice pitch` end to end: pitches spoken by the TTS voices at chosen rates, written to
WAV files (or spoken into the virtual microphone), scored by the real command with the real
transcriber. Expected timings come from the synthesis itself: espeak's word start times and
the last audible sample."""

import json
import threading
import time
from dataclasses import dataclass

import numpy as np
import pytest

from practice.speech.audio import SAMPLE_RATE, read_audio, rms_dbfs, write_wav
from practice.cli import main
from practice.speech.voices import VoiceProfile, load_voice

LEAD = 0.5  # silence before the pitch in every file: the expected start delay
TIMING_TOLERANCE = 0.4  # seconds: measured duration against the synthesized one

PITCH = ("Hi, I'm Sam Rivera. I'm a final-year biology student at Ohio State. I'm exploring a "
         "move into data science, and I'd love to hear how you made that switch.")
SPARE = ("Last summer I spent ten weeks counting fruit flies in a genetics lab, which was fun "
         "but very repetitive.")
NO_ASK = ("Hi, I'm Priya Shah. I'm a nurse with six years in intensive care, and I'm exploring a "
          "move into health informatics.")
FILLERS = ("Hi, I'm Maya Lopez. Um... I'm a high school teacher. I'm, like, exploring a move into "
           "UX research, and I'd love to hear how you got started.")


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


def audible_span(samples: np.ndarray) -> tuple[float, float]:
    """First and last 10 ms frame louder than -40 dBFS."""
    hop = SAMPLE_RATE // 100
    loud = [i for i in range(0, len(samples), hop) if rms_dbfs(samples[i:i + hop]) > -40]
    return loud[0] / SAMPLE_RATE, (loud[-1] + hop) / SAMPLE_RATE


@dataclass
class Spoken:
    samples: np.ndarray
    start: float  # when the first word starts (espeak's own word timing)
    end: float  # when the last word is no longer audible

    @property
    def duration(self) -> float:
        return self.end - self.start


@pytest.fixture(scope="module")
def speak(synthesizer):
    def render(*parts, voice: str = "sam", rate: int | None = None, lead: float = LEAD) -> Spoken:
        """Texts (str) and silences (float seconds) in order, after `lead` seconds of silence."""
        profile = load_voice(voice)
        if voice == "sam":  # these timings were written for sam at 160 wpm, no word gaps
            profile = VoiceProfile(**{**profile.__dict__, "rate": 160, "word_gap": 0})
        if rate is not None:
            profile = VoiceProfile(**{**profile.__dict__, "rate": rate})
        pieces, start = [silence(lead)], None
        for part in parts:
            if isinstance(part, str):
                speech = synthesizer.render(part, profile)
                if start is None:
                    offset = speech.word_starts[0][1] if speech.word_starts else 0.0
                    start = lead + offset
                pieces.append(speech.samples)
            else:
                pieces.append(silence(part))
        body = np.concatenate(pieces)
        end = audible_span(body)[1]
        return Spoken(np.concatenate([body, silence(1.0)]), start, end)

    return render


@pytest.fixture
def wav(tmp_path):
    def write(spoken: Spoken | np.ndarray, name: str = "pitch.wav") -> str:
        samples = spoken.samples if isinstance(spoken, Spoken) else spoken
        return str(write_wav(tmp_path / name, samples))

    return write


def run_pitch(capsys, *args) -> dict:
    code = main(["pitch", "--json", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def run_failing(capsys, *args) -> str:
    code = main(["pitch", *args])
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err
    return out.err.strip()


def present(data: dict) -> dict:
    return {k: v["present"] for k, v in data["checklist"].items()}


ALL_FOUR = {"name": True, "background": True, "interest": True, "ask": True}


def assert_timing(data: dict, spoken: Spoken) -> None:
    assert data["duration_s"] == pytest.approx(spoken.duration, abs=TIMING_TOLERANCE)
    assert data["start_delay_s"] == pytest.approx(spoken.start, abs=0.2)


def test_an_on_time_pitch_is_timed_on_the_speech_and_complete(speak, wav, capsys, transcriber,
                                                             practice_home):
    spoken = speak(PITCH, rate=150)
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert data["verdict"] == "on_time" and data["target_s"] == 10
    assert present(data) == ALL_FOUR
    assert "Sam" in data["checklist"]["name"]["evidence"]
    assert "student" in data["checklist"]["background"]["evidence"]
    assert data["missing"] is None and data["fillers"] == [] and data["pauses"] == []
    assert 2 <= len(data["tips"]) <= 3
    assert data["words"] and "data science" in data["transcript"]
    folder = practice_home / "pitch" / data["attempt"]["id"]
    saved = json.loads((folder / "scores.json").read_text())
    assert saved["duration_s"] == data["duration_s"]
    assert (folder / "audio.wav").is_file() and (folder / "transcript.json").is_file()


def test_fast_and_short(speak, wav, capsys, transcriber):
    spoken = speak(PITCH, rate=260)
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert data["verdict"] == "too_short" and data["rate"] == "fast" and data["wpm"] > 165
    assert "fast pace" in data["tips"][0]


def test_slow_and_long(speak, wav, capsys, transcriber):
    spoken = speak(PITCH, rate=80)
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert data["verdict"] == "too_long" and data["rate"] == "slow" and data["wpm"] < 100
    assert any("Pick up the pace" in tip for tip in data["tips"])


def test_a_long_pitch_gets_the_spare_sentence_to_cut(speak, wav, capsys, transcriber):
    text = PITCH.replace("Ohio State.", "Ohio State. " + SPARE)
    spoken = speak(text, rate=170)
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert data["verdict"] == "too_long"
    assert present(data) == ALL_FOUR
    cut = data["cut"]
    assert cut["action"] == "cut" and "fruit flies" in cut["text"]
    assert abs(cut["new_duration_s"] - 10) <= 2
    assert data["tips"][0].startswith("It ran") and "fruit flies" in data["tips"][0]


def test_a_long_pause_is_found_where_it_was(speak, wav, capsys, transcriber):
    first = "Hi, I'm Sam Rivera, a final-year biology student."
    second = "I'm exploring data science, and I'd love to hear how you moved into it."
    spoken = speak(first, 1.8, second, rate=160)
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert len(data["pauses"]) == 1
    pause = data["pauses"][0]
    # espeak ends a sentence with a short silence of its own, so the gap is a little longer
    assert 1.7 <= pause["duration"] <= 2.4
    alone = speak(first, rate=160)
    assert pause["start"] == pytest.approx(alone.end, abs=0.3)
    assert "student" in pause["after"]
    assert any("pause" in tip for tip in data["tips"])


def test_a_pitch_without_the_ask(speak, wav, capsys, transcriber):
    spoken = speak(NO_ASK, voice="maya")
    data = run_pitch(capsys, "--input", wav(spoken))
    assert_timing(data, spoken)
    assert present(data) == {"name": True, "background": True, "interest": True, "ask": False}
    assert data["checklist"]["ask"]["evidence"] is None
    assert data["missing"] == "ask" and "hope to learn" in data["suggestion"]
    assert any("hope to learn" in tip for tip in data["tips"])


def test_fillers_are_reported_with_their_times(speak, wav, capsys, transcriber):
    spoken = speak(FILLERS, voice="maya")
    data = run_pitch(capsys, "--input", wav(spoken))
    words = [f["word"] for f in data["fillers"]]
    assert "like" in words and any(w.startswith("um") for w in words)
    like = next(f for f in data["fillers"] if f["word"] == "like")
    assert spoken.start + 3.0 < like["start"] < spoken.end - 2.0
    assert any("filler" in tip for tip in data["tips"])


def test_speeding_up_is_located(speak, wav, capsys, transcriber):
    first = speak("Hi, I'm Sam Rivera, a final-year biology student at Ohio State.", rate=130)
    second = speak("I'm exploring a move into data science, and I'd love to hear how you "
                   "made that switch.", rate=280, lead=0.3)
    joined = np.concatenate([first.samples[:-SAMPLE_RATE], second.samples])
    second_starts = (len(first.samples) - SAMPLE_RATE) / SAMPLE_RATE + second.start
    data = run_pitch(capsys, "--input", wav(joined))
    assert [p["change"] for p in data["pace"]] == ["steady", "faster"]
    assert data["pace"][1]["start"] == pytest.approx(second_starts, abs=0.25)
    assert data["pace"][1]["relative"] > 1.5
    assert any("sped up" in tip for tip in data["tips"])


def test_again_compares_with_the_previous_attempt(speak, wav, capsys, transcriber):
    long = speak(PITCH.replace("Ohio State.", "Ohio State. " + SPARE), rate=170)
    first = run_pitch(capsys, "--input", wav(long, "first.wav"))
    second = run_pitch(capsys, "--input", wav(speak(PITCH, rate=150), "second.wav"), "--again")
    assert second["previous_attempt"] == first["attempt"]["id"]
    changes = {c["what"]: c for c in second["changes"]}
    assert changes["duration"]["before"] == first["duration_s"]
    assert changes["duration"]["after"] == second["duration_s"]
    assert changes["duration"]["better"] is True
    assert changes["verdict"] == {"what": "verdict", "before": "too_long", "after": "on_time",
                                  "better": True}
    assert {"wpm", "fillers", "checklist.ask"} <= set(changes)
    code = main(["pitch", "--input", wav(speak(NO_ASK, voice="maya"), "third.wav"), "--again"])
    shown = capsys.readouterr().out
    assert code == 0 and "Since the previous attempt" in shown and "worse" in shown


def test_a_silent_recording(wav, capsys):
    # a file is not a microphone: no "check the microphone" (issue 15, item 12)
    path = wav(silence(3.0))
    assert run_failing(capsys, "--input", path) == (
        f"practice: error: no speech in {path}: the recording is silent; give a recording of your pitch")


def test_noise_without_speech(wav, capsys):
    noise = (np.random.default_rng(0).standard_normal(4 * SAMPLE_RATE) * 0.1).astype(np.float32)
    message = run_failing(capsys, "--input", wav(noise))
    assert "no speech" in message and "noise" in message


def test_a_three_minute_file_is_scored_on_its_first_30_seconds(speak, wav, capsys, transcriber):
    pitch = speak(PITCH, rate=170, lead=0.0).samples
    long = np.tile(pitch, int(np.ceil(180 * SAMPLE_RATE / len(pitch))))[: 180 * SAMPLE_RATE]
    data = run_pitch(capsys, "--input", wav(long))
    assert data["capped"] is True and data["recording_s"] == 180.0
    assert data["duration_s"] <= 30.0 and data["verdict"] == "too_long"
    assert "3:00" in data["notes"][0] and "first 30 s" in data["notes"][0]
    assert "cap" in data["tips"][0]


def test_bad_options_are_clear(wav, capsys):
    assert "--cap" in run_failing(capsys, "--target", "40")
    assert "does not exist" in run_failing(capsys, "--input", "/nonexistent/pitch.wav")


def test_a_pitch_spoken_into_the_microphone(virtual_audio, speak, capsys, transcriber, monkeypatch):
    from practice.speech.devices import Microphone

    spoken = speak("Hi, I'm Sam Rivera, a biology student. I'm exploring data science, and I'd "
                   "love to hear how you made that switch.", rate=170, lead=0.0)
    delay = 1.0
    feeder = threading.Timer(delay, virtual_audio.feeder.say, args=(spoken.samples,))
    opened = Microphone.__enter__

    def open_then_speak(mic):  # speak a second after the microphone is really open
        result = opened(mic)
        feeder.start()
        return result

    monkeypatch.setattr(Microphone, "__enter__", open_then_speak)
    data = run_pitch(capsys, "--countdown", "0")
    feeder.join()
    # it stopped on its own, by the silence after the speech, and kept just the speech: read
    # from the recording, not the wall clock (which a loaded CI machine stretched to 26 s)
    assert data["recording"] == {"source": "microphone", "ended_by": "silence"}
    assert data["duration_s"] == pytest.approx(spoken.duration, abs=TIMING_TOLERANCE)
    assert 0.2 < data["start_delay_s"] < delay + 0.5
    assert present(data) == ALL_FOUR


def test_enter_stops_only_on_a_real_key_press(monkeypatch):
    from practice.commands.pitch import EnterToStop

    assert EnterToStop().active is False  # tests have no terminal: never wait for Enter

    class FakeTerminal:
        def __init__(self, line):
            self.line = line

        def isatty(self):
            return True

        def readline(self):
            return self.line

    for line, pressed in (("\n", True), ("", False)):  # "" is end of input
        monkeypatch.setattr("sys.stdin", FakeTerminal(line))
        stopper = EnterToStop().start()
        time.sleep(0.1)
        assert stopper.active and stopper() is pressed


def test_microphone_path_gives_up_on_silence_and_on_noise(tmp_path):
    from practice.errors import PracticeError
    from practice.speech.filedevices import FileMicrophone
    from practice.pitch.record import WAIT_FOR_SPEECH_S, from_microphone
    from practice.pitch.result import PitchOptions

    quiet = write_wav(tmp_path / "quiet.wav", silence(WAIT_FOR_SPEECH_S + 1))
    with pytest.raises(PracticeError, match="no speech heard: check the microphone"):
        from_microphone(FileMicrophone(quiet), PitchOptions())
    rng = np.random.default_rng(1)
    hiss = write_wav(tmp_path / "hiss.wav", (rng.standard_normal(
        int((WAIT_FOR_SPEECH_S + 1) * SAMPLE_RATE)) * 0.05).astype(np.float32))
    with pytest.raises(PracticeError, match="heard sound but no speech"):
        from_microphone(FileMicrophone(hiss), PitchOptions())


def test_ctrl_c_while_recording_keeps_what_was_said(speak, wav, practice_home):
    from practice.errors import PracticeError
    from practice.speech.filedevices import FileMicrophone
    from practice.pitch.record import from_microphone
    from practice.pitch.result import PitchOptions
    from practice.pitch.store import list_attempts

    mic = FileMicrophone(wav(speak(PITCH, rate=170, lead=0.5).samples))
    real_read, blocks = mic.read, {"n": 0}

    def read(timeout=1.0):  # Ctrl-C arrives three seconds in
        blocks["n"] += 1
        if blocks["n"] > 3 * SAMPLE_RATE // 512:
            raise KeyboardInterrupt
        return real_read(timeout)

    mic.read = read
    with pytest.raises(PracticeError, match="interrupted: the recording so far is saved as") as err:
        from_microphone(mic, PitchOptions())
    assert err.value.exit_code == 130
    saved = list((practice_home / "pitch").glob("*/audio.wav"))
    assert len(saved) == 1 and abs(len(read_audio(saved[0])) / SAMPLE_RATE - 3.0) < 0.1
    assert list_attempts() == []  # unscored: not an attempt
