"""Full-text search over every transcript line of an archive (``DIR/search.sqlite``).

The batch keeps an SQLite FTS5 index of the report segments, updated incrementally: a
report whose file changed is re-indexed, one that disappeared is dropped, all in one
transaction (a concurrent ``callcoach search`` sees the old index or the new one). The
index is built from the written report JSON, so it holds what the reports hold
(redacted text stays redacted).

Text from calls is untrusted: before printing, control and escape characters are
removed so a transcript cannot move the cursor, recolour or retitle a terminal.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

SEARCH_NAME = "search.sqlite"

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS lines USING fts5(
  text, call_id UNINDEXED, speaker UNINDEXED, start UNINDEXED, report UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS indexed (
  call_id TEXT PRIMARY KEY, report TEXT NOT NULL, size INTEGER, mtime_ns INTEGER
);
"""

_BIDI = {0x200E, 0x200F, 0x061C} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def clean_text(text: Any) -> str:
    """``text`` without control, escape or bidi-override characters (tabs/newlines -> space)."""
    out = []
    for ch in str(text):
        if ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc" or ord(ch) in _BIDI:
            continue
        else:
            out.append(ch)
    return "".join(out)


def clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    return db


def update_index(out_dir: Path, reports: Iterable[tuple[str, Path]]) -> int:
    """Bring ``DIR/search.sqlite`` in line with ``reports`` ((call id, report JSON path)).

    Returns how many calls were (re)indexed.
    """
    out_dir = Path(out_dir)
    db = _connect(out_dir / SEARCH_NAME)
    try:
        known = {r[0]: (r[1], r[2], r[3]) for r in db.execute("SELECT call_id, report, size, mtime_ns FROM indexed")}
        wanted: dict[str, tuple[str, int, int]] = {}
        for call_id, path in reports:
            try:
                st = Path(path).stat()
            except OSError:
                continue
            wanted[call_id] = (os.path.relpath(path, out_dir), st.st_size, st.st_mtime_ns)
        changed = [cid for cid, sig in wanted.items() if known.get(cid) != sig]
        gone = [cid for cid in known if cid not in wanted]
        if not changed and not gone:
            return 0
        db.execute("BEGIN IMMEDIATE")
        try:
            for cid in gone + changed:
                db.execute("DELETE FROM lines WHERE call_id=?", (cid,))
                db.execute("DELETE FROM indexed WHERE call_id=?", (cid,))
            for cid in changed:
                rel, size, mtime = wanted[cid]
                db.executemany("INSERT INTO lines (text, call_id, speaker, start, report) VALUES (?,?,?,?,?)",
                               _segments(out_dir / rel, cid, rel))
                db.execute("INSERT INTO indexed VALUES (?,?,?,?)", (cid, rel, size, mtime))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return len(changed)
    finally:
        db.close()


def _segments(path: Path, call_id: str, rel: str) -> list[tuple[str, str, str, float, str]]:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for seg in report.get("segments") or []:
        if not isinstance(seg, dict) or not isinstance(seg.get("text"), str) or not seg["text"].strip():
            continue
        start = seg.get("start") if isinstance(seg.get("start"), (int, float)) else 0.0
        out.append((seg["text"], call_id, str(seg.get("speaker", "")), float(start), rel))
    return out


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: every word required, ``"quoted text"`` a phrase.

    Words are quoted, so punctuation or FTS operators typed by a user cannot break the query.
    """
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        text = phrase if phrase else word
        tokens = re.findall(r"\w+", text, flags=re.UNICODE)
        if not tokens:
            continue
        if phrase:
            parts.append('"' + " ".join(tokens) + '"')
        else:
            parts.extend(f'"{t}"' for t in tokens)
    return " AND ".join(parts)


@dataclass
class Hit:
    call_id: str
    start: float
    speaker: str
    text: str
    report: str
    """Report JSON path relative to the batch folder."""


def search(out_dir: Path, query: str, speaker: str | None = None, limit: int = 20) -> list[Hit]:
    """Best-matching transcript lines (bm25), optionally of one speaker."""
    path = Path(out_dir) / SEARCH_NAME
    if not path.exists():
        raise FileNotFoundError(f"{path}: no search index (run callcoach batch ... --out {out_dir} first)")
    match = fts_query(query)
    if not match:
        return []
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        sql = "SELECT call_id, start, speaker, text, report FROM lines WHERE lines MATCH ?"
        args: list[Any] = [match]
        if speaker:
            sql += " AND speaker = ?"
            args.append(speaker)
        sql += " ORDER BY bm25(lines), call_id, start LIMIT ?"
        args.append(int(limit))
        return [Hit(r[0], float(r[1]), r[2], r[3], r[4]) for r in db.execute(sql, args)]
    finally:
        db.close()


def report_link(out_dir: Path, hit: Hit) -> Path:
    """The call's HTML report when there is one, else its JSON report."""
    json_path = Path(out_dir) / hit.report
    html = json_path.with_suffix(".html")
    return html if html.exists() else json_path
