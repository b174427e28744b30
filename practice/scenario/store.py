"""Where scenarios come from: the built-in `scenarios/` folder and the user's own folder.

A user's scenario sits beside the built-in ones in every listing; one with the same name as
a built-in scenario takes its place (the listing says so), the same rule voices follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from practice.errors import PracticeError
from practice.paths import builtin_dir, user_dir
from practice.scenario.check import check_scenario
from practice.scenario.model import Scenario
from practice.tomlfile import Problem, TomlSyntaxError, read_toml
from practice.speech.voices import voice_names


@dataclass(frozen=True)
class ScenarioFile:
    name: str
    path: Path
    builtin: bool
    shadows_builtin: bool = False


def builtin_scenarios_dir() -> Path:
    return builtin_dir("scenarios")


def user_scenarios_dir() -> Path:
    return user_dir("scenarios")


def scenario_files() -> dict[str, ScenarioFile]:
    """Scenario name -> file, built-in first; a user's file of the same name replaces it."""
    found: dict[str, ScenarioFile] = {}
    for folder, builtin in ((builtin_scenarios_dir(), True), (user_scenarios_dir(), False)):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                shadows = not builtin and path.stem in found
                found[path.stem] = ScenarioFile(path.stem, path, builtin, shadows)
    return found


def scenario_names() -> list[str]:
    return sorted(scenario_files())


def check_file(path: Path, builtin: bool = False, gaps: list[Problem] | None = None
               ) -> tuple[Scenario | None, list[Problem]]:
    """Every problem of one scenario file, syntax errors included, instead of raising;
    missing format-2 content goes to `gaps` when given (see check_scenario)."""
    try:
        toml = read_toml(Path(path), "scenario")
    except TomlSyntaxError as err:
        return None, [err.problem]
    except PracticeError as err:  # unreadable (not UTF-8, no permission): one problem among others
        return None, [Problem(Path(path), None, "", str(err))]
    return check_scenario(toml, voice_names(), builtin, gaps)


def resolve(name_or_path: str) -> ScenarioFile:
    """A scenario by name (`nurse`) or by path to a .toml file."""
    path = Path(name_or_path).expanduser()
    if path.suffix == ".toml":
        if not path.exists():
            raise PracticeError(f"scenario file {path} does not exist")
        return ScenarioFile(path.stem, path, False)
    files = scenario_files()
    if name_or_path not in files:
        known = ", ".join(sorted(files)) or "none"
        raise PracticeError(f"unknown scenario '{name_or_path}': choose one of {known} "
                            "(see `practice scenarios list`)")
    return files[name_or_path]


def load_scenario(name_or_path: str) -> Scenario:
    """Load and check a scenario; any problem becomes one PracticeError naming file and line."""
    found = resolve(name_or_path)
    scenario, problems = check_file(found.path, found.builtin)
    if problems:
        extra = len(problems) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        raise PracticeError(f"{problems[0]}{more}; run `practice scenarios check {found.path}` "
                            "to see them all")
    return scenario
