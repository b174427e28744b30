"""practice.ahead: results worked out on a background thread, waited for, or worked out here."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future

import pytest

from practice.ahead import Ahead


class Slow:
    """compute(key) that records where it ran and can be held until released."""

    def __init__(self, fail_first: bool = False):
        self.calls: list[tuple[str, str]] = []
        self.release = threading.Event()
        self.fail_first = fail_first

    def __call__(self, key: str) -> str:
        self.calls.append((key, threading.current_thread().name))
        self.release.wait(5)
        if self.fail_first and len(self.calls) == 1:
            raise RuntimeError("the background run broke")
        return key.upper()


def test_a_started_run_is_waited_for_not_done_twice():
    compute = Slow()
    ahead = Ahead(compute, size=8, name="test-ahead")
    ahead.start(["a", "a", "b"])
    assert ahead.running == 2
    compute.release.set()
    assert ahead.get("a") == "A" and ahead.collect(["b", "c"]) == {"b": "B"}
    assert [key for key, _ in compute.calls] == ["a", "b"]
    assert all(name.startswith("test-ahead") for _, name in compute.calls)
    ahead.start(["a"])  # kept: nothing started
    assert len(compute.calls) == 2 and ahead.running == 0


def test_a_failed_run_is_worked_out_again_by_the_caller():
    compute = Slow(fail_first=True)
    compute.release.set()
    ahead = Ahead(compute, size=8, name="test-ahead")
    ahead.start(["q"])
    assert ahead.get("q") == "Q"
    assert [name.startswith("test-ahead") for _, name in compute.calls] == [True, False]
    assert ahead.running == 0


def test_only_the_most_recently_used_are_kept():
    compute = Slow()
    compute.release.set()
    ahead = Ahead(compute, size=2, name="test-ahead")
    for key in ("a", "b"):
        ahead.get(key)
    ahead.get("a")  # used again: "b" is now the oldest
    ahead.put("c", "C")
    assert ahead.collect(["a", "b", "c"]) == {"a": "A", "c": "C"}
    ahead.clear()
    assert ahead.collect(["a", "c"]) == {}


def test_a_forked_process_does_not_wait_on_its_parents_runs(monkeypatch):
    compute = Slow()
    compute.release.set()
    ahead = Ahead(compute, size=8, name="test-ahead")
    ahead.get("kept")
    never: Future = Future()  # the parent's run, as the child sees it: no thread will finish it
    ahead._pending["q"] = never
    monkeypatch.setattr(ahead, "_pid", os.getpid() + 1)  # made in another process
    assert ahead.running == 0 and not ahead.started
    assert ahead.get("q") == "Q" and ahead.collect(["kept"]) == {"kept": "KEPT"}


@pytest.mark.parametrize("keys", [[], ["x", "x"]])
def test_start_is_idempotent(keys):
    compute = Slow()
    compute.release.set()
    ahead = Ahead(compute, size=8, name="test-ahead")
    ahead.start(keys)
    ahead.start(keys)
    ahead.collect(keys)
    assert len(compute.calls) == len(set(keys)) and ahead.started == bool(keys)
