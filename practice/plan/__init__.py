"""The question plan for a coming interview: written before, used during, checked after.

Preparing means researching the person and writing your questions down beforehand, then
keeping it relaxed and following tangents, which may be worth more than the planned
question. `store` keeps one plan per scenario in the data folder; `coverage` says which
topics a plan reaches and suggests rapport topics; `progress` says, after a rehearsal, which
planned questions were asked, which were skipped and which tangents were followed instead.
"""

from practice.plan.store import Plan, PlannedQuestion, load_plan, save_plan

__all__ = ["Plan", "PlannedQuestion", "load_plan", "save_plan"]
