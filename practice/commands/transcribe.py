"""`practice transcribe FILE`: one recording to text with word timings."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("transcribe")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--model", "-m", default=None, help="Model folder or name (default: bundled tiny.en).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON with word timings.")
@click.option("--verbatim", is_flag=True, help="Try to keep filler words (um, uh).")
@click.option("--beam-size", default=5, show_default=True, type=click.IntRange(1, 10))
def command(file: Path, model: str | None, as_json: bool, verbatim: bool, beam_size: int) -> None:
    """Transcribe a recording (WAV, FLAC, any rate) with faster-whisper."""
    from practice.speech.audio import is_silent, read_audio
    from practice.errors import PracticeError
    from practice.speech.stt import TranscribeOptions, Transcriber

    samples = read_audio(file)
    if len(samples) == 0 or is_silent(samples):
        raise PracticeError(
            f"no speech heard in {file}: it is silent; check the microphone with `practice devices --test`"
        )
    from practice.progress import progress, status
    from practice.speech.audio import SAMPLE_RATE

    transcriber = Transcriber(TranscribeOptions(model=model, verbatim=verbatim, beam_size=beam_size))
    with status("loading the speech model", enabled=not as_json):
        transcriber.load()
    with progress(f"transcribing {file.name}", len(samples) / SAMPLE_RATE, enabled=not as_json) as update:
        result = transcriber.transcribe(samples, progress=update)
    if as_json:
        data = result.to_dict()
        click.echo(json.dumps({k: data[k] for k in ("text", "duration", "model", "words", "verbatim")},
                              ensure_ascii=False))
        return
    click.echo(result.text)
