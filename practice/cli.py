"""The `practice` command line: a click group, one module per command.

Each module in `practice.commands` exposes a click command (or group) named `command`.
Heavy libraries (faster-whisper, sounddevice, pyttsx3) are imported inside the commands
that need them, so `practice --help` stays instant. `main` is the one place that turns a
PracticeError (or Ctrl-C) into a one-line message and an exit code.
"""

from __future__ import annotations

import importlib
import sys

import click

from practice import __version__
from practice.errors import PracticeError

# One line per command module; each defines `command`.
COMMAND_MODULES: list[str] = [
    "scenarios",
    "devices",
    "voices",
    "transcribe",
    "selftest",
    "pitch",
    "interview",
    "demo",
    "score",
    "review",
    "sessions",
    "followup",
    "history",
    "outreach",
    "prepare",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="practice")
def cli() -> None:
    """Rehearse informational interviews out loud, offline."""


for _name in COMMAND_MODULES:
    cli.add_command(importlib.import_module(f"practice.commands.{_name}").command)


def fail(message: str, exit_code: int = 1) -> int:
    print(f"practice: error: {message}", file=sys.stderr)
    return exit_code


def main(argv: list[str] | None = None) -> int:
    try:
        result = cli.main(args=argv, prog_name="practice", standalone_mode=False)
    except PracticeError as err:
        return fail(str(err), err.exit_code)
    except (KeyboardInterrupt, click.exceptions.Abort):
        return fail("interrupted; anything already saved is kept", 130)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        # one line, like every other error: what was wrong, and where the usage is
        where = exc.ctx.command_path if exc.ctx is not None else "practice"
        message = " ".join(exc.format_message().split()).rstrip(".")
        return fail(f"{message}; see `{where} --help`", exc.exit_code)
    except click.ClickException as exc:
        return fail(" ".join(exc.format_message().split()), exc.exit_code)
    except BrokenPipeError:
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
