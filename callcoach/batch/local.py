"""The local engine: a pool of spawned worker processes on this machine.

Why not ``multiprocessing.Pool``: a batch must survive a worker that crashes (a decoder
segfault, the out-of-memory killer) or hangs (a pathological file), and a Pool can do
neither: a dead worker loses its task silently and a stuck one blocks ``map`` forever.
Here each worker has its own pipe; the driver waits on the pipes and the processes
together, kills a worker that runs past the per-call limit, records the crash or
timeout as that call's failure, and starts a replacement. Workers are started with
``spawn`` (CTranslate2 and torch are not fork-safe) and recycled every N calls, which
bounds any slow memory growth over a night of calls.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable

from .work import Job, result_row

START_TIMEOUT_S = 600.0
"""A worker that has not loaded its models after this long is killed."""
MAX_START_FAILURES = 3


class EngineError(RuntimeError):
    """The engine cannot run at all (workers die while starting, Ray unavailable...)."""


def _peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)  # KiB on Linux


def worker_main(conn: Connection, config: Any, threads: int) -> None:
    """Entry point of one worker process: build a Worker, then serve jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the driver handles Ctrl-C and stops us
    try:
        from ..runtime import keep_freed_memory  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - module moved
        keep_freed_memory = None
    try:
        if keep_freed_memory:
            keep_freed_memory()
        from .work import Worker

        worker = Worker(config, threads)
    except BaseException as exc:  # noqa: BLE001 - reported to the driver, which stops the run
        conn.send(("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=5)}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        row = worker.run(job)
        row["peak_rss_mb"] = _peak_rss_mb()
        conn.send(("result", row))


@dataclass
class _Slot:
    proc: Any
    conn: Connection
    spawned: float
    ready: bool = False
    job: Job | None = None
    deadline: float = float("inf")
    calls: int = 0
    started: float = 0.0


class LocalEngine:
    """Runs jobs on ``workers`` processes with ``threads`` threads each."""

    name = "local"

    def __init__(self, config: Any, workers: int, threads: int, call_timeout: float | None = None,
                 recycle_after: int | None = None):
        self.config = config
        self.workers = workers
        self.threads = threads
        self.call_timeout = call_timeout
        self.recycle_after = recycle_after
        self.ctx = multiprocessing.get_context("spawn")
        self.peak_rss_mb: dict[int, float] = {}
        self._slots: list[_Slot] = []

    def _spawn(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=worker_main, args=(child, self.config, self.threads),
                                name="callcoach-batch-worker", daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent, time.monotonic())

    @staticmethod
    def _stop(slot: _Slot, kill: bool = False) -> None:
        if not kill:
            try:
                slot.conn.send(None)
            except (OSError, BrokenPipeError):
                kill = True
            slot.proc.join(5.0)
        if slot.proc.is_alive():
            slot.proc.kill()
            slot.proc.join(5.0)
        slot.conn.close()

    def run(self, jobs: list[Job], on_start: Callable[[Job], None],
            on_result: Callable[[Job, dict[str, Any]], None]) -> None:
        """Run every job; each one ends in exactly one ``on_result`` call (never raises for
        a failing call). Raises :class:`EngineError` if workers cannot start at all."""
        pending = deque(jobs)
        self._slots = [self._spawn() for _ in range(min(self.workers, len(jobs)))]
        self._start_failures = 0
        try:
            while pending or any(s.job for s in self._slots):
                now = time.monotonic()
                for s in self._slots:
                    if s.ready and s.job is None and pending:
                        job = pending.popleft()
                        on_start(job)
                        s.job, s.started = job, time.time()
                        try:
                            s.conn.send(job)
                        except OSError:  # the worker just died: _handle records it as a crash
                            pass
                        s.deadline = now + self.call_timeout if self.call_timeout else float("inf")
                deadlines = [s.deadline if s.ready else s.spawned + START_TIMEOUT_S for s in self._slots]
                wait_s = max(0.0, min(deadlines + [now + 1.0]) - now)
                ready = set(wait([s.conn for s in self._slots] + [s.proc.sentinel for s in self._slots],
                                 timeout=wait_s))
                keep = []
                for s in self._slots:
                    if self._handle(s, ready, on_result):
                        keep.append(s)
                    elif pending:
                        keep.append(self._spawn())
                self._slots = keep
                if pending and not self._slots:
                    self._slots = [self._spawn()]
        finally:
            self.close()

    def _handle(self, s: _Slot, ready: set, on_result: Callable[[Job, dict[str, Any]], None]) -> bool:
        """Deal with whatever happened to one worker; False when it is gone (to replace)."""
        if s.conn in ready:
            try:
                kind, payload = s.conn.recv()
            except (EOFError, OSError):
                kind, payload = "dead", None
            if kind == "ready":
                s.ready, self._start_failures = True, 0
                return True
            if kind == "error":
                raise EngineError(f"a batch worker could not start: {payload}")
            if kind == "result":
                job, s.job, s.deadline = s.job, None, float("inf")
                s.calls += 1
                pid = s.proc.pid or 0
                self.peak_rss_mb[pid] = max(self.peak_rss_mb.get(pid, 0.0), float(payload.get("peak_rss_mb") or 0))
                on_result(job, payload)
                if self.recycle_after and s.calls >= self.recycle_after:
                    self._stop(s)
                    return False
                return True
        now = time.monotonic()
        if s.proc.sentinel in ready or not s.proc.is_alive():
            s.proc.join(1.0)
            code = s.proc.exitcode
            if s.job is not None:
                on_result(s.job, result_row(s.job, "failed", s.started, error_class="WorkerCrashed",
                                            error_message=_exit_text(code)))
                s.job = None
            elif not s.ready:
                self._start_failures += 1
                if self._start_failures >= MAX_START_FAILURES:
                    raise EngineError(f"batch workers die while starting ({_exit_text(code, starting=True)})")
            self._stop(s, kill=True)
            return False
        if s.job is not None and now >= s.deadline:
            self._stop(s, kill=True)
            on_result(s.job, result_row(
                s.job, "failed", s.started, error_class="Timeout",
                error_message=f"no result within the {self.call_timeout:g} s per-call limit; worker killed"))
            s.job = None
            return False
        if not s.ready and now >= s.spawned + START_TIMEOUT_S:
            self._stop(s, kill=True)
            raise EngineError(f"a batch worker did not start within {START_TIMEOUT_S:g} s")
        return True

    def close(self) -> None:
        """Stop every worker (gracefully when idle, killed when busy)."""
        for s in self._slots:
            self._stop(s, kill=s.job is not None or not s.ready)
        self._slots = []


def _exit_text(code: int | None, starting: bool = False) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        doing = "starting" if starting else "analysing this call"
        return f"worker process was killed by {name}{hint} while {doing}"
    if starting:
        return f"worker process exited with code {code} while starting"
    return f"worker process exited with code {code} while analysing this call (crashed)"
