"""The yardsticks a review measures against, each with where it comes from.

Kept in one place so the report, the docs and the tests quote the same numbers, and so
nobody mistakes a rule of thumb for a research finding: every norm says what it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from practice.interview.pacing import COMFORTABLE_WPM, LONG_PAUSE
from practice.pitch.result import PitchOptions


@dataclass(frozen=True)
class Norm:
    key: str
    value: str
    source: str


PITCH_TARGET_S = PitchOptions.target_s  # the product brief: introduce yourself in about ten seconds
PITCH_TOLERANCE_S = PitchOptions.tolerance_s  # `practice pitch` counts target +- 2 s as on time
PITCH_WPM_ESTIMATE = 150.0  # to estimate a typed pitch's length (middle of the comfortable band)
TALK_SHARE_TARGET = 0.35  # the user's share of the talking
RQ_FAIR = 1.0  # reflections per question: MITI 4.2.1 "fair" (basic competence)
RQ_GOOD = 2.0  # MITI 4.2.1 "good" (proficiency)
OPEN_SHARE_TARGET = 0.7  # share of questions that are open
LONG_GAP_S = 3.0  # silence before the user starts speaking that is worth a note
TYPICAL_GAP_S = 0.2  # Stivers et al. (2009): the usual gap between turns in conversation
CLASSIC_TARGET = 4  # of the eight classic topics, in a 15-20 minute conversation

NORMS: tuple[Norm, ...] = (
    Norm("pitch", f"introduce yourself in about {PITCH_TARGET_S:.0f} s (on time within "
                  f"+-{PITCH_TOLERANCE_S:.0f} s)",
         "the product brief's 10-second introduction; the tolerance is this tool's choice"),
    Norm("pace", f"{COMFORTABLE_WPM[0]:.0f}-{COMFORTABLE_WPM[1]:.0f} words per minute",
         "a common public-speaking guideline for comfortable speech, not a study"),
    Norm("pauses", f"a silence of {LONG_PAUSE:.0f} s or more inside a turn is a long pause",
         "this tool's threshold"),
    Norm("gap", f"the usual gap between turns is about {TYPICAL_GAP_S * 1000:.0f} ms; a gap over "
                f"{LONG_GAP_S:.0f} s before you speak is noted",
         "Stivers et al. (2009), PNAS 106(26), for the usual gap; the 3 s note is this tool's choice"),
    Norm("talk share", f"talk less than the interviewee: under about {TALK_SHARE_TARGET:.0%} of "
                       "the talking time",
         "a common informational-interview guideline (let them do most of the talking); the "
         "35% figure is this tool's choice, not a study"),
    Norm("open questions", f"at least {OPEN_SHARE_TARGET:.0%} of your questions open",
         "a rule of thumb of this tool, following the advice to ask open-ended questions"),
    Norm("reflections", f"reflections to questions at least {RQ_FAIR:.0f}:1 (fair), "
                        f"{RQ_GOOD:.0f}:1 (good)",
         "motivational interviewing practice: the MITI 4.2.1 coding manual's thresholds "
         "(Moyers, Manuel & Ernst) for basic competence and proficiency"),
    Norm("classic topics", f"reach at least {CLASSIC_TARGET} of the eight classic topics",
         "this tool's choice for a 15-20 minute conversation"),
)
