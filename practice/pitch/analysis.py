"""Scoring a pitch: a transcript and the speech regions in, a `PitchResult` out. Pure.

Timing is measured on the speech itself. Whisper's word times are good between words but
poor at the edges (its first word often "starts" at 0.0 however long the silence before
it, and words stretch over the pauses after them), so when the voice-activity regions are
known the first word's start and the last word's end are pinned to the region they sit in,
and long pauses are taken from the gaps between regions. Without regions (hand-made
transcripts) the word times are used as they are.
"""

from __future__ import annotations

from practice.errors import PracticeError
from practice.pitch.checklist import Check, checklist, missing_point
from practice.pitch.result import Cut, PaceSegment, Pause, PitchOptions, PitchResult
from practice.pitch.tips import build_tips
from practice.pitch.words import (Token, clauses, content_count, sentences, spoken, syllable_count,
                                  tokenize)
from practice.transcript import Transcript, Word

Region = tuple[float, float]  # speech from .. to, seconds from the start of the recording

EDGE_MARGIN = 0.3  # a word this far outside every speech region is a hallucination
MIN_CUT_WORDS = 3  # dropping "Hi" or "so" is not advice
GREETINGS = {"hi", "hello", "hey", "good", "morning", "afternoon", "evening", "there", "so",
             "well", "okay", "ok", "thanks", "thank", "you"}


def _overlap(a: Region, b: Region) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def keep_heard_words(words: list[Word], regions: list[Region] | None) -> list[Word]:
    """Drop words Whisper wrote over silence or noise (no speech region near them)."""
    if regions is None:
        return list(words)
    widened = [(s - EDGE_MARGIN, e + EDGE_MARGIN) for s, e in regions]
    return [w for w in words if any(_overlap((w.start, max(w.end, w.start + 0.01)), r) > 0
                                    for r in widened)]


def speech_bounds(words: list[Word], regions: list[Region] | None) -> Region:
    """First word start and last word end, pinned to the voice-activity region they sit in."""
    start, end = words[0].start, words[-1].end
    if not regions:
        return start, max(end, start)
    first = (words[0].start, max(words[0].end, words[0].start + 0.05))
    last = (words[-1].start, max(words[-1].end, words[-1].start + 0.05))
    best_first = max(regions, key=lambda r: _overlap(first, r))
    if _overlap(first, best_first) > 0:
        start = max(start, best_first[0])
    best_last = max(regions, key=lambda r: _overlap(last, r))
    if _overlap(last, best_last) > 0:
        end = min(end, best_last[1]) if best_last[1] > start else end
    return start, max(end, start)


def clamp_words(words: list[Word], bounds: Region) -> list[Word]:
    lo, hi = bounds
    return [Word(w.word, min(max(w.start, lo), hi), min(max(w.end, lo), hi), w.probability)
            for w in words]


def snap_to_regions(words: list[Word], regions: list[Region] | None) -> list[Word]:
    """Start the first word after a silence where the speech resumed.

    Whisper stretches the word before a silence over it and starts the next one late or
    early; where a speech region begins during a word (and after the previous word began),
    that is when the word really started, and the previous word ended with the region before.
    """
    if not regions:
        return list(words)
    out = list(words)
    for i in range(1, len(out)):
        prev, word = out[i - 1], out[i]
        resumed = [r for r in regions if prev.start + 0.1 < r[0] <= word.end - 0.02]
        if not resumed:
            continue
        start = resumed[-1][0]
        out[i] = Word(word.word, start, max(word.end, start), word.probability)
        ended = [e for s, e in regions if e <= start and e > prev.start]
        if ended:
            out[i - 1] = Word(prev.word, prev.start, min(prev.end, max(ended)), prev.probability)
    return out


def _pause_from(start: float, end: float, tokens: list[Token]) -> Pause:
    before = [t for t in tokens if t.start < start and not t.filler]
    after = [t for t in tokens if t.start >= start and not t.filler]
    # Whisper may stretch the word before a pause over it; the next word is the one
    # whose start is nearest the pause end.
    if after:
        nxt = min(after, key=lambda t: abs(t.start - end))
        before = [t for t in before if t.index < nxt.index] or before
    return Pause(start, end, before[-1].text if before else None, nxt.text if after else None)


def find_pauses(tokens: list[Token], bounds: Region, regions: list[Region] | None,
                minimum: float) -> list[Pause]:
    """Silences of at least `minimum` seconds inside the speech."""
    lo, hi = bounds
    pauses: list[Pause] = []
    if regions:
        inside = sorted((max(s, lo), min(e, hi)) for s, e in regions if e > lo and s < hi)
        for (_, prev_end), (next_start, _) in zip(inside, inside[1:]):
            if next_start - prev_end >= minimum:
                pauses.append(_pause_from(prev_end, next_start, tokens))
        return pauses
    for prev, nxt in zip(tokens, tokens[1:]):
        if nxt.start - prev.end >= minimum:
            pauses.append(Pause(prev.end, nxt.start, prev.text, nxt.text))
    return pauses


def _paused_within(start: float, end: float, pauses: list[Pause]) -> float:
    return sum(_overlap((start, end), (p.start, p.end)) for p in pauses)


def _filler_windows(tokens: list[Token]) -> list[Region]:
    """Where each run of fillers was said: between the words around it, since Whisper's own
    times for a filler it kept are often a sliver of the sound."""
    windows = []
    i = 0
    while i < len(tokens):
        if not tokens[i].filler:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].filler:
            j += 1
        lo = tokens[i - 1].end if i > 0 else tokens[i].start
        hi = tokens[j + 1].start if j + 1 < len(tokens) else tokens[j].end
        windows.append((min(lo, tokens[i].start), max(hi, tokens[j].end)))
        i = j + 1
    return windows


def pace_segments(tokens: list[Token], pauses: list[Pause], change: float,
                  regions: list[Region] | None = None,
                  min_words: int = 8, min_seconds: float = 2.5) -> list[PaceSegment]:
    """The rate of each sentence (short ones merged), marked where it departs from the rest.

    Parts are at least 8 words and 2.5 s: a short opening ("Hello, my name is Priya Shah.")
    is naturally said slower, and is no change of pace. A part's rate is over the time
    actually spent speaking in it (inside the speech regions
    when known, else its span less long pauses), and is compared with the same measure over
    all parts together, so gaps between sentences do not make any part look fast or slow.
    """
    groups: list[list[Token]] = []
    said = sentences(tokens)
    for sentence in said:
        for unit in (clauses(sentence) if len(said) == 1 else [sentence]):
            if groups and (content_count(groups[-1]) < min_words or
                           groups[-1][-1].end - groups[-1][0].start < min_seconds):
                groups[-1] = groups[-1] + unit
            else:
                groups.append(list(unit))
    if len(groups) > 1 and (content_count(groups[-1]) < min_words or
                            groups[-1][-1].end - groups[-1][0].start < min_seconds):
        last = groups.pop()
        groups[-1] = groups[-1] + last
    fillers = _filler_windows(tokens)
    spans = []
    for group in groups:
        start, end = group[0].start, group[-1].end
        if regions:
            speaking = sum(_overlap((start, end), r) for r in regions)
            speaking -= sum(_overlap((max(a, start), min(b, end)), r)
                            for a, b in fillers if a < end and b > start for r in regions)
        else:
            speaking = end - start - _paused_within(start, end, pauses)
        spans.append((group, start, end, max(speaking, 0.05)))
    total_syllables = sum(syllable_count(g) for g, *_ in spans)
    total_time = sum(s[3] for s in spans)
    overall = total_syllables / total_time if total_time > 0 else 0.0
    segments = []
    for k, (group, start, end, speaking) in enumerate(spans):
        rate = syllable_count(group) / speaking
        # With two parts the second is judged against the first (the change happened there);
        # with more, each against the whole.
        reference = overall
        if len(spans) == 2:
            reference = syllable_count(spans[0][0]) / spans[0][3] if k == 1 else 0.0
        relative = rate / reference if len(spans) > 1 and reference > 0 else 1.0
        label = "steady"
        if relative >= 1 + change:
            label = "faster"
        elif relative <= 1 / (1 + change):
            label = "slower"
        segments.append(PaceSegment(start, end, spoken(group), content_count(group),
                                    content_count(group) / speaking * 60.0, rate, relative,
                                    label))
    return segments


def _units(tokens: list[Token]) -> list[list[Token]]:
    """Sentences and, inside sentences of several clauses, the clauses: what could be cut."""
    found = []
    for sentence in sentences(tokens):
        found.append(sentence)
        parts = clauses(sentence)
        if len(parts) > 1:
            found.extend(parts)
    return found


def suggest_cut(tokens: list[Token], checks: dict[str, Check], duration: float,
                options: PitchOptions) -> Cut | None:
    """What to drop from a long pitch: the part that says none of the four points and
    brings it closest to the target; failing that, the longest part, to shorten."""
    if duration - options.target_s <= options.tolerance_s:
        return None
    needed = {i for key in ("name", "background", "interest", "ask")
              for i in checks[key].indices}
    units = _units(tokens)
    candidates = []
    for k, unit in enumerate(units):
        start, end = unit[0].start, unit[-1].end
        following = [u for u in units if u[0].start >= end - 1e-6 and u is not unit]
        gap = (min(u[0].start for u in following) - end) if following else 0.0
        saves = end - start + max(0.0, min(gap, 1.0))
        free = not any(t.index in needed for t in unit)
        candidates.append((unit, start, end, saves, free))
    spare = [c for c in candidates if c[4] and content_count(c[0]) >= MIN_CUT_WORDS
             and not all(t.norm in GREETINGS for t in c[0] if not t.filler)]
    if not spare:
        parts = [c for s in sentences(tokens) for c in clauses(s)]
        if not parts:
            return None
        longest = max(parts, key=lambda u: u[-1].end - u[0].start)
        return Cut("shorten", spoken(longest), longest[0].start, longest[-1].end, 0.0, duration)
    target, tol = options.target_s, options.tolerance_s
    unit, start, end, saves, _ = min(
        spare, key=lambda c: (abs(duration - c[3] - target) > tol, abs(duration - c[3] - target)))
    new = duration - saves
    action = "shorten" if new < target - tol else "cut"
    return Cut(action, spoken(unit), start, end, saves, new)


def verdict_for(duration: float, options: PitchOptions) -> str:
    if duration > options.target_s + options.tolerance_s:
        return "too_long"
    if duration < options.target_s - options.tolerance_s:
        return "too_short"
    return "on_time"


def rate_for(wpm: float, options: PitchOptions) -> str:
    if wpm < options.rate_low:
        return "slow"
    if wpm > options.rate_high:
        return "fast"
    return "comfortable"


def analyze(
    transcript: Transcript,
    regions: list[Region] | None = None,
    options: PitchOptions | None = None,
    *,
    cue_s: float = 0.0,
    capped: bool = False,
    recording_s: float | None = None,
    notes: list[str] | None = None,
) -> PitchResult:
    """Score one pitch; `regions` are the voice-activity regions of the same audio.

    `cue_s` is when the user was told to start, on the transcript's clock.
    """
    options = options or PitchOptions()
    heard = keep_heard_words(transcript.words, regions)
    probe, _ = tokenize(heard)
    if not any(not t.filler for t in probe):
        raise PracticeError(
            "heard a voice but could not make out any words: speak a little louder and closer "
            "to the microphone, then try again"
        )
    bounds = speech_bounds(heard, regions)
    words = snap_to_regions(clamp_words(heard, bounds), regions)
    tokens, fillers = tokenize(words)
    duration = bounds[1] - bounds[0]
    count = content_count(tokens)
    wpm = count / duration * 60.0 if duration > 0 else 0.0
    pauses = find_pauses(tokens, bounds, regions, options.pause_s)
    checks = checklist(tokens)
    result = PitchResult(
        options=options,
        duration_s=duration,
        start_delay_s=max(0.0, bounds[0] - cue_s),
        speech_start_s=bounds[0],
        speech_end_s=bounds[1],
        wpm=wpm,
        rate=rate_for(wpm, options),
        verdict="too_long" if capped else verdict_for(duration, options),
        cut=suggest_cut(tokens, checks, duration, options),
        pace=pace_segments(tokens, pauses, options.pace_change, regions),
        fillers=fillers,
        pauses=pauses,
        checks=checks,
        missing=missing_point(checks),
        transcript=" ".join(w.word for w in words),
        words=words,
        capped=capped,
        recording_s=transcript.duration if recording_s is None else recording_s,
        notes=list(notes or []),
        model=transcript.model,
    )
    result.tips = build_tips(result)
    return result
