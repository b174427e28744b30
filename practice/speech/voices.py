"""Voice profiles: the engine and settings that give each simulated person a voice.

Profiles are small TOML files in `voices/` (built in) or the user's `voices/` folder, so
anyone can add one without touching code. Loading validates every field and names the file,
line and field of each problem.

A profile names an engine: `espeak` (espeak-ng through pyttsx3) or `piper` (a neural voice
bundled in a package, settings in a `[piper]` table). Every profile keeps its espeak-ng
settings, because they are what a piper profile falls back to when the neural voice is not
installed or fails to load: the session goes on with a voice of the same character.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from practice.errors import PracticeError
from practice.paths import builtin_dir, user_dir
from practice.tomlfile import Problem, TomlFile, read_toml


ENGINES = ("espeak", "piper")


@dataclass(frozen=True)
class PiperSettings:
    """How a piper profile renders: which bundled model, and its VITS scales.

    length_scale stretches every phoneme (> 1 is slower: the pace); noise_scale is the
    variation of the voice itself (lower is flatter and steadier); noise_w the variation of
    phoneme lengths (the rhythm); sentence_pause the silence put between sentences.
    """

    model: str = "en_US-joe-medium"
    length_scale: float = 1.0
    noise_scale: float = 0.667
    noise_w: float = 0.8
    sentence_pause: float = 0.3


@dataclass(frozen=True)
class VoiceProfile:
    name: str
    description: str
    espeak_voice: str
    variant: str
    rate: int  # words per minute
    pitch: int  # 0..99
    volume: float  # 0..1
    path: Path | None = None
    engine: str = "espeak"  # "espeak" or "piper"
    word_gap: int = 0  # espeak-ng: extra pause between words, in 10 ms units
    piper: PiperSettings | None = None  # set when engine == "piper"

    @property
    def espeak_name(self) -> str:
        """The name espeak-ng's SetVoiceByName takes: `en-us+f3`."""
        return f"{self.espeak_voice}+{self.variant}" if self.variant else self.espeak_voice

    def espeak(self) -> VoiceProfile:
        """The same profile on the espeak engine: the fallback of a piper profile."""
        return replace(self, engine="espeak", piper=None)


def voice_dirs() -> list[Path]:
    return [builtin_dir("voices"), user_dir("voices")]


def voice_files() -> dict[str, Path]:
    """Voice name -> file; a user's voice of the same name overrides a built-in one."""
    found: dict[str, Path] = {}
    for folder in voice_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = path
    return found


def voice_names() -> list[str]:
    return sorted(voice_files())


def check_voice(toml: TomlFile) -> tuple[VoiceProfile | None, list[Problem]]:
    data = toml.data
    problems: list[Problem] = []

    def get(key: str, kind: type | tuple, default=None, required: bool = True):
        if key not in data:
            if required:
                problems.append(toml.problem(key, "missing"))
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            problems.append(toml.problem(key, f"must be {names}, not {type(value).__name__}"))
            return default
        return value

    engine = get("engine", str, "espeak", required=False)
    if isinstance(engine, str) and engine not in ENGINES:
        problems.append(toml.problem("engine", f"'{engine}' is not one of {', '.join(ENGINES)}"))
    piper = _check_piper(toml, engine == "piper", problems)
    espeak_voice = get("espeak_voice", str, "")
    variant = get("variant", str, "", required=False)
    description = get("description", str, "", required=False)
    rate = get("rate", int, 160)
    pitch = get("pitch", int, 50)
    volume = get("volume", (int, float), 1.0, required=False)
    word_gap = get("word_gap", int, 0, required=False)
    if isinstance(word_gap, int) and not 0 <= word_gap <= 50:
        problems.append(toml.problem("word_gap", f"{word_gap} is outside 0..50 (10 ms units)"))
    if isinstance(rate, int) and not 80 <= rate <= 450:
        problems.append(toml.problem("rate", f"{rate} is outside 80..450 words per minute"))
    if isinstance(pitch, int) and not 0 <= pitch <= 99:
        problems.append(toml.problem("pitch", f"{pitch} is outside 0..99"))
    if isinstance(volume, (int, float)) and not 0 < volume <= 1:
        problems.append(toml.problem("volume", f"{volume} is outside 0..1"))
    for key in data:
        if key not in {"engine", "piper", "espeak_voice", "variant", "description", "rate",
                       "pitch", "volume", "word_gap"}:
            problems.append(toml.problem(key, "unknown field"))
    if problems:
        return None, problems
    return VoiceProfile(toml.path.stem, description, espeak_voice, variant, rate, pitch,
                        float(volume), toml.path, engine, word_gap, piper), []


# name -> (allowed range) of the [piper] table's numbers
_PIPER_RANGES = {"length_scale": (0.5, 2.0), "noise_scale": (0.0, 1.5), "noise_w": (0.0, 1.5),
                 "sentence_pause": (0.0, 2.0)}


def _check_piper(toml: TomlFile, wanted: bool, problems: list[Problem]) -> PiperSettings | None:
    table = toml.data.get("piper")
    if table is None:
        if wanted:
            problems.append(toml.problem("piper", "missing: engine = \"piper\" needs a [piper] table"))
        return None
    if not isinstance(table, dict):
        problems.append(toml.problem("piper", "must be a table ([piper])"))
        return None
    values: dict = {}
    for key, value in table.items():
        where = f"piper.{key}"
        if key == "model":
            if not isinstance(value, str) or not value:
                problems.append(toml.problem(where, "must be the name of a bundled model"))
            else:
                values[key] = value
        elif key in _PIPER_RANGES:
            low, high = _PIPER_RANGES[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                problems.append(toml.problem(where, f"must be a number, not {type(value).__name__}"))
            elif not low <= value <= high:
                problems.append(toml.problem(where, f"{value} is outside {low}..{high}"))
            else:
                values[key] = float(value)
        else:
            problems.append(toml.problem(where, "unknown field"))
    return PiperSettings(**values) if wanted else None


def load_voice(name_or_path: str) -> VoiceProfile:
    """A voice by name (`maya`) or by path to a .toml file."""
    path = Path(name_or_path)
    if not (path.suffix == ".toml" and path.exists()):
        files = voice_files()
        if name_or_path not in files:
            known = ", ".join(sorted(files)) or "none"
            raise PracticeError(
                f"unknown voice '{name_or_path}': choose one of {known} (see `practice voices`)"
            )
        path = files[name_or_path]
    return _load(path)


def _load(path: Path) -> VoiceProfile:
    profile, problems = check_voice(read_toml(path, "voice profile"))
    if problems:
        raise PracticeError(f"{problems[0]} (fix the voice profile and try again)")
    return profile


def list_voices() -> list[VoiceProfile]:
    return [_load(path) for _, path in sorted(voice_files().items())]
