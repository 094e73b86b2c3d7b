"""Per-call metadata for a batch (``--metadata FILE``): CSV or JSON, one entry per call.

Fields: ``path`` (relative to the archive root, or absolute; required), ``call_id``,
``agent_id``, ``customer_name``, ``agent_channel`` (0, 1 or auto), ``queue``,
``started_at`` (ISO 8601). Unknown columns are kept and ignored. A metadata file that
cannot be used is a "could not run" error: silently analysing a night of calls with the
wrong agents would be worse than not running.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from ..errors import CallcoachError
from .discover import Problem

FIELDS = ("call_id", "path", "agent_id", "customer_name", "agent_channel", "queue", "started_at")


class MetadataError(CallcoachError):
    """The metadata file cannot be read or is inconsistent."""


def _clean(row: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in FIELDS:
        value = row.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        out[key] = value.strip() if isinstance(value, str) else value
    if "path" not in out:
        raise MetadataError(f"{where}: no 'path'")
    channel = out.get("agent_channel")
    if channel is not None:
        text = str(channel).strip().lower()
        if text not in ("0", "1", "auto"):
            raise MetadataError(f"{where}: agent_channel must be 0, 1 or auto, not {channel!r}")
        out["agent_channel"] = text if text == "auto" else int(text)
    for key in ("call_id", "agent_id", "customer_name", "queue", "started_at", "path"):
        if key in out:
            out[key] = str(out[key])
    return out


def load_metadata(path: Path) -> list[dict[str, Any]]:
    """The rows of a metadata file (CSV with a header row, or JSON list / {"calls": [...]})."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(f"{path}: cannot read metadata ({exc})") from None
    rows: list[dict[str, Any]]
    if text.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise MetadataError(f"{path}: not valid JSON ({exc})") from None
        if isinstance(data, dict):
            data = data.get("calls")
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise MetadataError(f'{path}: expected a JSON list of objects (or {{"calls": [...]}})')
        rows = data
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "path" not in [f.strip() for f in reader.fieldnames]:
            raise MetadataError(f"{path}: CSV needs a header row with a 'path' column")
        rows = [{(k or "").strip(): v for k, v in r.items()} for r in reader]
    cleaned = [_clean(r, f"{path}: entry {i + 1}") for i, r in enumerate(rows)]
    ids: dict[str, str] = {}
    for row in cleaned:
        cid = row.get("call_id")
        if cid is not None:
            if cid in ids and ids[cid] != row["path"]:
                raise MetadataError(f"{path}: call_id {cid!r} is given for two files "
                                    f"({ids[cid]!r} and {row['path']!r})")
            ids[cid] = row["path"]
    return cleaned


def _norm(p: str) -> str:
    return os.path.normpath(p.replace("\\", "/"))


def attach_metadata(items: list, rows: list[dict[str, Any]], labels: dict[Path, str]) -> list[Problem]:
    """Copy each metadata row onto the discovered item it names; report rows naming nothing.

    A row's path may be relative to the archive root, prefixed with the root's folder name
    (several roots), or absolute.
    """
    index: dict[str, list] = {}
    for item in items:
        keys = {_norm(item.rel), os.path.normpath(str(item.path.resolve())),
                os.path.normpath(str(item.path.absolute()))}
        label = labels.get(item.root)
        if label:
            keys.add(_norm(f"{label}/{item.rel}"))
        for key in keys:
            index.setdefault(key, []).append(item)
    problems: list[Problem] = []
    for row in rows:
        key = _norm(row["path"])
        matches = index.get(key, [])
        if not matches:
            problems.append(Problem(row["path"], "metadata", "no such call under the archive roots"))
        elif len({id(m) for m in matches}) > 1:
            problems.append(Problem(row["path"], "metadata",
                                    "path matches a file in several roots; prefix it with the root's folder name"))
        else:
            matches[0].metadata = dict(row)
    return problems
