"""``callcoach calibrate``: thresholds suggested from an archive's own calls.

The defaults (43 % agent talk share, 5 s dead air, 45 s monologue...) come from published
sales and contact-centre practice; a billing queue or a technical help desk may run
differently. Calibration reads the analysed reports of a batch folder, takes percentiles
per queue, and writes a TOML config the next run can use with ``--config``. It only
suggests: a lead decides whether the archive's median is a target or a problem.
"""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ALL = "(all)"


def percentile(values: list[float], pct: float) -> float:
    """Linear-interpolated percentile (numpy's default method)."""
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * pct / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def silences(report: dict[str, Any], min_s: float = 1.0) -> list[float]:
    """Pauses of at least ``min_s`` inside the call where neither party speaks."""
    spans = sorted((float(s["start"]), float(s["end"])) for s in report.get("segments") or []
                   if isinstance(s, dict) and isinstance(s.get("start"), (int, float))
                   and isinstance(s.get("end"), (int, float)))
    gaps, end = [], None
    for start, stop in spans:
        if end is not None and start - end >= min_s:
            gaps.append(start - end)
        end = stop if end is None else max(end, stop)
    return gaps


def _get(report: dict[str, Any], *path: str) -> list[float]:
    obj: Any = report
    for key in path:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return [float(obj)] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []


@dataclass
class Rule:
    """One suggested threshold: the config fields it sets, what it is computed from, and how."""

    fields: tuple[str, ...]
    """``section.name`` in the Config; every one of them that exists gets the value (fields
    documented as linked, or a field under its old and new name)."""
    values: Callable[[dict[str, Any]], list[float]]
    pct: float
    step: float
    low: float
    high: float
    why: str


RULES = (
    Rule(("listening.target_agent_talk_ratio",), lambda r: _get(r, "listening", "agent_talk_ratio"), 50, 0.01,
         0.2, 0.8, "median agent talk share"),
    Rule(("listening.dead_air_min_s",), silences, 90, 0.5, 2.0, 30.0,
         "90th percentile of in-call silences of 1 s or more"),
    Rule(("coaching.long_monologue_s",), lambda r: _get(r, "listening", "longest_agent_monologue_s"), 90, 1.0,
         15.0, 300.0, "90th percentile of each call's longest agent monologue"),
    Rule(("coaching.fast_pace_wpm",), lambda r: _get(r, "tone", "agent", "speaking_rate_wpm"), 90, 1.0,
         120.0, 260.0, "90th percentile of agent speaking rate"),
    Rule(("language.prompt_response_s", "coaching.late_acknowledgement_s"),
         lambda r: _get(r, "apologies", "first_apology_latency_s"), 75, 1.0, 5.0, 120.0,
         "75th percentile of first-apology latency"),
)


def current_value(config: Any, dotted: str) -> Any:
    """The value in force (the talk-share target may be unset and follow the call type)."""
    section, name = dotted.split(".")
    sub = getattr(config, section)
    value = getattr(sub, name)
    if value is None and dotted == "listening.target_agent_talk_ratio" and callable(
            getattr(sub, "talk_ratio_target", None)):
        return sub.talk_ratio_target()
    return value


def _has_field(config: Any, dotted: str) -> bool:
    section, name = dotted.split(".")
    sub = getattr(config, section, None)
    return sub is not None and dataclasses.is_dataclass(sub) and name in {f.name for f in dataclasses.fields(sub)}


def _round(value: float, step: float, low: float, high: float) -> float:
    value = min(high, max(low, round(value / step) * step))
    return round(value, 2)


def load_reports(out_dir: Path, ledger_rows: list) -> list[tuple[str, dict[str, Any]]]:
    """(queue, report) for every analysed call of a batch folder."""
    out = []
    for row in ledger_rows:
        if row.status != "done":
            continue
        json_out = next((o for o in row.outputs if o.endswith(".json")), None)
        if not json_out:
            continue
        try:
            report = json.loads((Path(out_dir) / json_out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append(((row.metadata or {}).get("queue") or "", report))
    return out


def suggest(reports: list[tuple[str, dict[str, Any]]], config: Any, min_calls: int = 5) -> dict[str, dict[str, Any]]:
    """Per queue (and ``(all)``): calls used and, per field, (value, values used, current, why)."""
    groups: dict[str, list[dict[str, Any]]] = {ALL: [r for _, r in reports]}
    for queue, report in reports:
        if queue:
            groups.setdefault(queue, []).append(report)
    out: dict[str, dict[str, Any]] = {}
    for queue, members in groups.items():
        fields: dict[str, dict[str, Any]] = {}
        for rule in RULES:
            names = [f for f in rule.fields if _has_field(config, f)]
            if not names:
                continue
            values = [v for r in members for v in rule.values(r) if math.isfinite(v)]
            if len(values) < min_calls:
                continue
            fields[names[0]] = {"value": _round(percentile(values, rule.pct), rule.step, rule.low, rule.high),
                                "n": len(values), "current": current_value(config, names[0]),
                                "why": rule.why, "also": names[1:]}
        out[queue] = {"calls": len(members), "fields": fields}
    return out


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def to_toml(data: dict[str, Any], notes: dict[str, str] | None = None, header: str = "") -> str:
    """A small TOML writer for a Config-shaped dict (scalars, lists, one level of tables)."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict) and v is not None}
    for key, value in scalars.items():
        lines.append(f"{key} = {_toml_value(value)}")
    for section, table in data.items():
        if not isinstance(table, dict):
            continue
        lines += ["", f"[{section}]"]
        for key, value in table.items():
            if value is None:
                continue
            note = (notes or {}).get(f"{section}.{key}")
            lines.append(f"{key} = {_toml_value(value)}" + (f"  # {note}" if note else ""))
    return "\n".join(lines) + "\n"


def calibrated_config(result: dict[str, Any], queue: str, base: dict[str, Any] | None = None) -> tuple[dict, dict]:
    """The config dict to write (``base`` with the suggestions of ``queue`` applied) and notes."""
    data: dict[str, Any] = json.loads(json.dumps(base or {}))
    notes: dict[str, str] = {}
    for dotted, s in result[queue]["fields"].items():
        for target in [dotted] + list(s["also"]):
            section, name = target.split(".")
            data.setdefault(section, {})[name] = s["value"]
            notes[target] = f"{s['why']}, {s['n']} values (was {s['current']})"
    return data, notes
