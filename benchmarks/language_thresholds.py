"""Empathy micro-F1 on development lines as each family's threshold moves.

    python benchmarks/language_thresholds.py [--sets blind,...,blind7] [--families own,personalize]
    python benchmarks/language_thresholds.py --try own=0.8,personalize=0.7 --try own=0.7

Development sets only: blind sets v1-v7 have been read since their first-sight figures
(docs/measurements.md) and are where benchmarks/data/language_train/fit.py's
DEVELOPMENT_THRESHOLDS were last chosen. Never point it at a set that is still unseen: its
first-sight figures would no longer be first sight.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from language_eval import one_line, prf

from callcoach.analysis.language.banks import EMPATHY_FAMILIES
from callcoach.analysis.language.empathy import find_agent_language
from callcoach.analysis.language.model import PhraseModel
from callcoach.config import LanguageConfig

DEVELOPMENT = "blind,blind2,blind3,blind4,blind5,blind6,blind7"
STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=DEVELOPMENT, help="comma-separated folders under benchmarks/data/")
    parser.add_argument("--families", default=",".join(f for f in EMPATHY_FAMILIES if f != "apologize"),
                        help="families to sweep one at a time (apologies have their own bars)")
    parser.add_argument("--try", dest="tries", action="append", default=[], metavar="F=T,...",
                        help="score these thresholds together instead of sweeping")
    args = parser.parse_args()

    config, model = LanguageConfig(), PhraseModel()
    model.memo_size = 1_000_000
    head = model.head("families")
    base = dict(head.thresholds)
    lines = [x for name in args.sets.split(",")
             for x in json.loads((ROOT / "benchmarks" / "data" / name / "lines.json").read_text("utf-8"))["agent"]]
    calls = [one_line("agent", x["text"]) for x in lines]

    def score() -> tuple[float, dict[str, float]]:
        counts = {f: [0, 0, 0] for f in EMPATHY_FAMILIES}
        for line, conv in zip(lines, calls):
            got = {f.category for f in find_agent_language(conv, config, model).of("empathy")}
            for f in EMPATHY_FAMILIES:
                counts[f][0] += f in got and f in line["families"]
                counts[f][1] += f in got and f not in line["families"]
                counts[f][2] += f not in got and f in line["families"]
        micro = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))[2]
        return micro, {f: round(prf(*c)[2], 3) for f, c in counts.items()}

    micro, per = score()
    print(f"{len(lines)} agent lines from {args.sets}")
    print(f"shipped thresholds {base}: micro-F1 {micro:.4f} {per}")
    if args.tries:
        for spec in args.tries:
            head.thresholds.clear()
            head.thresholds.update(base)
            head.thresholds.update({k: float(v) for k, v in (kv.split("=") for kv in spec.split(",") if kv)})
            micro, per = score()
            print(f"{spec}: micro-F1 {micro:.4f} {per}")
        return
    for family in args.families.split(","):
        for t in STEPS:
            head.thresholds[family] = t
            micro, per = score()
            print(f"{family} {t:.2f}: micro-F1 {micro:.4f}, {family} F1 {per[family]:.3f}")
        head.thresholds[family] = base[family]


if __name__ == "__main__":
    main()
