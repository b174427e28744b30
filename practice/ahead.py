"""Results worked out ahead on one background thread and kept in a bounded cache.

The sentence encoder (`embedding.Embedder`) and the pair reader (`scoring.pair_reading`) both
start a model run as a turn begins to be judged and take its result a few milliseconds later:
the run goes on the second core while the rules run in Python (onnxruntime releases the
interpreter's lock). This is the part they share, so the two cannot drift apart:

- `start(keys)` begins what is neither cached nor running; `get`/`collect` then take a finished
  result, wait for a running one, and work out on the caller's thread one that failed or was
  never started, where its error can surface;
- one worker thread per cache: runs queue behind each other instead of taking the core the
  caller is using;
- a process forked from this one (a `multiprocessing` pool) inherits the running work but not
  its thread: those runs would never finish, and waiting on them would hang, so the child
  starts afresh (its cache is still good).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Ahead(Generic[K, V]):
    """`compute(key)` run ahead on a background thread, its results kept for the `size` keys
    used last. Thread-safe."""

    def __init__(self, compute: Callable[[K], V], size: int, name: str):
        self._compute = compute
        self._size = size
        self._name = name  # the worker thread's name, as seen in a debugger or a crash dump
        self._cache: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[K, Future] = {}  # keys being worked out on the thread now
        self._worker: ThreadPoolExecutor | None = None
        self._pid = os.getpid()

    def _after_fork(self) -> None:
        if self._pid != os.getpid():
            self._pid, self._pending, self._worker, self._lock = os.getpid(), {}, None, threading.Lock()

    @property
    def running(self) -> int:
        """How many keys are being worked out in the background now."""
        self._after_fork()
        with self._lock:
            return len(self._pending)

    @property
    def started(self) -> bool:
        """Whether this process's worker thread was ever needed."""
        self._after_fork()
        return self._worker is not None

    def start(self, keys: Iterable[K]) -> None:
        """Begin working out, in the background, each key neither cached nor running."""
        self._after_fork()
        with self._lock:
            todo = [k for k in dict.fromkeys(keys) if k not in self._cache and k not in self._pending]
            if not todo:
                return
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
            for key in todo:
                self._pending[key] = self._worker.submit(self._run, key)

    def _run(self, key: K) -> V:
        try:
            value = self._compute(key)
            self.put(key, value)
            return value
        finally:
            with self._lock:
                self._pending.pop(key, None)

    def put(self, key: K, value: V) -> None:
        """Keep a result worked out elsewhere (a batch run of the caller's), dropping the
        least recently used beyond `size`."""
        with self._lock:
            self._cache[key] = value
            self._cache.move_to_end(key)
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)

    def clear(self) -> None:
        """Forget every kept result (runs under way still finish and are kept)."""
        with self._lock:
            self._cache.clear()

    def collect(self, keys: Iterable[K]) -> dict[K, V]:
        """The results there are for `keys`: cached ones, and running ones once they finish.
        A key missing from the answer (never started, or its run failed) is the caller's to
        work out and `put`."""
        self._after_fork()
        found: dict[K, V] = {}
        waiting: dict[K, Future] = {}
        with self._lock:
            for key in dict.fromkeys(keys):
                if key in self._cache:
                    self._cache.move_to_end(key)
                    found[key] = self._cache[key]
                elif key in self._pending:
                    waiting[key] = self._pending[key]
        for key, future in waiting.items():
            try:
                found[key] = future.result()
            except Exception:  # the background run failed: left to the caller, where errors surface
                continue
        return found

    def get(self, key: K) -> V:
        """The result for one key: cached, waited for, or worked out here."""
        found = self.collect([key])
        if key in found:
            return found[key]
        value = self._compute(key)
        self.put(key, value)
        return value
