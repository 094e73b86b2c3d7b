"""Time intervals (start, end) in seconds: union, intersection, total length."""
from __future__ import annotations

import bisect
from typing import Iterable, Sequence

Interval = tuple[float, float]

TIME_EPS = 1e-6
"""Times are given to 0.01 s: differences within a microsecond are floating-point noise
(1.2 - 0.2 is 0.9999999999999999), never a real gap."""


def merge(intervals: Iterable[Interval], max_gap_s: float = 0.0) -> list[Interval]:
    """Union of intervals, also bridging gaps of at most ``max_gap_s`` seconds."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start - out[-1][1] <= max_gap_s + TIME_EPS:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def bridge_pauses(intervals: Iterable[Interval], max_gap_s: float,
                  others: Sequence[Interval] = ()) -> list[Interval]:
    """Like :func:`merge`, except that a pause is never bridged when someone else takes
    the floor: starts speaking during this speaker's turn or pause and is still speaking
    when this speaker resumes. What follows is then a new turn, not the same one."""
    starts = sorted(others)
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start - out[-1][1] <= max_gap_s + TIME_EPS:
            i = bisect.bisect_left(starts, (out[-1][0], float("-inf")))
            taken = False
            while i < len(starts) and starts[i][0] < start:
                if starts[i][1] > start:
                    taken = True
                    break
                i += 1
            if not taken:
                out[-1] = (out[-1][0], max(out[-1][1], end))
                continue
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


def nearest(intervals: Sequence[Interval], t: float) -> tuple[int, float]:
    """Index of the interval nearest to time ``t`` and its distance (0 inside); (-1, inf) if none.

    ``intervals`` must be sorted and disjoint; the search is a bisection, so attaching
    every word of a long call costs O(words x log turns).
    """
    if not intervals:
        return -1, float("inf")
    i = bisect.bisect_right(intervals, (t, float("inf")))
    best, best_dist = -1, float("inf")
    for k in (i - 1, i):
        if 0 <= k < len(intervals):
            start, end = intervals[k]
            dist = 0.0 if start <= t <= end else min(abs(t - start), abs(t - end))
            if dist < best_dist:
                best, best_dist = k, dist
    return best, best_dist


def overlap_s(intervals: Sequence[Interval], span: Interval) -> float:
    """Seconds of ``span`` covered by sorted, disjoint ``intervals``."""
    i = max(0, bisect.bisect_right(intervals, (span[0], float("inf"))) - 1)
    covered = 0.0
    while i < len(intervals) and intervals[i][0] < span[1]:
        covered += max(0.0, min(intervals[i][1], span[1]) - max(intervals[i][0], span[0]))
        i += 1
    return covered
