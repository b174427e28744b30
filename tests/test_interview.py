"""The rehearsal loop end to end: virtual devices, replayed WAVs and typed text.

Voice tests run the real model, the real TTS and the real sounddevice path against private
PulseAudio devices; a scripted candidate speaks into the virtual microphone.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from practice.speech.audio import SAMPLE_RATE, write_wav
from practice.cli import main
from practice.interview.candidate import CandidateLine, ScriptedCandidate
from practice.interview.runner import RunSettings, run_interview
from practice.session.store import load_session

ROOT = Path(__file__).resolve().parent.parent
PITCH = ("Hi, I'm Sam Rivera. I just finished a psychology degree, and I'm exploring user "
         "research. I'd love to hear how you got started.")


def heard_as_said(heard: str, said: str) -> float:
    """How much of the scripted line the transcript holds, word for word (0..1)."""
    import difflib
    import re

    norm = lambda text: re.findall(r"[a-z']+", text.lower())  # noqa: E731
    return difflib.SequenceMatcher(None, norm(heard), norm(said)).ratio()


def interviewee_after(session, user_turn):
    turns = session.turns
    return next(t for t in turns[turns.index(user_turn) + 1:] if t.speaker == "interviewee")


def short_scenario(home: Path, name: str = "short_ux") -> str:
    """ux_researcher with short answers: the first sentence of each, plus any sentence that
    plants a detail (the checker wants every detail heard). The one real voice session of the
    suite plays the interviewee in real time, so short answers keep it short."""
    import re
    import tomllib

    text = (ROOT / "scenarios" / "ux_researcher.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    plan = []  # (answer, keywords that must stay) in file order
    for topic in data["topics"]:
        keywords = [k.lower() for d in topic.get("details", []) for k in d.get("keywords", [])]
        plan.append(keywords)
        plan.extend([] for _ in topic.get("details", []))
    plan = iter(plan)

    def shorten(match: re.Match) -> str:
        keywords = next(plan, [])
        body = " ".join((match.group(1) or match.group(2)).replace("\\\n", " ").split())
        sentences = re.findall(r".+?[.!?](?=\s|$)", body) or [body]
        kept = [s for n, s in enumerate(sentences) if n < 1 or any(k in s.lower() for k in keywords)]
        return 'answer = "' + " ".join(s.strip() for s in kept).replace('"', '\\"') + '"'

    text = re.sub(r'^answer = (?:"""(.*?)"""|"((?:[^"\\\n]|\\.)*)")', shorten, text, flags=re.S | re.M)
    (home / "scenarios").mkdir(parents=True, exist_ok=True)
    (home / "scenarios" / f"{name}.toml").write_text(text, encoding="utf-8")
    return name


def test_voice_session_on_virtual_devices(virtual_audio, say, practice_home):
    plan = [
        CandidateLine(PITCH),
        CandidateLine("What does a typical day look like for you?"),
        CandidateLine("", silent=True),
        CandidateLine("How did you get into this line of work?"),
        CandidateLine("Sorry, can I ask which skills matter most?", interrupt_after=2.5),
        CandidateLine("Thank you so much for your time, this was really helpful."),
    ]
    candidate = ScriptedCandidate(plan, lambda text: say(text, "sam"), virtual_audio.feeder)
    settings = RunSettings(scenario=short_scenario(practice_home), view="none", wait_for_question=4.0,
                           extra_observers=[candidate])
    try:
        session, folder = run_interview(settings)
    finally:
        candidate.cancel()
    saved = load_session(folder)
    assert saved.complete and saved.ended_by == "closing"
    users = saved.user_turns()
    assert len(users) == 5
    for turn in users:
        assert turn.words and turn.text and turn.start < turn.end
        assert (folder / turn.audio).exists()
        assert all(turn.start - 0.05 <= w["start"] <= w["end"] <= turn.end + 0.05 for w in turn.words)
        assert set(turn.scores) >= {"question_type", "listening", "pacing"}
    pitch, typical, path, barge, thanks = users
    # each turn is what the candidate said (tiny.en on a synthetic voice: near word for word)
    said = [line.text for line in plan if not line.silent]
    for turn, line in zip(users, said):
        if turn is barge:  # its first words overlap the interviewee's stopping: judged below
            continue
        assert heard_as_said(turn.text, line) >= 0.75, (turn.text, line)
    # the interrupting words survive (tiny.en mishears its first words: "Our Eevee can ask")
    assert heard_as_said(barge.text, said[3]) >= 0.5 and "matter most" in barge.text.lower()
    assert pitch.kind == "pitch"
    assert interviewee_after(saved, typical).topic == "day_to_day"
    assert interviewee_after(saved, path).topic == "path"
    # the long silence: the interviewee prompted after waiting
    prompt = interviewee_after(saved, typical)
    prompt = saved.turns[saved.turns.index(prompt) + 1]
    assert prompt.speaker == "interviewee" and prompt.kind == "prompt"
    # the interruption: the path answer was cut off, and the user turn knows it spoke over it
    cut = interviewee_after(saved, path)
    assert cut.interrupted and barge.interrupted
    assert barge.scores["pacing"]["response_gap"] < 0
    assert barge.start < cut.end
    assert interviewee_after(saved, thanks).kind == "thanks"
    assert saved.turns[-1].kind == "closing"
    # timings are on one clock and in order
    starts = [t.start for t in saved.turns]
    assert starts == sorted(starts)


def test_ctrl_c_mid_turn_keeps_a_valid_session(virtual_audio, say, practice_home):
    env = dict(os.environ, PRACTICE_HOME=str(practice_home))
    proc = subprocess.Popen(
        [sys.executable, "-m", "practice", "interview", "--scenario", "nurse"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    sessions = practice_home / "sessions"
    deadline = time.monotonic() + 60
    session_file = None
    while time.monotonic() < deadline:  # wait for the greeting to be said and saved
        found = list(sessions.glob("*/session.json")) if sessions.exists() else []
        if found and json.loads(found[0].read_text())["turns"]:
            session_file = found[0]
            break
        time.sleep(0.2)
    assert session_file is not None, proc.stderr.read() if proc.poll() is not None else "no session"
    long_pitch = say(PITCH + " " + PITCH).samples
    virtual_audio.feeder.say(long_pitch)
    time.sleep(4.0 + 1.0)  # well into the introduction
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    virtual_audio.feeder.wait_idle(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "saved in" in err
    data = json.loads(session_file.read_text())
    assert data["complete"] is False and data["ended_by"] == "interrupted"
    user = [t for t in data["turns"] if t["speaker"] == "user"]
    assert len(user) == 1 and user[0]["partial"] is True
    assert "sam" in user[0]["text"].lower()
    assert (session_file.parent / user[0]["audio"]).exists()
    assert not list(session_file.parent.glob(".*.tmp"))


def test_text_mode_script(tmp_path):
    script = tmp_path / "turns.txt"
    script.write_text(
        "# my questions\n"
        "Hi, I'm Sam, a psychology graduate exploring nursing, and I'd love to learn how you started.\n"
        "What does a normal shift look like for you?\n"
        "How did you end up doing this?\n"
        "Do you like your job?\n"
        "Thank you so much for your time.\n"
    )
    session, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="none"))
    saved = load_session(folder)
    assert saved.complete and saved.mode == "text"
    users = saved.user_turns()
    assert [t.scores["question_type"] for t in users[1:4]] == ["open", "open", "closed"]
    assert all(t.scores["pacing"] is None for t in users)
    # "What would you like to know?" leaves nothing to pick up: the first question is no topic switch
    assert not users[1].scores["listening"]["topic_switch"]
    topics = [interviewee_after(saved, t).topic for t in users[1:4]]
    assert topics == ["day_to_day", "path", "enjoy"]
    assert interviewee_after(saved, users[3]).text == saved.turns[saved.turns.index(users[3]) + 1].text
    assert not list(folder.glob("*.wav"))


def test_replay_mode_timings_are_exact(tmp_path, say):
    lead = [0.5, 1.5, 0.8]
    texts = [PITCH, "What does a typical day look like for you?", "Thank you so much for your time."]
    folder = tmp_path / "turns"
    for number, (gap, text) in enumerate(zip(lead, texts), start=1):
        samples = np.concatenate([np.zeros(int(gap * SAMPLE_RATE), np.float32), say(text).samples])
        write_wav(folder / f"{number:02d}.wav", samples)
    assert main(["interview", "--scenario", "ux_researcher", "--input-dir", str(folder)]) == 0
    saved = load_session(sorted((Path(os.environ["PRACTICE_HOME"]) / "sessions").iterdir())[-1])
    assert saved.complete and saved.mode == "script"
    users = saved.user_turns()
    assert len(users) == 3
    for turn, gap in zip(users, lead):
        assert abs(turn.scores["pacing"]["response_gap"] - gap) < 0.25
        assert not turn.interrupted
    assert interviewee_after(saved, users[1]).topic == "day_to_day"
    assert saved.ended_by == "closing"


def test_time_warnings_and_time_up(tmp_path, say):
    folder = tmp_path / "turns"
    questions = [PITCH, "What does a typical day look like for you?", "How did you get into this work?",
                 "What do you enjoy most about it?", "What do you wish you had known earlier?",
                 "Where do you think the field is heading?", "Thanks so much for your time."]
    for number, text in enumerate(questions, start=1):
        write_wav(folder / f"{number:02d}.wav", np.concatenate([np.zeros(8000, np.float32), say(text).samples]))
    session, out = run_interview(RunSettings(scenario="ux_researcher", mode="script", input_dir=folder,
                                             minutes=1.5, view="none"))
    kinds = [t.kind for t in session.turns if t.speaker == "interviewee"]
    assert "time_warning" in kinds and "time_up" in kinds
    assert kinds.index("time_warning") < kinds.index("time_up")
    assert session.ended_by == "time_up" and kinds[-1] == "closing"
    warning = next(t for t in session.turns if t.kind == "time_warning")
    assert 90 - 45 <= warning.start <= 90


@pytest.mark.parametrize("args,message", [
    (["interview", "--scenario", "no_such_scenario", "--text"], "no_such_scenario"),
    (["interview", "--scenario", "nurse", "--script", "{missing}"], "does not exist"),
    (["interview", "--scenario", "nurse", "--script", "{bad}"], "bad.txt:2: audio file nope.wav does not exist"),
    (["interview", "--scenario", "nurse", "--input-dir", "{broken}"], "cannot read audio file"),
])
def test_bad_inputs_are_one_line_errors(tmp_path, capsys, args, message):
    bad = tmp_path / "bad.txt"
    write_wav(tmp_path / "ok.wav", np.zeros(1600, np.float32))
    bad.write_text("ok.wav\nnope.wav\n")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "01.wav").write_bytes(b"not audio")
    argv = [a.format(missing=tmp_path / "missing.txt", bad=bad, broken=broken) for a in args]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("practice: error:") and message in err and len(err.splitlines()) == 1
    sessions = Path(os.environ["PRACTICE_HOME"]) / "sessions"
    assert not sessions.exists() or not any(sessions.iterdir())  # nothing half-started was saved


def test_introduction_is_scored_like_a_pitch(tmp_path, say):
    folder = tmp_path / "turns"
    speech = say(PITCH)
    write_wav(folder / "01.wav", np.concatenate([np.zeros(SAMPLE_RATE, np.float32), speech.samples]))
    write_wav(folder / "02.wav", say("Thank you so much for your time.").samples)
    session, _ = run_interview(RunSettings(scenario="ux_researcher", mode="script", input_dir=folder,
                                           view="none"))
    pitch = session.user_turns()[0].scores["pitch"]
    assert pitch["verdict"] in {"on_time", "too_short", "too_long"}
    assert abs(pitch["start_delay_s"] - 1.0) < 0.3
    spoken = speech.word_starts[-1][1] - speech.word_starts[0][1]
    assert abs(pitch["duration_s"] - spoken) < 1.0
    assert pitch["checklist"]["name"]["present"] and pitch["checklist"]["background"]["present"]
    typed = tmp_path / "typed.txt"
    typed.write_text(PITCH + "\nThank you so much for your time.\n")
    session, _ = run_interview(RunSettings(scenario="ux_researcher", mode="text", script=typed, view="none"))
    pitch = session.user_turns()[0].scores["pitch"]
    assert pitch["duration_s"] is None and pitch["checklist"]["name"]["present"]


def test_unwritable_data_folder_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("PRACTICE_HOME", str(blocker))
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam.\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("practice: error: cannot create folder") and len(err.splitlines()) == 1


def test_a_failure_mid_rehearsal_keeps_the_turns_so_far(tmp_path, say, monkeypatch, capsys):
    from practice.interview import channels

    folder = tmp_path / "turns"
    write_wav(folder / "01.wav", say(PITCH).samples)
    write_wav(folder / "02.wav", say("What does a typical day look like for you?").samples)
    heard = channels.FileChannel.hear
    calls = {"n": 0}

    def failing_hear(self, options=None):
        calls["n"] += 1
        if calls["n"] == 2:
            from practice.errors import PracticeError
            raise PracticeError("the microphone stopped responding")
        return heard(self, options)

    monkeypatch.setattr(channels.FileChannel, "hear", failing_hear)
    assert main(["interview", "--scenario", "nurse", "--input-dir", str(folder)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("practice: error: the microphone stopped responding (the 3 turns so far are saved in")
    saved = load_session(sorted((Path(os.environ["PRACTICE_HOME"]) / "sessions").iterdir())[-1])
    assert not saved.complete and saved.ended_by == "error" and len(saved.user_turns()) == 1


def test_ctrl_c_while_a_turn_is_transcribed_keeps_it(tmp_path, say, monkeypatch, capsys):
    from practice.speech import stt

    folder = tmp_path / "turns"
    write_wav(folder / "01.wav", say(PITCH).samples)
    write_wav(folder / "02.wav", say("What does a typical day look like for you?").samples)
    transcribe = stt.Transcriber.transcribe
    calls = {"n": 0}

    def interrupted(self, samples):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return transcribe(self, samples)

    monkeypatch.setattr(stt.Transcriber, "transcribe", interrupted)
    assert main(["interview", "--scenario", "nurse", "--input-dir", str(folder)]) == 130
    saved_folder = sorted((Path(os.environ["PRACTICE_HOME"]) / "sessions").iterdir())[-1]
    users = load_session(saved_folder).user_turns()
    assert len(users) == 2 and users[1].partial and users[1].audio
    assert (saved_folder / users[1].audio).is_file()
