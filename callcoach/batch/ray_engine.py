"""The Ray engine: the same jobs on Ray actors, on this machine or on a cluster.

Each actor builds one :class:`~callcoach.batch.work.Worker` (one Coach, models loaded once
per actor) and serves jobs one at a time: paths in, small status rows out. Actors write
their own report files, so every node must see the archive and the output folder at the
same paths (a shared filesystem). The driver keeps the same guarantees as the local
engine: a call past its time limit gets its actor killed and replaced, an actor that dies
fails only its call, actors are recycled every N calls, and only the driver writes the
ledger.

``--address`` (or ``RAY_ADDRESS``) connects to a running cluster; without one a private
local Ray is started (no dashboard) and shut down at the end.
"""
from __future__ import annotations

import logging
import os
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from .local import MAX_START_FAILURES, START_TIMEOUT_S, EngineError
from .work import THREAD_ENV, Job, plan_workers, result_row


def _actor_class():
    import ray

    class CoachActor:
        """One Worker per actor process."""

        def __init__(self, config: Any, threads: int):
            from .work import Worker

            self.worker = Worker(config, threads)

        def ready(self) -> int:
            return os.getpid()

        def run(self, job: Job) -> dict[str, Any]:
            import resource

            row = self.worker.run(job)
            row["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)
            return row

    return ray.remote(max_restarts=0, max_task_retries=0)(CoachActor)


@dataclass
class _Actor:
    handle: Any
    ready_ref: Any
    spawned: float
    ready: bool = False
    job: Job | None = None
    ref: Any = None
    started: float = 0.0
    deadline: float = float("inf")
    calls: int = 0


class RayEngine:
    """Runs jobs on Ray actors (``workers`` actors, ``threads`` CPUs each)."""

    name = "ray"

    def __init__(self, config: Any, workers: str | int, threads: int | None, call_timeout: float | None = None,
                 recycle_after: int | None = None, address: str | None = None):
        try:
            import ray
        except ImportError:
            raise EngineError("--engine ray needs Ray: pip install 'callcoach[ray]'") from None
        self.ray = ray
        self.config = config
        self.call_timeout = call_timeout
        self.recycle_after = recycle_after
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        self.peak_rss_mb: dict[int, float] = {}
        self._started_ray = False
        self._connect(workers, threads)
        self._cls = _actor_class()
        self._actors: list[_Actor] = []

    def _connect(self, workers: str | int, threads: int | None) -> None:
        ray = self.ray
        if not ray.is_initialized():
            self._started_ray = True  # ours to shut down (a caller's own Ray session is left alone)
            try:
                if self.address:
                    ray.init(address=self.address, logging_level=logging.WARNING, log_to_driver=False)
                else:
                    n, t = plan_workers(workers)
                    ray.init(num_cpus=n * (threads or t), include_dashboard=False, logging_level=logging.WARNING,
                             log_to_driver=False, object_store_memory=128 * 1024 * 1024)
            except Exception as exc:  # connection refused, bad address...
                raise EngineError(f"cannot start or reach Ray ({self.address or 'local'}): {exc}") from None
        resources = ray.cluster_resources()
        cpus = int(resources.get("CPU", 1))
        if workers == "auto":
            self.workers, self.threads = plan_workers("auto", cores=cpus, mem_bytes=int(resources.get("memory", 0)))
        else:
            self.workers = max(1, int(workers))
            self.threads = threads or max(1, cpus // self.workers)
        self.threads = min(self.threads, cpus)

    def _spawn(self) -> _Actor:
        env = {name: str(self.threads) for name in THREAD_ENV}
        handle = self._cls.options(num_cpus=self.threads, runtime_env={"env_vars": env}).remote(
            self.config, self.threads)
        return _Actor(handle, handle.ready.remote(), time.monotonic())

    def _kill(self, actor: _Actor) -> None:
        try:
            self.ray.kill(actor.handle, no_restart=True)
        except Exception:  # already dead
            pass

    def run(self, jobs: list[Job], on_start: Callable[[Job], None],
            on_result: Callable[[Job, dict[str, Any]], None]) -> None:
        """Run every job; each ends in exactly one ``on_result`` call."""
        ray = self.ray
        pending = deque(jobs)
        self._actors = [self._spawn() for _ in range(min(self.workers, len(jobs)))]
        start_failures = 0
        try:
            while pending or any(a.job for a in self._actors):
                now = time.monotonic()
                for a in self._actors:
                    if a.ready and a.job is None and pending:
                        job = pending.popleft()
                        on_start(job)
                        a.job, a.ref, a.started = job, a.handle.run.remote(job), time.time()
                        a.deadline = now + self.call_timeout if self.call_timeout else float("inf")
                waiting = {id(a): (a.ref if a.ready else a.ready_ref) for a in self._actors
                           if a.job is not None or not a.ready}
                deadlines = [a.deadline if a.ready else a.spawned + START_TIMEOUT_S for a in self._actors]
                wait_s = max(0.05, min(deadlines + [now + 1.0]) - now)
                refs = list(waiting.values())
                done = set(ray.wait(refs, num_returns=1, timeout=wait_s)[0]) if refs else set()
                keep = []
                for a in self._actors:
                    alive = True
                    ref = waiting.get(id(a))
                    now = time.monotonic()
                    if ref is not None and ref in done:
                        try:
                            value = ray.get(ref)
                        except Exception as exc:  # the actor died (crash, OOM kill) or failed to start
                            value = exc
                        if not a.ready:
                            if isinstance(value, Exception):
                                start_failures += 1
                                if start_failures >= MAX_START_FAILURES:
                                    raise EngineError(f"Ray actors die while starting: {value}")
                                alive = False
                            else:
                                a.ready, start_failures = True, 0
                        else:
                            job, a.job, a.ref, a.deadline = a.job, None, None, float("inf")
                            a.calls += 1
                            if isinstance(value, Exception):
                                on_result(job, result_row(job, "failed", a.started, error_class="WorkerCrashed",
                                                          error_message=f"Ray actor died while analysing "
                                                                        f"this call: {_first_line(value)}"))
                                alive = False
                            else:
                                self.peak_rss_mb[value.get("pid", 0)] = max(
                                    self.peak_rss_mb.get(value.get("pid", 0), 0.0), float(value.get("peak_rss_mb") or 0))
                                on_result(job, value)
                                if self.recycle_after and a.calls >= self.recycle_after:
                                    alive = False
                    elif a.job is not None and now >= a.deadline:
                        on_result(a.job, result_row(
                            a.job, "failed", a.started, error_class="Timeout",
                            error_message=f"no result within the {self.call_timeout:g} s per-call limit; actor killed"))
                        a.job = None
                        alive = False
                    elif not a.ready and now >= a.spawned + START_TIMEOUT_S:
                        raise EngineError(f"a Ray actor did not start within {START_TIMEOUT_S:g} s "
                                          f"(not enough CPUs in the cluster?)")
                    if alive:
                        keep.append(a)
                    else:
                        self._kill(a)
                        if pending:
                            keep.append(self._spawn())
                self._actors = keep
                if pending and not self._actors:
                    self._actors = [self._spawn()]
        finally:
            self.close()

    def close(self) -> None:
        for a in self._actors:
            self._kill(a)
        self._actors = []
        if self._started_ray and self.ray.is_initialized():
            self.ray.shutdown()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]
