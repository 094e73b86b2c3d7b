"""Peak memory and wall time of `callcoach analyze` on long mono calls.

Builds mono calls of the given lengths by repeating audio_samples/call_mono_16k.wav (the
same two voices, with the level varied a little and a pause between repeats), runs
`callcoach analyze` on each in a fresh process and samples its resident memory (VmRSS)
every 0.2 s. Prints, per length: wall time, the peak of those samples, the true peak
(the kernel's high-water mark, ``ru_maxrss`` of the finished process: what /usr/bin/time
reports), the audio's own size as float32 at 16 kHz, and the true peak minus that, so
growth with call length is easy to see. Figures are MiB (2**20 bytes).

Usage: python benchmarks/long_call.py [--minutes 10 30 120] [--keep]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "audio_samples" / "call_mono_16k.wav"


def build_call(minutes: float, path: Path) -> float:
    """Write a mono 16 kHz call of about ``minutes`` minutes to ``path``; return its length in s."""
    audio, sr = sf.read(SOURCE, dtype="float32")
    rng = np.random.default_rng(7)
    target = int(minutes * 60 * sr)
    with sf.SoundFile(path, "w", samplerate=sr, channels=1, subtype="PCM_16") as out:
        written = 0
        while written < target:
            gain = 10 ** (rng.uniform(-3, 3) / 20)
            pause = np.zeros(int(rng.uniform(0.5, 2.0) * sr), dtype=np.float32)
            piece = np.concatenate([audio * gain, pause])[: target - written]
            out.write(piece)
            written += len(piece)
    return target / sr


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(path: Path, out: Path) -> tuple[float, float, float, int]:
    """Wall seconds, sampled peak RSS and high-water mark in MiB, exit code of one `callcoach analyze`."""
    cmd = [sys.executable, "-m", "callcoach.cli", "analyze", str(path), "--out", str(out), "--format", "json"]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:  # a file, so a chatty child never blocks on a full pipe
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors, text=True,
                                env={**os.environ, "PYANNOTE_METRICS_ENABLED": "false"})
        peak, hwm = 0.0, float("nan")
        while True:
            peak = max(peak, rss_mb(proc.pid))
            try:  # wait4 gives this child's own high-water mark
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: the exit code is known, the mark is not
                proc.wait()
                break
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                hwm = usage.ru_maxrss / 1024
                break
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            errors.seek(0)
            print(errors.read()[-2000:], file=sys.stderr)
    return wall, peak, hwm, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, nargs="+", default=[10, 30, 120])
    parser.add_argument("--keep", action="store_true", help="keep the generated calls")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="callcoach-long-"))
    print(f"{'minutes':>7} {'wall s':>8} {'x RT':>6} {'sampled MiB':>12} {'peak MiB':>9} {'audio MiB':>9} "
          f"{'peak - audio':>13}")
    for minutes in args.minutes:
        path = work / f"mono_{minutes:g}min.wav"
        duration = build_call(minutes, path)
        wall, peak, hwm, rc = run(path, work / "reports")
        audio_mb = duration * 16000 * 4 / 2**20
        status = "" if rc == 0 else f"  (exit code {rc})"
        print(f"{minutes:7g} {wall:8.1f} {duration / wall:6.1f} {peak:12.0f} {hwm:9.0f} {audio_mb:9.0f} "
              f"{hwm - audio_mb:13.0f}{status}", flush=True)
        if not args.keep:
            path.unlink()
    if args.keep:
        print(f"calls kept in {work}")


if __name__ == "__main__":
    main()
