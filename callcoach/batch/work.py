"""The unit of work of a batch, shared by the local and the Ray engine.

A :class:`Job` (paths in) goes to a long-lived :class:`Worker` that holds one Coach (models
load once per worker), analyses the call, writes the report set itself (atomically, via
:func:`callcoach.report.write.write_report_set`) and returns a small status row. The row,
not the report, travels back to the driver, which alone writes the ledger.

Threads are set here, before numpy/torch/CTranslate2/onnxruntime are imported in the
worker: several workers each using every core would oversubscribe the CPU and run slower
than one.
"""
from __future__ import annotations

import dataclasses
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEST_HOOKS_ENV = "CALLCOACH_BATCH_TEST_HOOKS"
"""When set to 1, a transcript's ``"callcoach_test_hook"`` object may make its worker exit
or sleep (used by the tests to simulate a crashed or stuck worker; off otherwise)."""

THREAD_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS")


@dataclass
class Job:
    """One call to analyse: everything a worker needs, all picklable and small."""

    call_id: str
    path: str
    kind: str
    """``audio`` or ``transcript``."""
    stem: str
    calls_dir: str
    formats: list[str]
    metadata: dict[str, Any] = field(default_factory=dict)


def result_row(job: Job, status: str, started: float, *, outputs: list[str] | None = None,
               error: BaseException | None = None, error_class: str | None = None,
               error_message: str | None = None, duration_s: float | None = None) -> dict[str, Any]:
    """The small status row a worker (or the driver, for a killed worker) returns."""
    finished = time.time()
    if error is not None:
        error_class = error_class or type(error).__name__
        error_message = error_message or str(error) or type(error).__name__
    return {"call_id": job.call_id, "status": status, "started": started, "finished": finished,
            "seconds": round(finished - started, 3), "outputs": outputs or [],
            "error_class": error_class, "error_message": (error_message or None) and error_message[:2000],
            "duration_s": duration_s, "pid": os.getpid()}


def set_thread_env(threads: int) -> None:
    """Thread counts for OpenMP/MKL/OpenBLAS (torch, onnxruntime, librosa's numpy) in this
    process. Must run before those libraries are imported."""
    for name in THREAD_ENV:
        os.environ[name] = str(threads)


def apply_threads(config: Any, threads: int) -> Any:
    """A copy of ``config`` with CTranslate2 and diarisation threads pinned to ``threads``."""
    cfg = dataclasses.replace(config)
    cfg.asr = dataclasses.replace(config.asr)
    cfg.diarization = dataclasses.replace(config.diarization)
    if hasattr(cfg.asr, "cpu_threads"):
        cfg.asr.cpu_threads = threads
    else:  # pragma: no cover - older configs: CTranslate2 reads OMP_NUM_THREADS
        os.environ["CT2_NUM_THREADS"] = str(threads)
    if hasattr(cfg.diarization, "threads"):
        cfg.diarization.threads = threads
    return cfg


def _set_torch_threads(threads: int) -> None:
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is a dependency
        return
    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set, or parallel work already ran
        pass


def _test_hook(job: Job) -> None:
    """Simulated crash or hang, for the tests only (see :data:`TEST_HOOKS_ENV`)."""
    if os.environ.get(TEST_HOOKS_ENV) != "1" or job.kind != "transcript":
        return
    import json

    try:
        hook = json.loads(Path(job.path).read_text(encoding="utf-8")).get("callcoach_test_hook")
    except (OSError, ValueError, AttributeError):
        return
    if not isinstance(hook, dict):
        return
    if "sleep" in hook:
        time.sleep(float(hook["sleep"]))
    if "exit" in hook:
        os._exit(int(hook["exit"]))


class Worker:
    """One Coach, reused for every call this worker gets."""

    def __init__(self, config: Any, threads: int, warm: bool = True):
        set_thread_env(threads)
        self.threads = threads
        self.config = apply_threads(config, threads)
        _set_torch_threads(threads)
        from ..pipeline import Coach

        self.coach = Coach(self.config)
        self.calls = 0
        if warm:
            self.warm_up()

    def warm_up(self) -> None:
        """Load the phrase model now, so the first call's time limit is not spent on it."""
        try:
            self.coach.phrase_model
        except Exception:  # the call that needs it reports the error
            pass

    def run(self, job: Job) -> dict[str, Any]:
        """Analyse one call and write its reports; never raises for a bad call."""
        from ..errors import CallcoachError
        from ..report.write import write_report_set

        started = time.time()
        self.calls += 1
        stereo = self.coach.config.stereo
        saved_channel = stereo.agent_channel
        try:
            _test_hook(job)
            meta = {k: v for k, v in job.metadata.items() if k in ("agent_id", "customer_name")}
            if job.metadata.get("agent_channel") is not None:
                stereo.agent_channel = job.metadata["agent_channel"]
            if job.kind == "transcript":
                report = self.coach.analyze_transcript(job.path, call_id=job.call_id, metadata=meta)
            else:
                report = self.coach.analyze(job.path, call_id=job.call_id, metadata=meta)
            extra = {k: job.metadata[k] for k in ("queue", "started_at") if job.metadata.get(k)}
            if extra:
                report["call"].setdefault("batch", {}).update(extra)
            written = write_report_set(report, job.calls_dir, stem=job.stem, formats=job.formats)
            outputs = [str(p) for p in written]
            return result_row(job, "done", started, outputs=outputs,
                              duration_s=report["call"].get("duration_s"))
        except CallcoachError as exc:
            return result_row(job, "failed", started, error=exc)
        except MemoryError as exc:
            return result_row(job, "failed", started, error=exc, error_message="out of memory")
        except Exception as exc:  # a bug in the analysis: one call fails, the run goes on
            tail = traceback.format_exception(type(exc), exc, exc.__traceback__)[-3:]
            return result_row(job, "failed", started, error=exc,
                              error_message=f"internal error: {exc} | {''.join(tail).strip()}")
        finally:
            stereo.agent_channel = saved_channel


def plan_workers(workers: str | int, cores: int | None = None, mem_bytes: int | None = None,
                 per_worker_bytes: float = 2.5e9, threads: int | None = None) -> tuple[int, int]:
    """(workers, threads per worker). ``auto``: as many single-threaded workers as the CPUs
    this process may use and the available memory (~2.5 GB per worker) allow; a fixed
    count shares the CPUs between them."""
    cores = cores or usable_cpus()
    if workers == "auto":
        mem = mem_bytes if mem_bytes is not None else available_memory()
        by_mem = max(1, int(mem // per_worker_bytes)) if mem else cores
        n = max(1, min(cores, by_mem))
    else:
        n = max(1, int(workers))
    return n, (max(1, int(threads)) if threads else max(1, cores // n))


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """MemAvailable, capped by a cgroup v2 memory limit when there is one."""
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit.isdigit():
            mem = min(mem or int(limit), int(limit))
    except OSError:
        pass
    return mem
