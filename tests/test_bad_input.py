"""Bad input and faults (issue 15, items 9-20): each one gives one clear line and a non-zero
exit, or is handled, never a traceback or a silent wrong answer."""

import json

import pytest

from practice.cli import main


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("practice: error:"), err
    return lines[0]


# ----------------------------------------------------------------- 13: PRACTICE_HOME broken

def test_practice_home_that_is_a_file_is_reported(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home-file"
    home.write_text("not a folder")
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    for args in (["sessions"], ["sessions", "list", "--json"], ["history"], ["history", "--json"]):
        assert main(args) == 1, args
        line = one_error_line(capsys)
        assert "is a file, not a folder" in line and str(home) in line


def test_sessions_folder_that_is_a_file_is_reported(practice_home, capsys):
    practice_home.mkdir()
    (practice_home / "sessions").write_text("oops")
    assert main(["sessions"]) == 1
    assert "is a file" in one_error_line(capsys)


def test_unreadable_sessions_folder_is_reported(practice_home, capsys, monkeypatch):
    # the tests run as root, which reads any folder: fake the refusal at the one seam
    from pathlib import Path

    (practice_home / "sessions").mkdir(parents=True)
    real = Path.iterdir

    def refuse(self):
        if self.name == "sessions":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    for args in (["sessions"], ["history"]):
        assert main(args) == 1
        line = one_error_line(capsys)
        assert "cannot read the sessions folder" in line and "Permission denied" in line


# ----------------------------------------------------------------- 14: session.json deleted

def test_a_session_without_its_json_is_listed_as_damaged(practice_home, capsys):
    from practice.speech.audio import write_wav
    import numpy as np

    folder = practice_home / "sessions" / "20260101-000000-nurse"
    folder.mkdir(parents=True)
    write_wav(folder / "001-interviewee.wav", np.zeros(1600, np.float32))
    write_wav(folder / "002-user.wav", np.zeros(1600, np.float32))
    assert main(["sessions", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [folder.name]
    assert "session.json is missing" in rows[0]["problem"] and "2 recordings" in rows[0]["problem"]
    assert main(["sessions"]) == 0
    shown = capsys.readouterr().out
    assert "20260101-000000-nurse" in shown and "damaged" in shown
    # named, it says what is wrong; it can be deleted like any session
    assert main(["review", "20260101"]) == 1
    assert "is damaged: its session.json is missing" in one_error_line(capsys)
    assert main(["review"]) == 1
    assert "no saved sessions yet" in one_error_line(capsys)
    assert main(["sessions", "delete", "20260101", "--yes"]) == 0
    assert not folder.exists()


# ----------------------------------------------------------------- 18, 20: hostile text

HOSTILE = "What about [/] and [bold red]this[/bold red]? \x1b[31mred\x1b]0;title\x07\x1b[0m \x07done"


def test_control_characters_are_stripped_from_echoed_text(capsys):
    assert main(["score", "--text", HOSTILE]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "[/]" in out and "[bold red]this[/bold red]" in out and "red" in out and "done" in out


def test_printable_keeps_words_and_drops_escapes():
    from practice.safetext import markup, printable

    assert printable("a\x1b[1;31mb\x1b[0mc\td\ne\x00\x9b") == "abc\td\ne"
    assert printable("\x1b]0;evil title\x07ok") == "ok"
    assert markup("[/] [b]x") == "\\[/] \\[b]x"


def test_markup_in_a_typed_interview_does_not_end_the_rehearsal(tmp_path, capsys, monkeypatch):
    """Plain view (not a terminal): the line with `[/]` is shown as typed, the session ends
    normally with its closing, and the control characters never reach the session."""
    from practice.session.store import list_sessions, load_session

    monkeypatch.setenv("COLUMNS", "200")  # one line per turn: the checked text is never folded

    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam [/] and I study [bold]design[/bold].\n"
                      "What does a normal day look like for you? \x1b[31m[/]\n"
                      "Thank you so much for your time.\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script), "--coach"]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())  # however the console folds long lines
    user_lines = [line for line in out.splitlines() if "Sam" in line or "study" in line]
    assert "I study [bold]design[/bold]." in flat and "[/]" in flat and "\x1b" not in out, user_lines
    session = load_session(list_sessions()[-1])
    assert session.complete and session.ended_by == "closing"
    assert session.user_turns()[1].text == "What does a normal day look like for you? [/]"
    for args in (["review"], ["followup", "--print"], ["history"], ["sessions"]):
        assert main(args) == 0, args
        shown = capsys.readouterr().out
        assert "\x1b" not in shown
    assert main(["review"]) == 0
    assert "I study [bold]design[/bold]." in capsys.readouterr().out


def test_a_failing_view_never_ends_the_session_unfinished(tmp_path, monkeypatch, capsys):
    """Whatever the screen does wrong, the rehearsal carries on and ends with an ended_by."""
    from practice.interview import view as view_module
    from practice.session.store import list_sessions, load_session

    def broken(self, turn):
        raise RuntimeError("the view broke")

    monkeypatch.setattr(view_module.PlainView, "heard", broken)
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student.\nWhat does a normal day look like?\nThank you!\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    captured = capsys.readouterr()
    assert "screen failed" in captured.err and "going on in plain lines" in captured.err
    assert "Traceback" not in captured.err
    session = load_session(list_sessions()[-1])
    assert session.complete and session.ended_by == "closing" and len(session.user_turns()) == 3


def test_an_unexpected_error_still_marks_how_the_session_ended(tmp_path, monkeypatch, capsys):
    from practice.interview import engine
    from practice.session.store import list_sessions, load_session

    def boom(self, *args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(engine.Conversation, "_check_time", boom)
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student.\nWhat does a normal day look like?\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 1
    line = one_error_line(capsys)
    assert "unexpected error (ValueError: a bug)" in line and "saved in" in line
    session = load_session(list_sessions()[-1])
    assert session.complete is False and session.ended_by == "error"
    assert [t.text for t in session.user_turns()] == ["Hi, I'm Sam, a design student.",
                                                      "What does a normal day look like?"]


# ----------------------------------------------------------------- 17: Markdown escaping

def test_markdown_escapes_as_markdown_not_html():
    """Readable as plain text (no &amp;), and a Markdown renderer shows exactly what was said."""
    from markdown_it import MarkdownIt

    from practice.review.markdown import md

    assert md("Moyers, Manuel & Ernst") == "Moyers, Manuel & Ernst"
    assert "&amp;" not in md("R&D <b>") and "&lt;" not in md("R&D <b>")
    for said in ("R&D <b>bold</b> & more", "5 * 3 = 15_000 [link](x) `code` &amp; &#60;",
                 "<script>alert(1)</script> | a ~ b"):
        html = MarkdownIt("commonmark").render(md(said))
        shown = (html.removeprefix("<p>").removesuffix("</p>\n")
                 .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
        assert shown == said, html


def test_review_markdown_file_has_no_html_entities(practice_home, capsys):
    from practice.session.store import list_sessions

    script = practice_home.parent / "turns.txt"
    script.write_text("Hi, I'm Sam, I work in R&D <b>here</b>.\nWhat does a normal day look like?\nThanks!\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    capsys.readouterr()
    assert main(["review", "--markdown"]) == 0
    text = capsys.readouterr().out
    assert "Moyers, Manuel & Ernst" in text and "R&D \\<b\\>here\\</b\\>" in text
    assert "&amp;" not in text and "&lt;" not in text and list_sessions()


# ----------------------------------------------------------------- 10, 12: no speech in a file

SR = 16000


def _tone():
    import numpy as np

    t = np.arange(5 * SR) / SR
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def _noise():
    import numpy as np

    return (np.random.default_rng(0).standard_normal(5 * SR) * 0.1).astype(np.float32)


def _music():
    """Plucked chords, half a second each: pitched, rhythmic, no voice."""
    import numpy as np

    out = np.zeros(6 * SR)
    seg = np.arange(SR // 2) / SR
    for i, f in enumerate([261.6, 329.6, 392.0, 523.3] * 3):
        s = i * SR // 2
        out[s:s + len(seg)] += np.exp(-3 * seg) * (0.2 * np.sin(2 * np.pi * f * seg)
                                                   + 0.1 * np.sin(2 * np.pi * 1.5 * f * seg))
    return out.astype(np.float32)


@pytest.mark.parametrize("make", [_tone, _noise, _music], ids=["tone", "noise", "music"])
def test_transcribe_refuses_sound_without_a_voice(tmp_path, capsys, make):
    from practice.speech.audio import write_wav

    path = write_wav(tmp_path / "sound.wav", make())
    assert main(["transcribe", str(path)]) == 1
    line = one_error_line(capsys)
    assert f"no speech in {path}" in line and "no voice" in line
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("make", [_tone, _music], ids=["tone", "music"])
def test_pitch_refuses_sound_without_a_voice(tmp_path, capsys, make):
    from practice.speech.audio import write_wav

    path = write_wav(tmp_path / "sound.wav", make())
    assert main(["pitch", "--input", str(path)]) == 1
    line = one_error_line(capsys)
    assert "no speech" in line and "microphone`" not in line and "devices --test" not in line


def test_a_truncated_wav_says_so(tmp_path, capsys, say):
    from practice.speech.audio import write_wav

    whole = write_wav(tmp_path / "whole.wav", say("Hello there, what does a normal day look like for you?").samples)
    data = whole.read_bytes()
    tiny = tmp_path / "tiny.wav"
    tiny.write_bytes(data[:2000])  # a header and 60 ms
    assert main(["transcribe", str(tiny)]) == 1
    line = one_error_line(capsys)
    assert "no speech in" in line and "cut short (truncated)" in line
    half = tmp_path / "half.wav"
    half.write_bytes(data[: len(data) * 2 // 3])
    assert main(["transcribe", str(half)]) == 0
    out = capsys.readouterr()
    assert "hello" in out.out.lower()
    assert out.err.startswith("practice: warning: the file is cut short (truncated)")


def test_an_interview_turn_of_music_is_not_transcribed(tmp_path, say, capsys):
    """A recorded turn with no voice is silence to the interviewee, never made-up words."""
    from practice.speech.audio import write_wav
    from practice.session.store import list_sessions, load_session

    folder = tmp_path / "turns"
    folder.mkdir()
    write_wav(folder / "1.wav", say("Hi, I'm Sam Rivera, a psychology student exploring user research.").samples)
    write_wav(folder / "2.wav", _tone())
    write_wav(folder / "3.wav", _music())
    assert main(["interview", "--scenario", "nurse", "--input-dir", str(folder)]) == 0
    session = load_session(list_sessions()[-1])
    assert [t.kind for t in session.user_turns()] == ["pitch"]
    assert session.ended_by == "silence"


# ----------------------------------------------------------------- 15: an unheard introduction

def test_an_unheard_introduction_gets_no_credit(practice_home, capsys):
    """Ctrl-C while the introduction was being transcribed: the turn is kept (partial, no
    words), and the review must not say it was introduced in 8.7 s."""
    folder = practice_home / "sessions" / "20260101-000000-nurse"
    folder.mkdir(parents=True)
    session = {
        "id": folder.name, "scenario": "nurse", "scenario_title": "Denise Carter, Charge nurse",
        "started_at": "2026-01-01T00:00:00+00:00", "mode": "script", "model": "tiny.en",
        "settings": {"minutes": 20, "pitch_target": 10.0}, "complete": False,
        "ended_by": "interrupted", "duration": 11.7,
        "turns": [
            {"speaker": "interviewee", "text": "Hi, I'm Denise. Tell me about yourself?",
             "start": 0.0, "end": 3.0, "kind": "greeting"},
            {"speaker": "user", "text": "", "start": 3.0, "end": 11.7, "kind": "pitch",
             "listen_start": 3.0, "partial": True},
        ],
    }
    (folder / "session.json").write_text(json.dumps(session))
    assert main(["review", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    intro = next(c for c in data["checklist"] if c["key"] == "intro")
    assert intro["done"] is False and "8.7" not in json.dumps(intro)
    assert main(["review"]) == 0
    shown = capsys.readouterr().out
    assert "8.7 s" not in shown and "(nothing heard)" in shown


# ----------------------------------------------------------------- 19: "talk" is not a detail

@pytest.mark.parametrize("previous", [
    "I talk to families every day, and I love to talk about the ICU.",
    "Honestly the hardest part is talking to families when things go badly.",
])
def test_asking_whom_else_to_talk_to_is_not_a_reference(previous):
    from practice.scoring import score_utterance

    result = score_utterance("Is there anyone else you think I should talk to?", previous=previous)
    assert result.listening.reference is False and "reference" not in result.listening.evidence
    assert result.listening.follow_up is False


def test_a_real_detail_is_still_a_reference():
    from practice.scoring import score_utterance

    result = score_utterance("You mentioned families. How do you talk to them when things go badly?",
                             previous="Honestly the hardest part is talking to families when things go badly.")
    assert result.listening.reference and "families" in result.listening.evidence["reference"]


# ----------------------------------------------------------------- 11: words made up at the cap

def test_a_capped_pitch_counts_only_words_inside_the_window(say):
    """Whisper, given audio cut mid-speech, can pile zero-length words at the cut (26 of them
    at 29.98 s in the report); they must not count towards the rate or the pace."""
    import numpy as np

    from practice.pitch.record import Recording, score
    from practice.pitch.result import PitchOptions
    from practice.transcript import Transcript, Word

    speech = say("I'm a final-year biology student, and I'd love to hear how you made the switch.").samples
    samples = np.tile(speech, int(np.ceil(30 * SR / len(speech))))[: 30 * SR]
    heard = [Word(f"word{i}", 0.3 + i * 0.37, 0.3 + i * 0.37 + 0.3, 0.9) for i in range(78)]
    made_up = [Word("the", 29.98, 29.98, 0.1) for _ in range(26)]

    class Fake:  # a narrow fake: what Whisper returned in the report
        options = None

        def __init__(self, words):
            self.words = words

        def transcribe(self, audio):
            return Transcript(" ".join(w.word for w in self.words), len(audio) / SR, "fake", list(self.words))

    recording = Recording(samples, "long.wav", 600.0, capped=True)
    clean = score(recording, Fake(heard), PitchOptions()).result
    polluted = score(recording, Fake(heard + made_up), PitchOptions()).result
    assert polluted.wpm == clean.wpm
    assert not [w for w in polluted.to_dict()["words"] if w["start"] >= 29.9]
    assert not any("sped up" in tip for tip in polluted.tips)


def test_a_data_folder_named_like_markup(tmp_path, monkeypatch, capsys):
    """Paths are shown as they are, e.g. a PRACTICE_HOME with brackets in its name."""
    home = tmp_path / "odd [/] [bold]home"
    monkeypatch.setenv("PRACTICE_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "400")
    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student.\nThank you!\n")
    assert main(["interview", "--scenario", "nurse", "--text", "--script", str(script)]) == 0
    assert f"Saved in {home}" in capsys.readouterr().out
    assert main(["review", "--html"]) == 0
    assert "wrote " + str(home) in capsys.readouterr().err
