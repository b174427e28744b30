"""Setting up and running one rehearsal: the part `practice interview` and `practice demo` share.

Builds the interviewee from the scenario, the channel for the chosen mode, the transcriber
and scorers, and the session store; runs the conversation; turns Ctrl-C into a saved,
incomplete session and a one-line message.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rich.console import Console

from practice.errors import PracticeError
from practice.interview.engine import Conversation, InterviewOptions, Observer
from practice.interview.view import LiveView, PlainView
from practice.session.model import Session
from practice.session.store import SessionStore, new_session_id


@dataclass
class RunSettings:
    scenario: str
    mode: str = "voice"  # "voice" | "text" | "script"
    minutes: float | None = None
    voice: str | None = None
    model: str | None = None
    coach: bool = False
    script: Path | None = None
    input_dir: Path | None = None
    input_device: str | None = None
    output_device: str | None = None
    barge_in: bool = True
    view: str = "auto"  # "auto" | "live" | "plain" | "none"
    warn_before: float | None = None
    wait_for_question: float = 12.0
    extra_observers: list[Observer] = field(default_factory=list)


def read_script(path: Path, mode: str) -> list[str]:
    """Script lines (blank lines and # comments skipped); WAV paths are checked up front."""
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    except FileNotFoundError:
        raise PracticeError(f"script {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PracticeError(f"cannot read script {path}: {exc}") from None
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if not lines:
        raise PracticeError(f"script {path} has no turns: write one per line")
    if mode == "script":
        files = []
        for number, line in enumerate(lines, start=1):
            wav = (path.parent / line) if not Path(line).is_absolute() else Path(line)
            if not wav.exists():
                raise PracticeError(f"{path}:{number}: audio file {line} does not exist")
            files.append(wav)
        return [str(f) for f in files]
    return lines


def wavs_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise PracticeError(f"input folder {folder} does not exist")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".wav", ".flac"})
    if not files:
        raise PracticeError(f"no WAV files in {folder}")
    return check_recordings(files)


def check_recordings(files: list[Path]) -> list[Path]:
    """Every recording readable before the rehearsal starts, not halfway through it."""
    import soundfile

    for path in files:
        try:
            soundfile.info(str(path))
        except (soundfile.LibsndfileError, RuntimeError, OSError):
            raise PracticeError(f"cannot read audio file {path}: give WAV or FLAC recordings") from None
    return files


def typed_lines(console: Console):
    def read() -> str | None:
        try:
            return console.input("[bold green]you> [/]")
        except EOFError:
            return None
    return read


def scripted_lines(lines: list[str]):
    items = iter(lines)

    def read() -> str | None:
        return next(items, None)
    return read


def run_interview(settings: RunSettings, console: Console | None = None) -> tuple[Session, Path]:
    """Run one rehearsal; returns the saved session and its folder.

    `settings.extra_observers` see every event (the demo's scripted candidate is one).
    """
    from practice.scenario import Interviewee, load_scenario
    from practice.scoring import score_utterance
    from practice.speech.tts import Synthesizer
    from practice.speech.voices import load_voice

    console = console or Console()
    scenario = load_scenario(settings.scenario)
    persona = scenario.persona
    interviewee = Interviewee(scenario)
    voice = load_voice(settings.voice or persona.voice)
    minutes = settings.minutes or persona.minutes
    options = InterviewOptions(minutes=minutes, warn_before=settings.warn_before,
                               wait_for_question=settings.wait_for_question)
    synth = Synthesizer(notify=lambda note: console.print(f"[yellow]practice: note: {note}[/]"))
    if settings.mode == "voice":  # the voice: loaded now, its fixed lines rendered ahead
        from practice.interview.prerender import render_ahead

        with console.status("loading the voice"):
            render_ahead(synth, scenario, synth.prepare(voice))

    def render(text: str):
        return synth.stream(text, voice)  # cached, or streamed sentence by sentence

    transcriber = None
    if settings.mode != "text":
        from practice.speech.stt import TranscribeOptions, Transcriber

        # not verbatim: its filler-laden prompt costs accuracy on the questions themselves
        transcriber = Transcriber(TranscribeOptions(model=settings.model))
        with console.status("loading the speech model"):
            transcriber.load()
            # the introduction's pace is judged in syllables: load the dictionary now, not
            # in the pause after the user's first turn
            from practice.pitch.words import syllables

            syllables("ready")

    def score(text, previous=None, history=None) -> dict:
        return score_utterance(text, previous=previous, history=history).to_dict()

    session = Session(
        id=new_session_id(scenario.name),
        scenario=scenario.name,
        scenario_title=f"{persona.name}, {persona.role}",
        started_at=datetime.now().astimezone().isoformat(timespec="seconds"),
        mode=settings.mode,
        settings={"minutes": minutes, "voice": voice.name, "coach": settings.coach,
                  "barge_in": settings.barge_in, "pitch_target": options.pitch_target},
        model=transcriber.model_name if transcriber else None,
    )
    view = _make_view(settings, console, persona.name, options.budget)
    with contextlib.ExitStack() as stack:
        stack.callback(synth.cancel_prerender)  # over: no more rendering ahead
        # inputs and devices first: a rehearsal that cannot start leaves no empty session
        channel = _make_channel(settings, stack, render, transcriber, view, console)
        store = SessionStore(session)
        observers = [o for o in (view,) if o is not None] + list(settings.extra_observers)
        if isinstance(view, LiveView):
            stack.enter_context(view)
        conversation = Conversation(channel, interviewee, store,
                                    transcriber.transcribe if transcriber else None,
                                    score, options, observers, score_pitch=_pitch_scorer())
        try:
            conversation.run()
        except KeyboardInterrupt:
            store.finish("interrupted", complete=False)
            stack.close()
            raise PracticeError(
                f"interrupted: the {len(session.turns)} turns so far are saved in {store.folder} "
                "(marked incomplete); review them with `practice review latest`", 130
            ) from None
        except PracticeError as err:  # a device or file failed mid-rehearsal
            store.finish("error", complete=False)
            raise PracticeError(
                f"{err} (the {len(session.turns)} turns so far are saved in {store.folder})",
                err.exit_code,
            ) from None
    return session, store.folder


def _pitch_scorer():
    """The introduction turn is scored by `practice pitch`'s own analysis."""
    from practice.pitch.analysis import analyze
    from practice.pitch.checklist import SUGGESTIONS, checklist, missing_point
    from practice.pitch.record import speech_regions
    from practice.pitch.result import PitchOptions
    from practice.pitch.words import tokenize
    from practice.transcript import Word

    def score(transcript, samples, cue: float, target: float) -> dict | None:
        if not transcript.words:  # typed: the content checklist only, no timing to judge
            tokens, _ = tokenize([Word(w, 0.0, 0.0, 1.0) for w in transcript.text.split()])
            checks = checklist(tokens)
            missing = missing_point(checks)
            return {"target_s": target, "duration_s": None, "verdict": None,
                    "checklist": {key: check.to_dict() for key, check in checks.items()},
                    "missing": missing, "suggestion": SUGGESTIONS[missing] if missing else None}
        try:
            # word times pinned to where the voice-activity model hears speech, as in
            # `practice pitch` (Whisper often starts the first word at 0.0 s)
            data = analyze(transcript, speech_regions(samples), PitchOptions(target_s=target),
                           cue_s=cue).to_dict()
        except PracticeError:  # heard a voice but no words: nothing to time
            return None
        data.pop("words", None)  # the turn keeps its own words, on the session clock
        data.pop("transcript", None)
        return data

    return score


def _make_view(settings: RunSettings, console: Console, persona: str, budget: float):
    kind = settings.view
    if kind == "auto":
        kind = "live" if console.is_terminal and sys.stdin.isatty() and settings.mode == "voice" else "plain"
    if kind == "live":
        return LiveView(console, persona, settings.coach, budget)
    if kind == "plain":
        return PlainView(console, persona, settings.coach)
    return None


def _make_channel(settings, stack, render, transcriber, view, console):
    from practice.interview.channels import FileChannel, TextChannel, VoiceChannel
    from practice.speech.listen import unfinished_check

    if settings.mode == "text":
        if settings.script is not None:
            return TextChannel(scripted_lines(read_script(settings.script, "text")))
        return TextChannel(typed_lines(console))

    if settings.mode == "script":
        files = check_recordings([Path(p) for p in read_script(settings.script, "script")]) \
            if settings.script else wavs_in(settings.input_dir)
        return FileChannel(files, render)
    from practice.speech.devices import Microphone, Speaker

    unfinished = unfinished_check(transcriber.options.model)
    speaker = Speaker(settings.output_device)
    mic = stack.enter_context(Microphone(settings.input_device))
    on_block = view.on_block if isinstance(view, LiveView) else None
    return VoiceChannel(mic, speaker, render, barge_in=settings.barge_in,
                        unfinished=unfinished, on_block=on_block)
