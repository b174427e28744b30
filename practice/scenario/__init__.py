"""Scenarios: the simulated professional the user interviews, loaded from TOML files.

Stable entry points for the interview loop and the review:
`load_scenario(name_or_path)`, `Interviewee(scenario).reply(text)` -> `Reply`, and the
dataclasses in `practice.scenario.model`.
"""

from practice.scenario.interviewee import Interviewee
from practice.scenario.matcher import Match, Matcher
from practice.scenario.model import CLASSIC_TOPICS, Detail, Scenario, Topic
from practice.scenario.reply import REPLY_KINDS, Reply
from practice.scenario.store import check_file, load_scenario, scenario_files, scenario_names

__all__ = [
    "CLASSIC_TOPICS", "REPLY_KINDS", "Detail", "Interviewee", "Match", "Matcher", "Reply",
    "Scenario", "Topic", "check_file", "load_scenario", "scenario_files", "scenario_names",
]
