"""`text.find_words` finds a word or phrase as `re.search(r"\\b...\\b", text, re.I)` would, by
string search (so the scorer makes no pattern for each word a turn holds)."""

from __future__ import annotations

import re

import pytest

from practice.scoring.text import find_words


def _by_regex(text: str, phrase: str, last: bool = False) -> tuple[int, int] | None:
    pattern = r"\b" + r"\W+".join(re.escape(p) for p in phrase.lower().split()) + r"\b"
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    return (found[-1] if last else found[0]).span() if found else None


@pytest.mark.parametrize(("text", "phrase"), [
    ("We moved to Singapore in May.", "singapore"),
    ("The invoices, the INVOICES!", "invoices"),
    ("reinvoices are not invoices", "invoices"),
    ("What, do you mean what do you do?", "what do"),
    ("what do you do what do you like", "what do"),
    ("Thank you. 'Where can I see a bear,' ha.", "you 'where"),
    ("go go go go", "go go"),
    ("part-time, part time", "part-time"),
    ("no match here", "there"),
    ("a_b ab", "ab"),
    ("İstanbul is where I worked", "where i"),  # a letter whose lower case is longer
])
@pytest.mark.parametrize("last", [False, True])
def test_it_finds_what_the_regex_finds(text, phrase, last):
    assert find_words(text, phrase, last) == _by_regex(text, phrase, last)


def test_it_finds_the_last_place_when_asked():
    assert find_words("How do you start? And how do you keep going?", "how do", last=True) == (22, 28)
    assert find_words("How do you start? And how do you keep going?", "how do") == (0, 6)
