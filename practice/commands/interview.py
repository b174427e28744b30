"""`practice interview`: a whole spoken informational interview with a simulated professional."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("interview")
@click.option("--scenario", "-s", required=True, help="Scenario name (see `practice scenarios list`) or file.")
@click.option("--minutes", type=click.FloatRange(0.5, 120), help="Time budget (default: the scenario's).")
@click.option("--voice", help="Interviewee voice (default: the scenario's; see `practice voices`).")
@click.option("--model", "-m", help="Speech model (default: bundled tiny.en).")
@click.option("--coach", is_flag=True, help="Show coaching cues after each of your turns.")
@click.option("--text", "text_mode", is_flag=True, help="Type instead of speaking.")
@click.option("--script", type=click.Path(path_type=Path),
              help="Your turns in order, one per line: text with --text, else WAV paths.")
@click.option("--input-dir", type=click.Path(path_type=Path), help="Your turns as WAV files, in name order.")
@click.option("--input-device", help="Microphone name or number.")
@click.option("--output-device", help="Speaker name or number.")
@click.option("--no-barge-in", is_flag=True, help="Do not treat speech during the interviewee's lines "
              "as an interruption (for loudspeakers without echo cancellation).")
def command(scenario, minutes, voice, model, coach, text_mode, script, input_dir,
            input_device, output_device, no_barge_in) -> None:
    """Rehearse an informational interview out loud; the session is saved as you go."""
    from rich.console import Console

    from practice.errors import PracticeError
    from practice.interview.runner import RunSettings, run_interview

    if script and input_dir:
        raise PracticeError("give either --script or --input-dir, not both")
    if input_dir and text_mode:
        raise PracticeError("--input-dir holds recordings; it cannot be used with --text")
    mode = "text" if text_mode else "script" if (script or input_dir) else "voice"
    settings = RunSettings(scenario=scenario, mode=mode, minutes=minutes, voice=voice, model=model,
                           coach=coach, script=script, input_dir=input_dir,
                           input_device=input_device, output_device=output_device,
                           barge_in=not no_barge_in)
    console = Console()
    session, folder = run_interview(settings, console)
    summarize(console, session, folder)


def summarize(console, session, folder: Path) -> None:
    users = session.user_turns()
    asked = sum(1 for t in users if t.scores.get("question_type") in ("open", "closed"))
    opened = sum(1 for t in users if t.scores.get("question_type") == "open")
    console.print()
    from practice.safetext import markup

    console.print(f"[bold]Session over[/] ({markup(str(session.ended_by))}): {len(users)} turns of yours, "
                  f"{asked} questions ({opened} open), {session.duration / 60:.1f} minutes.")
    console.print(f"Saved in {markup(str(folder))}")
    console.print("Review it with [bold]practice review latest[/]")
