"""``index.html``: the archive dashboard, one self-contained offline page.

A sortable, filterable table of every call (linking to each call's report), per-agent
trends over time and histograms of the key figures with the configured thresholds drawn.
Charts are inline SVG laid out here; the page's only script is a static file whose hash
the Content-Security-Policy names, and every text from a call goes through Jinja2's
autoescaping, so a hostile transcript or metadata value shows as text and never runs.
No network, no external library.
"""
from __future__ import annotations

import base64
import hashlib
import math
import statistics
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..report.write import write_text_atomic

CHART_W, CHART_H = 320, 120
PAD_L, PAD_R, PAD_T, PAD_B = 36, 8, 10, 22

TREND_METRICS = (
    ("agent_talk_ratio", "Agent talk share", "{:.0%}"),
    ("agent_interruptions", "Agent interruptions", "{:.1f}"),
    ("first_apology_latency_s", "First apology latency (s)", "{:.0f}"),
    ("empathy_score", "Empathy score", "{:.0f}"),
    ("sentiment_change", "Customer sentiment change", "{:+.2f}"),
)
HIST_METRICS = TREND_METRICS + (
    ("customer_interruptions", "Customer interruptions", "{:.1f}"),
    ("dead_air_count", "Dead air stretches", "{:.0f}"),
    ("duration_s", "Call length (s)", "{:.0f}"),
)
TABLE_FORMATS = {key: fmt for key, _, fmt in HIST_METRICS} | {
    "agent_interruptions": "{:.0f}", "customer_interruptions": "{:.0f}", "warnings": "{:.0f}"}
"""Per-call cells: counts are whole numbers (the charts show means, hence decimals)."""


def _get(cfg: Any, dotted: str, default: float | None) -> float | None:
    """A threshold from the config, tolerating a field that does not exist (any more)."""
    obj = cfg
    for part in dotted.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return default
    return obj if isinstance(obj, (int, float)) and not isinstance(obj, bool) else default


def _talk_target(cfg: Any) -> float | None:
    listening = getattr(cfg, "listening", None)
    method = getattr(listening, "talk_ratio_target", None)
    if callable(method):
        return method()
    return _get(cfg, "listening.target_agent_talk_ratio", 0.43)


def thresholds(cfg: Any) -> dict[str, list[tuple[float, str]]]:
    """Lines drawn on the histograms: (value, label) per metric, from the configuration."""
    out: dict[str, list[tuple[float, str]]] = {}
    target = _talk_target(cfg)
    margin = _get(cfg, "coaching.talk_ratio_margin", None)
    if target is not None:
        out["agent_talk_ratio"] = [(target, f"target {target:.0%}")]
        if margin is not None:
            out["agent_talk_ratio"].append((target + margin, f"tip above {target + margin:.0%}"))
    prompt = _get(cfg, "coaching.prompt_acknowledgement_s", None)
    late = _get(cfg, "coaching.late_acknowledgement_s", None) or _get(cfg, "language.prompt_response_s", None)
    out["first_apology_latency_s"] = [(v, f"{name} {v:g} s") for v, name in ((prompt, "prompt"), (late, "late"))
                                      if v is not None]
    drop = _get(cfg, "coaching.sentiment_drop", None)
    rec = _get(cfg, "coaching.sentiment_recovery", None)
    out["sentiment_change"] = [(v, label) for v, label in ((-drop if drop else None, f"drop -{drop or 0:g}"),
                                                           (rec, f"recovery +{rec or 0:g}")) if v is not None]
    return out


def _nice_range(values: list[float], marks: list[float]) -> tuple[float, float]:
    lo, hi = min(values + marks), max(values + marks)
    if math.isclose(lo, hi):
        lo, hi = lo - 0.5, hi + 0.5
    return lo, hi


def histogram(values: list[float], marks: list[tuple[float, str]], fmt: str, bins: int = 12) -> dict[str, Any] | None:
    """Bars and threshold lines of one histogram, in SVG user units.

    Counts (interruptions, dead air) get one bar per whole number when they span few values.
    """
    if not values:
        return None
    lo, hi = _nice_range(values, [m for m, _ in marks])
    lo_label, hi_label = fmt.format(lo), fmt.format(hi)
    if all(float(v).is_integer() for v in values) and max(values) - min(values) <= 24 and not marks:
        lo, hi, bins = min(values) - 0.5, max(values) + 0.5, int(max(values) - min(values)) + 1
        lo_label, hi_label = f"{min(values):.0f}", f"{max(values):.0f}"
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - lo) / width))] += 1
    top = max(counts)
    plot_w, plot_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B

    def x(v: float) -> float:
        return round(PAD_L + (v - lo) / (hi - lo) * plot_w, 1)

    bars = []
    for i, c in enumerate(counts):
        h = plot_h * c / top if top else 0
        bars.append({"x": x(lo + i * width), "w": max(0.5, round(plot_w / bins - 1, 1)), "y": round(PAD_T + plot_h - h, 1),
                     "h": round(h, 1), "n": c, "from": fmt.format(lo + i * width),
                     "to": fmt.format(lo + (i + 1) * width)})
    lines = [{"x": x(v), "label": label, "end": x(v) > CHART_W * 0.6} for v, label in marks if lo <= v <= hi]
    return {"bars": bars, "lines": lines, "lo": lo_label, "hi": hi_label, "top": top, "n": len(values),
            "median": fmt.format(statistics.median(values)), "base": PAD_T + plot_h}


def trend(points: list[tuple[str, float]], fmt: str, marks: list[tuple[float, str]]) -> dict[str, Any] | None:
    """Daily means of one metric for one agent, as a polyline."""
    days: dict[str, list[float]] = {}
    for day, v in points:
        days.setdefault(day, []).append(v)
    if not days:
        return None
    xs = sorted(days)
    ys = [statistics.fmean(days[d]) for d in xs]
    lo, hi = _nice_range(ys, [m for m, _ in marks])
    plot_w, plot_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    step = plot_w / max(1, len(xs) - 1)
    pts = []
    for i, (d, y) in enumerate(zip(xs, ys)):
        px = PAD_L + (i * step if len(xs) > 1 else plot_w / 2)
        py = PAD_T + plot_h - (y - lo) / (hi - lo) * plot_h
        pts.append({"x": round(px, 1), "y": round(py, 1), "day": d, "value": fmt.format(y), "n": len(days[d])})
    lines = [{"y": round(PAD_T + plot_h - (v - lo) / (hi - lo) * plot_h, 1), "label": label} for v, label in marks]
    return {"points": pts, "polyline": " ".join(f"{p['x']},{p['y']}" for p in pts), "lines": lines,
            "lo": fmt.format(lo), "hi": fmt.format(hi), "first": xs[0], "last": xs[-1], "base": PAD_T + plot_h}


def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("callcoach.batch", "templates"),
                       autoescape=select_autoescape(["html", "j2"], default=True),
                       trim_blocks=True, lstrip_blocks=True)


def _script(env) -> tuple[Markup, str]:
    source = env.loader.get_source(env, "dashboard.js")[0]
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"sha256-{digest}"


def _fmt(value: Any, fmt: str) -> str:
    return "" if value is None else fmt.format(value)


def render_dashboard(rows: list[dict[str, Any]], agents: list[dict[str, Any]], cfg: Any,
                     summary: dict[str, Any]) -> str:
    """The page as text; ``rows`` as from :func:`callcoach.batch.outputs.call_rows`."""
    env = _environment()
    marks = thresholds(cfg)
    done = [r for r in rows if r["status"] == "done"]
    hists = []
    for key, label, fmt in HIST_METRICS:
        values = [float(r[key]) for r in done if isinstance(r.get(key), (int, float))]
        hists.append({"key": key, "label": label, "chart": histogram(values, marks.get(key, []), fmt)})
    by_agent: dict[str, list[dict[str, Any]]] = {}
    for r in done:
        by_agent.setdefault(r.get("agent_id") or "(unknown)", []).append(r)
    trends = []
    for agent in sorted(by_agent, key=lambda a: (-len(by_agent[a]), a)):
        charts = []
        for key, label, fmt in TREND_METRICS:
            points = [(str(r["started_at"])[:10], float(r[key])) for r in by_agent[agent]
                      if r.get("started_at") and isinstance(r.get(key), (int, float))]
            charts.append({"key": key, "label": label, "chart": trend(points, fmt, marks.get(key, []))})
        trends.append({"agent": agent, "calls": len(by_agent[agent]), "charts": charts})
    table = []
    for r in rows:
        cells = {}
        for key, fmt in TABLE_FORMATS.items():
            cells[key] = {"v": "" if r.get(key) is None else r[key], "text": _fmt(r.get(key), fmt)}
        table.append({**r, "cells": cells, "link": r.get("report_html") or r.get("report_json")})
    script, script_hash = _script(env)
    return env.get_template("dashboard.html.j2").render(
        rows=table, agents=agents, hists=hists, trends=trends, summary=summary,
        statuses=sorted({r["status"] for r in rows}), agent_ids=sorted(by_agent),
        queues=sorted({r["queue"] for r in rows if r.get("queue")}),
        W=CHART_W, H=CHART_H, L=PAD_L, R=PAD_R, T=PAD_T, script=script, script_hash=script_hash)


def write_dashboard(out_dir: Path, rows: list[dict[str, Any]], agents: list[dict[str, Any]], cfg: Any,
                    summary: dict[str, Any]) -> Path:
    return write_text_atomic(render_dashboard(rows, agents, cfg, summary), Path(out_dir) / "index.html")
