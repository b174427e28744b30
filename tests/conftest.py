"""Shared fixtures: real engines (loaded once per test session) and virtual audio devices.

The machines that run this suite have no sound card, so audio tests start a private
PulseAudio server (null sink as speaker, pipe source as microphone) and drive the real
sounddevice path against it.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def ctrl_c_reaches_children():
    """A suite started as a background job of a non-interactive shell (`make test &` in a
    script) inherits Ctrl-C (SIGINT) ignored, and so would every `practice` it starts: the tests
    that press Ctrl-C would fail (the demo plays to its end, the rehearsal waits for speech).
    Python's own handler here makes each child start with the default instead (a caught signal
    is reset on exec; an ignored one stays ignored)."""
    import signal
    import threading

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield


@pytest.fixture(autouse=True)
def practice_home(tmp_path, monkeypatch):
    """Every test gets its own empty user data folder."""
    home = tmp_path / "practice-home"
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def virtual_audio():
    from practice.speech.virtual import VirtualAudio

    with VirtualAudio() as audio:
        yield audio


@pytest.fixture(scope="session")
def synthesizer():
    from practice.speech.tts import Synthesizer

    return Synthesizer()


@pytest.fixture(scope="session")
def transcriber():
    from practice.speech.stt import Transcriber

    t = Transcriber()
    t.load()
    return t


@pytest.fixture(scope="session")
def say(synthesizer):
    """Render text with a built-in voice: say(text, voice="sam") -> Speech (16 kHz)."""
    from practice.speech.voices import load_voice

    def render(text: str, voice: str = "sam"):
        return synthesizer.render(text, load_voice(voice))

    return render


class _Minds(dict):
    """One `Understanding` per built-in scenario, made when first asked for."""

    def __missing__(self, name: str):
        from practice.scenario import load_scenario
        from practice.scenario.understanding import Understanding

        self[name] = Understanding(load_scenario(name))
        return self[name]


@pytest.fixture(scope="session")
def minds():
    """The scenarios' understandings, shared by the dialogue tests: their indexes are read-only,
    and each interviewee keeps its own memory."""
    return _Minds()


@pytest.fixture(scope="session")
def talk(minds):
    """talk(scenario, *turns) -> the interviewee after its greeting, the pitch and those turns."""
    from practice.scenario import Interviewee

    def start(name: str, *before: str):
        person = Interviewee(minds[name].scenario, understanding=minds[name])
        person.greeting()
        person.pitch_response()
        for text in before:
            person.reply(text)
        return person

    return start


@pytest.fixture(scope="session")
def reply_to(talk):
    """reply_to(scenario, *turns) -> the interviewee's reply to the last of those turns."""
    return lambda name, *turns: talk(name, *turns[:-1]).reply(turns[-1])
