"""`practice pitch`: rehearse the 10-second "who you are", timed and coached.

A short countdown, then recording from the microphone until you have finished (or 30 s,
or Enter), then feedback: time against the target, rate, fillers, pauses, the four points
of a pitch with the words that made them, and two or three tips. `--input FILE.wav` scores a
recording instead. Every attempt is saved; `--again` compares with the previous one.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import click
from rich.console import Console
from rich.live import Live
from rich.text import Text

COUNTDOWN_STEP_S = 0.7


class EnterToStop:
    """`should_stop` for `listen`: true once Enter was pressed (only when stdin is a terminal)."""

    def __init__(self) -> None:
        self.pressed = threading.Event()
        try:
            self.active = sys.stdin is not None and sys.stdin.isatty()
        except (ValueError, OSError, AttributeError):
            self.active = False

    def start(self) -> "EnterToStop":
        if self.active:
            threading.Thread(target=self._wait, daemon=True, name="pitch-enter").start()
        return self

    def _wait(self) -> None:
        try:
            line = sys.stdin.readline()
        except (ValueError, OSError):
            return
        if line:  # "" is end of input, not a key press
            self.pressed.set()

    def __call__(self) -> bool:
        return self.pressed.is_set()


def record_from_microphone(console: Console, options, device: str | None, countdown: int,
                           model: str | None):
    from practice.speech.audio import SAMPLE_RATE, rms_dbfs
    from practice.commands.devices import level_bar
    from practice.speech.devices import Microphone
    from practice.speech.listen import unfinished_check
    from practice.pitch.record import from_microphone
    from practice.pitch.render import recording_line

    stopper = EnterToStop()
    with Microphone(device) as mic:
        for n in range(countdown, 0, -1):
            console.print(Text(f"{n}…", style="bold"), end=" ")
            time.sleep(COUNTDOWN_STEP_S)
        console.print(Text("Go!", style="bold green"))
        mic.drain()
        cue = time.monotonic()
        stopper.start()
        state = {"n": 0}
        with Live(console=console, refresh_per_second=10, transient=True) as live:
            def on_block(block, speaking):
                state["n"] += 1
                if state["n"] % 3:
                    return
                elapsed = block.start + len(block.samples) / SAMPLE_RATE - cue
                live.update(recording_line(elapsed, options.target_s, options.cap_s,
                                           level_bar(rms_dbfs(block.samples), 20), speaking,
                                           stopper.active))

            recording = from_microphone(mic, options, cue=cue, should_stop=stopper,
                                        on_block=on_block, unfinished=unfinished_check(model))
    why = {"silence": "you had finished", "cap": f"it reached the {options.cap_s:.0f} s cap",
           "stopped": "you pressed Enter"}.get(recording.ended_by, recording.ended_by)
    console.print(f"[dim]Recorded {recording.recording_s:.1f} s; stopped because {why}.[/]")
    return recording


@click.command("pitch")
@click.option("--target", default=10.0, show_default=True, type=click.FloatRange(1, 120),
              help="Target length of the pitch, seconds.")
@click.option("--tolerance", default=2.0, show_default=True, type=click.FloatRange(0, 60),
              help="On time within target ± this many seconds.")
@click.option("--input", "input_file", type=click.Path(path_type=Path), default=None,
              help="Score a recording (WAV, FLAC) instead of the microphone.")
@click.option("--again", is_flag=True, help="Show the change against the previous attempt.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--input-device", "device", default=None, help="Microphone name or number (see `practice devices`).")
@click.option("--device", "device", default=None, hidden=True)  # the old name, kept working
@click.option("--model", "-m", default=None, help="Model folder or name (default: bundled tiny.en).")
@click.option("--cap", default=30.0, show_default=True, type=click.FloatRange(5, 600),
              help="Hard cap: nothing after this many seconds is recorded or scored.")
@click.option("--countdown", default=3, show_default=True, type=click.IntRange(0, 10),
              help="Seconds of countdown before recording.")
def command(target: float, tolerance: float, input_file: Path | None, again: bool,
            as_json: bool, device: str | None, model: str | None, cap: float,
            countdown: int) -> None:
    """Record (or score) your 10-second pitch and get timed, concrete feedback."""
    from practice.errors import PracticeError
    from practice.pitch import store
    from practice.pitch.compare import compare
    from practice.pitch.record import from_file, score
    from practice.pitch.render import changes_table, feedback
    from practice.pitch.result import PitchOptions
    from practice.speech.stt import TranscribeOptions, Transcriber

    if cap < target + tolerance + 2:
        raise PracticeError(
            f"--cap ({cap:.0f} s) must leave room past --target plus --tolerance "
            f"({target + tolerance:.0f} s): pass --cap {max(30, int(target * 2))}"
        )
    options = PitchOptions(target_s=target, tolerance_s=tolerance, cap_s=cap)
    console = Console(stderr=as_json)
    previous = store.latest_attempt() if again else None
    transcriber = Transcriber(TranscribeOptions(model=model, verbatim=True))
    if input_file is not None:
        recording = from_file(input_file, options)
        with console.status("transcribing"):
            scored = score(recording, transcriber, options)
    else:
        with console.status("loading the speech model"):
            transcriber.load()
        if not as_json:
            console.print(f"Say your {target:.0f}-second pitch after the countdown: who you are, "
                          "where you are now, what you are exploring, and what you hope to learn.")
        recording = record_from_microphone(console, options, device, countdown, model)
        with console.status("transcribing"):
            scored = score(recording, transcriber, options)
    data = scored.result.to_dict()
    attempt = store.save_attempt(recording.samples, scored.transcript, data)
    changes = compare(previous.scores, data) if previous is not None else []
    if as_json:
        out = dict(data)
        out["attempt"] = {"id": attempt.id, "folder": str(attempt.folder)}
        out["recording"] = {"source": recording.source, "ended_by": recording.ended_by}
        if again:
            out["previous_attempt"] = previous.id if previous else None
            out["changes"] = [c.to_dict() for c in changes]
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    console.print(feedback(scored.result, str(attempt.folder)))
    if again:
        if previous is None:
            console.print("[dim]No earlier attempt to compare with; this one is saved for next "
                          "time.[/]")
        else:
            console.print(changes_table(changes, previous.id))
