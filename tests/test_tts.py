import numpy as np
import pytest

from practice.errors import PracticeError
from practice.speech.tts import ESPEAK_RATE, Synthesizer
from practice.speech.voices import VoiceProfile, load_voice, voice_names

SENTENCE = "Thanks for making time to talk with me today, I am curious about your work."


def test_at_least_four_distinct_voices():
    voices = [load_voice(n) for n in voice_names()]
    assert len(voices) >= 4
    assert len({(v.espeak_name, v.rate, v.pitch) for v in voices}) == len(voices)


@pytest.mark.parametrize("name", ["maya", "james", "priya", "diego", "grace", "sam"])
def test_render_is_complete_compared_with_espeak_cli(synthesizer, name):
    voice = load_voice(name).espeak()  # a neural profile's fallback, or the profile itself
    speech = synthesizer.render(SENTENCE, voice)
    reference = Synthesizer.render_cli(SENTENCE, voice)
    assert speech.renderer == "pyttsx3"
    # espeak-ng's library keeps a little state between calls (after rendering "design" the next
    # sentence comes out ~45 ms longer than from a fresh CLI process); a lost chunk would be far
    # more, and the ending must be the trailing pause, not cut-off speech
    assert abs(speech.duration - len(reference) / ESPEAK_RATE) < 0.15
    assert np.max(np.abs(speech.samples[-1600:])) < 0.05  # ends in the trailing pause, not mid-word
    assert [w for w, _ in speech.word_starts][:3] == ["Thanks", "for", "making"]


def test_switching_voices_keeps_each_voice_its_own(synthesizer):
    def espeak(name):
        return load_voice(name).espeak()

    reference = {n: len(Synthesizer.render_cli(SENTENCE, espeak(n))) / ESPEAK_RATE
                 for n in ("sam", "grace", "james")}
    for before, after in (("sam", "grace"), ("grace", "james"), ("james", "sam")):
        synthesizer.render("Could you tell me about product design?", espeak(before))
        assert abs(synthesizer.render(SENTENCE, espeak(after)).duration - reference[after]) < 0.15


def test_rate_changes_duration(synthesizer):
    base = load_voice("sam")
    fast = VoiceProfile(**{**base.__dict__, "rate": 260})
    slow = VoiceProfile(**{**base.__dict__, "rate": 110})
    assert synthesizer.render(SENTENCE, slow).duration > 1.6 * synthesizer.render(SENTENCE, fast).duration


def test_repeated_renders_do_not_hang_or_drift(synthesizer):
    voice = load_voice("maya")
    durations = [synthesizer.render("Good morning.", voice).duration for _ in range(15)]
    assert max(durations) - min(durations) < 0.01
    assert min(durations) > 0.5


def test_unknown_espeak_voice_is_a_clear_error(synthesizer):
    bad = VoiceProfile(**{**load_voice("sam").__dict__, "espeak_voice": "xx-nonexistent"})
    with pytest.raises(PracticeError, match="no voice 'xx-nonexistent"):
        synthesizer.render("hello", bad)


def test_voice_profile_problems_name_file_line_and_field(tmp_path, monkeypatch):
    folder = tmp_path / "practice-home" / "voices"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(
        'description = "x"\nespeak_voice = "en-us"\nrate = "fast"\npitch = 50\n'
    )
    with pytest.raises(PracticeError) as err:
        load_voice("broken")
    assert "broken.toml:3: rate: must be int" in str(err.value)
    with pytest.raises(PracticeError, match="unknown voice 'nobody'"):
        load_voice("nobody")
