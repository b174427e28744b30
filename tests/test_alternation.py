"""The job-ask phrases are searched only where their words occur; the answer must be the one the
whole regex gives, on every labelled turn and on the ties a backtracking engine settles by order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from practice.scoring.alternation import Alternation, required_pieces, split_alternatives
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.text import clean

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"


def test_split_keeps_classes_escapes_and_inner_groups_whole():
    prefix, parts = split_alternatives(r"\b(?:a[|]b|c\|d|(?:e|f)g|[]|]h)")
    assert prefix == r"\b"
    assert parts == ["a[|]b", r"c\|d", "(?:e|f)g", "[]|]h"]


@pytest.mark.parametrize("pattern", [r"abc", r"(?:a|b)c", r"(?:a|b)(?:c|d)x"])
def test_split_refuses_a_pattern_not_ending_in_its_group(pattern):
    with pytest.raises(ValueError):
        split_alternatives(pattern)


@pytest.mark.parametrize("alternative, pieces", [
    (r"refer me\b", ("refer me",)),
    (r"(?:send|forward) my (?:resume|cv)", ("forward", "send")),  # rarer than " my "
    (r"hire me(?: now)?", ("hire me",)),
    (r"(?:could|can) i (?:work|intern) (?:for|with) you", ("intern", "work")),
    (r"(?:are|is) (?:you|they) hiring", (" hiring",)),
    (r"x(?:ab)+y", None),  # runs shorter than three letters filter nothing
    (r"[\w-]+ (?:jobs)?", None),  # only a class and an optional part
    (r"(?:openings|)", None),  # an empty choice holds nothing
])
def test_required_pieces(alternative, pieces):
    assert required_pieces(alternative) == pieces


@pytest.mark.parametrize("pattern, text, want", [
    (r"\b(?:ab|abc)", "abc", "ab"),  # same start: the earlier alternative wins
    (r"\b(?:abc|ab)", "abc", "abc"),
    (r"\b(?:zzzz|abcd)", "abcd zzzz", "abcd"),  # the leftmost start wins over order
    (r"\b(?:hire me|me now)", "hire me now", "hire me"),
    (r"\b(?:hiring(?! out)|out there)", "hiring out there", "out there"),
    (r"\b(?:cvs?|resume)", "no match here", None),
])
def test_search_gives_the_whole_regexs_match(pattern, text, want):
    got = Alternation(pattern).search(text)
    whole = re.search(pattern, text)
    assert (got and got.group(0)) == (whole and whole.group(0)) == want


@pytest.mark.parametrize("pattern", [r"\b(?:(a)|b)", r"(?i)\b(?:abc|def)", r"x\b(?:abc|def)"])
def test_refuses_what_it_cannot_answer_the_same_for(pattern):
    with pytest.raises(ValueError):
        Alternation(pattern)


def test_job_ask_phrases_match_as_the_whole_regex_on_the_labelled_turns():
    whole = re.compile(JOB_ASK.pattern)
    texts = [clean(json.loads(line)["text"]).lower()
             for path in sorted(DATA.glob("turns_*.jsonl")) for line in path.open(encoding="utf-8")
             if line.strip()][::5]
    assert len(texts) > 5000
    found = 0
    for text in texts:
        got, want = JOB_ASK.search(text), whole.search(text)
        assert (got and got.span()) == (want and want.span()), text
        found += want is not None
    assert found > 300  # the turns hold job asks, so the agreement is not only on misses


def test_a_turn_without_the_phrases_words_tries_no_alternative():
    phrases = Alternation(JOB_ASK.pattern)
    assert phrases.unfiltered() == 0
    assert phrases.search("what surprised you most in your first year") is None
    assert phrases._compiled.count(None) == len(phrases._compiled)
    assert phrases.search("could i send you my resume") is not None
    assert 0 < len(phrases._compiled) - phrases._compiled.count(None) < 10


def test_compile_all_compiles_every_alternative_past_res_cache():
    phrases = Alternation(JOB_ASK.pattern)
    re.purge()
    phrases.compile_all()
    assert phrases._compiled.count(None) == 0
    # kept out of `re`'s cache, where hundreds of them would push out the scorer's own patterns
    assert len(getattr(re, "_cache", {})) < 20
    assert phrases.search("could i send you my resume").group(0) == JOB_ASK.search("could i send you my resume").group(0)


def test_the_scorers_warm_up_compiles_the_job_ask_phrases():
    from practice.scoring import warm_up

    warm_up()
    assert JOB_ASK._compiled.count(None) == 0
