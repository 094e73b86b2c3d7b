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
import os
import platform
import sys

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
KEEP_BYTES = 1 << 30
"""Buffers up to this size come from the heap, and up to this much freed memory stays there."""
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


def usable_cores() -> int:
    """CPU cores this process may run on (affinity and container limits included)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
