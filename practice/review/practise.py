"""The informational-interview checklist as done or not in one session, the three most
useful things to practise next, and what went well.

The checklist's patterns live in `checklist.py`; this module decides each item from them,
the interviewee's replies and the pacing, then ranks advice by priority.
"""

from __future__ import annotations

from practice.interview.pacing import COMFORTABLE_WPM
from practice.review import norms
from practice.review.checklist import ADVICE, FOLLOW_UP, LABELS, REFERRALS, THANKS, CheckItem, first_match
from practice.review.format import clock, joined, pct, plural, quoted, ratio, secs
from practice.review.model import TOPIC_LABELS, Advice, Pacing, Phrasing, Review, nested
from practice.scenario.model import CLASSIC_TOPICS
from practice.session.model import ASKED_KINDS, Session, SessionTurn



def covered_topics(session: Session) -> list[str]:
    seen: list[str] = []
    for turn in session.interviewee_turns():
        if turn.kind in ASKED_KINDS and turn.topic in CLASSIC_TOPICS and turn.topic not in seen:
            seen.append(turn.topic)
    return seen


def reply_to(session: Session, index: int) -> SessionTurn | None:
    for turn in session.turns[index + 1:]:
        if turn.speaker == "interviewee":
            return turn
    return None


def build_checklist(session: Session, pacing: Pacing, phrasing: Phrasing, covered: list[str]) -> list[CheckItem]:
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
            reply = reply_to(session, index)
            if reply is not None and ((reply_kind and reply.kind == reply_kind)
                                      or (topic and reply.topic == topic and reply.kind in ASKED_KINDS)):
                add(key, True, quoted(session.turns[index].text, 70), index)
                return
        add(key, False)

    by_pattern("advice", ADVICE, topic="wish_known_earlier")
    by_pattern("referrals", REFERRALS, reply_kind="referral")
    by_pattern("follow_up", FOLLOW_UP, reply_kind="follow_up_permission")
    # rapport: common ground beyond the work (the article's "topics other than work")
    talk = [i for i, _ in said if (r := reply_to(session, i)) is not None and r.kind == "small_talk"]
    if talk:
        add("rapport", True, quoted(session.turns[talk[0]].text, 70), talk[0])
    else:
        add("rapport", False)
    by_pattern("thanks", THANKS, reply_kind="thanks")
    job = [i for i in phrasing.job_asks]
    job += [i for i, _ in said if (r := reply_to(session, i)) is not None and r.kind == "job_ask" and i not in job]
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


def practise_next(review: Review) -> list[Advice]:
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


def strengths_of(review: Review) -> list[str]:
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
