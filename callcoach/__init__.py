"""callcoach: an offline phone-call empathy coach.

Public API (imports are lazy so ``import callcoach`` stays fast)::

    from callcoach import analyze, Coach, Config, load_report
    report = analyze("call.wav")              # dict in the report contract
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_transcript", "Coach", "Config", "load_report", "CallcoachError", "InputError"]

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .errors import CallcoachError, InputError
    from .pipeline import Coach
    from .report.json import load_report


def analyze(path: str, config: "Config | None" = None, **kwargs: Any) -> dict:
    """Analyse one recording with a fresh :class:`Coach` (use a Coach yourself for many calls)."""
    from .pipeline import Coach

    return Coach(config).analyze(path, **kwargs)


def analyze_transcript(path: str, config: "Config | None" = None, **kwargs: Any) -> dict:
    """Analyse a transcript JSON without audio."""
    from .pipeline import Coach

    return Coach(config).analyze_transcript(path, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Coach":
        from .pipeline import Coach

        return Coach
    if name == "Config":
        from .config import Config

        return Config
    if name == "load_report":
        from .report.json import load_report

        return load_report
    if name in ("CallcoachError", "InputError"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'callcoach' has no attribute {name!r}")
