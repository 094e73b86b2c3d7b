"""Time intervals (start, end) in seconds: union, intersection, total length."""
from __future__ import annotations

from typing import Iterable, Sequence

Interval = tuple[float, float]


def merge(intervals: Iterable[Interval], max_gap_s: float = 0.0) -> list[Interval]:
    """Union of intervals, also bridging gaps of at most ``max_gap_s`` seconds."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start - out[-1][1] <= max_gap_s:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Pairwise intersection of two sorted, disjoint interval lists."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def total(intervals: Iterable[Interval]) -> float:
    """Summed length in seconds."""
    return float(sum(end - start for start, end in intervals))
