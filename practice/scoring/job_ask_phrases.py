"""The phrases that ask for a job or a route to one, grown from the labelled interview sets, as
one search: those about their workplace's hiring (`job_ask_openings`) and whether it needs or
would take someone on (`job_ask_taking_on`), those in which the user asks for the work themself
(`job_ask_for_me`) or to be put forward for it, a favour that leads to one (`job_ask_favours`),
and a placement of their training there (`job_ask_placements`).
`job_asks.job_ask` reads them first and leaves the turns they miss to the learned reading in
`asking`; the phrases live apart from that decision because they are long and grow with every
round of sets. `Alternation` tries only the phrases whose words are in the turn; at one start the
earlier phrase wins, so the order of the join is kept as the phrases were grown.
"""

from __future__ import annotations

from practice.scoring.alternation import Alternation
from practice.scoring.job_ask_favours import FAVOURS
from practice.scoring.job_ask_for_me import FOR_ME
from practice.scoring.job_ask_openings import ABOUT_OPENINGS
from practice.scoring.job_ask_placements import PLACEMENTS
from practice.scoring.job_ask_taking_on import TAKING_ON

JOB_ASK = Alternation(r"\b(?:" + ABOUT_OPENINGS + "|" + TAKING_ON + "|" + FOR_ME + "|" + FAVOURS + "|"
                      + PLACEMENTS + ")")
