"""The stemmer is used from two threads at once in an interview (the warm-up and the
conversation): each word must still get its own stem."""

from __future__ import annotations

import threading

from practice import stemming


def test_stemming_from_several_threads_at_once_gives_each_word_its_stem():
    words = [f"{base}{suffix}" for base in ("nurs", "engineer", "forecast", "teach", "research", "market")
             for suffix in ("ing", "ed", "s", "ation", "ational", "fulness", "ousness", "iveness")]
    import snowballstemmer

    alone = snowballstemmer.stemmer("english")
    expected = {w: alone.stemWord(w) for w in words}
    errors: list[BaseException] = []
    results: list[dict[str, str]] = []

    def work():
        try:
            for _ in range(40):
                stemming.stem.cache_clear()
                results.append({w: stemming.stem(w) for w in words})
        except BaseException as exc:  # the shared stemmer raised IndexError here
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(found == expected for found in results)
