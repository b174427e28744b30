"""The words and figures every rendering shows, computed once from a `Review`.

The terminal, HTML and Markdown views differ in layout only; the facts, labels and chips
come from here, so the three never disagree.
"""

from __future__ import annotations

from datetime import datetime

from practice.interview.pacing import COMFORTABLE_WPM
from practice.review import norms
from practice.review.format import clock, joined, pct, plural, quoted, ratio, secs
from practice.review.summary import ENDINGS, TOPIC_LABELS, Review, TurnFeedback

REPLY_LABELS = {
    "greeting": "greeting", "pitch_response": "replied to your introduction",
    "unknown": "could not answer that", "inaudible": "did not hear you",
    "referral": "suggested whom to talk to", "job_ask": "answered your job ask",
    "clarify": "explained", "example": "gave an example", "elaborate": "said more",
    "reflection_response": "answered your reflection", "stacked": "answered a stacked question",
    "redirect": "steered back to the work", "follow_up_permission": "agreed you may follow up",
    "repeat": "said it again", "recap": "pointed back: you asked this before",
    "thanks": "acknowledged your thanks", "small_talk": "small talk", "prompt": "prompted you",
    "time_warning": "time warning", "time_up": "ran out of time", "closing": "goodbye",
}


def started(review: Review) -> str:
    try:
        return datetime.fromisoformat(review.started_at).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return review.started_at


def mode_label(review: Review) -> str:
    """The stored mode name (voice, text, script), the same words `practice sessions` shows."""
    return review.mode


def ending(review: Review) -> str:
    return ENDINGS.get(review.ended_by or "", "not finished")


def persona(review: Review) -> str:
    return review.scenario_title.split(",")[0].strip() or "Interviewee"


def _tone(ok: bool | None, warn: bool = False) -> str:
    return "" if ok is None else "good" if ok else "warn" if warn else "bad"


def cards(review: Review) -> list[dict]:
    p, ph, li = review.pacing, review.phrasing, review.listening
    out = []
    if p.pitch_seconds is not None:
        est = "≈" if p.pitch_estimated else ""
        out.append({"label": f"introduction (target {p.pitch_target:.0f} s)",
                    "value": f"{est}{p.pitch_seconds:.0f} s", "tone": _tone(p.pitch_verdict == "on_time", True)})
    out.append({"label": f"open questions ({ph.open} of {ph.questions})", "value": pct(ph.open_share),
                "tone": _tone(None if ph.open_share is None else ph.open_share >= norms.OPEN_SHARE_TARGET, True)})
    out.append({"label": "reflections : questions", "value": ratio(li.rq_ratio),
                "tone": _tone(None if li.rq_ratio is None else li.rq_ratio >= norms.RQ_FAIR, True)})
    if p.talk_share is not None:
        out.append({"label": "your share of the talking" + (" (words)" if p.talk_basis == "words" else ""),
                    "value": pct(p.talk_share), "tone": _tone(p.talk_share <= norms.TALK_SHARE_TARGET, True)})
    if li.details:
        out.append({"label": "details picked up", "value": f"{len(li.picked)}/{len(li.details)}",
                    "tone": _tone(len(li.picked) * 2 >= len(li.details), True)})
    judged = [c for c in review.checklist if c.done is not None]
    if judged:
        done = sum(1 for c in judged if c.done)
        out.append({"label": "checklist", "value": f"{done}/{len(judged)}",
                    "tone": _tone(done == len(judged), True)})
    return out


def pacing_facts(review: Review) -> list[tuple[str, str]]:
    p = review.pacing
    facts = []
    if p.pitch_seconds is None:
        facts.append(("Introduction", "none recorded" if p.pitch_turn is None else "no timing"))
    else:
        verdict = {"on_time": "on time", "too_long": "too long", "too_short": "too short"}.get(p.pitch_verdict or "", "")
        est = f" (estimated from {p.pitch_words} typed words)" if p.pitch_estimated else ""
        facts.append(("Introduction", f"{p.pitch_seconds:.1f} s for a {p.pitch_target:.0f} s target: {verdict}{est}"))
        if p.pitch_delay is not None:
            facts.append(("Started after", secs(p.pitch_delay)))
    if not p.timed:
        facts.append(("Timing", "typed session: no pace, pauses or gaps"))
    else:
        if p.turn_wpm:
            facts.append(("Pace", f"average {p.mean_wpm:.0f} wpm over {plural(len(p.turn_wpm), 'turn')}; "
                                  f"{p.slow_turns} slow, {p.fast_turns} fast "
                                  f"(comfortable: {COMFORTABLE_WPM[0]:.0f}-{COMFORTABLE_WPM[1]:.0f})"))
        facts.append(("Long pauses", f"{p.long_pauses} inside your turns"))
        facts.append(("Fillers", f"{p.fillers}" + (f" ({joined(p.common_fillers)})" if p.common_fillers else "")))
        if p.mean_gap is not None:
            facts.append(("Gap before speaking", f"average {secs(p.mean_gap)}; {p.long_gaps} over "
                                                 f"{norms.LONG_GAP_S:.0f} s"))
        facts.append(("Interruptions", f"{p.interruptions}"))
    if p.talk_share is not None:
        basis = "speaking time" if p.talk_basis == "time" else "words"
        facts.append(("Talk share", f"you {pct(p.talk_share)} of the {basis} (aim: under "
                                    f"{norms.TALK_SHARE_TARGET:.0%})"))
    if p.budget_seconds:
        if p.timed:
            over = "" if p.over_by is None else (f", {clock(p.over_by)} over" if p.over_by > 0 else ", within it")
            facts.append(("Time", f"{clock(p.duration)} of a {p.budget_seconds / 60:.0f}-minute budget{over}"))
        else:
            facts.append(("Time", f"{p.budget_seconds / 60:.0f}-minute budget (typed: no clock)"))
    if p.warned_at is not None:
        facts.append(("Time warning", f"at {clock(p.warned_at)}; {plural(p.questions_after_warning, 'question')} after it"))
    wrap = {True: "yes", False: "no", None: "n/a"}[p.wrapped_up]
    facts.append(("Wrapped up in time", wrap + f" ({ending(review)})"))
    return facts


def phrasing_facts(review: Review) -> list[tuple[str, str]]:
    ph = review.phrasing
    facts = [("Questions", f"{ph.questions}: {ph.open} open, {ph.closed} closed"),
             ("Open share", f"{pct(ph.open_share)} (aim: {norms.OPEN_SHARE_TARGET:.0%} or more)"),
             ("Leading", str(len(ph.leading))),
             ("Stacked", str(len(ph.stacked))),
             ("Job asks", str(len(ph.job_asks))),
             ("They could not answer", str(len(review.unanswered)))]
    return facts


def listening_facts(review: Review) -> list[tuple[str, str]]:
    li = review.listening
    level = f" ({li.rq_level})" if li.rq_ratio is not None else ""
    facts = [("Reflections : questions", f"{li.reflections} : {li.questions} = {ratio(li.rq_ratio)}{level}; "
                                         f"fair {norms.RQ_FAIR:.0f}:1, good {norms.RQ_GOOD:.0f}:1"),
             ("Acknowledgements", str(li.acknowledgements)),
             ("References to a detail", str(li.references)),
             ("Follow-ups", str(li.follow_ups)),
             ("Topic switches", str(li.topic_switches))]
    if li.details:
        facts.append(("Details picked up", f"{len(li.picked)} of {len(li.details)}"
                      + (f"; missed: {joined([d.label for d in li.missed])}" if li.missed else "")))
    elif not li.scenario_found:
        facts.append(("Details", "scenario not installed: cannot trace planted details"))
    covered = [TOPIC_LABELS.get(t, t) for t in review.topics_covered]
    facts.append(("Classic topics", f"{len(covered)} of 8" + (f": {joined(covered)}" if covered else "")))
    return facts


def plan_facts(review: Review) -> list[tuple[str, str]]:
    """The question plan (practice prepare), checked off; empty when there was no plan."""
    plan = review.plan
    if plan is None:
        return []
    total = len(plan.asked) + len(plan.skipped)
    facts = [("Planned questions asked", f"{len(plan.asked)} of {total}")]
    if plan.skipped:
        facts.append(("Skipped", joined([f"“{q}”" for q in plan.skipped])))
    if plan.tangents:
        followed = sum(1 for t in plan.tangents if t["follow_up"])
        facts.append(("Tangents followed instead", f"{len(plan.tangents)}"
                      + (f", {followed} building on what they said" if followed else "")
                      + " (credited: a good tangent can be worth more than the planned question)"))
    return facts


def chips(turn: TurnFeedback) -> list[tuple[str, str]]:
    """(text, kind) labels shown beside a turn; kind is a CSS class / colour hint."""
    out: list[tuple[str, str]] = []
    if turn.speaker == "interviewee":
        if turn.topic in TOPIC_LABELS:
            out.append((f"on {TOPIC_LABELS[turn.topic]}", ""))
        if turn.kind == "follow_up":
            out.append(("told the story you asked for", "cue"))
        elif turn.kind not in ("answer",):
            out.append((REPLY_LABELS.get(turn.kind, turn.kind.replace("_", " ")),
                        "closed" if turn.kind in ("unknown", "inaudible", "time_up") else ""))
        for name in turn.planted:
            out.append((f"planted: {name}", ""))
        if turn.interrupted:
            out.append(("cut off", "flag"))
        return out
    if turn.kind == "pitch":
        out.append(("introduction", ""))
    elif turn.purpose:
        out.append(({"follow_up": "asks to follow up", "thanks": "thanks them"}.get(turn.purpose, turn.purpose), "cue"))
    elif turn.question_type == "open":
        out.append(("open question", "open"))
    elif turn.question_type == "closed":
        out.append(("closed question", "closed"))
    elif turn.question_type == "not_a_question":
        out.append(("not a question", ""))
    out += [(flag, "flag") for flag in turn.flags]
    if turn.kind != "pitch" and not turn.purpose:
        out += [(cue.replace("_", "-"), "cue") for cue in turn.listening]
        if turn.topic_switch:
            out.append(("topic switch", "closed"))
    out += [(f"picked up {name}", "cue") for name in turn.picked]
    if turn.wpm is not None:
        out.append((f"{turn.wpm:.0f} wpm ({turn.band})", "" if turn.band == "comfortable" else "closed"))
    if turn.gap is not None:
        tone = "flag" if turn.gap < 0 else "closed" if turn.gap > norms.LONG_GAP_S else ""
        out.append((f"gap {turn.gap:+.1f} s", tone))
    if turn.pauses:
        out.append((plural(turn.pauses, "long pause"), "closed"))
    if turn.fillers:
        out.append((f"fillers: {', '.join(turn.fillers[:4])}", "closed"))
    if turn.interrupting:
        out.append(("spoke over them", "flag"))
    if turn.partial:
        out.append(("cut short (Ctrl-C)", "flag"))
    return out


def pitch_notes(review: Review) -> list[str]:
    """What to say beside the introduction (the question scorer's reasons do not apply to it)."""
    p = review.pacing
    notes = []
    if p.pitch_seconds is not None:
        est = "about " if p.pitch_estimated else ""
        verdict = {"on_time": "on time", "too_long": "too long", "too_short": "short"}.get(p.pitch_verdict or "", "")
        notes.append(f"Took {est}{p.pitch_seconds:.0f} s for a {p.pitch_target:.0f} s target: {verdict}.")
    if p.pitch_cut:
        notes.append(f"Could cut: {quoted(p.pitch_cut, 70)}.")
    if p.pitch_missing:
        notes.append(p.pitch_missing)
    return notes


def turn_time(review: Review, index: int) -> str:
    turn = review.turn(index)
    if turn is None:
        return ""
    return clock(turn.start) if review.pacing.timed else f"turn {index + 1}"


def best_and_worst(review: Review) -> tuple[TurnFeedback | None, TurnFeedback | None]:
    return review.turn(review.phrasing.best), review.turn(review.phrasing.worst)


def headline(review: Review) -> str:
    length = f" · {clock(review.duration)}" if review.pacing.timed else ""
    return f"{review.scenario_title} · {started(review)} · {mode_label(review)}{length} · {ending(review)}"


__all__ = ["best_and_worst", "cards", "chips", "ending", "headline", "listening_facts", "mode_label",
           "pacing_facts", "persona", "phrasing_facts", "plan_facts", "quoted", "started", "turn_time"]
