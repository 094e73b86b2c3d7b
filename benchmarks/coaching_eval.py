"""Coaching against ground truth on labelled call transcripts (default: the frozen blind set).

For every call in the folder (JSON with ``segments`` and a ``truth`` block, as in
``benchmarks/data/blind/calls/``) the transcript is analysed as ``callcoach analyze
--transcript`` would, and the report is checked against the truth:

* a call that is not a service call (``truth.service_call`` false) must not be coached;
* a call in a language the analysers do not read must be declined, never judged in English;
* a service call must get no tip that its truth contradicts: "never apologised" when the
  truth has an apology after the distress, "moved on"/"late" when the truth's first apology
  came within the window, a dismissive-phrase tip where the truth has no dismissive line;
* first distress and first apology times within 1 s of the truth.

Prints one line per call and a summary. Usage:
    python benchmarks/coaching_eval.py [FOLDER]
Measure only; never tune on the blind set.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from callcoach import Coach  # noqa: E402


def check(report: dict, truth: dict, language: str) -> list[str]:
    problems: list[str] = []
    coachable = report["call"].get("coachable", {})
    coaching = report.get("coaching", {})
    tips = coaching.get("improvements", []) + coaching.get("other_improvements", [])
    kinds = {t["kind"] for t in tips}
    if not truth.get("service_call", True):
        if coachable.get("ok") is not False:
            problems.append("not a service call, but coached")
        return problems
    if language != "en":
        judged = coachable.get("ok") is not False and (kinds or coaching.get("strengths"))
        declined = coachable.get("ok") is False or report.get("empathy") is None
        if judged and not declined:
            problems.append(f"{language} call judged with English rules")
        return problems
    if coachable.get("ok") is False:
        problems.append("service call not coached: " + "; ".join(coachable.get("reasons", [])))
    apologies = report.get("apologies") or {}
    if truth.get("first_apology_s") is not None and "unacknowledged_distress" in kinds:
        problems.append("tip says the agent never apologised; the truth has an apology")
    if truth.get("first_distress_s") is None and kinds & {"unacknowledged_distress", "late_acknowledgement", "moved_on"}:
        problems.append(f"distress tips on a call without distress: {sorted(kinds)}")
    if not truth.get("negative_segments") and "dismissive_phrase" in kinds:
        problems.append("dismissive-phrase tip where the truth has none")
    for name, got_key in (("first_distress_s", "first_distress_s"),):
        want, got = truth.get(name), apologies.get(got_key)
        if (want is None) != (got is None) or (want is not None and abs(want - got) > 1.0):
            problems.append(f"{name}: truth {want}, report {got}")
    want = truth.get("first_apology_s")
    latency, distress = apologies.get("first_apology_latency_s"), apologies.get("first_distress_s")
    got = None if latency is None or distress is None else distress + latency
    if (want is None) != (got is None) or (want is not None and abs(want - got) > 1.0):
        problems.append(f"first_apology_s: truth {want}, report {got}")
    return problems


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "data" / "blind" / "calls"
    coach = Coach()
    bad = 0
    files = sorted(folder.glob("*.json"))
    for path in files:
        data = json.loads(path.read_text())
        report = coach.analyze_transcript(path)
        problems = check(report, data.get("truth", {}), data.get("language", "en"))
        bad += bool(problems)
        print(f"{path.stem:45s} {'ok' if not problems else '; '.join(problems)}")
    print(f"\n{len(files) - bad} of {len(files)} calls with no contradiction")


if __name__ == "__main__":
    main()
