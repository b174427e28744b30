"""Score one user turn: question type, flags, listening cues, reasons and a better wording.

This is the one entry point the interview loop, the review and `practice score` share.
It is pure: text in, an `UtteranceScore` out, in about a millisecond per turn.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Iterable

from practice.scoring.confidence import bar
from practice.scoring.flags import closed_confidence, leading, leading_confidence
from practice.scoring import meaning, pair_reading, pushing, weighing
from practice.scoring.stacking import stacked, stacked_confidence
from practice.scoring.job_asks import job_ask
from practice.scoring.listening import Listening, listen
from practice.scoring.questions import find_questions
from practice.scoring.rewrite import rewrite
from practice.scoring.text import words

USER = "user"  # the speaker name for the user's own turns in `history`
JOB_ASK_REWRITE = "What do the people who join your team usually have in common?"


@dataclass
class UtteranceScore:
    """The judgement of one user turn. `to_dict()` is the JSON shape `practice score` prints."""

    text: str
    question_type: str                 # open | closed | not_a_question
    question_form: str                 # wh_open, wh_fact, request, yes_no, choice, tag, declarative, scale, statement
    leading: bool
    stacked: bool
    job_ask: bool
    interrupting: bool
    listening: Listening
    reasons: list[str] = field(default_factory=list)
    rewrite: str | None = None
    # 0..1 for each criticising (closed, leading, stacked, topic_switch) and praising
    # (reflection) flag; only flags at confidence.bar(flag) or above are shown (reasons, review, live cues)
    confidence: dict[str, float] = field(default_factory=dict)

    def shown(self, flag: str) -> bool:
        """Whether `flag` ("leading", "reflection", ...) is raised and confident enough to show."""
        raised = (self.question_type == "closed" if flag == "closed"
                  else getattr(self.listening, flag) if flag in ("topic_switch", "reflection")
                  else getattr(self, flag))
        return bool(raised) and self.confidence.get(flag, 1.0) >= bar(flag)

    def to_dict(self) -> dict:
        # the listening cues are copied once, by their own `to_dict`, which leaves out their signs
        data = asdict(replace(self, listening=None))
        data["listening"] = self.listening.to_dict()
        return data


def split_history(history: Iterable[tuple[str, str]] | None) -> tuple[str | None, list[str], str | None]:
    """(interviewee's last turn, their turns before it, the user's turn before that one).

    `history` is the conversation so far as (speaker, text) pairs; speaker "user" is the
    user, any other name is the interviewee.
    """
    turns = [(str(s).lower(), t) for s, t in (history or []) if t and str(t).strip()]
    theirs_idx = [i for i, (s, _) in enumerate(turns) if s != USER]
    if not theirs_idx:
        return None, [], None
    last = theirs_idx[-1]
    earlier = [turns[i][1] for i in theirs_idx[:-1]]
    mine = next((t for s, t in reversed(turns[:last]) if s == USER), None)
    return turns[last][1], earlier, mine


def score_utterance(text: str, previous: str | None = None,
                    history: Iterable[tuple[str, str]] | None = None,
                    interrupting: bool = False, rise: float | None = None) -> UtteranceScore:
    """Judge `text`, said by the user after the interviewee's `previous` turn.

    `history` (optional) is the conversation before `text`; when `previous` is not given,
    the interviewee's last turn in it is used. `interrupting` comes from timing (the
    interview loop knows it; text alone does not). `rise` is the final pitch rise of the
    turn's own recording in semitones (`practice.speech.intonation`), for spoken turns: a
    statement said with a clear rise asks for a yes or no even when the transcript has no "?".
    """
    text = text if isinstance(text, str) else str(text)
    hist_prev, earlier, mine = split_history(history)
    if previous is None:
        previous = hist_prev
    elif hist_prev is not None and previous.strip() == hist_prev.strip():
        pass
    elif history is not None:
        earlier = earlier + ([hist_prev] if hist_prev else [])

    # the whole turn's meaning, read by `weighing` after the rules, is encoded beside them, and
    # the turn is read together with the answer (`pair_reading`) on a thread of its own
    answered = (previous or "").strip() and weighing.available()
    with meaning.reading_ahead(text if answered else None):
        if answered:
            pair_reading.read_soon(previous, text)
        return _judge(text, previous, earlier, mine, interrupting, rise)


def _judge(text: str, previous: str | None, earlier: list[str], mine: str | None, interrupting: bool,
           rise: float | None) -> UtteranceScore:
    found = find_questions(text, rise=rise)
    qtype = found.question_type
    form = found.deciding.form if found.deciding else None
    lead = leading(text, found)
    stack = stacked(found, previous)
    job = job_ask(text)
    heard = listen(text, found, previous, earlier, mine,
                   guess=bool(lead) or bool(form and form.kind in ("declarative", "tag")),
                   leads=lead, stacked=bool(stack), asks_job=bool(job))
    confidence = {"closed": closed_confidence(found, stack, rise) if qtype == "closed" else 0.0,
                  "leading": pushing.confidence(text, found, lead, leading_confidence(text, found, lead), previous)
                  if lead else 0.0,
                  "stacked": stacked_confidence(found, stack) if stack else 0.0,
                  "topic_switch": heard.confidence.get("topic_switch", 0.0) if heard.topic_switch else 0.0,
                  "reflection": heard.confidence.get("reflection", 0.0)}
    show = {k: v >= bar(k) for k, v in confidence.items()}

    reasons: list[str] = []
    better: str | None = None
    if job:
        better = JOB_ASK_REWRITE
    elif ((qtype == "closed" and show["closed"]) or (lead and show["leading"])) and found.deciding:
        better = rewrite(found.deciding.sentence, form.kind, "" if form.kind == "choice" else form.clause)

    if not words(text):
        reasons.append("Nothing was said: ask an open question or reflect what you heard.")
    elif qtype == "open":
        reasons.append(f"Open question: it {form.why}, so they can answer with a story.")
    elif qtype == "closed" and show["closed"]:
        tip = f' Ask for an account instead: "{better}"' if better and not job else ""
        reasons.append(f"Closed question: it {form.why}.{tip}")
    elif qtype == "closed":
        reasons.append(f"Question: it {form.why}.")  # not sure enough to criticise
    elif heard.reflection and show["reflection"]:
        reasons.append("No question: a reflection on its own is fine; pause and let them continue.")
    else:
        reasons.append("Not a question: if you want them to talk, end with an open question.")
    if lead and show["leading"]:
        reasons.append(f'Leading: "{lead}" pushes them toward your answer; ask neutrally'
                       + (f': "{better}"' if better and not job else "."))
    if stack and show["stacked"]:
        shown = " / ".join(f'"{u}"' for u in stack[:3])
        reasons.append(f"Stacked: {len(stack)} questions in one turn ({shown}); ask one, wait, then ask the next.")
    if job:
        reasons.append(f'Asks for a job or referral ("{job}"): this conversation is for learning; '
                       f'ask what they look for instead ("{JOB_ASK_REWRITE}") and let any offer come from them.')
    if interrupting:
        reasons.append("Interrupted: you started before they finished; let them finish their thought.")
    reasons += listening_reasons(heard, previous, show)

    return UtteranceScore(text=text, question_type=qtype, question_form=form.kind if form else "statement",
                          leading=bool(lead), stacked=bool(stack), job_ask=bool(job),
                          interrupting=bool(interrupting), listening=heard, reasons=reasons, rewrite=better,
                          confidence={k: round(v, 3) for k, v in confidence.items()})


def listening_reasons(heard: Listening, previous: str | None, show: dict[str, bool] | None = None) -> list[str]:
    ev = heard.evidence
    show = show or {}
    out = []
    if heard.acknowledgement:
        out.append(f'Acknowledged their answer ("{ev["acknowledgement"]}").')
    if heard.reflection and show.get("reflection", True):
        out.append(f'Reflected what they said ("{_short(ev["reflection"])}"): shows you understood.')
    if heard.reference:
        out.append(f"Referred to a detail they mentioned ({ev['reference']}).")
    if heard.follow_up:
        out.append(f'Followed up on their answer ("{ev["follow_up"]}").')
    if heard.topic_switch and not show.get("topic_switch", True):
        pass  # not sure enough to say so
    elif heard.topic_switch:
        out.append("Topic switch: nothing here touches their answer; acknowledge or ask about something "
                   "they just said before moving on.")
    elif previous and len(words(previous)) >= 4 and not (heard.acknowledgement or heard.reflection
                                                         or heard.reference or heard.follow_up):
        out.append('No listening cue: mention something from their answer ("You mentioned ...") to show you heard it.')
    return out


def _short(s: str, n: int = 80) -> str:
    s = s.strip()
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
