"""Throughput of `callcoach batch`: 1 vs 2 local workers, and Ray vs local, on the same calls.

Builds N calls (default 40) from audio_samples/ (the two stereo calls and the mono call,
each copy with its level varied, 0-1.5 s of lead-in added and a little noise, so no two
files are byte-identical), then runs the batch on them with each configuration into a
fresh output folder and prints, per run: wall time, calls per hour, calls per hour per
core, audio seconds per wall second, and the peak resident memory of the largest worker.
The 1-vs-2 wall ratio is the scaling figure docs/batch.md quotes.

Usage: python benchmarks/batch_scaling.py [--calls 40] [--runs local:1 local:2 ray:2] [--keep]
Takes about 20 minutes on a 2-core machine with the defaults.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["call_stereo_8k.wav", "call_stereo_16k_calm.wav", "call_mono_16k.wav"]


def build_calls(folder: Path, n: int, seed: int = 7) -> float:
    """Write ``n`` varied calls under ``folder`` (two sub-folders); return total audio seconds."""
    rng = np.random.default_rng(seed)
    total = 0.0
    for i in range(n):
        src = ROOT / "audio_samples" / SOURCES[i % len(SOURCES)]
        audio, sr = sf.read(src, dtype="float32", always_2d=True)
        lead = np.zeros((int(rng.uniform(0.0, 1.5) * sr), audio.shape[1]), dtype=np.float32)
        out = np.concatenate([lead, audio * rng.uniform(0.7, 1.3)])
        out += rng.normal(0, 1e-3, out.shape).astype(np.float32)
        out = np.clip(out, -1, 1)
        target = folder / f"day{i % 4}" / f"call{i:03d}.wav"
        target.parent.mkdir(parents=True, exist_ok=True)
        sf.write(target, out, sr, subtype="PCM_16")
        total += len(out) / sr
    return total


def run(archive: Path, out: Path, engine: str, workers: int, threads: int | None = None) -> dict:
    from callcoach.batch.runner import BatchOptions, run_batch

    started = time.perf_counter()
    result = run_batch(BatchOptions([archive], out, workers=workers, engine=engine, formats=["json"],
                                    call_timeout=1800, threads=threads))
    wall = time.perf_counter() - started
    return {"wall": wall, "done": result.done, "failed": result.failed, "cores": result.workers * result.threads,
            "threads": result.threads, "peak_mb": max(result.peak_rss_mb.values(), default=0.0)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--runs", nargs="+", default=["local:1", "local:2", "ray:2"],
                        help="engine:workers per run (engine local or ray)")
    parser.add_argument("--threads-per-worker", type=int, default=None,
                        help="fix the threads of every worker (1: scale-out of single-threaded workers); "
                             "default shares the CPUs between the workers")
    parser.add_argument("--keep", action="store_true", help="keep the generated calls and outputs")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="callcoach-batch-bench-"))
    try:
        archive = tmp / "archive"
        audio_s = build_calls(archive, args.calls)
        print(f"{args.calls} calls, {audio_s / 60:.1f} min of audio, in {archive}")
        results = {}
        for spec in args.runs:
            engine, workers = spec.split(":")
            if engine == "ray":
                try:
                    import ray  # noqa: F401
                except ImportError:
                    print(f"{spec}: skipped (ray not installed)")
                    continue
            r = run(archive, tmp / f"out-{engine}-{workers}", engine, int(workers), args.threads_per_worker)
            results[spec] = r
            per_hour = r["done"] / r["wall"] * 3600
            print(f"{spec:>8}: {r['wall']:7.1f} s wall, {r['done']} done, {r['failed']} failed, "
                  f"{per_hour:6.0f} calls/h, {per_hour / max(1, r['cores']):6.0f} calls/h/core "
                  f"({r['cores']} cores, {r['threads']} thread(s)/worker), "
                  f"{audio_s / r['wall']:.1f}x real time, peak worker RSS {r['peak_mb']:.0f} MB", flush=True)
        if "local:1" in results and "local:2" in results:
            ratio = results["local:1"]["wall"] / results["local:2"]["wall"]
            print(f"scaling: 2 workers ran {ratio:.2f}x faster than 1 (wall ratio "
                  f"{results['local:2']['wall'] / results['local:1']['wall']:.2f})")
        for spec in results:
            if spec.startswith("ray:") and f"local:{spec.split(':')[1]}" in results:
                local = results[f"local:{spec.split(':')[1]}"]
                print(f"ray vs local ({spec.split(':')[1]} workers): "
                      f"{results[spec]['wall'] / local['wall']:.2f}x the local wall time")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
