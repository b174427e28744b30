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
    from practice.speech.audio import cut_short, is_silent, read_audio
    from practice.errors import PracticeError
    from practice.speech.stt import TranscribeOptions, Transcriber
    from practice.speech.vad import has_speech

    # the model named first (cheap, no loading): a wrong --model is the error to show
    transcriber = Transcriber(TranscribeOptions(model=model, verbatim=verbatim, beam_size=beam_size))
    samples = read_audio(file)
    short = cut_short(file)
    why = f"{short}; " if short else ""
    # the voice detector decides first: Whisper writes made-up text for a tone or music
    if len(samples) == 0 or is_silent(samples):
        raise PracticeError(f"no speech in {file}: {why or 'the recording is silent; '}nothing to transcribe")
    if not has_speech(samples):
        raise PracticeError(f"no speech in {file}: {why}heard sound but no voice (a tone, noise or "
                            "music?), so there is nothing to transcribe")
    from practice.progress import progress, status
    from practice.speech.audio import SAMPLE_RATE

    with status("loading the speech model", enabled=not as_json):
        transcriber.load()
    with progress(f"transcribing {file.name}", len(samples) / SAMPLE_RATE, enabled=not as_json) as update:
        result = transcriber.transcribe(samples, progress=update)
    if not result.text.strip():
        raise PracticeError(f"heard a voice in {file} but could not make out any words: {why}try a "
                            "clearer recording, or a larger model with --model")
    if short:
        click.echo(f"practice: warning: {short}; transcribed what is there", err=True)
    if as_json:
        data = result.to_dict()
        click.echo(json.dumps({k: data[k] for k in ("text", "duration", "model", "words", "verbatim")},
                              ensure_ascii=False))
        return
    click.echo(result.text)
