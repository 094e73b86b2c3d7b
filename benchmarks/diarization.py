"""DER and speed of the bundled mono diarisation on pyannote's own sample (sample.wav + sample.rttm).

Prints, for the fast and accurate modes, DER at collar 0 and 0.25 (pyannote.metrics, with
missed speech / false alarm / confusion), and the diarisation time as a multiple of real time.

Usage: python benchmarks/diarization.py [--modes fast accurate]
"""
from __future__ import annotations

import argparse
import os
import time

import soundfile as sf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=["fast", "accurate"], choices=["fast", "accurate"])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="torch threads (callcoach analyze uses a quarter of the cores, at least 1, "
                             "because Whisper runs alongside); default: all cores")
    args = parser.parse_args()
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
    import pyannote.audio
    from pyannote.core import Annotation, Segment
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate

    from callcoach.cli import DIARIZATION_STEPS
    from callcoach.config import Config
    from callcoach.speech.pyannote.diarizer import load_diarizer

    folder = os.path.join(os.path.dirname(pyannote.audio.__file__), "sample")
    reference = next(iter(load_rttm(os.path.join(folder, "sample.rttm")).values()))
    audio, sr = sf.read(os.path.join(folder, "sample.wav"), dtype="float32")
    duration = len(audio) / sr
    print(f"pyannote sample: {duration:.1f} s, 2 speakers; {args.threads} torch thread(s)")
    print(f"{'mode':9} {'step':>5} {'DER@0':>7} {'DER@0.25':>9} {'miss s':>7} {'FA s':>6} {'conf s':>7} {'x RT':>6}")
    for mode in args.modes:
        cfg = Config()
        cfg.diarization.step = DIARIZATION_STEPS[mode]
        cfg.diarization.threads = args.threads
        diarizer = load_diarizer(cfg)
        diarizer(audio[: sr * 5])  # warm up
        t0 = time.perf_counter()
        result = diarizer(audio)
        elapsed = time.perf_counter() - t0
        hyp = Annotation()
        for label, turns in result.turns.items():
            for i, (start, end) in enumerate(turns):
                hyp[Segment(start, end), f"{label}-{i}"] = label
        d0 = DiarizationErrorRate(collar=0.0)(reference, hyp, detailed=True)
        d25 = DiarizationErrorRate(collar=0.25)(reference, hyp)
        print(f"{mode:9} {cfg.diarization.step:5.1f} {d0['diarization error rate']:7.3f} {d25:9.3f} "
              f"{d0['missed detection']:7.2f} {d0['false alarm']:6.2f} {d0['confusion']:7.2f} "
              f"{duration / elapsed:6.1f}")


if __name__ == "__main__":
    main()
