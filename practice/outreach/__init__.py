"""Checking a request for an informational interview before you send it.

`check_message(text, channel, earlier)` runs every check (`practice.outreach.checks`) and
picks the sentence to rewrite (`practice.outreach.rewrite`); `practice.outreach.store` keeps
the messages checked before, for the copy-and-paste check.
"""

from practice.outreach.checks import CHANNELS, LENGTH_NORMS, Check
from practice.outreach.result import OutreachResult, check_message

__all__ = ["CHANNELS", "LENGTH_NORMS", "Check", "OutreachResult", "check_message"]
