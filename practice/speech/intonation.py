"""Does a spoken turn end with a rising pitch? A small YIN pitch tracker in numpy.

Transcripts lose question marks: Whisper writes "If it's stressful." and "you have
children" as statements although they were asked. A final rise in pitch is the strongest
cue English has for a yes/no question said without inversion, and the recording of the turn
is at hand in the interview, so the scorer is given the rise (`score_utterance(rise=...)`);
`practice score` has only text and does without.

The tracker is YIN (de Cheveigné and Kawahara, 2002): per 10 ms frame, the cumulative-mean
normalised difference function; the first dip under a threshold is the period. Only frames
loud enough and clearly periodic count as voiced. The rise compares the median pitch of the
last voiced stretch (the last ~0.3 s of voiced speech, its second half) with the median of
everything voiced before it, in semitones. Pure numpy: a turn of 5 s takes a few ms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PitchOptions:
    """Pitch tracking settings for adult speech."""

    fmin: float = 70.0        # Hz; lowest voice pitch looked for
    fmax: float = 400.0       # Hz
    frame: float = 0.04       # s of signal compared per frame (must hold two periods of fmin)
    hop: float = 0.01         # s between frames
    threshold: float = 0.15   # YIN dip that counts as a period
    voiced_max: float = 0.35  # above this aperiodicity the frame is unvoiced
    quiet_db: float = 35.0    # frames this far under the loudest frame are silence
    tail: float = 0.3         # s of voiced speech at the end that may rise (its second half is compared)
    window: float = 4.0       # s at the end of the turn analysed (the body is what comes before the tail)
    min_tail_frames: int = 4
    min_body_frames: int = 6


@dataclass(frozen=True)
class Intonation:
    """Pitch of the turn's end against its body. `rise` in semitones (None: too little voice)."""

    rise: float | None
    body_hz: float | None
    end_hz: float | None
    voiced_frames: int


def track_pitch(samples: np.ndarray, rate: int, options: PitchOptions | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(frame times in s, f0 in Hz with NaN where unvoiced)."""
    o = options or PitchOptions()
    x = np.asarray(samples, dtype=np.float64).ravel()
    w = int(o.frame * rate)
    tau_max = int(rate / o.fmin)
    tau_min = max(2, int(rate / o.fmax))
    hop = max(1, int(o.hop * rate))
    n = w + tau_max
    if len(x) < n:
        return np.zeros(0), np.zeros(0)
    starts = np.arange(0, len(x) - n + 1, hop)
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[starts]
    frames = frames - frames.mean(axis=1, keepdims=True)
    energy = (frames[:, :w] ** 2).mean(axis=1)
    loud = (10 * np.log10(energy + 1e-12) > 10 * np.log10(energy.max() + 1e-12) - o.quiet_db) & (energy > 1e-7)
    # d(tau) = sum_j (x_j - x_{j+tau})^2 over j < w, from an FFT cross-correlation
    size = 1 << int(np.ceil(np.log2(2 * n)))
    spec_full = np.fft.rfft(frames, size, axis=1)
    spec_head = np.fft.rfft(frames[:, :w], size, axis=1)
    cross = np.fft.irfft(np.conj(spec_head) * spec_full, size, axis=1)[:, :tau_max + 1]
    sq = np.concatenate([np.zeros((len(frames), 1)), np.cumsum(frames ** 2, axis=1)], axis=1)
    head = sq[:, w][:, None]
    shifted = sq[:, w:w + tau_max + 1] - sq[:, :tau_max + 1]
    diff = np.maximum(head + shifted - 2 * cross, 0.0)
    # cumulative mean normalised difference
    cmnd = np.ones_like(diff)
    running = np.cumsum(diff[:, 1:], axis=1)
    taus = np.arange(1, tau_max + 1)
    cmnd[:, 1:] = diff[:, 1:] * taus / np.maximum(running, 1e-12)
    f0 = np.full(len(frames), np.nan)
    for i in np.flatnonzero(loud):
        row = cmnd[i]
        below = np.flatnonzero(row[tau_min:] < o.threshold)
        if below.size:
            t = tau_min + below[0]
            while t + 1 <= tau_max and row[t + 1] < row[t]:
                t += 1  # down to the bottom of the dip
        else:
            t = tau_min + int(np.argmin(row[tau_min:]))
            if row[t] > o.voiced_max:
                continue
        if 0 < t < tau_max:  # parabolic interpolation between neighbouring lags
            a, b, c = row[t - 1], row[t], row[t + 1]
            denom = a - 2 * b + c
            shift = 0.5 * (a - c) / denom if abs(denom) > 1e-12 else 0.0
            period = t + max(-1.0, min(1.0, shift))
        else:
            period = float(t)
        f0[i] = rate / period
    times = (starts + w / 2) / rate
    return times, f0


def final_rise(samples: np.ndarray, rate: int, options: PitchOptions | None = None) -> Intonation:
    """How far the pitch rises at the end of a turn, in semitones."""
    o = options or PitchOptions()
    samples = np.asarray(samples).ravel()[-int(o.window * rate):]
    times, f0 = track_pitch(samples, rate, o)
    voiced = np.flatnonzero(~np.isnan(f0))
    if voiced.size < o.min_tail_frames + o.min_body_frames:
        return Intonation(None, None, None, int(voiced.size))
    f0v, tv = f0[voiced], times[voiced]
    # octave jumps are tracking errors: keep frames within an octave of the turn's median
    median = np.median(f0v)
    keep = (f0v > median / 2) & (f0v < median * 2)
    f0v, tv = f0v[keep], tv[keep]
    end = tv[-1] if tv.size else 0.0
    in_tail = tv >= end - o.tail
    tail_f0, tail_t = f0v[in_tail], tv[in_tail]
    body = f0v[~in_tail]
    if body.size < o.min_body_frames:  # a short turn: its first half is the body
        half = f0v.size // 2
        body, tail_f0, tail_t = f0v[:half], f0v[half:], tv[half:]
    # the rise shows in the last half of the tail
    late = tail_f0[tail_t >= tail_t[0] + (tail_t[-1] - tail_t[0]) / 2] if tail_t.size else tail_f0
    if late.size < max(2, o.min_tail_frames // 2) or body.size < 2:
        return Intonation(None, None, None, int(voiced.size))
    body_hz, end_hz = float(np.median(body)), float(np.median(late))
    return Intonation(round(float(12 * np.log2(end_hz / body_hz)), 2), round(body_hz, 1), round(end_hz, 1), int(voiced.size))
