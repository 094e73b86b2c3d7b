"""Where in the call a moment falls: discovery (finding out what is wrong), resolution
(the agent delivering a fix) or wrap-up (closing), so that a tip's advice fits the moment.

Read from the agent's own words: the first concrete step or outcome the agent states opens
the resolution, their closing formula (or the last tenth of the call) opens the wrap-up.
"""
from __future__ import annotations

import re
from typing import Any

from .read import as_dict, as_list, num

RESOLUTION_CUES = re.compile(
    r"\b(i've|i have|we've|we have|i just|i've just)\s+(gone ahead and\s+)?(refunded|credited|sent|reset|"
    r"escalated|fixed|cancelled|canceled|booked|arranged|scheduled|ordered|processed|applied|issued|"
    r"replaced|reversed|restored|reconnected|upgraded|corrected|updated|waived)\b"
    r"|\b(i'll|i will|i'm going to|we'll|we will|i can)\s+(now\s+|just\s+|also\s+)?(refund|credit|send|reset|"
    r"escalate|fix|cancel|book|arrange|schedule|order|process|issue|replace|reverse|restore|reconnect|"
    r"correct|waive|sort (that|this|it) out)\b"
    r"|\b(here's what|what i('ll| will| can) do)\b"
    r"|\b(is|has been|will be|should be)\s+(refunded|credited|sent|resolved|fixed|sorted|delivered|"
    r"with you|back on|reconnected|restored|on its way)\b")
"""A concrete step or outcome stated by the agent."""

WRAP_UP_CUES = re.compile(
    r"\b(is there anything else|anything else (i|we) can|thank(s| you) for (calling|your call|contacting)|"
    r"have a (good|great|lovely|nice)|goodbye|bye now|take care)\b")
"""The agent closing the call."""

WRAP_UP_SHARE = 0.9
"""Without a closing formula, the last tenth of the call counts as wrap-up."""


def _agent_lines(report: dict[str, Any]) -> list[tuple[float, str]]:
    out = []
    for seg in map(as_dict, as_list(report.get("segments"))):
        start = num(seg.get("start"))
        if seg.get("speaker") == "agent" and start is not None:
            out.append((start, " ".join(str(seg.get("text") or "").lower().replace("’", "'").split())))
    return sorted(out)


def phase_starts(report: dict[str, Any]) -> dict[str, float | None]:
    """When the resolution and the wrap-up begin (seconds), None when they never do."""
    lines = _agent_lines(report)
    resolution = next((t for t, text in lines if RESOLUTION_CUES.search(text)), None)
    wrap_up = next((t for t, text in lines if WRAP_UP_CUES.search(text) and (resolution is None or t >= resolution)
                    and t > 0), None)
    ends = [num(as_dict(s).get("end")) for s in as_list(report.get("segments"))]
    last = max((e for e in ends if e is not None), default=None)
    if wrap_up is None and last is not None:
        wrap_up = WRAP_UP_SHARE * last
    return {"resolution": resolution, "wrap_up": wrap_up}


def phase_at(report: dict[str, Any], t: float) -> str:
    """``discovery``, ``resolution`` or ``wrap_up`` at time ``t``."""
    starts = phase_starts(report)
    if starts["wrap_up"] is not None and t >= starts["wrap_up"]:
        return "wrap_up"
    if starts["resolution"] is not None and t >= starts["resolution"] - 0.5:
        return "resolution"
    return "discovery"
