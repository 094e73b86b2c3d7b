"""Archive-level outputs of a batch: ``calls.csv``, ``calls.parquet``, ``agents.csv``.

One row per call of the ledger (done or not, so failures are visible in the same sheet),
with the figures a team lead sorts by. The figures come from the *written* report JSON
(read once, when the call finishes, and cached in the ledger), so they carry whatever
redaction the reports carry. Every file is replaced atomically: a reader (a BI tool
polling the folder) sees the previous version or the new one, never half a file.
"""
from __future__ import annotations

import csv
import io
import json
import os
import statistics
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..report.write import write_text_atomic

METRICS = ("duration_s", "agent_talk_ratio", "agent_interruptions", "customer_interruptions", "dead_air_count",
           "first_apology_latency_s", "empathy_score", "sentiment_start", "sentiment_end", "sentiment_change",
           "warnings")
"""Numeric columns, from each call's report."""
AGENT_METRICS = ("agent_talk_ratio", "agent_interruptions", "customer_interruptions", "dead_air_count",
                 "first_apology_latency_s", "empathy_score", "sentiment_change")
COLUMNS = ("call_id", "path", "status", "attempts", "error", "agent_id", "queue", "started_at") + METRICS + (
    "report_json", "report_html", "report_md", "analysed_at")
INTEGER_COLUMNS = {"attempts", "agent_interruptions", "customer_interruptions", "dead_air_count", "warnings"}


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _section(report: dict[str, Any], name: str) -> dict[str, Any]:
    value = report.get(name)
    return value if isinstance(value, dict) else {}


def report_metrics(report: dict[str, Any]) -> dict[str, Any]:
    """The per-call figures of one report (None where the report has no value)."""
    call, listening = _section(report, "call"), _section(report, "listening")
    talk, sentiment = _section(report, "talk_over"), _section(report, "sentiment")
    start, end = _num(sentiment.get("customer_start")), _num(sentiment.get("customer_end"))
    dead_air = listening.get("dead_air")
    warnings = call.get("warnings")
    return {
        "duration_s": _num(call.get("duration_s")),
        "agent_id": call.get("agent_id") if isinstance(call.get("agent_id"), str) else None,
        "agent_talk_ratio": _num(listening.get("agent_talk_ratio")),
        "agent_interruptions": _num(talk.get("agent_interruptions")),
        "customer_interruptions": _num(talk.get("customer_interruptions")),
        "dead_air_count": len(dead_air) if isinstance(dead_air, list) else None,
        "first_apology_latency_s": _num(_section(report, "apologies").get("first_apology_latency_s")),
        "empathy_score": _num(_section(report, "empathy").get("score")),
        "sentiment_start": start,
        "sentiment_end": end,
        "sentiment_change": round(end - start, 3) if start is not None and end is not None else None,
        "warnings": len(warnings) if isinstance(warnings, list) else 0,
    }


def metrics_from_file(path: Path) -> dict[str, Any]:
    try:
        return report_metrics(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def _iso(ns: int | None) -> str | None:
    if not ns:
        return None
    return datetime.fromtimestamp(ns / 1e9, tz=timezone.utc).isoformat(timespec="seconds")


def call_rows(ledger_rows: list) -> list[dict[str, Any]]:
    """One flat row per ledger call (``started_at``: metadata, else the input's mtime)."""
    rows = []
    for r in ledger_rows:
        meta, metrics = r.metadata or {}, r.metrics or {}
        outputs = {Path(o).suffix.lstrip("."): o for o in r.outputs}
        row: dict[str, Any] = {
            "call_id": r.call_id, "path": r.path, "status": r.status, "attempts": r.attempts,
            "error": f"{r.error_class}: {r.error_message}" if r.error_class else None,
            "agent_id": meta.get("agent_id") or metrics.get("agent_id"),
            "queue": meta.get("queue"),
            "started_at": meta.get("started_at") or _iso(r.input_mtime_ns),
            "report_json": outputs.get("json"), "report_html": outputs.get("html"), "report_md": outputs.get("md"),
            "analysed_at": _iso(int(r.finished * 1e9)) if r.finished and r.status == "done" else None,
        }
        for key in METRICS:
            row[key] = metrics.get(key) if r.status == "done" else None
        rows.append(row)
    return rows


def _csv_text(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else round(value, 4)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _is_number(value):
        return "'" + value  # a spreadsheet must not run a formula from a call's metadata
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def agent_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-agent aggregates over done calls: count, mean and median of each metric."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row.get("agent_id") or "(unknown)", []).append(row)
    out = []
    for agent in sorted(groups):
        members = groups[agent]
        done = [m for m in members if m["status"] == "done"]
        agg: dict[str, Any] = {"agent_id": agent, "calls": len(done),
                               "failed": sum(1 for m in members if m["status"] in ("failed", "quarantined"))}
        for key in AGENT_METRICS:
            values = [m[key] for m in done if isinstance(m.get(key), (int, float))]
            agg[f"{key}_mean"] = round(statistics.fmean(values), 4) if values else None
            agg[f"{key}_median"] = round(statistics.median(values), 4) if values else None
        out.append(agg)
    return out


def agent_columns() -> list[str]:
    cols = ["agent_id", "calls", "failed"]
    for key in AGENT_METRICS:
        cols += [f"{key}_mean", f"{key}_median"]
    return cols


def write_parquet(rows: list[dict[str, Any]], path: Path) -> Path:
    """``calls.parquet`` with a fixed schema (written to a temporary name, then renamed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for col in COLUMNS:
        if col in INTEGER_COLUMNS:
            fields.append(pa.field(col, pa.int64()))
        elif col in METRICS:
            fields.append(pa.field(col, pa.float64()))
        else:
            fields.append(pa.field(col, pa.string()))
    schema = pa.schema(fields)
    data = {}
    for f in fields:
        values = [r.get(f.name) for r in rows]
        if f.type == pa.int64():
            values = [None if v is None else int(v) for v in values]
        elif f.type == pa.float64():
            values = [None if v is None else float(v) for v in values]
        else:
            values = [None if v is None else str(v) for v in values]
        data[f.name] = values
    table = pa.table(data, schema=schema)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.callcoach-tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_tables(out_dir: Path, rows: list[dict[str, Any]]) -> list[Path]:
    """calls.csv, calls.parquet and agents.csv in ``out_dir``."""
    written = [write_text_atomic(_csv_text(rows, COLUMNS), out_dir / "calls.csv")]
    written.append(write_parquet(rows, out_dir / "calls.parquet"))
    written.append(write_text_atomic(_csv_text(agent_rows(rows), agent_columns()), out_dir / "agents.csv"))
    return written
