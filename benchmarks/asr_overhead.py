"""Wall time of `callcoach analyze` against faster-whisper alone on the same file.

Both run as fresh processes (imports and model loading included), with the same model,
compute type, threads, language, beam size and word timestamps. Prints each run, the
medians, their ratio and audio-seconds per CPU-second.

Usage: python benchmarks/asr_overhead.py [FILE] [--asr-model base] [--repeats 3]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WHISPER_ALONE = r'''
import sys, json
from faster_whisper import WhisperModel
from callcoach.config import AsrConfig
from callcoach.speech.transcribe import whisper_options
from callcoach.weights import whisper_model_dir
cfg = AsrConfig(model=sys.argv[2])
model = WhisperModel(whisper_model_dir(cfg.model), device=cfg.device, compute_type=cfg.compute_type,
                     cpu_threads=cfg.cpu_threads)
opts = whisper_options(cfg)
opts["vad_filter"] = sys.argv[3] == "vad"
segments, info = model.transcribe(sys.argv[1], **opts)
n = sum(len(s.words or []) for s in segments)
print(json.dumps({"words": n, "duration": info.duration}))
'''


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the child, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYANNOTE_METRICS_ENABLED": "false"})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "audio_samples" / "call_stereo_8k.wav")
    parser.add_argument("--asr-model", default="base")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--analyze-args", default="", help="extra options for callcoach analyze, e.g. '--diarization accurate'")
    args = parser.parse_args()
    import soundfile as sf

    duration = sf.info(str(args.file)).duration
    out = tempfile.mkdtemp(prefix="callcoach-bench-")
    runs: dict[str, list[tuple[float, float]]] = {"analyze": [], "whisper": [], "whisper+vad": []}
    for i in range(args.repeats):
        # Interleave the runs so machine noise hits all of them alike.
        runs["analyze"].append(timed([sys.executable, "-m", "callcoach.cli", "analyze", str(args.file),
                                      "--out", out, "--asr-model", args.asr_model, *args.analyze_args.split()])[:2])
        runs["whisper"].append(timed([sys.executable, "-c", WHISPER_ALONE, str(args.file), args.asr_model, "novad"])[:2])
        runs["whisper+vad"].append(timed([sys.executable, "-c", WHISPER_ALONE, str(args.file), args.asr_model, "vad"])[:2])
        print(f"run {i + 1}: " + "  ".join(f"{k} {v[-1][0]:.2f} s wall / {v[-1][1]:.2f} s cpu" for k, v in runs.items()))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    print(f"\nfile: {args.file} ({duration:.1f} s of audio), model {args.asr_model}, {args.repeats} runs, medians:")
    for k, (w, c) in med.items():
        print(f"  {k:12} wall {w:6.2f} s   cpu {c:6.2f} s   {duration / c:5.1f} audio-s per CPU-s")
    print(f"ratio analyze / faster-whisper alone (no VAD):   {med['analyze'][0] / med['whisper'][0]:.3f}")
    print(f"ratio analyze / faster-whisper alone (with VAD): {med['analyze'][0] / med['whisper+vad'][0]:.3f}")


if __name__ == "__main__":
    main()
