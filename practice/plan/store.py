"""One question plan per scenario, saved atomically as `<data folder>/plans/<scenario>.json`."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from practice.errors import PracticeError
from practice.files import atomic_write_json
from practice.paths import user_dir


@dataclass
class PlannedQuestion:
    text: str
    added: str  # ISO date and time


@dataclass
class Plan:
    scenario: str
    questions: list[PlannedQuestion] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [q.text for q in self.questions]

    def to_dict(self) -> dict:
        return {"scenario": self.scenario, "questions": [asdict(q) for q in self.questions]}


def plan_path(scenario: str) -> Path:
    return user_dir("plans") / f"{scenario}.json"


def load_plan(scenario: str) -> Plan | None:
    """The saved plan for this scenario, None when there is none; a damaged file is an error
    that says how to start again (the plan is the user's own writing: never dropped silently)."""
    path = plan_path(scenario)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        questions = [PlannedQuestion(str(q["text"]), str(q.get("added", ""))) for q in data["questions"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PracticeError(f"your question plan {path} cannot be read ({exc.__class__.__name__}); fix it "
                            f"or start again with `practice prepare {scenario} --clear`") from None
    return Plan(scenario, questions)


def save_plan(plan: Plan) -> Path:
    return atomic_write_json(plan_path(plan.scenario), plan.to_dict())


def delete_plan(scenario: str) -> bool:
    path = plan_path(scenario)
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise PracticeError(f"cannot delete {path}: {exc.strerror or exc}") from None
