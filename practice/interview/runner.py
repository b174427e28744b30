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
from rich.text import Text

from practice.errors import DiskFull, PracticeError
from practice.interview.engine import (INAUDIBLE, PITCH_PROMPT, SILENCE_PROMPT, Conversation,
                                       InterviewOptions, Observer)
from practice.interview.view import LiveView, PlainView, SafeView
from practice.interview.warmup import LazyVad, WarmUp
from practice.safetext import printable
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


AUDIO_SUFFIXES = {".wav", ".flac", ".ogg", ".mp3"}


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
                if Path(line).suffix.lower() not in AUDIO_SUFFIXES:  # a typed line, not a file name
                    raise PracticeError(f"{path}:{number}: not an audio file: for a script of typed "
                                        "turns add --text (without it, each line is a WAV path)")
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


def typed_lines(console: Console, view=None):
    """Lines typed at a prompt. The live status line steps aside while the user types; at
    Ctrl-D the cursor moves to a new line, so what follows is not glued to the prompt.
    Without a terminal on stdin there is no prompt (nobody to see it)."""
    interactive = sys.stdin.isatty()

    def read() -> str | None:
        with view.paused() if view is not None else contextlib.nullcontext():
            try:
                prompt = (view.prompt() if view is not None else "[bold green]you>[/] ") if interactive else ""
                # control characters and escape sequences typed or pasted in are dropped here,
                # so they never reach the session, the screen or the review
                return printable(console.input(prompt))
            except EOFError:
                if interactive:
                    console.print()
                return None
    return read


def scripted_lines(lines: list[str]):
    items = iter(printable(line) for line in lines)

    def read() -> str | None:
        return next(items, None)
    return read


def run_interview(settings: RunSettings, console: Console | None = None) -> tuple[Session, Path]:
    """Run one rehearsal; returns the saved session and its folder.

    `settings.extra_observers` see every event (the demo's scripted candidate is one).
    """
    from practice.scenario import Interviewee, load_scenario
    from practice.speech.tts import Synthesizer
    from practice.speech.voices import load_voice

    from practice.memory import limit_arenas
    from practice.trace import mark

    mark("run_interview")
    limit_arenas()  # before the models start their threads (see practice.memory)
    console = console or Console()
    scenario = load_scenario(settings.scenario)
    persona = scenario.persona
    interviewee = Interviewee(scenario)
    voice = load_voice(settings.voice or persona.voice)
    minutes = settings.minutes or persona.minutes
    options = InterviewOptions(minutes=minutes, warn_before=settings.warn_before,
                               wait_for_question=settings.wait_for_question)
    synth = Synthesizer(notify=lambda note: console.print(Text(f"practice: note: {note}", style="yellow")))
    if settings.mode == "voice":  # the voice loading (a cached greeting does not wait), its lines queued
        from practice.interview.prerender import render_ahead

        render_ahead(synth, scenario, synth.prepare(voice, background=True))

    def render(text: str):
        return synth.stream(text, voice)  # cached, or streamed sentence by sentence

    transcriber = None
    if settings.mode != "text":
        from practice.speech.stt import TranscribeOptions, Transcriber

        # not verbatim: its filler-laden prompt costs accuracy on the questions themselves
        transcriber = Transcriber(TranscribeOptions(model=settings.model))
        if not transcriber.location.local:
            # a model that is not on this machine fails (or downloads) now, before a session
            # exists: only models already here load in the background while the greeting plays
            with console.status("loading the speech model"):
                transcriber.load()
    # The greeting is spoken while the model and the scorers load: nothing heavy before it.
    # A failure here shows again, as one line, where the model is first really needed.
    ahead = [PITCH_PROMPT, SILENCE_PROMPT, INAUDIBLE, *scenario.lines.pitch_response,
             *scenario.lines.closing] if settings.mode != "text" else []  # typed lines are not spoken
    warm_up = WarmUp(transcriber, lambda text: synth.prerender(text, voice), ahead,
                     understand=interviewee.understanding.warm_up)

    def score(text, previous=None, history=None, rise=None) -> dict:
        from practice.scoring import score_utterance

        return score_utterance(text, previous=previous, history=history, rise=rise).to_dict()

    def prepare(answer: str) -> None:
        from practice.scoring import prepare_answer

        prepare_answer(answer)

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
    plan = _question_plan(scenario.name, console)
    if plan:
        session.settings["plan"] = plan
    view = _make_view(settings, console, persona.name, options.budget)
    with contextlib.ExitStack() as stack:
        stack.callback(synth.cancel_prerender)  # over: no more rendering ahead
        stack.callback(warm_up.join)  # (callbacks run last first: loading ends, then rendering)
        # inputs and devices first: a rehearsal that cannot start leaves no empty session
        channel = _make_channel(settings, stack, render, transcriber, view, console, warm_up)
        warn_if_low_on_space(console, settings.mode, minutes)
        if getattr(channel, "mode", "") == "voice":
            channel.on_playback = warm_up.start  # once the greeting is playing
        else:
            warm_up.start()
        store = SessionStore(session)
        observers = [o for o in (view,) if o is not None] + list(settings.extra_observers)
        if view is not None:
            stack.enter_context(view)
        conversation = Conversation(channel, interviewee, store,
                                    _checked(transcriber) if transcriber else None,
                                    score, options, observers, score_pitch=_pitch_scorer(),
                                    prepare=prepare)
        try:
            conversation.run()
        except KeyboardInterrupt:
            _finish_quietly(store, "interrupted")
            stack.close()
            raise PracticeError(
                f"interrupted: {_so_far(session)} saved in {store.folder} "
                "(marked incomplete); review them with `practice review latest`", 130
            ) from None
        except PracticeError as err:  # a device or file failed mid-rehearsal, or the disk filled
            _finish_quietly(store, "disk_full" if isinstance(err, DiskFull) else "error")
            raise PracticeError(
                f"{err} ({_so_far(session)} saved in {store.folder})",
                err.exit_code,
            ) from None
        except Exception as exc:  # a bug: still a saved session that says how it ended
            _finish_quietly(store, "error")
            raise PracticeError(
                f"the rehearsal stopped on an unexpected error ({type(exc).__name__}: {exc}); "
                f"the {len(session.turns)} turns so far are saved in {store.folder}"
            ) from None
    return session, store.folder


def _so_far(session: Session) -> str:
    count = len(session.turns)
    return f"the {count} turn so far is" if count == 1 else f"the {count} turns so far are"


def _question_plan(scenario: str, console: Console) -> list[str]:
    """Your questions from `practice prepare`, shown before you start (notes in front of you, as
    in a real call) and saved with the session so the review can check them off."""
    from rich.markup import escape

    from practice.plan import load_plan

    plan = load_plan(scenario)
    if plan is None or not plan.questions:
        return []
    console.print(f"[bold]Your question plan[/] ({len(plan.questions)}; follow tangents when they come):")
    for n, text in enumerate(plan.texts(), 1):
        console.print(f"  {n}. {escape(text)}", highlight=False)
    return plan.texts()


def _checked(transcriber):
    """The final transcript of a turn, checked against where the voice detector heard speech:
    after a long pause mid-sentence Whisper may stop at "I was wondering..." and drop the
    rest, which is then transcribed on its own (see speech.complete)."""
    from practice.speech.complete import speech_regions, transcribe_speech
    from practice.speech.vad import StreamingVad

    vad = StreamingVad()  # its own state: the listener's detector runs at the same time

    def transcribe(samples):
        return transcribe_speech(samples, speech_regions(samples, vad), transcriber)

    return transcribe


def _pitch_scorer():
    """The introduction turn is scored by `practice pitch`'s own analysis."""
    from practice.pitch.analysis import analyze
    from practice.pitch.checklist import SUGGESTIONS, checklist, missing_point
    from practice.speech.complete import speech_regions
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


AUDIO_BYTES_PER_S = 32000  # 16 kHz, 16-bit mono WAV: what a rehearsal's recordings take


def space_needed(mode: str, minutes: float) -> int:
    """Bytes a rehearsal of `minutes` is expected to write (recordings of both sides, plus
    session.json); a typed one writes only the JSON."""
    json_bytes = 1024 * 1024
    return json_bytes if mode == "text" else int(minutes * 60 * AUDIO_BYTES_PER_S) + json_bytes


def warn_if_low_on_space(console: Console, mode: str, minutes: float) -> None:
    """Say so before the rehearsal starts, not when the disk fills halfway through it."""
    from practice.files import free_bytes
    from practice.session.store import sessions_dir

    free, needed = free_bytes(sessions_dir()), space_needed(mode, minutes)
    if free is not None and free < needed:
        console.print(Text(
            f"warning: only {free / 1e6:.1f} MB free for {sessions_dir()}; a {minutes:g}-minute "
            f"rehearsal needs about {needed / 1e6:.0f} MB. If the disk fills up, the rehearsal "
            "stops and every finished turn is kept.", style="yellow"))


def _finish_quietly(store: SessionStore, ended_by: str) -> None:
    """Mark the session incomplete; if even that cannot be written (a full disk), the last
    session.json written, with every finished turn, stays as it is."""
    try:
        store.finish(ended_by, complete=False)
    except (PracticeError, OSError):
        pass


def _make_view(settings: RunSettings, console: Console, persona: str, budget: float):
    """The screen: live in a terminal (voice, files or typed), plain lines otherwise, both
    wrapped so that a failure in drawing never ends the rehearsal."""
    kind = settings.view
    if kind == "auto":
        kind = "live" if console.is_terminal and not console.is_dumb_terminal else "plain"
    if kind == "none":
        return None
    # a line typed at a prompt is on the screen already: do not print it twice
    echo = not (settings.mode == "text" and settings.script is None and sys.stdin.isatty())
    plain = PlainView(console, persona, settings.coach, echo=echo)
    if kind == "live":
        return SafeView(LiveView(console, persona, settings.coach, budget, echo=echo), plain)
    return SafeView(plain, plain)


def _make_channel(settings, stack, render, transcriber, view, console, warm_up):
    from practice.interview.channels import FileChannel, TextChannel, VoiceChannel

    if settings.mode == "text":
        if settings.script is not None:
            return TextChannel(scripted_lines(read_script(settings.script, "text")))
        return TextChannel(typed_lines(console, view))

    if settings.mode == "script":
        files = check_recordings([Path(p) for p in read_script(settings.script, "script")]) \
            if settings.script else wavs_in(settings.input_dir)
        return FileChannel(files, render)
    from practice.speech.devices import Microphone, Speaker
    from practice.speech.live import LiveTranscriber
    from practice.speech.stt import Transcriber, live_options, transcribe_segments

    quick = Transcriber(live_options(transcriber.options.model))
    live = LiveTranscriber(lambda samples, prompt: transcribe_segments(quick, samples, prompt))
    stack.callback(live.close)
    speaker = Speaker(settings.output_device)
    mic = stack.enter_context(Microphone(settings.input_device))
    on_block = view.on_block if view is not None else None
    warm_up.vad = LazyVad()
    return VoiceChannel(mic, speaker, render, vad=warm_up.vad, barge_in=settings.barge_in,
                        live=live, on_block=on_block)
