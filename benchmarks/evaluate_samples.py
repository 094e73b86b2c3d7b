"""Print diarisation error, word error and role accuracy of `callcoach analyze` on audio_samples/.

Usage: python benchmarks/evaluate_samples.py [--asr-model base] [FILE.wav ...]
Each FILE needs a FILE.truth.json beside it (see audio_samples/README.md).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from callcoach import Coach, Config
from callcoach.evaluate import diarization_error_rate, speaker_wer

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--asr-model", default="base")
    parser.add_argument("--agent-channel", default="auto")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "audio_samples").glob("*.wav"))
    cfg = Config()
    cfg.asr.model = args.asr_model
    cfg.stereo.agent_channel = args.agent_channel if args.agent_channel == "auto" else int(args.agent_channel)
    coach = Coach(cfg)
    print(f"{'file':32} {'DER@0.25':>9} {'DER@0':>7} {'WER':>6} {'roles':>6} {'wall s':>7}")
    for wav in files:
        truth = json.loads(wav.with_suffix(".truth.json").read_text())
        t0 = time.perf_counter()
        report = coach.analyze(wav)
        wall = time.perf_counter() - t0
        der25 = diarization_error_rate(truth["segments"], report["segments"], collar=0.25)
        der0 = diarization_error_rate(truth["segments"], report["segments"], collar=0.0)
        w = speaker_wer(truth["segments"], report["segments"])
        roles = "ok" if der25 < 0.5 else "SWAP"
        print(f"{wav.name:32} {der25:9.3f} {der0:7.3f} {w['overall']:6.3f} {roles:>6} {wall:7.1f}")


if __name__ == "__main__":
    main()
