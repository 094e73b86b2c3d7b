"""The speech stage's progress hook and where each of its steps sits in a call's 0..1."""
from __future__ import annotations

from typing import Callable

Progress = Callable[[str, float], None]
"""A hook called with (step description, fraction of the call done 0..1)."""

SPANS: dict[str, tuple[float, float]] = {
    "decoding": (0.0, 0.01),
    "finding speech": (0.01, 0.05),
    "transcribing": (0.05, 0.83),
    "diarising": (0.83, 0.97),
    "analysing": (0.98, 1.0),
}
"""Fraction of the call at the start and end of each step. Transcription dominates;
diarisation of a mono call mostly runs alongside it, so what is left of it after
Whisper is a short tail; stereo calls have no diarisation step and transcribe to 0.95."""

STEREO_TRANSCRIBE_END = 0.95


def noop(step: str, fraction: float) -> None:
    """A progress hook that ignores progress."""


def within(progress: Progress, step: str, end: float | None = None) -> Callable[[float], None]:
    """A hook for one step taking its own 0..1 and reporting it inside the step's span."""
    start, stop = SPANS[step]
    stop = stop if end is None else end

    def report(done: float) -> None:
        progress(step, start + (stop - start) * min(1.0, max(0.0, done)))
    return report
