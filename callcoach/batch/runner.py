"""One batch run, start to end: discover, plan against the ledger, run an engine, refresh
the archive outputs.

The driver (this module) is the only writer of the ledger and of the archive-level files;
workers write only their own report sets. Whatever happens during the engine run (a
failing call, Ctrl-C, a worker that will not start), the archive outputs are refreshed
from the ledger before returning, so ``index.html`` and ``calls.csv`` always describe
what is on disk.
"""
from __future__ import annotations

import fcntl
import os
import signal
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import CallcoachError
from .discover import Problem, assign_ids, assign_stems, discover, root_labels
from .ledger import Ledger, decide, file_sha256, fingerprint, meta_hash, outputs_exist
from .work import Job

CALLS_DIR = "calls"
EXIT_OK, EXIT_FAILED, EXIT_CANNOT_RUN, EXIT_INTERRUPTED = 0, 3, 2, 130


class RunError(CallcoachError):
    """The batch could not run at all (bad arguments, unwritable folder...): exit code 2."""


@dataclass
class BatchOptions:
    archives: list[Path]
    out: Path
    workers: str | int = "auto"
    engine: str = "local"
    address: str | None = None
    metadata: Path | None = None
    retry_failed: bool = False
    force: bool = False
    limit: int | None = None
    formats: list[str] = field(default_factory=lambda: ["json", "html"])
    config_file: Path | None = None
    call_timeout: float | None = 3600.0
    recycle_after: int | None = 200
    max_attempts: int = 3
    threads: int | None = None
    """Threads per worker; None shares the CPUs between the workers."""
    argv: list[str] = field(default_factory=list)


@dataclass
class BatchResult:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    exit_code: int = EXIT_OK
    out: Path = Path(".")
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(call id, error) of the calls that failed in this run."""
    skip_reasons: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    engine_error: str | None = None
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    workers: int = 0
    threads: int = 0


def _check_out_dir(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / CALLS_DIR).mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise RunError(f"{out}: cannot write the output folder ({exc.strerror or exc})") from None


class _Lock:
    """One batch at a time per output folder (a second would fight over the ledger rows)."""

    def __init__(self, out: Path):
        self.fd = os.open(out / ".batch.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise RunError(f"{out}: another callcoach batch is running on this folder") from None

    def release(self) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def load_config(config_file: Path | None):
    from ..config import Config

    return Config.from_toml(config_file) if config_file else Config()


def _hash_all(ledger: Ledger, items: list) -> dict[str, str]:
    """sha256 per call, from the cache when the file's size and mtime are unchanged."""
    hashes, todo = {}, []
    for item in items:
        cached = ledger.cached_hash(item.path, item.size, item.mtime_ns)
        if cached:
            hashes[item.call_id] = cached
        else:
            todo.append(item)
    if todo:
        with ThreadPoolExecutor(max_workers=4) as pool:  # hashlib releases the GIL
            digests = list(pool.map(lambda it: file_sha256(it.path), todo))
        ledger.store_hashes([(it.path, it.size, it.mtime_ns, d) for it, d in zip(todo, digests)])
        hashes.update({it.call_id: d for it, d in zip(todo, digests)})
    return hashes


def _make_engine(opts: BatchOptions, config: Any):
    from .work import plan_workers

    if opts.engine == "ray":
        from .ray_engine import RayEngine

        n, t = (opts.workers, opts.threads) if opts.workers == "auto" else plan_workers(opts.workers, threads=opts.threads)
        return RayEngine(config, n, t, opts.call_timeout, opts.recycle_after, opts.address)
    from .local import LocalEngine

    n, t = plan_workers(opts.workers, threads=opts.threads)
    return LocalEngine(config, n, t, opts.call_timeout, opts.recycle_after)


def refresh_outputs(out: Path, ledger: Ledger, config: Any, problems: int = 0) -> None:
    """calls.csv, calls.parquet, agents.csv, index.html and the search index, from the ledger."""
    from .dashboard import write_dashboard
    from .outputs import agent_rows, call_rows, write_tables
    from .search import update_index

    ledger_rows = ledger.rows()
    rows = call_rows(ledger_rows)
    write_tables(out, rows)
    count = {s: sum(1 for r in rows if r["status"] == s) for s in ("done", "failed", "quarantined")}
    summary = {"calls": len(rows), "done": count["done"], "failed": count["failed"] + count["quarantined"],
               "skipped": len(rows) - sum(count.values()), "problems": problems,
               "updated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    write_dashboard(out, rows, agent_rows(rows), config, summary)
    update_index(out, [(r.call_id, out / o) for r in ledger_rows if r.status == "done"
                       for o in r.outputs if o.endswith(".json")])


def run_batch(opts: BatchOptions, progress_console: Any = None) -> BatchResult:
    """Run one batch. Raises :class:`RunError` when it cannot run at all."""
    started = time.monotonic()
    for root in opts.archives:
        if not root.exists():
            raise RunError(f"{root}: archive not found")
    out = opts.out.absolute()
    for root in opts.archives:
        resolved = Path(os.path.realpath(root))
        if resolved == Path(os.path.realpath(out)) or Path(os.path.realpath(out)) in resolved.parents:
            raise RunError(f"{root}: an archive cannot be the output folder or lie inside it "
                           f"(its reports would be read as calls)")
    try:
        config = load_config(opts.config_file)
    except CallcoachError as exc:
        raise RunError(str(exc)) from None
    rows_meta = []
    if opts.metadata:
        from .metadata import load_metadata

        try:
            rows_meta = load_metadata(opts.metadata)
        except CallcoachError as exc:
            raise RunError(str(exc)) from None
    _check_out_dir(out)
    lock = _Lock(out)
    try:
        return _run_locked(opts, out, config, rows_meta, started, progress_console)
    finally:
        lock.release()


def _run_locked(opts: BatchOptions, out: Path, config: Any, rows_meta: list, started: float,
                console: Any) -> BatchResult:
    from .metadata import attach_metadata

    result = BatchResult(out=out)
    disc = discover([Path(a) for a in opts.archives], skip=[out])
    items = disc.found + disc.unreadable
    result.problems = disc.problems + attach_metadata(items, rows_meta, root_labels(items))
    assign_ids(items)
    stems = assign_stems(i.call_id for i in items)
    fp, fp_parts = fingerprint(config)
    calls_dir = out / CALLS_DIR
    from ..report.write import report_paths

    ledger = Ledger(out)
    try:
        ledger.reset_running()
        run_id = ledger.start_run(opts.engine, 0, fp, fp_parts, opts.argv)
        ledger.replace_problems(result.problems, run_id)
        hashes = _hash_all(ledger, disc.found)
        jobs: list[Job] = []
        ledger.db.execute("BEGIN")  # one transaction for the whole plan: thousands of rows
        for item in sorted(disc.found, key=lambda i: i.call_id):
            mh, stem = meta_hash(item.metadata), stems[item.call_id]
            row = ledger.get(item.call_id)
            wanted = report_paths(calls_dir, stem, opts.formats)
            ok = row is not None and outputs_exist(out, row.outputs, wanted)
            action, reset = decide(row, hashes[item.call_id], fp, mh, stem, ok, opts.force, opts.retry_failed)
            ledger.prepare(item.call_id, str(item.path), item.kind, hashes[item.call_id], fp, mh, stem,
                           item.metadata, item.mtime_ns, run_id, reset)
            if action != "run":
                reason = action.split(":", 1)[1]
                result.skip_reasons[reason] = result.skip_reasons.get(reason, 0) + 1
                continue
            jobs.append(Job(item.call_id, str(item.path), item.kind, stem, str(calls_dir), list(opts.formats),
                            dict(item.metadata)))
        for u in disc.unreadable:
            ledger.mark_skipped(u.call_id, str(u.path), u.detail, u.metadata, run_id)
            result.skip_reasons["unreadable"] = result.skip_reasons.get("unreadable", 0) + 1
        ledger.db.execute("COMMIT")
        if opts.limit is not None and len(jobs) > opts.limit:
            result.skip_reasons["over --limit"] = len(jobs) - opts.limit
            jobs = jobs[:opts.limit]
        result.skipped = sum(result.skip_reasons.values())
        try:
            _execute(opts, config, jobs, ledger, out, result, console)
        finally:
            refresh_outputs(out, ledger, config, problems=len(result.problems))
            result.seconds = time.monotonic() - started
            if result.exit_code == EXIT_OK and result.failed:
                result.exit_code = EXIT_FAILED
            ledger.finish_run(run_id, result.done, result.failed, result.skipped, result.exit_code)
    finally:
        ledger.close()
    return result


def _execute(opts: BatchOptions, config: Any, jobs: list[Job], ledger: Ledger, out: Path,
             result: BatchResult, console: Any) -> None:
    """Run the jobs on the chosen engine, recording each result as it arrives."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from .local import EngineError
    from .outputs import metrics_from_file

    if not jobs:
        return
    running: set[str] = set()
    try:
        engine = _make_engine(opts, config)
    except EngineError as exc:
        raise RunError(str(exc)) from None
    result.workers, result.threads = engine.workers, engine.threads
    progress = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[state]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console,
                        transient=True, disable=console is None or not console.is_terminal)
    task = progress.add_task("batch", total=len(jobs), state="")

    def on_start(job: Job) -> None:
        ledger.mark_running(job.call_id)
        running.add(job.call_id)

    def on_result(job: Job, row: dict[str, Any]) -> None:
        running.discard(job.call_id)
        row["outputs"] = [os.path.relpath(p, out) for p in row.get("outputs") or []]
        metrics = None
        if row["status"] == "done":
            json_out = next((out / o for o in row["outputs"] if o.endswith(".json")), None)
            metrics = metrics_from_file(json_out) if json_out else {}
            result.done += 1
        else:
            result.failed += 1
            result.failures.append((job.call_id, f"{row.get('error_class')}: {row.get('error_message')}"))
        ledger.record(row, opts.max_attempts, metrics)
        progress.update(task, advance=1, state=f"{result.done} done, {result.failed} failed")

    previous = signal.getsignal(signal.SIGTERM)

    def on_term(signum, frame):  # a stopped cron job: finish like Ctrl-C
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread (library use): leave signals alone
        previous = None
    try:
        with progress:
            engine.run(jobs, on_start, on_result)
    except KeyboardInterrupt:
        result.exit_code = EXIT_INTERRUPTED
    except EngineError as exc:
        result.exit_code = EXIT_CANNOT_RUN
        result.engine_error = str(exc)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        for call_id in running:  # in flight when the run stopped: not the call's fault
            ledger.mark_pending(call_id)
        result.peak_rss_mb = dict(engine.peak_rss_mb)
