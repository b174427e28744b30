"""Pacing and punctuality of a session: introduction length, pace, pauses, gaps, talk share,
the time budget and the wrap-up.

A typed session has no timings: its introduction is estimated from its words and its talk
share is measured in words rather than seconds.
"""

from __future__ import annotations

from collections import Counter

from practice.interview.pacing import rate_band
from practice.pitch.analysis import verdict_for
from practice.pitch.result import PitchOptions
from practice.review import norms
from practice.review.model import Pacing, TurnFeedback
from practice.session.model import Session



def _words(text: str) -> int:
    return len(text.split())


def pitch_timing(session: Session, pacing: Pacing) -> None:
    pitch = next((t for t in session.turns if t.speaker == "user" and t.kind == "pitch"), None)
    pacing.pitch_target = float(session.settings.get("pitch_target") or norms.PITCH_TARGET_S)
    if pitch is None or not pitch.text.strip():  # nothing heard (Ctrl-C mid-turn): no credit
        return
    pacing.pitch_turn = session.turns.index(pitch)
    pacing.pitch_words = _words(pitch.text)
    analysis = (pitch.scores or {}).get("pitch") or {}
    if pacing.timed:
        # Whisper often starts the first word at the very start of the audio, silence and all;
        # the voice-activity gap (stored as the response gap) says when speech really began.
        gap = ((pitch.scores or {}).get("pacing") or {}).get("response_gap")
        before = [t for t in session.turns[:pacing.pitch_turn] if t.speaker == "interviewee"]
        start = pitch.start
        if gap is not None and before:
            start = min(pitch.end, max(start, before[-1].end + gap))
        seconds = analysis.get("duration_s")
        pacing.pitch_seconds = round(float(seconds if seconds is not None else pitch.end - start), 2)
        delay = analysis.get("start_delay_s")
        if delay is None and pitch.listen_start is not None:
            delay = max(0.0, start - pitch.listen_start)
        pacing.pitch_delay = None if delay is None else round(float(delay), 2)
    elif pacing.pitch_words:
        pacing.pitch_seconds = round(pacing.pitch_words / norms.PITCH_WPM_ESTIMATE * 60.0, 1)
        pacing.pitch_estimated = True
    verdict = analysis.get("verdict")
    if verdict in ("on_time", "too_long", "too_short") and not pacing.pitch_estimated:
        pacing.pitch_verdict = verdict
    elif pacing.pitch_seconds is not None:
        pacing.pitch_verdict = verdict_for(pacing.pitch_seconds, PitchOptions(target_s=pacing.pitch_target))
    pacing.pitch_missing = analysis.get("suggestion") or None
    cut = analysis.get("cut") or {}
    pacing.pitch_cut = cut.get("text") if isinstance(cut, dict) else None


def build_pacing(session: Session, feedback: list[TurnFeedback]) -> Pacing:
    timed = session.mode != "text"
    pacing = Pacing(timed=timed, duration=session.duration, ended_by=session.ended_by)
    pitch_timing(session, pacing)
    users = [f for f in feedback if f.speaker == "user"]
    for f in users:
        if f.wpm is not None:
            pacing.turn_wpm.append({"turn": f.index, "start": round(f.start, 2), "wpm": f.wpm,
                                    "band": f.band or rate_band(f.wpm)})
        if f.gap is not None:
            pacing.gaps.append({"turn": f.index, "gap": f.gap})
    rates = [r["wpm"] for r in pacing.turn_wpm]
    if rates:
        pacing.mean_wpm = round(sum(rates) / len(rates), 1)
        bands = Counter(r["band"] for r in pacing.turn_wpm)  # judged once, when the turn was timed
        pacing.slow_turns, pacing.fast_turns = bands["slow"], bands["fast"]
    pacing.long_pauses = sum(f.pauses for f in users)
    fillers = Counter(w.lower() for f in users for w in f.fillers if w)
    pacing.fillers = sum(fillers.values())
    pacing.common_fillers = [w for w, _ in fillers.most_common(3)]
    waits = [g["gap"] for g in pacing.gaps if g["gap"] >= 0]
    if waits:
        pacing.mean_gap = round(sum(waits) / len(waits), 2)
        pacing.long_gaps = sum(1 for g in waits if g > norms.LONG_GAP_S)
    pacing.interruptions = sum(1 for f in users if f.interrupting)
    # talk share: speaking time when timed, words when typed
    for turn in session.turns:
        if turn.speaker == "user":
            pacing.user_words += _words(turn.text)
            speech = ((turn.scores or {}).get("pacing") or {}).get("speech_seconds")
            pacing.user_seconds += float(speech) if speech is not None else turn.duration
        else:
            pacing.interviewee_words += _words(turn.text)
            pacing.interviewee_seconds += turn.duration
    pacing.user_seconds = round(pacing.user_seconds, 2)
    pacing.interviewee_seconds = round(pacing.interviewee_seconds, 2)
    if timed and pacing.user_seconds + pacing.interviewee_seconds > 0:
        pacing.talk_share = round(pacing.user_seconds / (pacing.user_seconds + pacing.interviewee_seconds), 3)
    elif pacing.user_words + pacing.interviewee_words > 0:
        pacing.talk_basis = "words"
        pacing.talk_share = round(pacing.user_words / (pacing.user_words + pacing.interviewee_words), 3)
    # the time budget and the wrap-up
    minutes = session.settings.get("minutes")
    if minutes:
        pacing.budget_seconds = float(minutes) * 60.0
        if timed:
            pacing.over_by = round(session.duration - pacing.budget_seconds, 1)
    warning = next((t for t in session.turns if t.speaker == "interviewee" and t.kind == "time_warning"), None)
    pacing.time_up = any(t.kind == "time_up" for t in session.interviewee_turns())
    if warning is not None:
        pacing.warned_at = round(warning.end, 1)
        after = session.turns[session.turns.index(warning) + 1:]
        pacing.questions_after_warning = sum(
            1 for f in feedback if f.is_question and f.index > session.turns.index(warning))
        thanked = any(t.kind == "thanks" for t in after if t.speaker == "interviewee")
        pacing.wrapped_up = (thanked or _wrapped_up_before(session, feedback, warning)) and not pacing.time_up
    elif session.ended_by == "closing":
        pacing.wrapped_up = not pacing.time_up and (pacing.over_by is None or pacing.over_by <= 0)
    elif session.ended_by == "time_up" or pacing.time_up:
        pacing.wrapped_up = False
    return pacing


def _wrapped_up_before(session, feedback, warning) -> bool:
    """The user thanked them and asked nothing more before the warning came (the warning
    then found them already wrapping up, which is what it asks for)."""
    at = session.turns.index(warning)
    thanks = [i for i, t in enumerate(session.turns[:at])
              if t.speaker == "interviewee" and t.kind == "thanks"]
    return bool(thanks) and not any(f.is_question and thanks[-1] < f.index < at for f in feedback)
