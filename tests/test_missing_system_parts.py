"""Missing system pieces (PortAudio, espeak-ng, a microphone) end in one clear line.

Each case removes the piece inside a child process only (a narrow fake of the loader), and
runs the real CLI there, so the error path through `main` is what is tested.
"""

import subprocess
import sys

import pytest

from practice.errors import PracticeError

NO_PORTAUDIO = (
    "import ctypes.util; real = ctypes.util.find_library; "
    "ctypes.util.find_library = lambda n: None if 'portaudio' in n else real(n)\n"
)
NO_ESPEAK = (
    "import ctypes; real = ctypes.cdll.LoadLibrary\n"
    "def load(name):\n"
    "    if 'espeak' in str(name): raise OSError(name)\n"
    "    return real(name)\n"
    "ctypes.cdll.LoadLibrary = load\n"
)


def run_with(prelude: str, *args: str) -> subprocess.CompletedProcess:
    code = prelude + f"import sys; from practice.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("prelude,args,message", [
    (NO_PORTAUDIO, ["devices"], "PortAudio is not installed: run `sudo apt-get install libportaudio2`"),
    (NO_ESPEAK, ["voices", "say", "maya", "hello"], "espeak-ng is not installed: run `sudo apt-get install espeak-ng`"),
])
def test_missing_library_is_one_line(prelude, args, message):
    proc = run_with(prelude, *args)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"practice: error: {message} (or `make demo`, which installs it)" \
        or proc.stderr.strip() == f"practice: error: {message} (or `make demo`)"
    assert proc.stdout == ""


def test_no_microphone_is_a_clear_error(monkeypatch):
    import practice.speech.devices as devices

    speaker_only = [devices.DeviceInfo(0, "speaker", "ALSA", 0, 2, 48000.0, False, True)]
    monkeypatch.setattr(devices, "list_devices", lambda: speaker_only)
    with pytest.raises(PracticeError, match="no microphone found"):
        devices.Microphone()


@pytest.mark.parametrize("args, offered, not_offered", [
    (["pitch", "--countdown", "0"], "--input FILE.wav", "--text"),
    (["interview", "--scenario", "nurse", "--text"], None, None),  # typed: needs no device at all
    (["interview", "--scenario", "nurse"], "--text", "--input FILE"),
])
def test_no_microphone_hint_names_only_flags_the_command_has(monkeypatch, capsys, args, offered, not_offered):
    import builtins

    import practice.speech.devices as devices
    from practice.cli import cli, main

    speaker_only = [devices.DeviceInfo(0, "speaker", "ALSA", 0, 2, 48000.0, False, True)]
    monkeypatch.setattr(devices, "list_devices", lambda: speaker_only)
    monkeypatch.setattr(builtins, "input", lambda prompt="": (_ for _ in ()).throw(EOFError))
    code = main(args)
    err = capsys.readouterr().err
    if offered is None:
        assert code == 0 and "no microphone" not in err
        return
    assert code == 1 and "no microphone found" in err and offered in err and not_offered not in err
    flags = {opt for p in cli.commands[args[0]].params for opt in p.opts}
    for flag in ("--input", "--text", "--script", "--input-dir", "--output", "--files"):
        if f"`{flag} " in err or f"`{flag}`" in err:
            assert flag in flags, (flag, err)  # every flag offered exists on that command
    with pytest.raises(PracticeError, match="no input device named 'usb'"):
        devices.Microphone("usb")


def test_ctrl_c_is_a_clean_exit(monkeypatch, capsys):
    from practice import cli

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.cli, "main", interrupted)
    assert cli.main(["devices"]) == 130
    assert capsys.readouterr().err.strip() == "practice: error: interrupted; anything already saved is kept"
