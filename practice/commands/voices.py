"""`practice voices`: the voice profiles, and hearing one speak."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table


@click.group("voices", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the voice profiles as JSON.")
@click.pass_context
def command(ctx: click.Context, as_json: bool = False) -> None:
    """List voice profiles (voices/*.toml and your own), neural (piper) and espeak-ng, and
    which are installed; `say` speaks with one."""
    if ctx.invoked_subcommand is not None:
        return
    from practice.speech.piper import status
    from practice.speech.voices import list_voices

    if as_json:
        import dataclasses
        import json

        rows = []
        for v in list_voices():
            row = dataclasses.asdict(v) if dataclasses.is_dataclass(v) else dict(vars(v))
            rows.append({k: (str(val) if isinstance(val, Path) else val) for k, val in row.items()})
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return

    table = Table(title="Voices")
    for column in ("name", "engine", "installed", "settings", "description"):
        table.add_column(column, overflow="fold")
    missing = {}
    for v in list_voices():
        espeak = f"{v.espeak_name}, {v.rate} wpm, pitch {v.pitch}"
        if v.engine == "piper":
            state = status(v.piper.model)
            installed = "yes" if state.installed else "no: espeak-ng fallback"
            if not state.installed:
                missing[v.piper.model] = state.reason
            p = v.piper
            settings = (f"{p.model}, length {p.length_scale:g}, noise {p.noise_scale:g}/"
                        f"{p.noise_w:g} (fallback {espeak})")
        else:
            installed, settings = "yes", espeak
        table.add_row(v.name, v.engine, installed, settings, v.description)
    console = Console()
    console.print(table)
    for model, reason in missing.items():
        console.print(f"neural voice {model}: {reason}; `make demo` installs it")


@command.command("say")
@click.argument("name")
@click.argument("text")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a WAV file instead of playing.")
@click.option("--device", default=None, help="Output device name or number.")
def say(name: str, text: str, output: Path | None, device: str | None) -> None:
    """Speak TEXT with voice NAME (or write it to --output FILE.wav)."""
    from practice.speech.audio import write_wav
    from practice.speech.tts import Synthesizer
    from practice.speech.voices import load_voice

    from practice.errors import PracticeError

    if not text.strip():
        raise PracticeError('nothing to say: give the text in quotes, e.g. practice voices say maya "Hello"')
    voice = load_voice(name)
    synth = Synthesizer()
    engine = synth.prepare(voice).engine  # a missing neural voice: one notice, then espeak-ng
    if output is not None:
        speech = synth.render(text, voice)
        write_wav(output, speech.samples, speech.rate)
        click.echo(f"wrote {output} ({speech.duration:.2f} s, voice {voice.name}, {engine})")
        return
    from practice.speech.devices import Speaker

    speech = synth.stream(text, voice)  # the first sentence plays while the rest renders
    playback = Speaker(device).play_stream(speech.chunks(), speech.rate)
    click.echo(f"played {playback.played:.2f} s with voice {voice.name} ({engine})")
