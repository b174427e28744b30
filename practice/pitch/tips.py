"""Two or three concrete tips, most important first.

Every finding proposes a tip with a rank; the best three are kept. The ranking follows what
matters most for a 10-second introduction: first that it fits the time, then that it says
the four points (and never asks for a job), then how it sounds (rate, fillers, pauses,
evenness, a slow start). Each tip quotes the user's own words or times so it can be acted
on at the next attempt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from practice.pitch.checklist import LABELS, SUGGESTIONS

if TYPE_CHECKING:
    from practice.pitch.result import PitchResult

MAX_TIPS = 3
MIN_TIPS = 2
SLOW_START_S = 2.0


def quote(text: str, limit: int = 12) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" ..." if len(words) > limit else "")


def _at_comfortable_pace(r: "PitchResult") -> tuple[float, float]:
    """The middle of the rate band, and how long the same words would take at it."""
    o = r.options
    mid = (o.rate_low + o.rate_high) / 2
    words = r.wpm * r.duration_s / 60.0
    return mid, words / mid * 60.0


def _timing(r: "PitchResult") -> list[tuple[float, str]]:
    o = r.options
    if r.capped:
        return [(0, f"Your pitch was still going at the {o.cap_s:.0f} s cap: aim for "
                    f"{o.target_s:.0f} s. Say your name, where you are now, what you are "
                    "exploring and your ask, then stop.")]
    mid, natural = _at_comfortable_pace(r)
    fits = abs(natural - o.target_s) <= o.tolerance_s
    if r.verdict == "too_long":
        over = r.duration_s - o.target_s
        if r.rate == "slow" and fits:
            return [(1, f"It ran {over:.1f} s over {o.target_s:.0f} s because of the slow pace "
                        f"({r.wpm:.0f} words a minute): at about {mid:.0f} the same words take "
                        f"about {natural:.0f} s. Keep the words, pick up the pace.")]
        if r.cut is not None and r.cut.action == "cut":
            rest = "" if r.cut.new_duration_s <= o.target_s + o.tolerance_s else \
                " and tighten the rest"
            return [(1, f'It ran {over:.1f} s over {o.target_s:.0f} s: cut "{quote(r.cut.text)}" '
                        f"(saves about {r.cut.saves_s:.1f} s, leaving about "
                        f"{r.cut.new_duration_s:.0f} s){rest}.")]
        part = f' Tighten "{quote(r.cut.text)}" to a few words.' if r.cut else ""
        return [(1, f"It ran {over:.1f} s over {o.target_s:.0f} s and each part carries a "
                    f"point.{part}")]
    if r.verdict == "too_short":
        short = o.target_s - r.duration_s
        if _pace_explains_short(r):
            then = "which fits" if fits else "so slow down and trim a little"
            return [(1, f"It was {short:.1f} s short of {o.target_s:.0f} s because of the fast "
                        f"pace ({r.wpm:.0f} words a minute): at about {mid:.0f} the same words "
                        f"take about {natural:.0f} s, {then}.")]
        if r.missing:
            return [(1, f"It was {short:.1f} s short of {o.target_s:.0f} s: use the time to add "
                        f"{LABELS[r.missing]}. {SUGGESTIONS[r.missing]}")]
        return [(1, f"It was {short:.1f} s short of {o.target_s:.0f} s: add one specific detail "
                    "(a project, a place, a number) about where you are now or what draws you "
                    "to the field.")]
    return []


def _pace_explains_short(r: "PitchResult") -> bool:
    """Too short, but only because it was rushed: at a comfortable pace it would fit (or
    even run over). A short pitch that would still be short needs more content instead."""
    o = r.options
    return r.verdict == "too_short" and r.rate == "fast" and \
        _at_comfortable_pace(r)[1] >= o.target_s - o.tolerance_s


def _rate_in_timing(r: "PitchResult") -> bool:
    """Whether the timing tip already blames the pace (so the rate tip would repeat it)."""
    return not r.capped and (_pace_explains_short(r) or (
        r.verdict == "too_long" and r.rate == "slow"
        and abs(_at_comfortable_pace(r)[1] - r.options.target_s) <= r.options.tolerance_s))


def _content(r: "PitchResult") -> list[tuple[float, str]]:
    tips = []
    job = r.checks.get("job_ask")
    if job is not None and job.present:
        tips.append((1.5, f'Drop the job request ("{quote(job.matched or "")}"): an informational '
                          "interview asks to learn from them, not for a job."))
    if r.missing and not (r.verdict == "too_short" and not _pace_explains_short(r)
                          and not r.capped):
        tips.append((2, f"Add {LABELS[r.missing]}. {SUGGESTIONS[r.missing]}"))
    return tips


def _delivery(r: "PitchResult") -> list[tuple[float, str]]:
    o = r.options
    tips = []
    if _rate_in_timing(r):
        pass
    elif r.rate == "fast":
        tips.append((3, f"Slow down: {r.wpm:.0f} words a minute is above the comfortable "
                        f"{o.rate_low:.0f} to {o.rate_high:.0f}; take a breath at each full stop."))
    elif r.rate == "slow":
        tips.append((3, f"Pick up the pace: {r.wpm:.0f} words a minute is below the comfortable "
                        f"{o.rate_low:.0f} to {o.rate_high:.0f}; keep the gaps between "
                        "sentences short."))
    if r.fillers:
        listed = ", ".join(f'"{f.word}" at {f.start:.1f} s' for f in r.fillers[:3])
        more = f" and {len(r.fillers) - 3} more" if len(r.fillers) > 3 else ""
        n = len(r.fillers)
        tips.append((4 if n > 1 else 4.5,
                     f"Replace the {n} filler{'s' if n > 1 else ''} ({listed}{more}) with a "
                     "short silent pause."))
    if r.pauses:
        p = max(r.pauses, key=lambda p: p.duration)
        where = f' after "{p.after.strip(",.")}"' if p.after else ""
        tips.append((5, f"Smooth the {p.duration:.1f} s pause{where} at {p.start:.1f} s: know the "
                        "next line by heart so it follows straight on."))
    changed = [s for s in r.pace if s.change != "steady"]
    if changed:
        seg = max(changed, key=lambda s: (abs(s.relative - 1), s.start))
        percent = abs(seg.relative - 1) * 100
        if seg.change == "faster":
            what, advice = "sped up", "keep the same pace to the end"
        else:
            what, advice = "slowed down", "keep the energy up through it"
        tips.append((6, f'You {what} by about {percent:.0f}% in "{quote(seg.text, 8)}" '
                        f"(from {seg.start:.1f} s): {advice}."))
    if r.start_delay_s > SLOW_START_S:
        tips.append((6.5, f"Start sooner: you took {r.start_delay_s:.1f} s after the cue; have "
                          "your first words ready."))
    return tips


def build_tips(r: "PitchResult") -> list[str]:
    ranked = sorted(_timing(r) + _content(r) + _delivery(r), key=lambda t: t[0])
    tips = [text for _, text in ranked[:MAX_TIPS]]
    if not tips:
        tips.append("That works: on time, at a comfortable pace, with all four points. Say it "
                    "twice more the same way to make it automatic.")
    if len(tips) < MIN_TIPS:
        tips.append("Run `practice pitch --again` to check it holds up on the next try.")
    return tips
