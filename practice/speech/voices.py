"""Voice profiles: the espeak-ng settings that give each simulated person a voice.

Profiles are small TOML files in `voices/` (built in) or the user's `voices/` folder, so
anyone can add one without touching code. Loading validates every field and names the file,
line and field of each problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from practice.errors import PracticeError
from practice.paths import builtin_dir, user_dir
from practice.tomlfile import Problem, TomlFile, read_toml


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

    @property
    def espeak_name(self) -> str:
        """The name espeak-ng's SetVoiceByName takes: `en-us+f3`."""
        return f"{self.espeak_voice}+{self.variant}" if self.variant else self.espeak_voice


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

    espeak_voice = get("espeak_voice", str, "")
    variant = get("variant", str, "", required=False)
    description = get("description", str, "", required=False)
    rate = get("rate", int, 160)
    pitch = get("pitch", int, 50)
    volume = get("volume", (int, float), 1.0, required=False)
    if isinstance(rate, int) and not 80 <= rate <= 450:
        problems.append(toml.problem("rate", f"{rate} is outside 80..450 words per minute"))
    if isinstance(pitch, int) and not 0 <= pitch <= 99:
        problems.append(toml.problem("pitch", f"{pitch} is outside 0..99"))
    if isinstance(volume, (int, float)) and not 0 < volume <= 1:
        problems.append(toml.problem("volume", f"{volume} is outside 0..1"))
    for key in data:
        if key not in {"espeak_voice", "variant", "description", "rate", "pitch", "volume"}:
            problems.append(toml.problem(key, "unknown field"))
    if problems:
        return None, problems
    return VoiceProfile(toml.path.stem, description, espeak_voice, variant, rate, pitch,
                        float(volume), toml.path), []


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
