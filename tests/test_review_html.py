"""The HTML report opened in headless Chromium, with every network route closed.

Chromium is a system package of the test setup (Makefile SYSTEM_PACKAGES). The page must
render its charts from inside the file, and a transcript holding markup must show as text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from practice.speech.audio import SAMPLE_RATE, write_wav
from practice.cli import main
from practice.interview.runner import RunSettings, run_interview
from practice.review.load import load_review
from practice.session.store import load_session

PAYLOAD = "<script>document.body.setAttribute('data-pwned','1')</script><img src=x onerror=alert(1)>"
TYPED = [
    "Hi, I'm Sam, a psychology graduate exploring nursing, and I'd love to learn how you started.",
    "What does a normal shift look like for you?",
    f"Do you like your job? {PAYLOAD}",
    "Who else do you think I should talk to?",
    "Thank you so much for your time.",
]
SPOKEN = [  # (silence before, words)
    (0.5, "Hi, I'm Sam Rivera. I just finished a psychology degree, and I'm exploring nursing."),
    (1.2, "What does a typical shift look like for you?"),
    (3.6, "Do you like your job?"),
    (0.8, "Thank you so much for your time, this was really helpful."),
]
ALL_CHARTS = {"timeline", "pace", "talk-share", "scores", "questions"}


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "headless Chromium is needed: `make setup` installs the Debian package chromium"
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={tmp_path / 'chromium-profile'}",
               # no network at all: every name resolves to nothing, every proxy is dead
               "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
               *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


class Resources(HTMLParser):
    """Every URL the page could fetch: src/href attributes and CSS url()s."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "srcset", "data", "poster", "action") and value:
                self.urls.append(value)


def external_urls(html: str) -> list[str]:
    parser = Resources()
    parser.feed(html)
    urls = [u for u in parser.urls if not u.startswith("#") and not u.startswith("data:")]
    return urls + re.findall(r"url\((?!['\"]?#|['\"]?data:)[^)]*\)", html) + re.findall(r"@import", html)


def typed_session(tmp_path):
    script = tmp_path / "typed.txt"
    script.write_text("\n".join(TYPED) + "\n", encoding="utf-8")
    _, folder = run_interview(RunSettings(scenario="nurse", mode="text", script=script, view="none"))
    return folder


def test_report_renders_offline_and_shows_markup_as_text(tmp_path):
    typed_session(tmp_path)
    report = tmp_path / "report.html"
    assert main(["review", "latest", "--html", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert external_urls(html) == []
    assert "<script" not in html.lower().replace("&lt;script", "")
    shot = tmp_path / "typed.png"
    # one browser launch per report: the DOM and the screenshot together
    dom = chromium(tmp_path, "--dump-dom", "--hide-scrollbars", "--window-size=1100,2400", f"--screenshot={shot}",
                   report.as_uri()).stdout
    # the hostile transcript is text on the page, and nothing of it ran
    assert "&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=alert(1)&gt;" in dom
    assert 'data-pwned="1"' not in dom and "<script" not in dom and "<img" not in dom
    # typed sessions have no clock: the timed charts say so, the others are drawn
    charts = set(re.findall(r'<svg[^>]*data-chart="([\w-]+)"', dom))
    assert charts == {"talk-share", "scores", "questions"}
    assert dom.count("Typed session: no timings") == 2
    assert "Transcript with feedback" in dom and "Practise next" in dom
    assert_drawn(shot)


def assert_drawn(png: Path) -> None:
    """The screenshot shows a page, not a blank or an error page: many colours, the charts' among them."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200
    # the interviewee's grey (#8a94a6) is used by the charts only (talk share, timeline)
    grey = sum(count for count, (r, g, b) in colours if abs(r - 0x8a) < 8 and abs(g - 0x94) < 8 and abs(b - 0xa6) < 8)
    assert grey > 3000, "the charts should be drawn on the page"


@pytest.fixture
def spoken_session(tmp_path, say):
    folder = tmp_path / "turns"
    names = []
    for number, (gap, text) in enumerate(SPOKEN, start=1):
        samples = np.concatenate([np.zeros(int(gap * SAMPLE_RATE), np.float32), say(text).samples])
        write_wav(folder / f"{number:02d}.wav", samples)
        names.append(f"{number:02d}.wav")
    script = folder / "script.txt"
    script.write_text("\n".join(names) + "\n")
    pitch_seconds = len(say(SPOKEN[0][1]).samples) / SAMPLE_RATE
    _, saved = run_interview(RunSettings(scenario="nurse", mode="script", script=script, view="none"))
    return load_session(saved), saved, pitch_seconds


def test_spoken_session_review_has_real_pacing_and_every_chart(tmp_path, spoken_session):
    session, folder, pitch_seconds = spoken_session
    review, _, _ = load_review(str(folder))
    p = review.pacing
    assert p.timed and p.talk_basis == "time" and 0.05 < p.talk_share < 0.6
    users = [t for t in review.turns if t.speaker == "user"]
    assert len(users) == len(SPOKEN)
    for turn, (gap, _) in zip(users, SPOKEN):
        assert turn.gap is not None and abs(turn.gap - gap) < 0.3
    assert p.long_gaps == 1 and p.mean_gap == pytest.approx(sum(g for g, _ in SPOKEN) / len(SPOKEN), abs=0.3)
    assert len(p.turn_wpm) >= 2 and all(60 < r["wpm"] < 320 for r in p.turn_wpm)
    assert abs(p.pitch_seconds - pitch_seconds) < 1.0 and not p.pitch_estimated
    assert p.pitch_delay == pytest.approx(SPOKEN[0][0], abs=0.3)
    assert p.interruptions == 0 and p.over_by < 0
    report = folder / "review.html"
    assert main(["review", str(folder), "--html"]) == 0
    shot = tmp_path / "spoken.png"
    dom = chromium(tmp_path, "--dump-dom", "--hide-scrollbars", "--window-size=1100,2600", f"--screenshot={shot}",
                   report.as_uri()).stdout
    assert set(re.findall(r'<svg[^>]*data-chart="([\w-]+)"', dom)) == ALL_CHARTS
    assert "Typed session" not in dom
    assert_drawn(shot)
