"""Defensive reading of a call report (the JSON contract): numbers, lists, times.

The one reader shared by the coaching rules and the renderings (``report/``): any section
may be absent or partial, and a figure that is not a finite number reads as None.
"""
from __future__ import annotations

import math
from typing import Any

from ..text import r2
from .phrasing import customer_problem

DASH = "—"


def num(value: Any) -> float | None:
    """A finite number from the report, or None (booleans and text are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list from the report (anything else is skipped)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def section(report: dict[str, Any], name: str) -> dict[str, Any] | None:
    value = report.get(name)
    return value if isinstance(value, dict) else None


def clock(seconds: Any) -> str:
    """Seconds as m:ss (the way people read a call's time); "—" when unknown."""
    t = num(seconds)
    if t is None:
        return DASH
    total = int(max(0.0, t))
    return f"{total // 60}:{total % 60:02d}"


def signed(value: float) -> str:
    """A signed figure with a true minus sign ("+0.25", "−0.40")."""
    return f"{value:+.2f}".replace("-", "−")


def percent(x: float) -> str:
    return f"{round(x * 100):d}%"


class CallReader:
    """Read-only, defensive access to a report's sections (any may be absent or partial)."""

    def __init__(self, report: dict[str, Any]):
        self.report = report if isinstance(report, dict) else {}
        self.segments = [s for s in as_list(self.report.get("segments")) if isinstance(s, dict)]
        self.not_checked: dict[str, dict[str, Any]] = {}

    def section(self, name: str, check: str) -> dict | None:
        """The section, or None (recording that ``check`` could not run)."""
        value = self.report.get(name)
        if not isinstance(value, dict):
            self._skip(name, check, f"no {name} section in this report")
            return None
        if value.get("available") is False:
            self._skip(name, check, str(value.get("reason") or f"{name} not available for this call"))
            return None
        return value

    def _skip(self, section: str, check: str, reason: str) -> None:
        entry = self.not_checked.setdefault(section, {"section": section, "reason": reason, "checks": []})
        if check not in entry["checks"]:
            entry["checks"].append(check)

    def seg_index(self, speaker: str, start: float | None, end: float | None = None) -> int | None:
        """Index of the speaker's segment at ``start`` (containing it, else the nearest)."""
        if start is None:
            return None
        best, best_d = None, float("inf")
        for i, s in enumerate(self.segments):
            if s.get("speaker") != speaker:
                continue
            s0, s1 = num(s.get("start")), num(s.get("end"))
            if s0 is None or s1 is None:
                continue
            if end is not None and abs(s0 - start) < 0.05 and abs(s1 - end) < 0.05:
                return i
            d = 0.0 if s0 - 0.5 <= start <= s1 + 0.05 else min(abs(s0 - start), abs(s1 - start))
            if d < best_d:
                best, best_d = i, d
        return best if best_d <= 2.0 else None

    def text(self, index: int | None) -> str:
        return str(self.segments[index].get("text") or "") if index is not None else ""

    def agent_spoke(self, after: float, until: float) -> bool:
        return any(s.get("speaker") == "agent" and str(s.get("text") or "").strip()
                   and after <= (num(s.get("start")) or -1.0) <= until for s in self.segments)

    def agent_segments(self) -> list[int]:
        return [i for i, s in enumerate(self.segments) if s.get("speaker") == "agent"]

    def first_agent_start(self) -> float:
        """When the agent first speaks (0 when they never do)."""
        agents = self.agent_segments()
        return (num(self.segments[agents[0]].get("start")) or 0.0) if agents else 0.0

    def worst_complaint_noun(self) -> dict[str, str | None]:
        """The problem of the customer's most negative segment (or of their first words)."""
        sentiment = as_dict(self.report.get("sentiment"))
        scored = [c for c in as_list(sentiment.get("customer")) if num(as_dict(c).get("score")) is not None]
        index = None
        if scored:
            worst = min(scored, key=lambda c: c["score"])
            index = self.seg_index("customer", num(worst.get("start")), num(worst.get("end")))
        distress = num(as_dict(self.report.get("apologies")).get("first_distress_s"))
        if index is None and distress is not None:
            index = self.seg_index("customer", distress)
        return customer_problem(self.text(index)) if index is not None else {"noun": None, "clause": None}


def evidence(section: str, field: str, index: int | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"section": section, "field": field}
    if index is not None:
        out["index"] = index
    out.update({k: (r2(v) if isinstance(v, float) else v) for k, v in extra.items() if v is not None})
    return out
