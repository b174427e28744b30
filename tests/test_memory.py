"""The allocator calls that keep a long rehearsal's memory flat (glibc; Linux here)."""

import numpy as np

from practice import memory


def _rss_mb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def test_release_gives_freed_small_blocks_back_to_the_system():
    assert memory.limit_arenas(2)
    # many small blocks (below glibc's mmap threshold) stay in the heap when freed
    blocks = [np.ones(1000) for _ in range(40000)]  # about 320 MB of 8 kB blocks
    keep = blocks[-1]
    before = _rss_mb()
    del blocks
    held = _rss_mb()
    assert memory.release()
    after = _rss_mb()
    assert keep.sum() == 1000
    assert before - after > 200, (before, held, after)


def test_the_final_pass_waits_for_the_reply_to_be_rendered():
    """A turn's final transcription and the reply's rendering must not hold their working
    memory at the same moment (the rehearsal's peak was the two added up)."""
    import threading

    from practice.speech import compute

    go_on, entered = threading.Event(), threading.Event()

    def render():
        with compute.busy(), compute.rendering():
            entered.set()
            go_on.wait(10)

    thread = threading.Thread(target=render)
    thread.start()
    assert entered.wait(5)
    assert compute.wait_rendered(0.05) is False  # still rendering: gives up after its timeout
    threading.Timer(0.1, go_on.set).start()
    assert compute.wait_rendered(10) is True and go_on.is_set()
    thread.join()
    assert compute.wait_rendered(0) is True  # nothing rendering: at once
