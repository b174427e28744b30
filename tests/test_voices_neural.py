"""The neural voice beside espeak-ng: engine choice, fallback, cache, streaming, listing.

Real engines throughout (the bundled Piper model, espeak-ng, Whisper tiny.en); the only
stand-ins are a profile naming a model that is not installed and, for the atomic-write
check, a writer made to fail half-way.
"""

import re
from dataclasses import replace

import numpy as np
import pytest
from click.testing import CliRunner

from practice.cli import cli
from practice.errors import PracticeError
from practice.speech import piper
from practice.speech.stream import SpeechStream
from practice.speech.tts import Synthesizer
from practice.speech.units import split_units
from practice.speech.ttscache import SpeechCache, cache_key
from practice.speech.voices import load_voice

LINE = "I spend most mornings with customers. Then I write it up. It is a lot of listening."


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower().replace("-", " ")).split()


def wer(reference: str, heard: str) -> float:
    from rapidfuzz.distance import Levenshtein

    ref = words(reference)
    return Levenshtein.distance(ref, words(heard)) / len(ref)


@pytest.fixture
def notes():
    return []


@pytest.fixture
def synth(notes):
    return Synthesizer(notify=notes.append)


def missing_model_voice():
    return replace(load_voice("diego"), piper=replace(load_voice("diego").piper,
                                                      model="en_US-nobody-medium"))


def test_a_piper_profile_speaks_with_the_neural_voice(synth, notes):
    voice = load_voice("diego")
    assert voice.engine == "piper" and voice.piper.model == "en_US-joe-medium"
    assert synth.prepare(voice).engine == "piper"
    speech = synth.render("Hello there.", voice)
    assert speech.renderer == "piper" and speech.duration > 0.4
    assert notes == []


def test_missing_neural_voice_falls_back_to_the_profiles_espeak_voice_with_one_notice(synth, notes):
    voice = missing_model_voice()
    first = synth.render("Hello there.", voice)
    second = synth.render("Nice to meet you.", voice)
    assert first.renderer == second.renderer == "pyttsx3"  # espeak-ng spoke
    assert len(notes) == 1
    assert "not available" in notes[0] and "en-us+m7" in notes[0]
    expected = synth.render("Hello there.", voice.espeak())
    assert len(first.samples) == len(expected.samples)


def test_a_model_that_fails_to_load_falls_back_too(synth, notes, monkeypatch):
    monkeypatch.setitem(piper.MODELS, "en_US-broken-medium", "json")  # importable, no model
    voice = replace(load_voice("diego"), piper=replace(load_voice("diego").piper,
                                                       model="en_US-broken-medium"))
    assert synth.render("Hello.", voice).renderer == "pyttsx3"
    assert len(notes) == 1 and "did not load" in notes[0]


def test_piper_round_trip_is_heard_by_tiny_en(synth, transcriber):
    text = "Thanks for reaching out, I have about twenty minutes before my next meeting."
    speech = synth.render(text, load_voice("diego"))
    heard = transcriber.transcribe(speech.samples).text
    assert wer(text, heard) <= 0.1, heard


def test_demo_candidate_lines_are_heard_within_five_percent(synth, transcriber):
    from practice.interview.candidate import demo_plan
    from practice.scenario import load_scenario

    sam = load_voice("sam")
    lines = [line.text for line in demo_plan(load_scenario("ux_researcher")) if line.text]
    wrong = total = 0
    for line in lines:
        heard = transcriber.transcribe(synth.render(line, sam).samples).text
        wrong += wer(line, heard) * len(words(line))
        total += len(words(line))
    assert wrong / total <= 0.05


def test_cache_key_covers_engine_settings_and_text():
    voice = load_voice("diego")
    base = cache_key("piper", voice.piper, "Hello.")
    assert base == cache_key("piper", voice.piper, "Hello.")
    assert base != cache_key("piper", voice.piper, "Hello!")
    assert base != cache_key("piper", replace(voice.piper, length_scale=1.3), "Hello.")
    assert base != cache_key("espeak", voice.piper, "Hello.")


def test_cache_round_trip_and_least_recently_used_eviction(tmp_path):
    import os

    cache = SpeechCache(tmp_path, limit_bytes=10**9)
    one = np.linspace(-1, 1, 16000, dtype=np.float32)
    cache.put("a", one, [("Hi", 0.1)])
    samples, word_starts = cache.get("a")
    assert np.array_equal(samples, one) and word_starts == [("Hi", 0.1)]
    size = cache.path("a").stat().st_size
    cache.put("b", one)
    cache.put("c", one)
    for age, key in enumerate(("a", "b", "c")):  # a oldest, c newest
        os.utime(cache.path(key), (1000 + age, 1000 + age))
    cache.get("a")  # used now: b is the least recently used
    cache.limit_bytes = 2 * size + size // 2
    cache.trim()
    assert cache.get("b") is None
    assert cache.get("a") is not None and cache.get("c") is not None


def test_cache_writes_atomically_and_drops_damaged_entries(tmp_path, monkeypatch):
    cache = SpeechCache(tmp_path)
    good = np.ones(800, np.float32)
    cache.put("k", good)

    def torn(fh, **arrays):
        fh.write(b"PK\x03\x04 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", torn)
    assert cache.put("k", np.zeros(800, np.float32)) is None  # not an error: just not kept
    monkeypatch.undo()
    assert np.array_equal(cache.get("k")[0], good)  # the old entry, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.npz"]  # no temp file left
    cache.path("k").write_bytes(b"PK\x03\x04 damaged")
    assert cache.get("k") is None and not cache.path("k").exists()


def test_split_units_cuts_sentences_and_long_ones():
    text = ("I spend most mornings in research sessions with customers, and in the afternoons "
            "I write up what we learned. It is a lot of listening!  Then what? The model uses "
            "past sales and the weather and the holidays and promotions to guess the demand "
            "for every store.")
    units = split_units(text)
    assert [u for u, _ in units] == [
        "I spend most mornings in research sessions with customers,",  # first comma: early audio
        "and in the afternoons I write up what we learned.",
        "It is a lot of listening!", "Then what?",
        "The model uses past sales and the weather and the holidays",  # > 70 characters:
        "and promotions to guess the demand for every store."]  # cut at a middle conjunction
    assert [p for _, p in units][:2] == [0.12, -1.0]
    assert all(len(u) <= 70 for u, _ in units)
    assert [u for u, _ in split_units("Short one, really. Second, with a comma, here.")] == \
        ["Short one, really.", "Second, with a comma, here."]


def test_an_uncached_line_streams_sentence_by_sentence_in_order(synth):
    voice = load_voice("james")
    stream = synth.stream(LINE, voice)
    assert isinstance(stream, SpeechStream)
    chunks = list(stream.chunks())
    units = split_units(LINE)
    assert len(chunks) == len(units) == 3
    settings = synth._piper_settings(voice)
    for chunk, (unit, _) in zip(chunks, units):  # each chunk is its sentence (+ its pause)
        alone = synth.cache.get(synth._unit_key(unit, voice, settings))[0]
        assert np.array_equal(chunk[:len(alone)], alone)
        assert not np.any(chunk[len(alone):])
    again = synth.stream(LINE, voice)  # now whole from the cache, the same audio
    assert again.renderer == "cache"
    assert np.array_equal(again.samples, np.concatenate(chunks))


def test_prerender_fills_the_cache_in_the_background(synth):
    voice = load_voice("diego")
    assert synth.cached("Good to meet you. I have a few minutes.", voice) is None
    synth.prerender("Good to meet you. I have a few minutes.", voice)
    assert synth.wait_prerendered(timeout=120)
    assert synth.cached("Good to meet you. I have a few minutes.", voice) is not None
    assert synth.stream("Good to meet you. I have a few minutes.", voice).renderer == "cache"


def test_voices_lists_both_engines_and_says_what_is_installed(practice_home):
    folder = practice_home / "voices"
    folder.mkdir(parents=True)
    (folder / "nobody.toml").write_text(
        'engine = "piper"\nespeak_voice = "en-us"\nrate = 150\npitch = 40\n\n'
        '[piper]\nmodel = "en_US-nobody-medium"\n')
    result = CliRunner().invoke(cli, ["voices"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines()
            if line.startswith("│") and line.split("│")[1].strip()}
    assert "piper" in rows["diego"] and "│ yes" in rows["diego"]
    assert "espeak" in rows["maya"] and "│ yes" in rows["maya"]
    assert "no: espeak-ng fallback" in rows["nobody"]
    assert "en_US-nobody-medium" in result.output and "not a bundled model" in result.output


def test_voices_say_speaks_with_either_engine(tmp_path):
    for name, engine in (("diego", "piper"), ("maya", "espeak")):
        out = tmp_path / f"{name}.wav"
        result = CliRunner().invoke(cli, ["voices", "say", name, "Hello there.", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert f"voice {name}, {engine}" in result.output and out.stat().st_size > 10000


def test_a_piper_profile_needs_its_table(practice_home):
    folder = practice_home / "voices"
    folder.mkdir(parents=True)
    (folder / "half.toml").write_text('engine = "piper"\nespeak_voice = "en-us"\nrate = 150\n'
                                      'pitch = 40\n')
    (folder / "odd.toml").write_text('engine = "festival"\nespeak_voice = "en-us"\nrate = 150\n'
                                     'pitch = 40\n')
    with pytest.raises(PracticeError, match=r"half.toml: piper: missing"):
        load_voice("half")
    with pytest.raises(PracticeError, match=r"odd.toml:1: engine: 'festival' is not one of"):
        load_voice("odd")


def test_every_builtin_scenarios_lines_can_be_rendered_ahead():
    """Format-2 scenarios hold lists (again), examples and a glossary: every line queued for
    rendering is a non-empty string, once."""
    from practice.interview.prerender import spoken_lines
    from practice.scenario import load_scenario

    for name in ("nurse", "data_scientist", "civil_engineer", "teacher", "ux_researcher", "marketing"):
        scenario = load_scenario(name)
        lines = spoken_lines(scenario)
        assert all(isinstance(t, str) and t.strip() for t in lines), name
        assert len(lines) == len(set(lines))
        assert scenario.topics[0].example in lines and scenario.topics[0].again[0] in lines


@pytest.mark.parametrize("scenario", ["marketing", "data_scientist"])
def test_a_typed_rehearsal_with_a_neural_voice_exits_cleanly(tmp_path, practice_home, scenario):
    """Typed lines are not spoken, so nothing is rendered ahead; and no process ends while
    onnxruntime runs in a background thread (it aborted with exit 134: "terminate called
    without an active exception", after every typed rehearsal with a piper voice)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "turns.txt"
    script.write_text("Hi, I'm Sam, a design student curious about your field.\n"
                      "What does a normal week look like for you?\nThank you so much!\n")
    proc = subprocess.run([sys.executable, "-m", "practice", "interview", "--text", "--script",
                           str(script), "--scenario", scenario], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, PRACTICE_HOME=str(practice_home)))
    assert proc.returncode == 0, proc.stderr[-300:]
    assert "terminate called" not in proc.stderr


def test_cancelling_the_renders_ahead_waits_for_the_one_running(monkeypatch):
    import threading
    import time

    synth = Synthesizer()
    started, finished = threading.Event(), threading.Event()

    def slow(text, voice):
        started.set()
        time.sleep(0.5)
        finished.set()

    monkeypatch.setattr(synth, "_render_espeak", slow)
    synth.prerender("A line to render ahead.", load_voice("sam"))
    assert started.wait(5)
    synth.cancel_prerender()
    assert finished.is_set()  # it returned only once the running render was over


def test_a_cached_line_plays_while_the_neural_voice_is_still_loading(synth, monkeypatch):
    """The greeting of any rehearsal after the first is on disk: it must not wait for the
    model's load (about a second), which goes on in the background meanwhile."""
    import threading

    voice = load_voice("diego")
    line = "Good to see you. Come on in."
    synth.render(line, voice)  # on disk now, as after an earlier rehearsal
    real_load = piper.load
    loading, go_on = threading.Event(), threading.Event()

    def slow_load(model):
        loading.set()
        go_on.wait(30)
        return real_load(model)

    monkeypatch.setattr(piper, "load", slow_load)
    fresh = Synthesizer(cache=synth.cache)  # a new process: nothing loaded yet
    assert fresh.prepare(voice, background=True) is voice
    assert loading.wait(10)
    speech = fresh.stream(line, voice)
    assert speech.renderer == "cache" and not go_on.is_set()  # played while the load is held
    assert np.array_equal(speech.samples, synth.render(line, voice).samples)
    go_on.set()
    fresh.cancel_prerender()  # the end of a rehearsal waits for the load, as for a render
    assert not fresh._loader.is_alive()
    assert fresh.stream("A line nobody said before.", voice).renderer != "pyttsx3"
