"""`practice devices`: which microphones and speakers there are, and whether input is live."""

from __future__ import annotations

import time

import click
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text


def level_bar(dbfs: float, width: int = 40) -> Text:
    """A meter from -60 dBFS (empty) to 0 dBFS (full)."""
    fraction = 0.0 if dbfs == float("-inf") else min(1.0, max(0.0, (dbfs + 60.0) / 60.0))
    filled = int(round(fraction * width))
    colour = "green" if dbfs < -12 else "yellow" if dbfs < -3 else "red"
    shown = "silent" if dbfs == float("-inf") else f"{dbfs:6.1f} dBFS"
    return Text("█" * filled, style=colour) + Text("░" * (width - filled), style="dim") + Text(f" {shown}")


@click.command("devices")
@click.option("--test", is_flag=True, help="Show the live input level for a few seconds.")
@click.option("--seconds", default=5.0, show_default=True, help="How long --test listens.")
@click.option("--device", default=None, help="Input device name or number for --test.")
def command(test: bool, seconds: float, device: str | None) -> None:
    """List audio input and output devices; --test shows a live microphone level."""
    from practice.speech.audio import rms_dbfs
    from practice.speech.devices import Microphone, list_devices

    console = Console()
    devices = list_devices()
    table = Table(title="Audio devices")
    for column in ("#", "name", "host API", "in", "out", "rate", "default"):
        table.add_column(column, overflow="fold")
    for d in devices:
        default = " ".join(k for k, v in (("input", d.is_default_input), ("output", d.is_default_output)) if v)
        table.add_row(str(d.index), d.name, d.hostapi, str(d.inputs), str(d.outputs),
                      f"{d.default_rate:.0f}", default)
    console.print(table if devices else "No audio devices found (PortAudio sees none).")
    if not test:
        return
    peak = float("-inf")
    with Microphone(device) as mic, Live(console=console, refresh_per_second=15) as live:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            block = mic.read(timeout=0.5)
            if block is None:
                continue
            level = rms_dbfs(block.samples)
            peak = max(peak, level)
            live.update(Text("input level ") + level_bar(level))
    if peak < -50:
        console.print("[yellow]No sound reached the microphone: check it is connected and unmuted.[/]")
    else:
        console.print(f"Microphone works (loudest {peak:.1f} dBFS).")
