"""`practice selftest`: a real round trip through the speech stack.

Speaks a line through the speaker, records a spoken sentence from the microphone and
transcribes it with the bundled model. On a machine with no sound card (or with
`--virtual`) it makes private virtual devices and 'speaks' the sentence into the virtual
microphone with a second voice, so the whole path runs with no hardware at all.
"""

from __future__ import annotations

import time

import click
from rich.console import Console

LINE = "Hi, thanks for reaching out. Tell me a little about yourself."
SENTENCE = "Could you tell me how you got started in product design?"


def has_devices() -> bool:
    from practice.speech.devices import list_devices

    devices = list_devices()
    return any(d.inputs for d in devices) and any(d.outputs for d in devices)


@click.command("selftest")
@click.option("--virtual", is_flag=True, help="Use virtual devices even if a sound card exists.")
@click.option("--model", "-m", default=None, help="Model folder or name (default: bundled tiny.en).")
def command(virtual: bool, model: str | None) -> None:
    """Speak, record and transcribe once, to check that everything works."""
    from contextlib import nullcontext

    from practice.safetext import markup
    from practice.speech.stt import TranscribeOptions, Transcriber
    from practice.speech.tts import Synthesizer
    from practice.speech.virtual import VirtualAudio
    from practice.speech.voices import load_voice

    console = Console()
    use_virtual = virtual or not has_devices()
    synth = Synthesizer()
    transcriber = Transcriber(TranscribeOptions(model=model))
    with console.status("loading the speech model"):
        transcriber.load()
    with (VirtualAudio() if use_virtual else nullcontext()) as audio:
        from practice.speech.devices import Microphone, Speaker

        if use_virtual:
            console.print("[dim]No sound card in use: running on private virtual devices.[/]")
        speech = synth.render(LINE, load_voice("maya"))
        console.print(f"[bold]maya:[/] {LINE}")
        playback = Speaker().play(speech.samples, speech.rate)
        console.print(f"[dim]played {playback.played:.2f} s; ended "
                      f"{playback.ended - playback.started:.2f} s after it started[/]")
        candidate = synth.render(SENTENCE, load_voice("sam"))
        seconds = candidate.duration + 1.5
        if use_virtual:
            console.print(f"[bold]sam (into the virtual microphone):[/] {SENTENCE}")
        else:
            console.print(f"Now say: [bold]{SENTENCE}[/]")
        blocks = []
        with Microphone() as mic:
            mic.read(timeout=2.0)
            if use_virtual:
                audio.feeder.say(candidate.samples)
            end = time.monotonic() + (seconds if use_virtual else 6.0)
            while time.monotonic() < end:
                block = mic.read(timeout=1.0)
                if block is not None:
                    blocks.append(block.samples)
    import numpy as np

    from practice.speech.audio import is_silent
    from practice.errors import PracticeError

    recorded = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
    if is_silent(recorded):
        raise PracticeError("no speech heard: check the microphone with `practice devices --test`")
    result = transcriber.transcribe(recorded)
    console.print(f"[bold]heard:[/] {markup(result.text)}")  # Whisper text: never markup
    timings = " ".join(f"{w.word}@{w.start:.2f}" for w in result.words)
    console.print(f"[dim]words: {timings}[/]")
    console.print(f"[green]Round trip complete[/] (model {result.model}).")
