"""Every command shown in README.md runs, so the documentation cannot drift from the program.

The ```sh blocks are parsed (a `$ ` prompt marks commands when a block shows output too; a
`$ cat FILE` followed by lines writes FILE), and each `practice ...` line is run in order, each in
its own process as a user runs it, with one empty data folder, in a scratch folder where the files
it names are made first:

- input files it names are created: a spoken WAV/FLAC (the real TTS), a typed script or a
  list of WAV paths for `--script` (typed with `--text`), a folder of WAVs for `--input-dir`,
  a JSONL of questions, a scenario TOML, a short text for other `.txt` inputs;
- what needs a microphone runs in its file or text form: `interview` types its turns (on
  stdin) unless it already reads files, `pitch` gets `--input`, `demo` gets `--files` and a
  half-minute budget, `devices --test` listens for 1 s, `selftest` runs `--virtual`;
  speakers are PulseAudio's virtual devices;
- example session ids (`20250314-1830`) become the latest saved session, `delete` gets
  `--yes`, `$EDITOR` is `true`, and `--model base.en` finds a model added the way the README
  says (a folder under the data folder's `models/`, here the bundled tiny.en under that name).

A new command in the README needs no change here unless it needs a new kind of input file.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from practice.cli import main
from practice.speech.audio import write_wav

ROOT = Path(__file__).resolve().parent.parent
OUTPUT_FLAGS = {"--output", "-o", "--out", "--html", "--markdown", "--json"}
SESSION_ID = re.compile(r"^\d{8}-\d{4}")
PITCH = ("Hi, I'm Sam Rivera. I just finished a psychology degree, and I'm exploring this field. "
         "I'd love to hear how you got started.")
TURNS = [PITCH, "What does a typical day look like for you?", "Thank you so much for your time."]
MESSAGE = ("Hi Priya, I'm Sam, a psychology graduate; Dana Lee suggested I write to you. Would you have "
           "20 minutes for a call next week to tell me how you got into research?\n"
           "What does a typical day look like for you?\n")


@dataclass
class Command:
    args: list[str]
    line: str
    stdout_to: str | None = None


@dataclass
class Readme:
    commands: list[Command] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # from `$ cat FILE` and the lines after it


def parse(text: str) -> Readme:
    found = Readme()
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        lines = block.splitlines()
        prompted = any(line.startswith("$ ") for line in lines)
        cat: str | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if prompted and not line.startswith("$ "):
                if cat is not None:
                    found.files[cat] += line + "\n"
                continue
            line = line[2:] if prompted else line
            while line.rstrip().endswith("\\") and i < len(lines):
                line = line.rstrip()[:-1] + " " + lines[i].strip()
                i += 1
            cat = None
            words = shlex.split(line, comments=True)
            if words[:1] == ["cat"] and len(words) == 2:
                cat = words[1]
                found.files[cat] = ""
                continue
            if words[:1] != ["practice"]:
                continue
            stdout_to = None
            if ">" in words:
                at = words.index(">")
                stdout_to, words = words[at + 1], words[:at] + words[at + 2:]
            found.commands.append(Command(words[1:], line.strip(), stdout_to))
    return found


class Workspace:
    """The scratch folder: makes the inputs a command names and rewrites it to run here."""

    def __init__(self, folder: Path, home: Path, say, files: dict[str, str]):
        self.folder, self.home, self.say = folder, home, say
        self.readme_files = files
        self._speech: dict[str, object] = {}

    def speech(self, text: str):
        if text not in self._speech:
            self._speech[text] = self.say(text, "sam")
        return self._speech[text]

    def wav(self, path: Path, text: str = PITCH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        speech = self.speech(text)
        write_wav(path, speech.samples, speech.rate)

    def wav_folder(self, path: Path) -> None:
        for n, text in enumerate(TURNS, 1):
            self.wav(path / f"{n:02d}.wav", text)

    def make_input(self, arg: str, flag: str | None, args: list[str]) -> None:
        path = self.folder / arg
        if path.exists() or arg.startswith("-"):
            return
        if arg in self.readme_files:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.readme_files[arg], encoding="utf-8")
        elif flag == "--input-dir" or arg.endswith("/"):
            self.wav_folder(path)
        elif path.suffix.lower() in (".wav", ".flac"):
            self.wav(path)
        elif flag == "--script" and "--text" not in args:
            self.wav_folder(path.parent / (path.stem + "-turns"))
            path.write_text("".join(f"{path.stem}-turns/{n:02d}.wav\n" for n in range(1, len(TURNS) + 1)))
        elif flag == "--script":
            path.write_text("\n".join(TURNS) + "\n", encoding="utf-8")
        elif path.suffix == ".txt":
            path.write_text(MESSAGE, encoding="utf-8")
        elif path.suffix == ".jsonl":
            path.write_text('{"text": "What does a normal day look like for you?"}\n'
                            '{"text": "Do you like your job?"}\n', encoding="utf-8")
        elif path.suffix == ".toml":
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "scenarios" / "nurse.toml", path)

    def prepare(self, command: Command) -> tuple[list[str], str]:
        """The arguments to run and what to type on stdin."""
        args = list(command.args)
        stdin = ""
        latest = sorted((self.home / "sessions").glob("*/session.json"))
        args = [latest[-1].parent.name if SESSION_ID.match(a) and latest else a for a in args]
        for n, arg in enumerate(args):
            previous = args[n - 1] if n else None
            if previous in OUTPUT_FLAGS:
                continue
            if n and not arg.startswith("-") and ("." in Path(arg).name or arg.endswith("/")) \
                    and not SESSION_ID.match(arg) and " " not in arg:
                self.make_input(arg, previous if previous and previous.startswith("-") else None, args)
        name = args[0] if args else ""
        if name == "interview":
            if not {"--text", "--script", "--input-dir"} & set(args):
                args.append("--text")  # its text form: the turns typed
            if "--text" in args and "--script" not in args:
                stdin = "\n".join(TURNS) + "\n"
        elif name == "pitch" and "--input" not in args:
            self.wav(self.folder / "readme-pitch.wav")
            args += ["--input", "readme-pitch.wav"]
        elif name == "demo":
            if "--files" not in args:
                args.append("--files")
            if "--minutes" in args:
                args[args.index("--minutes") + 1] = "0.5"
            else:
                args += ["--minutes", "0.5"]
        elif name == "devices" and "--seconds" in args:
            args[args.index("--seconds") + 1] = "1"
        elif name == "selftest" and "--virtual" not in args:
            args.append("--virtual")  # its no-hardware form: nobody is there to say the sentence
        elif args[:2] == ["sessions", "delete"] and "--yes" not in args and "-y" not in args:
            args.append("--yes")
        return args, stdin


def test_readme_parser_finds_commands_and_files():
    readme = parse((ROOT / "README.md").read_text(encoding="utf-8"))
    lines = [c.line for c in readme.commands]
    assert any(line.startswith("practice interview --scenario nurse --text") for line in lines)
    assert any(c.args[:2] == ["score", "--text"] and "--previous" in c.args for c in readme.commands)
    assert any(c.stdout_to == "review.json" for c in readme.commands)
    assert readme.files["turns.jsonl"].count("\n") == 2
    assert not any(c.args[:1] == ["make"] for c in readme.commands)


def test_every_readme_command_runs(tmp_path, practice_home, monkeypatch, say, virtual_audio):
    from practice.speech.stt import resolve_model

    readme = parse((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(readme.commands) > 40
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setenv("COLUMNS", "100")
    # a model added the way the README says: a folder under the data folder's models/
    (practice_home / "models").mkdir(parents=True)
    (practice_home / "models" / "base.en").symlink_to(resolve_model(None).path)
    space = Workspace(work, practice_home, say, readme.files)
    failures = []
    for command in readme.commands:
        args, typed = space.prepare(command)
        # its own process, as a user runs it: a native library that crashes fails this command,
        # by name, and no command inherits what the ones before it loaded
        ran = subprocess.run([sys.executable, "-m", "practice", *args], input=typed, capture_output=True,
                             text=True, cwd=work, timeout=300)
        if command.stdout_to:
            (work / command.stdout_to).write_text(ran.stdout, encoding="utf-8")
        expected = 1 if "(exit 1" in command.line else 0  # the README says this one fails on purpose
        if ran.returncode != expected or "Traceback" in ran.stderr + ran.stdout:
            failures.append(f"{command.line}\n  ran: practice {shlex.join(args)}\n  exit {ran.returncode}: "
                            f"{ran.stderr.strip()[-600:]}")
    assert not failures, "README commands that fail:\n" + "\n".join(failures)
    assert (work / "review.json").read_text().startswith("{")


def test_a_typed_script_without_text_says_to_add_text(tmp_path, capsys):
    script = tmp_path / "my-questions.txt"
    script.write_text("Hi, I'm Jordan, a career changer exploring nursing.\nWhat is a shift like?\n")
    assert main(["interview", "--scenario", "nurse", "--script", str(script)]) == 1
    err = capsys.readouterr().err
    assert "add --text" in err and "does not exist" not in err and len(err.strip().splitlines()) == 1
