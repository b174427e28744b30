from practice.interview.pacing import rate_band, turn_pacing, words_per_minute
from practice.transcript import Word


def words_at(text: str, start: float, step: float = 0.4, gaps: dict[int, float] | None = None):
    out, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        out.append(Word(w, t, t + step * 0.8, 0.9))
        t += step
    return out


def test_gap_pauses_fillers_and_rate():
    words = words_at("Um, so what does a normal week look like for you?", 12.0, gaps={5: 1.4})
    pacing = turn_pacing(words, 11.9, words[-1].end, previous_end=11.0)
    assert pacing.response_gap == 0.9 and not pacing.interrupting
    assert [p["length"] for p in pacing.pauses] == [1.48]
    assert [f["word"] for f in pacing.fillers] == ["um"]
    assert pacing.band == "comfortable" and 100 < pacing.wpm < 165


def test_speaking_over_the_interviewee_is_an_interruption():
    words = words_at("Sorry, can I ask something else?", 5.0)
    pacing = turn_pacing(words, 5.0, words[-1].end, previous_end=6.2)
    assert pacing.response_gap == -1.2 and pacing.interrupting


def test_short_turns_have_no_rate():
    assert words_per_minute(words_at("Got it.", 0.0)) is None
    assert rate_band(None) == "n/a" and rate_band(200) == "fast" and rate_band(80) == "slow"


def test_rate_uses_the_voice_activity_span_when_known():
    # Whisper squeezed nine words into 2 s; the voice was heard for 2.8 s
    words = [Word(w, 10.0 + i * 0.225, 10.2 + i * 0.225, 0.9)
             for i, w in enumerate("How did you get into this line of work?".split())]
    assert words_per_minute(words) > 230
    assert turn_pacing(words, 9.9, 12.7, previous_end=9.0).wpm == 192.9
