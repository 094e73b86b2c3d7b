"""Process-wide runtime settings: cores this process may use, and the memory allocator
the command line sets (glibc on Linux only).

PyTorch (segmentation-3.0's SincNet, CAM++) and CTranslate2 allocate and free buffers of
tens to hundreds of megabytes per batch. With glibc's defaults every such buffer is a fresh
memory map, returned on free, so each batch pays for its pages again in page faults and
system CPU time. Served from one heap that keeps freed memory, a call takes a fraction of
the faults at the same peak memory (``benchmarks/asr_overhead.py``; figures in
docs/measurements.md). Only the command line applies this: a library should not change the
allocator of the program that imports it.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import platform
import sys

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
KEEP_BYTES = 1 << 26
"""Buffers up to this size come from the heap, and up to this much freed memory stays there
(64 MB: Whisper's and pyannote's per-batch buffers are mostly smaller. A 2-hour call peaked
0.1 GB higher with 256 MB; a 10-minute call took the same time with 1 GB; the longest calls
may run slower than with 256 MB, docs/measurements.md)."""
OPT_OUT = "CALLCOACH_SYSTEM_MALLOC"
"""Set this environment variable (to anything but 0) to keep the C library's defaults."""


def keep_freed_memory() -> bool:
    """One heap for all threads, large buffers from it, freed memory kept for reuse.

    Must run before other threads start. Returns whether the settings were applied (False
    off glibc, or with ``CALLCOACH_SYSTEM_MALLOC`` set).
    """
    if os.environ.get(OPT_OUT, "0") not in ("", "0"):
        return False
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    applied = [mallopt(M_ARENA_MAX, 1), mallopt(M_MMAP_THRESHOLD, KEEP_BYTES), mallopt(M_TRIM_THRESHOLD, KEEP_BYTES)]
    return all(applied)


def release_freed_memory() -> bool:
    """Hand the memory the heap keeps for reuse back to the system now (glibc's
    ``malloc_trim``, which also frees whole pages inside the heap, not only at its top).

    Kept memory stays counted in the process's resident size: called between the stages
    of a call, where one stage's working memory is of no use to the next, it keeps that
    from adding up at the next stage's peak. Returns whether anything was released
    (always False off glibc).
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def usable_cores() -> int:
    """CPU cores this process may run on (affinity and container limits included)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
