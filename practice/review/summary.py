"""A saved session in, a `Review` out: everything the terminal, HTML, Markdown and JSON show.

Pure: it reads the scores the interview loop stored with each turn (nothing is re-scored,
so a review always agrees with what the coach said live) and the scenario, for the planted
details. Missing scores (an older session, a typed one without timings, a pitch scorer that
was not installed) leave the matching parts of the review empty rather than failing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from practice.interview.pacing import COMFORTABLE_WPM, rate_band
from practice.pitch.analysis import verdict_for
from practice.pitch.result import PitchOptions
from practice.review import norms
from practice.review.checklist import (ADVICE, FOLLOW_UP, LABELS, REFERRALS, THANKS, CheckItem,
                                       first_match)
from practice.review.details import DetailNote, trace_details
from practice.review.format import clock, joined, pct, plural, quoted, ratio, secs
from practice.scenario.model import CLASSIC_TOPICS, Scenario
from practice.session.model import ASKED_KINDS, Session, SessionTurn

REVIEW_FORMAT = "practice-review"
REVIEW_VERSION = 1

TOPIC_LABELS = {
    "enjoy": "what they enjoy",
    "day_to_day": "a typical day",
    "stereotypes": "stereotypes about the field",
    "culture": "the culture",
    "perks_and_downsides": "perks and downsides",
    "path": "their path and skills",
    "wish_known_earlier": "what they wish they had known",
    "future": "where the field is heading",
}
LISTENING_CUES = ("acknowledgement", "reflection", "reference", "follow_up")
def nested(label: str) -> str:
    """A quoted label inside a quotation takes single quotes: “You mentioned ‘focus groups’.”"""
    return label.replace("“", "‘").replace("”", "’")


ENDINGS = {
    "closing": "you wrapped up and they said goodbye",
    "time_up": "they ran out of time and had to go",
    "silence": "it ended after a long silence",
    "end_of_script": "the script ran out",
    "interrupted": "it was interrupted (Ctrl-C)",
    "error": "it stopped on an error (a device or file failed)",
}


@dataclass
class TurnFeedback:
    index: int  # position in session.turns
    speaker: str
    kind: str
    text: str
    start: float
    end: float
    question_type: str | None = None
    flags: list[str] = field(default_factory=list)  # "leading: ...", "stacked: 2 questions", ...
    rewrite: str | None = None
    listening: list[str] = field(default_factory=list)
    topic_switch: bool = False
    reasons: list[str] = field(default_factory=list)
    wpm: float | None = None
    band: str | None = None
    gap: float | None = None  # seconds between their end and your start (< 0: overlap)
    pauses: int = 0
    fillers: list[str] = field(default_factory=list)
    interrupting: bool = False  # user turn spoke over them
    interrupted: bool = False  # interviewee turn was cut off
    partial: bool = False
    planted: list[str] = field(default_factory=list)  # interviewee turn: details it planted
    picked: list[str] = field(default_factory=list)  # user turn: details it picked up
    topic: str | None = None
    detail: str | None = None
    quality: float | None = None  # for ranking questions best to worst
    purpose: str | None = None  # a wrap-up move (follow_up, thanks): closed by nature, not graded

    @property
    def is_question(self) -> bool:
        return (self.speaker == "user" and self.kind != "pitch" and not self.purpose
                and self.question_type in ("open", "closed"))


@dataclass
class Pacing:
    timed: bool  # False for typed sessions: no times, talk share by words
    pitch_turn: int | None = None
    pitch_seconds: float | None = None
    pitch_estimated: bool = False  # typed pitch: length estimated from its words
    pitch_words: int = 0
    pitch_target: float = norms.PITCH_TARGET_S
    pitch_verdict: str | None = None  # on_time | too_long | too_short
    pitch_delay: float | None = None  # from being given the floor to the first word
    pitch_missing: str | None = None  # the pitch scorer's one missing point, if any
    pitch_cut: str | None = None  # the pitch scorer's suggested cut, if any
    turn_wpm: list[dict] = field(default_factory=list)  # {"turn", "start", "wpm", "band"}
    mean_wpm: float | None = None
    slow_turns: int = 0
    fast_turns: int = 0
    long_pauses: int = 0
    fillers: int = 0
    common_fillers: list[str] = field(default_factory=list)
    gaps: list[dict] = field(default_factory=list)  # {"turn", "gap"}
    mean_gap: float | None = None
    long_gaps: int = 0
    interruptions: int = 0
    user_seconds: float = 0.0
    interviewee_seconds: float = 0.0
    user_words: int = 0
    interviewee_words: int = 0
    talk_share: float | None = None
    talk_basis: str = "time"  # "time" | "words"
    budget_seconds: float | None = None
    duration: float = 0.0
    over_by: float | None = None  # seconds past the budget (<= 0: within it)
    warned_at: float | None = None
    time_up: bool = False
    questions_after_warning: int = 0
    wrapped_up: bool | None = None
    ended_by: str | None = None


@dataclass
class Phrasing:
    questions: int = 0
    open: int = 0
    closed: int = 0
    open_share: float | None = None
    leading: list[int] = field(default_factory=list)
    stacked: list[int] = field(default_factory=list)
    job_asks: list[int] = field(default_factory=list)
    best: int | None = None  # turn indices
    worst: int | None = None


@dataclass
class Listening:
    questions: int = 0
    reflections: int = 0
    acknowledgements: int = 0
    references: int = 0
    follow_ups: int = 0
    topic_switches: int = 0
    rq_ratio: float | None = None
    rq_level: str = "n/a"  # good | fair | below fair | n/a
    details: list[DetailNote] = field(default_factory=list)
    scenario_found: bool = True

    @property
    def picked(self) -> list[DetailNote]:
        return [d for d in self.details if d.picked]

    @property
    def missed(self) -> list[DetailNote]:
        return [d for d in self.details if not d.picked]


@dataclass
class Advice:
    key: str
    title: str
    why: str
    how: str
    priority: float


@dataclass
class Review:
    session_id: str
    scenario: str
    scenario_title: str
    started_at: str
    mode: str
    complete: bool
    ended_by: str | None
    duration: float
    notice: str | None
    turns: list[TurnFeedback]
    pacing: Pacing
    phrasing: Phrasing
    listening: Listening
    checklist: list[CheckItem]
    practise: list[Advice]
    strengths: list[str]
    topics_covered: list[str]
    folder: str | None = None
    # user turns the professional could not answer ("unknown" replies): gaps in the scenario
    # or questions off the field; counted so they are not mistaken for the user's fault
    unanswered: list[int] = field(default_factory=list)

    def turn(self, index: int | None) -> TurnFeedback | None:
        if index is None:
            return None
        return next((t for t in self.turns if t.index == index), None)

    def to_dict(self) -> dict[str, Any]:
        data = {"format": REVIEW_FORMAT, "version": REVIEW_VERSION}
        data.update(asdict(self))
        data["listening"]["picked"] = len(self.listening.picked)
        data["listening"]["missed"] = [d.label for d in self.listening.missed]
        data["norms"] = [asdict(n) for n in norms.NORMS]
        return data


# ---------------------------------------------------------------------------- turns


def _flags(scores: dict) -> list[str]:
    out = []
    if scores.get("leading"):
        value = scores["leading"]
        out.append(f"leading ({quoted(value, 40)})" if isinstance(value, str) else "leading")
    if scores.get("stacked"):
        value = scores["stacked"]
        count = f"{len(value)} questions" if isinstance(value, (list, tuple)) else "several questions"
        out.append(f"stacked ({count} in one turn)")
    if scores.get("job_ask"):
        value = scores["job_ask"]
        out.append(f"job ask ({quoted(value, 40)})" if isinstance(value, str) else "job ask")
    return out


def _quality(fb: TurnFeedback, scores: dict) -> float | None:
    if not fb.is_question:
        return None
    value = 2.0 if fb.question_type == "open" else 0.0
    cues = sum(1 for c in ("reflection", "reference", "follow_up") if c in fb.listening)
    value += 0.75 * min(cues, 2) + (0.25 if "acknowledgement" in fb.listening else 0.0)
    value -= 1.5 if scores.get("leading") else 0.0
    value -= 1.0 if scores.get("stacked") else 0.0
    value -= 3.0 if scores.get("job_ask") else 0.0
    value -= 0.5 if fb.topic_switch else 0.0
    value -= 0.5 if fb.interrupting else 0.0
    return value


def turn_feedback(index: int, turn: SessionTurn) -> TurnFeedback:
    fb = TurnFeedback(index, turn.speaker, turn.kind, turn.text, turn.start, turn.end,
                      interrupted=turn.interrupted if turn.speaker == "interviewee" else False,
                      partial=turn.partial, topic=turn.topic, detail=turn.detail)
    if turn.speaker != "user":
        return fb
    scores = turn.scores or {}
    fb.question_type = scores.get("question_type")
    fb.flags = _flags(scores)
    fb.rewrite = scores.get("rewrite") or None
    listening = scores.get("listening") or {}
    fb.listening = [c for c in LISTENING_CUES if listening.get(c)]
    fb.topic_switch = bool(listening.get("topic_switch"))
    fb.reasons = [str(r) for r in scores.get("reasons") or []]
    pacing = scores.get("pacing") or {}
    fb.wpm = pacing.get("wpm")
    fb.band = pacing.get("band") if fb.wpm is not None else None
    fb.gap = pacing.get("response_gap")
    fb.pauses = len(pacing.get("pauses") or [])
    fb.fillers = [str(f.get("word", "")) for f in pacing.get("fillers") or [] if isinstance(f, dict)]
    fb.interrupting = bool(scores.get("interrupting") or turn.interrupted)
    if not scores.get("job_ask") and first_match(FOLLOW_UP, [(index, turn.text)]):
        fb.purpose, fb.rewrite = "follow_up", None  # "May I follow up?" is rightly a yes/no question
    elif fb.question_type == "not_a_question" and first_match(THANKS, [(index, turn.text)]):
        fb.purpose = "thanks"  # a thank-you is not listening feedback, whatever it echoes
    fb.quality = _quality(fb, scores)
    return fb


# ---------------------------------------------------------------------------- pacing


def _words(text: str) -> int:
    return len(text.split())


def _pitch(session: Session, pacing: Pacing) -> None:
    pitch = next((t for t in session.turns if t.speaker == "user" and t.kind == "pitch"), None)
    pacing.pitch_target = float(session.settings.get("pitch_target") or norms.PITCH_TARGET_S)
    if pitch is None:
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


def _pacing(session: Session, feedback: list[TurnFeedback]) -> Pacing:
    timed = session.mode != "text"
    pacing = Pacing(timed=timed, duration=session.duration, ended_by=session.ended_by)
    _pitch(session, pacing)
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
        pacing.wrapped_up = thanked and not pacing.time_up
    elif session.ended_by == "closing":
        pacing.wrapped_up = not pacing.time_up and (pacing.over_by is None or pacing.over_by <= 0)
    elif session.ended_by == "time_up" or pacing.time_up:
        pacing.wrapped_up = False
    return pacing


# ---------------------------------------------------------------------------- phrasing, listening


def _phrasing(feedback: list[TurnFeedback], session: Session) -> Phrasing:
    questions = [f for f in feedback if f.is_question]
    ph = Phrasing(questions=len(questions),
                  open=sum(1 for f in questions if f.question_type == "open"),
                  closed=sum(1 for f in questions if f.question_type == "closed"))
    if questions:
        ph.open_share = round(ph.open / len(questions), 3)
    for f in feedback:
        if f.speaker != "user":
            continue
        scores = session.turns[f.index].scores or {}
        if scores.get("leading"):
            ph.leading.append(f.index)
        if scores.get("stacked"):
            ph.stacked.append(f.index)
        if scores.get("job_ask"):
            ph.job_asks.append(f.index)
    ranked = sorted((f for f in questions if f.quality is not None), key=lambda f: (-f.quality, f.index))
    if ranked:
        if ranked[0].quality >= 2.0:  # only a good question is held up as the best
            ph.best = ranked[0].index
        worst = ranked[-1]
        if worst.index != ph.best and worst.quality < 2.0:
            ph.worst = worst.index
    return ph


def _listening(feedback: list[TurnFeedback], session: Session, scenario: Scenario | None) -> Listening:
    users = [f for f in feedback if f.speaker == "user" and f.kind != "pitch" and not f.purpose]
    li = Listening(questions=sum(1 for f in users if f.is_question))
    li.reflections = sum(1 for f in users if "reflection" in f.listening)
    li.acknowledgements = sum(1 for f in users if "acknowledgement" in f.listening)
    li.references = sum(1 for f in users if "reference" in f.listening)
    li.follow_ups = sum(1 for f in users if "follow_up" in f.listening)
    li.topic_switches = sum(1 for f in users if f.topic_switch)
    if li.questions:
        li.rq_ratio = round(li.reflections / li.questions, 2)
        li.rq_level = ("good" if li.rq_ratio >= norms.RQ_GOOD
                       else "fair" if li.rq_ratio >= norms.RQ_FAIR else "below fair")
    if scenario is None:
        li.scenario_found = False
        return li
    li.details = trace_details(session, scenario)
    by_index = {f.index: f for f in feedback}
    for note in li.details:
        by_index[note.planted_turn].planted.append(note.label)
        if note.picked_turn is not None and by_index[note.picked_turn].speaker == "user":
            by_index[note.picked_turn].picked.append(note.label)
    return li


# ---------------------------------------------------------------------------- checklist


def _covered_topics(session: Session) -> list[str]:
    seen: list[str] = []
    for turn in session.interviewee_turns():
        if turn.kind in ASKED_KINDS and turn.topic in CLASSIC_TOPICS and turn.topic not in seen:
            seen.append(turn.topic)
    return seen


def _reply_to(session: Session, index: int) -> SessionTurn | None:
    for turn in session.turns[index + 1:]:
        if turn.speaker == "interviewee":
            return turn
    return None


def _checklist(session: Session, pacing: Pacing, phrasing: Phrasing, covered: list[str]) -> list[CheckItem]:
    said = [(i, t.text) for i, t in enumerate(session.turns) if t.speaker == "user" and t.text]
    items: list[CheckItem] = []

    def add(key: str, done: bool | None, evidence: str = "", turn: int | None = None) -> None:
        items.append(CheckItem(key, LABELS[key], done, evidence, turn))

    if pacing.pitch_turn is None:
        add("intro", False, "no introduction was recorded")
    elif pacing.pitch_seconds is None:
        add("intro", None, "no timing for the introduction", pacing.pitch_turn)
    else:
        est = " (estimated from its words: typed session)" if pacing.pitch_estimated else ""
        add("intro", pacing.pitch_verdict == "on_time",
            f"{pacing.pitch_seconds:.1f} s for a {pacing.pitch_target:.0f} s target{est}", pacing.pitch_turn)
    missing = [TOPIC_LABELS[t] for t in CLASSIC_TOPICS if t not in covered]
    add("classic_topics", len(covered) >= norms.CLASSIC_TARGET,
        f"{len(covered)} of {len(CLASSIC_TOPICS)}" + (f"; not asked: {joined(missing)}" if missing else ""))

    def by_pattern(key: str, pattern, reply_kind: str | None = None, topic: str | None = None) -> None:
        found = first_match(pattern, said)
        if found:
            add(key, True, quoted(session.turns[found[0]].text, 70), found[0])
            return
        for index, _ in said:
            reply = _reply_to(session, index)
            if reply is not None and ((reply_kind and reply.kind == reply_kind)
                                      or (topic and reply.topic == topic and reply.kind in ASKED_KINDS)):
                add(key, True, quoted(session.turns[index].text, 70), index)
                return
        add(key, False)

    by_pattern("advice", ADVICE, topic="wish_known_earlier")
    by_pattern("referrals", REFERRALS, reply_kind="referral")
    by_pattern("follow_up", FOLLOW_UP, reply_kind="follow_up_permission")
    # rapport: common ground beyond the work (the article's "topics other than work")
    talk = [i for i, _ in said if (r := _reply_to(session, i)) is not None and r.kind == "small_talk"]
    if talk:
        add("rapport", True, quoted(session.turns[talk[0]].text, 70), talk[0])
    else:
        add("rapport", False)
    by_pattern("thanks", THANKS, reply_kind="thanks")
    job = [i for i in phrasing.job_asks]
    job += [i for i, _ in said if (r := _reply_to(session, i)) is not None and r.kind == "job_ask" and i not in job]
    if job:
        add("no_job_ask", False, quoted(session.turns[min(job)].text, 70), min(job))
    else:
        add("no_job_ask", True)
    if pacing.wrapped_up is None:
        add("on_time", None, "the session did not reach the wrap-up")
    elif pacing.wrapped_up and (pacing.over_by or 0) <= _grace(pacing):
        add("on_time", True, _time_evidence(pacing))
    else:
        add("on_time", False, _time_evidence(pacing))
    return items


def _grace(p: Pacing) -> float:
    """Running this far over the budget still counts as on time (finishing a sentence)."""
    return max(30.0, 0.1 * (p.budget_seconds or 0.0))


def _time_evidence(p: Pacing) -> str:
    parts = []
    if p.budget_seconds:
        parts.append(f"{clock(p.duration)} of {clock(p.budget_seconds)}" if p.timed
                     else f"{p.budget_seconds / 60:.0f}-minute budget (typed: no clock)")
    if p.warned_at is not None:
        parts.append(f"warned at {clock(p.warned_at)}, {plural(p.questions_after_warning, 'question')} after")
    if p.time_up:
        parts.append("they had to cut the call short")
    return "; ".join(parts)


# ---------------------------------------------------------------------------- advice


def _practise(review: Review) -> list[Advice]:
    p, ph, li = review.pacing, review.phrasing, review.listening
    check = {c.key: c for c in review.checklist}
    out: list[Advice] = []

    def turn_text(index: int | None) -> str:
        t = review.turn(index)
        return quoted(t.text, 80) if t else ""

    if ph.job_asks or check["no_job_ask"].done is False:
        index = (ph.job_asks or [check["no_job_ask"].turn])[0]
        out.append(Advice("job_ask", "Never ask for a job",
                          f"You asked {turn_text(index)}. An informational interview is for learning; "
                          "asking for a job puts them on the spot.",
                          "Ask for advice instead: “What would you recommend someone in my position do first?”",
                          100))
    if p.pitch_turn is None:
        out.append(Advice("pitch_missing", "Open with a short introduction",
                          "No introduction was recorded before your questions.",
                          "Say who you are, where you are now, what you are exploring and why them, "
                          "in about 10 seconds.", 70))
    elif p.pitch_verdict == "too_long":
        over = (p.pitch_seconds or 0) - p.pitch_target
        how = "One short sentence each: who you are, where you are now, what you are exploring, why them."
        if p.pitch_cut:
            how = f"Cut {quoted(p.pitch_cut, 70)}. " + how
        est = " (estimated from its words)" if p.pitch_estimated else ""
        out.append(Advice("pitch_long", f"Cut your introduction to about {p.pitch_target:.0f} s",
                          f"Yours took {p.pitch_seconds:.0f} s{est}, {over:.0f} s over.", how, 60 + 4 * over))
    elif p.pitch_verdict == "too_short":
        how = p.pitch_missing or "Add where you are now and what you hope to learn from them."
        out.append(Advice("pitch_short", "Say a little more about yourself",
                          f"Your introduction took {p.pitch_seconds:.0f} s; they know little about you.", how, 30))
    if p.interruptions:
        out.append(Advice("interrupting", "Let them finish before you speak",
                          f"You spoke over them {plural(p.interruptions, 'time')}.",
                          "Wait for the end of their sentence, count one beat, then speak.", 55 + 5 * p.interruptions))
    if ph.questions and ph.open_share is not None and ph.open_share < norms.OPEN_SHARE_TARGET:
        closed = [t for t in review.turns if t.is_question and t.question_type == "closed"
                  and t.index not in ph.job_asks and t.rewrite]
        worst = min(closed, key=lambda t: (t.quality, t.index)) if closed else None
        how = "Start with what, how or why, or “Tell me about…”, so they can tell a story."
        if worst is not None:
            how = f"Instead of {quoted(worst.text, 60)} try {quoted(worst.rewrite, 70)}."
        out.append(Advice("open", "Ask open questions",
                          f"{pct(ph.open_share)} of your questions were open (aim for "
                          f"{norms.OPEN_SHARE_TARGET:.0%} or more); closed ones get short answers.",
                          how, 50 + 100 * (norms.OPEN_SHARE_TARGET - ph.open_share)))
    if ph.leading:
        t = review.turn(ph.leading[0])
        how = f"Try {quoted(t.rewrite, 70)}." if t and t.rewrite else "Ask what they think, without suggesting the answer."
        out.append(Advice("leading", "Ask neutral questions",
                          f"{turn_text(ph.leading[0])} suggests the answer you expect.", how, 45))
    if li.missed:
        names = [d.label for d in li.missed[:3]]
        first = li.missed[0]
        out.append(Advice("details", "Follow up on the details they give you",
                          f"They mentioned {joined(names)}, and you moved on.",
                          f"Pick one up: “You mentioned {nested(first.label)}. Could you tell me "
                          "more about that?”",
                          45 + 5 * min(len(li.missed), 4) - 10 * len(li.picked)))
    if li.questions >= 2 and li.rq_ratio is not None and li.rq_ratio < norms.RQ_FAIR:
        out.append(Advice("reflect", "Reflect back before your next question",
                          f"{plural(li.reflections, 'reflection')} for {plural(li.questions, 'question')} "
                          f"({ratio(li.rq_ratio)}; {norms.RQ_FAIR:.0f}:1 is fair).",
                          "Sum up their last answer in a sentence (“So it sounds like…”), then ask.",
                          38 + 10 * (norms.RQ_FAIR - li.rq_ratio)))
    if ph.stacked:
        out.append(Advice("stacked", "Ask one question at a time",
                          f"{turn_text(ph.stacked[0])} asks several things at once; they will answer only one.",
                          "Ask the question you care most about, and keep the other for later.", 35))
    if p.talk_share is not None and p.talk_share > norms.TALK_SHARE_TARGET:
        basis = "of the talking time" if p.talk_basis == "time" else "of the words"
        out.append(Advice("talk_share", "Talk less, listen more",
                          f"You had {pct(p.talk_share)} {basis} (aim for under {norms.TALK_SHARE_TARGET:.0%}).",
                          "Keep your questions short and leave the stories to them.",
                          33 + 100 * (p.talk_share - norms.TALK_SHARE_TARGET)))
    if p.time_up or (p.warned_at is not None and p.wrapped_up is False):
        out.append(Advice("wrap_up", "Wrap up when they say time is short",
                          "They warned you about the time and the call ran out before you wrapped up."
                          if p.time_up else f"After the time warning you asked {plural(p.questions_after_warning, 'more question')}.",
                          "When warned, ask whom else to talk to, ask to follow up, and thank them.", 48))
    for key, title, how, priority in (
        ("referrals", "Ask whom else you should talk to", "“Is there anyone else you think I should talk to?”", 32),
        ("follow_up", "Ask if you may follow up", "“Would it be all right if I followed up by email?”", 30),
        ("thanks", "Thank them for their time", "“Thank you so much for your time, this was really helpful.”", 36),
        ("advice", "Ask for their advice", "“If you were starting out today, what would you do first?”", 28),
        ("rapport", "Build a little rapport", "Something you share, away from the work: “I hear you're "
         "a runner too. Where do you run?”", 18),
    ):
        if check[key].done is False:
            out.append(Advice(key, title, "You did not do it in this session.", how, priority))
    if check["classic_topics"].done is False:
        out.append(Advice("topics", "Cover more of the classic topics",
                          f"You reached {check['classic_topics'].evidence}.",
                          "Plan a few questions for the topics you missed.", 26))
    if p.long_gaps and p.mean_gap is not None and p.mean_gap > norms.LONG_GAP_S:
        out.append(Advice("gaps", "Have your next question ready",
                          f"You waited {secs(p.mean_gap)} on average before speaking.",
                          "While they talk, note one thing to follow up on; a short “That’s interesting” buys time.", 20))
    if p.turn_wpm and (p.fast_turns + p.slow_turns) * 2 > len(p.turn_wpm):
        fast = p.fast_turns >= p.slow_turns
        out.append(Advice("pace", "Slow down" if fast else "Pick up the pace a little",
                          f"Your average pace was {p.mean_wpm:.0f} words per minute "
                          f"({COMFORTABLE_WPM[0]:.0f}-{COMFORTABLE_WPM[1]:.0f} is comfortable).",
                          "Pause at the end of each sentence." if fast else "Cut the hesitations and keep sentences short.",
                          22))
    if p.fillers >= 5:
        out.append(Advice("fillers", "Fewer filler words",
                          f"{p.fillers} fillers ({joined(p.common_fillers)}).",
                          "A silent pause sounds more confident than “um”.", 15))
    out.sort(key=lambda a: -a.priority)
    return out[:3]


def _strengths(review: Review) -> list[str]:
    p, ph, li = review.pacing, review.phrasing, review.listening
    check = {c.key: c for c in review.checklist}
    out = []
    if p.pitch_verdict == "on_time":
        out.append(f"Your introduction was on time ({p.pitch_seconds:.0f} s).")
    if ph.questions and ph.open_share is not None and ph.open_share >= norms.OPEN_SHARE_TARGET:
        out.append(f"{pct(ph.open_share)} of your questions were open.")
    if li.rq_level in ("fair", "good"):
        out.append(f"You reflected back often ({ratio(li.rq_ratio)}, {li.rq_level}).")
    if li.picked:
        out.append(f"You picked up {joined([d.label for d in li.picked[:3]])}.")
    if p.talk_share is not None and p.talk_share <= norms.TALK_SHARE_TARGET and ph.questions:
        out.append(f"You let them do the talking ({pct(p.talk_share)} yours).")
    if p.timed and not p.interruptions and ph.questions:
        out.append("You never spoke over them.")
    for key in ("referrals", "follow_up", "thanks", "rapport"):
        if check[key].done:
            out.append(f"{check[key].label}.")
    return out


# ---------------------------------------------------------------------------- entry point


def build_review(session: Session, scenario: Scenario | None = None, folder: str | None = None) -> Review:
    """The whole review of one session. `scenario` is needed for the planted details."""
    feedback = [turn_feedback(i, t) for i, t in enumerate(session.turns)]
    pacing = _pacing(session, feedback)
    phrasing = _phrasing(feedback, session)
    listening = _listening(feedback, session, scenario)
    covered = _covered_topics(session)
    notice = None
    if not session.complete:
        how = ENDINGS.get(session.ended_by or "", "it did not finish")
        notice = (f"This session is incomplete ({how}): the review covers the "
                  f"{plural(len(session.turns), 'turn')} saved before it stopped.")
    review = Review(
        session_id=session.id, scenario=session.scenario, scenario_title=session.scenario_title,
        started_at=session.started_at, mode=session.mode, complete=session.complete,
        ended_by=session.ended_by, duration=session.duration, notice=notice, turns=feedback,
        pacing=pacing, phrasing=phrasing, listening=listening,
        checklist=_checklist(session, pacing, phrasing, covered), practise=[], strengths=[],
        topics_covered=covered, folder=folder,
        unanswered=[i for i, t in enumerate(session.turns) if t.speaker == "user"
                    and (r := _reply_to(session, i)) is not None and r.kind == "unknown"],
    )
    review.practise = _practise(review)
    review.strengths = _strengths(review)
    return review
