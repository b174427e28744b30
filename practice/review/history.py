"""Progress over time: every saved session and pitch attempt with its main scores, and the trend.

Sessions are reviewed with the same `build_review` as `practice review`, so the numbers in
the history are the numbers the user saw. Pitch attempts are read with the pitch
command's own store (`practice.pitch.store`), never a second reader of its files.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from practice.review import norms
from practice.review.catalog import session_infos
from practice.review.load import review_session

SPARKS = "▁▂▃▄▅▆▇█"


@dataclass
class HistoryRow:
    kind: str  # "session" | "pitch"
    id: str
    when: str  # ISO 8601 (sessions) or the attempt's time
    label: str  # short date label for charts and tables
    scenario: str | None = None
    mode: str | None = None
    complete: bool = True
    problem: str | None = None
    pitch_seconds: float | None = None
    pitch_verdict: str | None = None
    pitch_estimated: bool = False
    questions: int | None = None
    open_share: float | None = None
    built_share: float | None = None  # questions that built on their answer
    rq_ratio: float | None = None
    details_picked: int | None = None
    details_planted: int | None = None
    talk_share: float | None = None
    checklist_done: int | None = None
    checklist_total: int | None = None
    wpm: float | None = None
    fillers: int | None = None
    pitch_points: int | None = None  # pitch attempts: points of the four-point checklist said

    @property
    def details_share(self) -> float | None:
        if not self.details_planted:
            return None
        return (self.details_picked or 0) / self.details_planted


@dataclass
class Trend:
    metric: str
    values: list[float]
    first: float  # the mean of up to three of the first sessions: what `better` compares,
    last: float  # so the figures shown always agree with the verdict beside them
    better: bool | None  # None: no real change
    unit: str  # "%" | "s" | ":1"

    @property
    def spark(self) -> str:
        return sparkline(self.values)


@dataclass
class History:
    rows: list[HistoryRow] = field(default_factory=list)
    trends: list[Trend] = field(default_factory=list)

    def sessions(self) -> list[HistoryRow]:
        return [r for r in self.rows if r.kind == "session" and r.problem is None]

    def to_dict(self) -> dict:
        return {"format": "practice-history", "version": 1,
                "rows": [asdict(r) | {"details_share": r.details_share} for r in self.rows],
                "trends": [asdict(t) for t in self.trends]}


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return SPARKS[3] * len(values)
    return "".join(SPARKS[int((v - low) / (high - low) * (len(SPARKS) - 1))] for v in values)


def _label(when: datetime | None, fallback: str) -> str:
    return when.strftime("%m-%d %H:%M") if when else fallback[:11]


def _parse(text: str) -> datetime | None:
    for parse in (datetime.fromisoformat, lambda t: datetime.strptime(t[:19], "%Y-%m-%d_%H-%M-%S")):
        try:
            when = parse(text)
            return when.replace(tzinfo=None)
        except ValueError:
            continue
    return None


def session_rows(scenario: str | None = None) -> list[HistoryRow]:
    rows = []
    for info in session_infos():
        s = info.session
        if s is None:
            rows.append(HistoryRow("session", info.id, "", info.id[:15], problem=info.problem))
            continue
        if scenario and s.scenario != scenario:
            continue
        review = review_session(s, info.folder)
        ph, li, p = review.phrasing, review.listening, review.pacing
        built = sum(1 for t in review.turns if t.is_question and {"reflection", "reference", "follow_up"} & set(t.listening))
        judged = [c for c in review.checklist if c.done is not None]
        rows.append(HistoryRow(
            "session", s.id, s.started_at, _label(_parse(s.started_at), s.id), scenario=s.scenario,
            mode=s.mode, complete=s.complete, pitch_seconds=p.pitch_seconds, pitch_verdict=p.pitch_verdict,
            pitch_estimated=p.pitch_estimated, questions=ph.questions, open_share=ph.open_share,
            built_share=round(built / ph.questions, 3) if ph.questions else None, rq_ratio=li.rq_ratio,
            details_picked=len(li.picked) if li.scenario_found else None,
            details_planted=len(li.details) if li.scenario_found else None, talk_share=p.talk_share,
            checklist_done=sum(1 for c in judged if c.done), checklist_total=len(judged), wpm=p.mean_wpm,
            fillers=p.fillers if p.timed else None,
        ))
    return rows


def pitch_rows() -> list[HistoryRow]:
    from practice.pitch.store import list_attempts

    rows = []
    for attempt in list_attempts():
        scores = attempt.scores
        when = _parse(attempt.id)
        checklist = scores.get("checklist") or {}
        points = sum(1 for v in checklist.values() if isinstance(v, dict) and v.get("present"))
        rows.append(HistoryRow(
            "pitch", attempt.id, when.isoformat() if when else attempt.id, _label(when, attempt.id),
            pitch_seconds=scores.get("duration_s"), pitch_verdict=scores.get("verdict"),
            wpm=scores.get("wpm"), fillers=len(scores.get("fillers") or []),
            pitch_points=points if checklist else None,
        ))
    return rows


def _trend(metric: str, values: list[float | None], unit: str, higher_is_better: bool | None,
           target: float | None = None) -> Trend | None:
    seen = [v for v in values if v is not None]
    if len(seen) < 2:
        return None
    k = min(3, len(seen) // 2) or 1
    first, last = sum(seen[:k]) / k, sum(seen[-k:]) / k
    if target is not None:  # closer to the target is better
        change = abs(first - target) - abs(last - target)
    else:
        change = (last - first) if higher_is_better else (first - last)
    scale = {"%": 0.05, "s": 1.0, ":1": 0.1}[unit]
    better = None if abs(change) < scale else change > 0
    return Trend(metric, seen, round(first, 4), round(last, 4), better, unit)


def build_history(scenario: str | None = None, include_pitch: bool = True) -> History:
    rows = session_rows(scenario) + (pitch_rows() if include_pitch and not scenario else [])
    rows.sort(key=lambda r: (_parse(r.when) or datetime.min))
    history = History(rows)
    sessions = history.sessions()
    for trend in (
        _trend("open questions", [r.open_share for r in sessions], "%", True),
        _trend("questions built on their answer", [r.built_share for r in sessions], "%", True),
        _trend("reflections : questions", [r.rq_ratio for r in sessions], ":1", True),
        _trend("details picked up", [r.details_share for r in sessions], "%", True),
        _trend("your talk share", [r.talk_share for r in sessions], "%", False),
        _trend("introduction length", [r.pitch_seconds for r in rows if not r.pitch_estimated and r.problem is None],
               "s", None, target=norms.PITCH_TARGET_S),
    ):
        if trend is not None:
            history.trends.append(trend)
    return history


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "%":
        return f"{value * 100:.0f}%"
    if unit == "s":
        return f"{value:.1f} s"
    return f"{value:.2f}:1"
