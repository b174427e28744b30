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
