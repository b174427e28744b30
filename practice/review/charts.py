"""Charts for the HTML reports, drawn with matplotlib and inlined as SVG.

SVG text stays text (`svg.fonttype: none`), so the charts are small, sharp at any zoom and
need nothing from the network. matplotlib is imported here and nowhere else, through its
object API (no pyplot global state). Each function returns an SVG string, or None when the
session holds nothing to draw (a typed session has no timings).
"""

from __future__ import annotations

import io
import re

from practice.interview.pacing import COMFORTABLE_WPM
from practice.review import norms
from practice.review.summary import Review

USER = "#1f7a6d"
THEM = "#8a94a6"
OPEN = "#2a9d8f"
CLOSED = "#e9c46a"
BAD = "#d1495b"
BAND = "#dcefe9"
INK = "#25303b"
GRID = "#e6e9ee"
WIDE = 9.4  # inches: a full-width chart (about 900 CSS px)
NARROW = 4.6  # half width, two side by side


def _axes(width: float, height: float):
    """(figure, axes) for one chart, in the house style."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.add_subplot()
    _style(ax)
    return fig, ax


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#b8c0cc")
    ax.tick_params(colors=INK, labelsize=9)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def _clock_ticks(ax, end: float) -> None:
    """Ticks every round number of seconds, labelled m:ss."""
    step = next((s for s in (10, 15, 20, 30, 60, 120, 300) if end / s <= 9), 600)
    ticks = [t * step for t in range(int(end // step) + 1)]
    ax.set_xticks(ticks, [f"{int(t) // 60}:{int(t) % 60:02d}" for t in ticks])
    ax.set_xlim(0, end)


def to_svg(fig, name: str, title: str) -> str:
    """The figure as an inline <svg> that scales to its container."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    def attrs(m: re.Match) -> str:
        natural = float(m.group(2)) * 4 / 3  # pt to CSS px: shown at its natural size, never larger
        return (f'<svg{m.group(1)} width="100%" style="max-width:{natural:.0f}px" class="chart" '
                f'data-chart="{name}" role="img" aria-label="{title}"')

    svg = re.sub(r'<svg([^>]*?) width="([\d.]+)pt" height="[^"]*"', attrs, svg, count=1)
    return svg


def pace_chart(review: Review) -> str | None:
    points = review.pacing.turn_wpm
    if not points:
        return None
    fig, ax = _axes(WIDE, 2.6)
    xs = [p["start"] for p in points]
    ys = [p["wpm"] for p in points]
    end = max(review.duration, max(xs) + 5)
    low, high = COMFORTABLE_WPM
    ax.axhspan(low, high, color=BAND, zorder=0, label=f"comfortable {low:.0f}-{high:.0f} wpm")
    ax.plot(xs, ys, color=USER, linewidth=1.6, marker="o", markersize=5, zorder=3, label="your pace")
    pitch = review.pacing.pitch_turn
    for p, x, y in zip(points, xs, ys):
        if p["turn"] == pitch:
            ax.annotate("pitch", (x, y), textcoords="offset points", xytext=(6, 6), fontsize=8, color=INK)
    _clock_ticks(ax, end)
    ax.set_ylim(min(60, min(ys) - 10), max(200, max(ys) + 10))
    ax.set_xlabel("time into the session (min:s)", fontsize=9, color=INK)
    ax.set_ylabel("words per minute", fontsize=9, color=INK)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8, frameon=False, ncol=2)
    return to_svg(fig, "pace", "Your speaking pace over the session")


def timeline_chart(review: Review) -> str | None:
    """Who spoke when: one lane each, gaps before your turns labelled, overlaps in red."""
    if not review.pacing.timed or review.duration <= 0:
        return None
    turns = [t for t in review.turns if t.end > t.start]
    if not turns:
        return None
    fig, ax = _axes(WIDE, 2.1)
    lanes = {"interviewee": 1, "user": 0}
    for t in turns:
        color = USER if t.speaker == "user" else THEM
        if t.speaker == "user" and t.interrupting:
            color = BAD
        ax.broken_barh([(t.start, t.end - t.start)], (lanes[t.speaker] - 0.32, 0.64),
                       facecolors=color, edgecolor="white", linewidth=0.4)
    for t in review.turns:
        if t.speaker == "user" and t.gap is not None and (abs(t.gap) >= 1.0 or t.gap < 0):
            ax.annotate(f"{t.gap:+.1f}s", (t.start, 0.36), fontsize=7, ha="center", va="bottom",
                        color=BAD if t.gap < 0 or t.gap > norms.LONG_GAP_S else INK)
    if review.pacing.warned_at is not None:
        ax.axvline(review.pacing.warned_at, color=BAD, linewidth=1, linestyle="--")
        ax.annotate("time warning", (review.pacing.warned_at, 1.42), fontsize=7, color=BAD, ha="right")
    ax.set_yticks([0, 1], ["You", "Interviewee"])
    ax.set_ylim(-0.6, 1.6)
    _clock_ticks(ax, review.duration * 1.01)
    ax.set_xlabel("time (min:s); labels: your gap before speaking, red = overlap or a long wait",
                  fontsize=8, color=INK)
    return to_svg(fig, "timeline", "Who spoke when, with the gaps between turns")


def talk_share_chart(review: Review) -> str | None:
    p = review.pacing
    if p.talk_share is None:
        return None
    fig, ax = _axes(NARROW, 1.3)
    ax.grid(False)
    you = p.talk_share * 100
    ax.barh([0], [you], color=USER, height=0.6)
    ax.barh([0], [100 - you], left=[you], color=THEM, height=0.6)
    ax.text(you / 2, 0, f"you {you:.0f}%", ha="center", va="center", color="white", fontsize=9,
            fontweight="bold")
    ax.text(you + (100 - you) / 2, 0, f"them {100 - you:.0f}%", ha="center", va="center",
            color="white", fontsize=9, fontweight="bold")
    target = norms.TALK_SHARE_TARGET * 100
    ax.axvline(target, color=INK, linewidth=1.2, linestyle="--")
    ax.annotate(f"aim: under {target:.0f}%", (target, 0.42), fontsize=8, color=INK, ha="left",
                xytext=(3, 0), textcoords="offset points")
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.5, 0.75)
    ax.set_yticks([])
    ax.set_xticks([0, 25, 50, 75, 100], ["0", "25%", "50%", "75%", "100%"])
    basis = "speaking time" if p.talk_basis == "time" else "words (typed session)"
    ax.set_xlabel(f"share of the {basis}", fontsize=8, color=INK)
    return to_svg(fig, "talk-share", "Share of the talking")


def score_rows(review: Review) -> list[tuple[str, float, float | None, str]]:
    """(label, value 0..1, target or None, text) for the scores chart."""
    ph, li = review.phrasing, review.listening
    rows = []
    if ph.questions:
        rows.append(("Open questions", ph.open_share or 0.0, norms.OPEN_SHARE_TARGET, f"{ph.open}/{ph.questions}"))
        heard = sum(1 for t in review.turns if t.is_question
                    and {"reflection", "reference", "follow_up"} & set(t.listening))
        rows.append(("Questions built on their answer", heard / ph.questions, None, f"{heard}/{ph.questions}"))
    if li.details:
        rows.append(("Details picked up", len(li.picked) / len(li.details), None,
                     f"{len(li.picked)}/{len(li.details)}"))
    judged = [c for c in review.checklist if c.done is not None]
    if judged:
        done = sum(1 for c in judged if c.done)
        rows.append(("Checklist", done / len(judged), None, f"{done}/{len(judged)}"))
    return rows


def scores_chart(review: Review) -> str | None:
    rows = score_rows(review)
    if not rows:
        return None
    fig, ax = _axes(NARROW, 0.5 + 0.42 * len(rows))
    labels = [r[0] for r in rows][::-1]
    values = [r[1] * 100 for r in rows][::-1]
    colors = []
    for label, value, target, _ in rows[::-1]:
        colors.append(OPEN if (target is None and value >= 0.5) or (target is not None and value >= target)
                      else CLOSED if value >= 0.25 else BAD)
    ax.barh(labels, values, color=colors, height=0.6)
    for y, (label, value, target, text) in enumerate(rows[::-1]):
        ax.text(min(value * 100 + 1.5, 92), y, text, va="center", fontsize=8, color=INK)
        if target is not None:
            ax.plot([target * 100] * 2, [y - 0.38, y + 0.38], color=INK, linewidth=1.4)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100], ["0", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("black tick: target", fontsize=8, color=INK)
    return to_svg(fig, "scores", "Scores for this session")


def question_chart(review: Review) -> str | None:
    """Each question as a bar: open or closed, red when flagged, taller when it built on their answer."""
    questions = [t for t in review.turns if t.is_question]
    if not questions:
        return None
    fig, ax = _axes(WIDE, 2.1)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.grid(axis="x", visible=False)
    xs = list(range(1, len(questions) + 1))
    colors = [BAD if t.flags else OPEN if t.question_type == "open" else CLOSED for t in questions]
    ax.bar(xs, [t.quality for t in questions], color=colors, width=0.6)
    ax.set_xlim(0.4, max(len(xs), 8) + 0.6)  # a bar keeps its width however few questions there are
    ax.axhline(0, color="#b8c0cc", linewidth=0.8)
    ax.set_xticks(xs, [f"Q{x}" for x in xs])
    ax.set_ylabel("question score", fontsize=9, color=INK)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=OPEN, label="open"), Patch(color=CLOSED, label="closed"),
                       Patch(color=BAD, label="leading / stacked / job ask")],
              fontsize=8, frameon=False, ncol=3, loc="upper center", bbox_to_anchor=(0.5, 1.22))
    return to_svg(fig, "questions", "Score of each question")


def history_chart(points: list[dict]) -> str | None:
    """Share of open questions, questions built on their answer and details picked up, per session."""
    if not points:
        return None
    fig, ax = _axes(WIDE, 2.6)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    xs = list(range(1, len(points) + 1))
    for key, label, color in (("open_share", "open questions", OPEN),
                              ("built_share", "questions built on their answer", USER),
                              ("details_share", "details picked up", "#7b6cb0")):
        ys = [None if p.get(key) is None else p[key] * 100 for p in points]
        if any(y is not None for y in ys):
            ax.plot(xs, [float("nan") if y is None else y for y in ys], marker="o", markersize=4,
                    linewidth=1.6, color=color, label=label)
    ax.axhline(norms.OPEN_SHARE_TARGET * 100, color=OPEN, linewidth=0.8, linestyle=":")
    ax.set_ylim(-5, 105)
    ax.set_xticks(xs, [p["label"] for p in points], rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("% of questions / details", fontsize=9, color=INK)
    ax.legend(fontsize=8, frameon=False, ncol=3, loc="upper center", bbox_to_anchor=(0.5, 1.2))
    return to_svg(fig, "history", "Questions and listening, session by session")


def pitch_history_chart(points: list[dict], target: float = norms.PITCH_TARGET_S) -> str | None:
    """Introduction length per attempt (pitch practice and sessions), against the target band."""
    points = [p for p in points if p.get("seconds") is not None]
    if not points:
        return None
    fig, ax = _axes(WIDE, 2.4)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    xs = list(range(1, len(points) + 1))
    ax.axhspan(target - norms.PITCH_TOLERANCE_S, target + norms.PITCH_TOLERANCE_S, color=BAND, zorder=0,
               label=f"on time ({target:.0f} ± {norms.PITCH_TOLERANCE_S:.0f} s)")
    ax.plot(xs, [p["seconds"] for p in points], color=INK, linewidth=1, zorder=2)
    for source, marker, color, label in (("pitch", "o", USER, "practice pitch"),
                                         ("session", "s", "#7b6cb0", "in a session")):
        sel = [(x, p["seconds"]) for x, p in zip(xs, points) if p["source"] == source]
        if sel:
            ax.scatter([s[0] for s in sel], [s[1] for s in sel], marker=marker, color=color, zorder=3,
                       label=label, s=28)
    ax.set_xticks(xs, [p["label"] for p in points], rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, max(target * 2, max(p["seconds"] for p in points) + 3))
    ax.set_ylabel("seconds", fontsize=9, color=INK)
    ax.legend(fontsize=8, frameon=False, ncol=3, loc="upper center", bbox_to_anchor=(0.5, 1.2))
    return to_svg(fig, "pitch-history", "Introduction length, attempt by attempt")
