"""The self-contained HTML report: one file, inline CSS and SVG charts, no script, no network.

Rendered with Jinja2 with autoescaping on, so anything the user said (or the recogniser
heard) is shown as text, never as markup. The page's Content-Security-Policy forbids
scripts and every fetch, so even a hostile transcript cannot run or phone home.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from practice import __version__
from practice.review import charts, norms, present
from practice.review.format import clock, pct, ratio, secs
from practice.review.summary import Review

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters.update(clock=clock, pct=pct, ratio=ratio, secs=secs)
    return env


def css() -> str:
    return (TEMPLATES / "base.css").read_text(encoding="utf-8")


def review_charts(review: Review) -> list[dict]:
    typed = "Typed session: no timings were recorded. Rehearse out loud to see this chart."
    return [
        {"name": "timeline", "title": "Who spoke when (and the gaps)", "svg": charts.timeline_chart(review), "wide": True,
         "empty": typed},
        {"name": "pace", "title": "Your pace over the session", "svg": charts.pace_chart(review), "wide": True,
         "empty": typed if not review.pacing.timed else "Your turns were too short to measure a pace."},
        {"name": "talk-share", "title": "Talk-time share", "svg": charts.talk_share_chart(review), "wide": False,
         "empty": "Nothing was said."},
        {"name": "scores", "title": "Scores", "svg": charts.scores_chart(review), "wide": False,
         "empty": "No questions to score yet."},
        {"name": "questions", "title": "Each question", "svg": charts.question_chart(review), "wide": True,
         "empty": "No questions to score yet."},
    ]


def render_review_html(review: Review) -> str:
    best, worst = present.best_and_worst(review)
    return environment().get_template("review.html.j2").render(
        r=review, css=css(), started=present.started(review), headline=present.headline(review), mode_label=present.mode_label(review),
        ending=present.ending(review), persona=present.persona(review), cards=present.cards(review),
        charts=review_charts(review), pacing_facts=present.pacing_facts(review),
        phrasing_facts=present.phrasing_facts(review), listening_facts=present.listening_facts(review),
        plan_facts=present.plan_facts(review),
        best=best, worst=worst, pitch_notes=present.pitch_notes(review), chips=present.chips, timed=review.pacing.timed,
        turn_time=lambda index: present.turn_time(review, index), norms=norms.NORMS, version=__version__,
    )


def render_history_html(history) -> str:
    from datetime import datetime

    from practice.review.history import fmt_value

    sessions = history.sessions()
    session_points = [{"label": r.label, "open_share": r.open_share, "built_share": r.built_share,
                       "details_share": r.details_share} for r in sessions]
    intro_points = [{"label": r.label, "seconds": r.pitch_seconds, "source": r.kind}
                    for r in history.rows if r.problem is None and not r.pitch_estimated]

    def intro(row) -> str:
        if row.pitch_seconds is None:
            return "-"
        return f"{'≈' if row.pitch_estimated else ''}{row.pitch_seconds:.1f} s"

    chart_list = [
        {"name": "history", "title": "Questions and listening, session by session",
         "svg": charts.history_chart(session_points), "empty": "No sessions yet."},
        {"name": "pitch-history", "title": "Introduction length (practice pitch and sessions)",
         "svg": charts.pitch_history_chart(intro_points), "empty": "No timed introductions yet."},
    ]
    return environment().get_template("history.html.j2").render(
        h=history, css=css(), charts=chart_list, fmt=fmt_value, intro=intro, norms=norms.NORMS,
        version=__version__, sessions=len(sessions), pitches=sum(1 for r in history.rows if r.kind == "pitch"),
        made=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )
