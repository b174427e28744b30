"""`practice demo`: a complete rehearsal with no microphone, for a first look and for `make demo`.

A synthetic candidate (voice `sam`) introduces itself and asks a realistic mix of questions
through the same conversation loop and audio path as a real user: private virtual audio
devices when PulseAudio is installed (no sound card needed), otherwise WAV files.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click


@click.command("demo")
@click.option("--scenario", "-s", default="ux_researcher", show_default=True, help="Scenario to rehearse.")
@click.option("--minutes", default=3.0, show_default=True, type=click.FloatRange(0.5, 60),
              help="Time budget (short, so the time warning is heard).")
@click.option("--files", "use_files", is_flag=True, help="Use WAV files instead of virtual devices.")
@click.option("--coach/--no-coach", default=True, show_default=True, help="Show cues after each turn.")
@click.option("--model", "-m", help="Speech model (default: bundled tiny.en).")
def command(scenario: str, minutes: float, use_files: bool, coach: bool, model: str | None) -> None:
    """Watch a scripted candidate rehearse, then see its review and where the session is saved."""
    from rich.console import Console

    from practice.commands.interview import summarize
    from practice.interview.candidate import ScriptedCandidate, demo_plan, write_plan_wavs
    from practice.interview.runner import RunSettings, run_interview
    from practice.scenario import load_scenario
    from practice.speech.tts import Synthesizer
    from practice.speech.voices import load_voice

    console = Console()
    plan = demo_plan(load_scenario(scenario))
    synth = Synthesizer()
    sam = load_voice("sam")

    def render(text):
        return synth.render(text, sam)

    settings = RunSettings(scenario=scenario, minutes=minutes, model=model, coach=coach, view="plain")
    if use_files or shutil.which("pulseaudio") is None:
        console.print("[dim]Demo on WAV files (no virtual audio devices available).[/]")
        with tempfile.TemporaryDirectory(prefix="practice-demo-") as tmp:
            settings.mode, settings.input_dir = "script", Path(tmp)
            write_plan_wavs(plan, render, Path(tmp))
            session, folder = run_interview(settings, console)
    else:
        from practice.speech.virtual import VirtualAudio

        console.print("[dim]Demo on private virtual audio devices: the candidate 'sam' speaks into "
                      "a virtual microphone.[/]")
        with VirtualAudio() as audio:
            candidate = ScriptedCandidate(plan, render, audio.feeder)
            settings.extra_observers = [candidate]
            try:
                session, folder = run_interview(settings, console)
            finally:
                candidate.cancel()
    show_review(console, session, folder)
    summarize(console, session, folder)


def show_review(console, session, folder: Path) -> None:
    """The review's summary (the transcript was on screen already) and the HTML report."""
    from practice.files import atomic_write_text
    from practice.review.html import render_review_html
    from practice.review.load import review_session
    from practice.review.terminal import render_review
    from practice.safetext import markup

    review = review_session(session, folder)
    console.rule("Review")
    render_review(review, console, transcript=False)
    report = atomic_write_text(folder / "review.html", render_review_html(review))
    console.print(f"HTML report: {markup(str(report))}")
