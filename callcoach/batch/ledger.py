"""The batch ledger (``DIR/ledger.sqlite``): what was analysed, from which input, how it went.

A nightly run over an archive must not redo ten thousand calls because one arrived, and
must redo a call whose recording was replaced or whose analysis changed (new callcoach
version, other model, other thresholds). So each call's row carries the sha256 of its
input and a narrow *fingerprint* of the analysis (package version, model ids, sha256 of
the configuration); a call is current when both match and its report files exist.

Only the driver process writes here (workers return status rows), in WAL mode so
``sqlite3 ledger.sqlite`` can read it while a run is going. Report files are renamed into
place by the workers *before* the driver records them here, so a row that says ``done``
always has its files.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

LEDGER_NAME = "ledger.sqlite"
STATUSES = ("pending", "running", "done", "failed", "quarantined", "skipped")

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
  call_id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  kind TEXT,
  content_hash TEXT,
  fingerprint TEXT,
  meta_hash TEXT,
  stem TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  error_class TEXT,
  error_message TEXT,
  started REAL,
  finished REAL,
  seconds REAL,
  outputs TEXT,
  metadata TEXT,
  metrics TEXT,
  input_mtime_ns INTEGER,
  last_run INTEGER,
  updated REAL
);
CREATE INDEX IF NOT EXISTS calls_by_input ON calls (content_hash, fingerprint);
CREATE TABLE IF NOT EXISTS hashes (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (
  path TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT, run_id INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
  run_id INTEGER PRIMARY KEY AUTOINCREMENT, started REAL, finished REAL, engine TEXT,
  workers INTEGER, fingerprint TEXT, fingerprint_json TEXT, done INTEGER, failed INTEGER,
  skipped INTEGER, exit_code INTEGER, argv TEXT
);
"""


def fingerprint(config: Any) -> tuple[str, dict[str, Any]]:
    """Short id of everything that changes a report, and the parts it was made from.

    Narrow on purpose: the package version, the model ids and the configuration. Worker
    and thread counts are not part of it (they change speed, not results).
    """
    from .. import __version__

    cfg = dataclasses.asdict(config)
    parts = {
        "callcoach": __version__,
        "asr_model": config.asr.model,
        "diarization_model": config.diarization.model or "bundled",
        "config_sha256": hashlib.sha256(json.dumps(cfg, sort_keys=True, default=str).encode()).hexdigest(),
    }
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]
    return digest, parts


def meta_hash(metadata: dict[str, Any]) -> str:
    """Per-call metadata is part of the report (agent id, customer name, agent channel)."""
    return hashlib.sha256(json.dumps(metadata, sort_keys=True, default=str).encode()).hexdigest()[:16]


def file_sha256(path: Path) -> str:
    """sha256 of a file, read in chunks, opened read-only."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class CallRow:
    call_id: str
    path: str
    kind: str | None
    content_hash: str | None
    fingerprint: str | None
    meta_hash: str | None
    stem: str | None
    status: str
    attempts: int
    error_class: str | None
    error_message: str | None
    started: float | None
    finished: float | None
    seconds: float | None
    outputs: list[str]
    metadata: dict[str, Any]
    metrics: dict[str, Any]
    input_mtime_ns: int | None = None


def decide(row: CallRow | None, content_hash: str, fp: str, mhash: str, stem: str,
           outputs_ok: bool, force: bool, retry_failed: bool) -> tuple[str, bool]:
    """What to do with one call this run: (``run`` or a skip reason, reset attempts?).

    New, changed (input, fingerprint, metadata, file name) or forced calls run from zero
    attempts; pending calls and calls a killed run left ``running`` run; done calls run
    again only when their report files are gone; failures only with ``retry_failed``;
    quarantined calls only when something changed or with ``force``.
    """
    if row is None:
        return "run", True
    changed = (row.content_hash != content_hash or row.fingerprint != fp or row.meta_hash != mhash
               or row.stem != stem)
    if changed or force:
        return "run", True
    if row.status == "done":
        return ("skip:done", False) if outputs_ok else ("run", False)
    if row.status == "failed":
        return ("run", False) if retry_failed else ("skip:failed", False)
    if row.status == "quarantined":
        return "skip:quarantined", False
    return "run", False


class Ledger:
    """The SQLite ledger of one batch output folder. Driver-only."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / LEDGER_NAME
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -- input hashes --------------------------------------------------------------
    def cached_hash(self, path: Path, size: int, mtime_ns: int) -> str | None:
        hit = self.db.execute("SELECT sha256 FROM hashes WHERE path=? AND size=? AND mtime_ns=?",
                              (str(Path(path).absolute()), size, mtime_ns)).fetchone()
        return hit[0] if hit else None

    def store_hashes(self, entries: Iterable[tuple[Path, int, int, str]]) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO hashes VALUES (?,?,?,?)",
                                [(str(Path(p).absolute()), s, m, h) for p, s, m, h in entries])

    # -- calls -----------------------------------------------------------------------
    def _row(self, r: sqlite3.Row) -> CallRow:
        d = dict(r)
        return CallRow(
            call_id=d["call_id"], path=d["path"], kind=d["kind"], content_hash=d["content_hash"],
            fingerprint=d["fingerprint"], meta_hash=d["meta_hash"], stem=d["stem"], status=d["status"],
            attempts=d["attempts"] or 0, error_class=d["error_class"], error_message=d["error_message"],
            started=d["started"], finished=d["finished"], seconds=d["seconds"],
            outputs=json.loads(d["outputs"] or "[]"), metadata=json.loads(d["metadata"] or "{}"),
            metrics=json.loads(d["metrics"] or "{}"), input_mtime_ns=d["input_mtime_ns"])

    def get(self, call_id: str) -> CallRow | None:
        r = self.db.execute("SELECT * FROM calls WHERE call_id=?", (call_id,)).fetchone()
        return self._row(r) if r else None

    def rows(self) -> list[CallRow]:
        return [self._row(r) for r in self.db.execute("SELECT * FROM calls ORDER BY call_id")]

    def reset_running(self) -> int:
        """Calls a killed run left ``running`` go back to ``pending``."""
        cur = self.db.execute("UPDATE calls SET status='pending', updated=? WHERE status='running'",
                              (time.time(),))
        return cur.rowcount

    def prepare(self, call_id: str, path: str, kind: str, content_hash: str, fp: str, mhash: str,
                stem: str, metadata: dict[str, Any], mtime_ns: int, run_id: int, reset: bool,
                status: str | None = None) -> None:
        """Insert or refresh a call's identity (input, fingerprint, names) before scheduling."""
        now = time.time()
        self.db.execute(
            """INSERT INTO calls (call_id, path, kind, content_hash, fingerprint, meta_hash, stem, status,
                                  attempts, metadata, input_mtime_ns, last_run, updated)
               VALUES (?,?,?,?,?,?,?,?,0,?,?,?,?)
               ON CONFLICT(call_id) DO UPDATE SET path=excluded.path, kind=excluded.kind,
                 content_hash=excluded.content_hash, fingerprint=excluded.fingerprint,
                 meta_hash=excluded.meta_hash, stem=excluded.stem, metadata=excluded.metadata,
                 input_mtime_ns=excluded.input_mtime_ns, last_run=excluded.last_run, updated=excluded.updated,
                 status=CASE WHEN ? IS NOT NULL THEN ? WHEN ? THEN 'pending' ELSE calls.status END,
                 attempts=CASE WHEN ? THEN 0 ELSE calls.attempts END""",
            (call_id, path, kind, content_hash, fp, mhash, stem, status or "pending",
             json.dumps(metadata, sort_keys=True), mtime_ns, run_id, now,
             status, status, reset, reset))

    def mark_running(self, call_id: str) -> None:
        self.db.execute("UPDATE calls SET status='running', attempts=attempts+1, started=?, finished=NULL, "
                        "seconds=NULL, updated=? WHERE call_id=?", (time.time(), time.time(), call_id))

    def mark_pending(self, call_id: str) -> None:
        self.db.execute("UPDATE calls SET status='pending', attempts=MAX(attempts-1, 0), updated=? "
                        "WHERE call_id=? AND status='running'", (time.time(), call_id))

    def record(self, result: dict[str, Any], max_attempts: int, metrics: dict[str, Any] | None = None) -> str:
        """Store a worker's status row; returns the call's new status."""
        row = self.get(result["call_id"])
        attempts = row.attempts if row else 1
        if result["status"] == "done":
            status = "done"
        else:
            status = "quarantined" if attempts >= max_attempts else "failed"
        self.db.execute(
            """UPDATE calls SET status=?, error_class=?, error_message=?, started=?, finished=?, seconds=?,
                 outputs=CASE WHEN ?='done' THEN ? ELSE outputs END,
                 metrics=CASE WHEN ?='done' THEN ? ELSE metrics END, updated=? WHERE call_id=?""",
            (status, result.get("error_class"), result.get("error_message"), result.get("started"),
             result.get("finished"), result.get("seconds"), status, json.dumps(result.get("outputs") or []),
             status, json.dumps(metrics or {}), time.time(), result["call_id"]))
        return status

    def mark_skipped(self, call_id: str, path: str, detail: str, metadata: dict[str, Any], run_id: int) -> None:
        """An input that could not be read: a call, ``skipped``, with the reason as its error."""
        now = time.time()
        self.db.execute(
            """INSERT INTO calls (call_id, path, status, attempts, error_class, error_message, metadata,
                                  last_run, updated)
               VALUES (?,?,'skipped',0,'Unreadable',?,?,?,?)
               ON CONFLICT(call_id) DO UPDATE SET path=excluded.path, status='skipped',
                 error_class='Unreadable', error_message=excluded.error_message, metadata=excluded.metadata,
                 last_run=excluded.last_run, updated=excluded.updated""",
            (call_id, path, detail, json.dumps(metadata, sort_keys=True), run_id, now))

    # -- runs and problems -------------------------------------------------------------
    def start_run(self, engine: str, workers: int, fp: str, fp_parts: dict[str, Any], argv: list[str]) -> int:
        cur = self.db.execute("INSERT INTO runs (started, engine, workers, fingerprint, fingerprint_json, argv) "
                              "VALUES (?,?,?,?,?,?)", (time.time(), engine, workers, fp,
                                                       json.dumps(fp_parts, sort_keys=True), json.dumps(argv)))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, done: int, failed: int, skipped: int, exit_code: int) -> None:
        self.db.execute("UPDATE runs SET finished=?, done=?, failed=?, skipped=?, exit_code=? WHERE run_id=?",
                        (time.time(), done, failed, skipped, exit_code, run_id))

    def replace_problems(self, problems: Iterable[Any], run_id: int) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM problems")
            self.db.executemany("INSERT INTO problems VALUES (?,?,?,?)",
                                [(p.path, p.reason, p.detail, run_id) for p in problems])

    def problems(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT path, reason, detail FROM problems ORDER BY path")]


def outputs_exist(out_dir: Path, outputs: list[str], wanted: dict[str, Path]) -> bool:
    """The recorded report files are the expected ones and are all on disk."""
    recorded = {str(Path(o)) for o in outputs}
    for path in wanted.values():
        rel = os.path.relpath(path, out_dir)
        if rel not in recorded or not path.exists():
            return False
    return True
