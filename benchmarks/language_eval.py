"""Measure the language analysers on labelled lines and calls.

    python benchmarks/language_eval.py [--split dev|test|final|holdout|all] [--errors] [--json out.json]
    python benchmarks/language_eval.py --blind [NAME] [--json out.json]

Prints per-family precision/recall/F1 and micro-F1 for empathy phrases, dismissive-phrase
detection, apology F1 (true apologies vs hard negatives) and specific/generic accuracy,
customer frustration AUC, and first-distress / first-apology timing on timed calls.

Default: the dev lines in benchmarks/data/language_dev.json (their errors were read while
the training corpus was written; the build drops any training line close to one of them).
``--blind [NAME]``: a frozen blind set in benchmarks/data/NAME/ (default ``blind``; also
``blind2`` ... ``blind12``: each written by someone who never saw the code). Run a new set
only to report figures, never to tune; ``--errors`` is refused with it, so no blind line is
ever printed. Each call also gets the coaching gate's verdict as for a transcript file with
the speakers labelled (service calls coached, other recordings withheld).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from callcoach.analysis.language.apology import analyze_apologies  # noqa: E402
from callcoach.analysis.language.empathy import find_agent_language  # noqa: E402
from callcoach.analysis.language.banks import EMPATHY_FAMILIES  # noqa: E402
from callcoach.analysis.language.sentiment import analyze_sentiment  # noqa: E402
from callcoach.analysis.language.model import PhraseModel  # noqa: E402
from callcoach.config import LanguageConfig  # noqa: E402
from callcoach.conversation import Conversation, Segment, Word  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "language_dev.json"
SECONDS_PER_WORD = 0.35


def one_line(speaker: str, text: str) -> Conversation:
    """A call of one segment holding ``text``, words spread evenly (no pauses)."""
    return timed_call([[speaker, 0.0, max(1.0, SECONDS_PER_WORD * len(text.split())), text]])


def timed_call(rows: list[list]) -> Conversation:
    segments = []
    for speaker, start, end, text in rows:
        tokens = text.split()
        step = (end - start) / max(len(tokens), 1)
        words = [Word(" " + tok, round(start + i * step, 3), round(start + (i + 1) * step, 3))
                 for i, tok in enumerate(tokens)]
        segments.append(Segment(speaker, start, end, text, words))
    return Conversation(segments, max(r[2] for r in rows))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def auc(labels: list[bool], scores: list[float]) -> float:
    """Probability that a positive outranks a negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def evaluate(model: PhraseModel, config: LanguageConfig, split: str = "all", errors: bool = False) -> dict:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    pick = (lambda x: True) if split == "all" else (lambda x: x["split"] == split)
    agent = [x for x in data["agent"] if pick(x)]
    customer = [x for x in data["customer"] if pick(x)]

    counts = {f: [0, 0, 0] for f in EMPATHY_FAMILIES}
    neg = [0, 0, 0]
    neg_category_right = 0
    apo = [0, 0, 0]
    specific_right = specific_total = 0
    for line in agent:
        conv = one_line("agent", line["text"])
        language = find_agent_language(conv, config, model, line.get("customer_name"))
        predicted = {f.category for f in language.of("empathy")}
        gold = set(line["families"])
        for family in EMPATHY_FAMILIES:
            counts[family][0] += family in predicted and family in gold
            counts[family][1] += family in predicted and family not in gold
            counts[family][2] += family not in predicted and family in gold
        negatives = {f.category for f in language.of("negative")}
        gold_negative = line["negative"]
        neg[0] += bool(negatives) and bool(gold_negative)
        neg[1] += bool(negatives) and not gold_negative
        neg[2] += not negatives and bool(gold_negative)
        neg_category_right += bool(gold_negative) and gold_negative in negatives
        apologies = analyze_apologies(conv, config, model=model, language=language)
        is_apology = apologies["count"] > 0
        apo[0] += is_apology and line["apology"]
        apo[1] += is_apology and not line["apology"]
        apo[2] += not is_apology and line["apology"]
        if line["apology"] and is_apology and line["specific"] is not None:
            specific_total += 1
            specific_right += apologies["items"][0]["specific"] == line["specific"]
        if errors and (predicted != gold or bool(negatives) != bool(gold_negative)
                       or (gold_negative and gold_negative not in negatives) or is_apology != line["apology"]):
            print(f"  agent  gold={sorted(gold)}/{gold_negative}/apo={line['apology']}  "
                  f"got={sorted(predicted)}/{sorted(negatives)}/apo={is_apology}  | {line['text']}")

    labels, frustration = [], []
    for line in customer:
        score = analyze_sentiment(one_line("customer", line["text"]), config, model=model)["customer"][0]["score"]
        labels.append(line["frustrated"])
        frustration.append(-score)
        if errors and (score <= config.distress_threshold) != line["frustrated"]:
            print(f"  customer gold={line['frustrated']} score={score:+.2f} | {line['text']}")

    timing = []
    for call in data["calls"]:
        rows = call["segments"]
        conv = timed_call(rows)
        result = analyze_apologies(conv, config, model=model)

        def gold_time(ref):
            if ref is None:
                return None
            seg = conv.segments[ref[0]]
            return seg.words[ref[1]].start

        distress_gold, apology_gold = gold_time(call["gold_distress"]), gold_time(call["gold_apology"])
        # The dev set marks the words themselves (the report's turn times are checked on the
        # blind calls, which mark turns): compare the phrase times.
        got_distress = result.get("first_distress_phrase_s", result["first_distress_s"])
        response = result.get("first_response") or {}
        got_latency = (None if got_distress is None or response.get("phrase_start") is None
                       else round(response["phrase_start"] - got_distress, 2))
        if "phrase_start" not in response:
            got_latency = result["first_apology_latency_s"]
        gold_latency = None if apology_gold is None or distress_gold is None else apology_gold - distress_gold
        timing.append({
            "id": call["id"],
            "distress_error_s": None if got_distress is None or distress_gold is None
            else round(abs(got_distress - distress_gold), 2),
            "latency_gold_s": None if gold_latency is None else round(gold_latency, 2),
            "latency_s": got_latency,
            "latency_error_s": (0.0 if got_latency is None and gold_latency is None else
                                None if got_latency is None or gold_latency is None
                                else round(abs(got_latency - gold_latency), 2)),
        })

    per_family = {f: dict(zip(("precision", "recall", "f1"), prf(*counts[f])), support=counts[f][0] + counts[f][2])
                  for f in EMPATHY_FAMILIES}
    micro = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return {
        "split": split,
        "agent_lines": len(agent),
        "customer_lines": len(customer),
        "per_family": per_family,
        "micro": dict(zip(("precision", "recall", "f1"), micro)),
        "dismissive": dict(zip(("precision", "recall", "f1"), prf(*neg)),
                           category_accuracy=neg_category_right / max(1, neg[0] + neg[2])),
        "apology": dict(zip(("precision", "recall", "f1"), prf(*apo)),
                        specific_accuracy=specific_right / max(1, specific_total)),
        "frustration_auc": auc(labels, frustration),
        "timing": timing,
    }


def report(result: dict) -> str:
    lines = [f"== split: {result['split']}  ({result['agent_lines']} agent lines, "
             f"{result['customer_lines']} customer lines)",
             f"{'family':<12} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}"]
    for family, m in result["per_family"].items():
        lines.append(f"{family:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:4d}")
    m = result["micro"]
    lines.append(f"{'micro':<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    d = result["dismissive"]
    lines.append(f"dismissive   P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} "
                 f"category accuracy {d['category_accuracy']:.3f}")
    a = result["apology"]
    lines.append(f"apology      P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
                 f"specific/generic accuracy {a['specific_accuracy']:.3f}")
    lines.append(f"customer frustration AUC {result['frustration_auc']:.3f}")
    for t in result["timing"]:
        lines.append(f"timing {t['id']:<20} distress error {t['distress_error_s']} s, "
                     f"latency {t['latency_s']} (gold {t['latency_gold_s']}), error {t['latency_error_s']} s")
    return "\n".join(lines)


BLIND = ROOT / "benchmarks" / "data" / "blind"


def _synthetic_call(segments: list[dict]) -> Conversation:
    """A call from blind segments (speaker, start, end, text): words spread over each segment
    by character count, as the analysers do for a transcript without word times."""
    rows = [[s["speaker"], float(s["start"]), float(s["end"]), s["text"]] for s in segments]
    conv = timed_call(rows)
    for seg in conv.segments:
        tokens = seg.text.split()
        total = sum(len(t) + 1 for t in tokens) or 1
        pos, words = 0, []
        for tok in tokens:
            a = seg.start + seg.duration * pos / total
            pos += len(tok) + 1
            words.append(Word(" " + tok, round(a, 3), round(seg.start + seg.duration * (pos - 1) / total, 3)))
        seg.words = words
    return conv


def evaluate_blind(model: PhraseModel, config: LanguageConfig, folder: Path = BLIND) -> dict:
    """Figures on the blind set: lines (empathy, apologies, dismissive, frustration AUC) and
    calls (first distress and first apology/acknowledgement within 1 s, the neutral and
    non-service calls without distress, the non-English call judged or declined)."""
    from callcoach.analysis.language.languages import call_language
    from callcoach.coaching.gate import assess_fitness

    data = json.loads((folder / "lines.json").read_text(encoding="utf-8"))
    counts = {f: [0, 0, 0] for f in EMPATHY_FAMILIES}
    neg, neg_right, apo = [0, 0, 0], 0, [0, 0, 0]
    specific_right = specific_total = 0
    by_style = {False: [0, 0, 0], True: [0, 0, 0]}
    for line in data["agent"]:
        conv = one_line("agent", line["text"])
        language = find_agent_language(conv, config, model)
        predicted = {f.category for f in language.of("empathy")}
        gold = set(line["families"])
        for family in EMPATHY_FAMILIES:
            cell = (0 if family in predicted and family in gold else 1 if family in predicted
                    else 2 if family in gold else None)
            if cell is not None:
                counts[family][cell] += 1
                by_style[bool(line.get("asr"))][cell] += 1
        negatives = {f.category for f in language.of("negative")}
        gold_negative = line.get("negative")
        neg[0] += bool(negatives) and bool(gold_negative)
        neg[1] += bool(negatives) and not gold_negative
        neg[2] += not negatives and bool(gold_negative)
        neg_right += bool(gold_negative) and gold_negative in negatives
        apologies = analyze_apologies(conv, config, model=model, language=language)
        is_apology = apologies["count"] > 0
        apo[0] += is_apology and line["apology"]
        apo[1] += is_apology and not line["apology"]
        apo[2] += not is_apology and line["apology"]
        if line["apology"] and is_apology and line.get("specific") is not None:
            specific_total += 1
            specific_right += apologies["items"][0]["specific"] == line["specific"]
    labels, frustration = [], []
    for line in data["customer"]:
        score = analyze_sentiment(one_line("customer", line["text"]), config, model=model)["customer"][0]["score"]
        labels.append(bool(line["distress"]))
        frustration.append(-score)
    distress_hits = sum((-f <= config.distress_threshold) == y for f, y in zip(frustration, labels))

    calls = []
    for path in sorted((folder / "calls").glob("*.json")):
        call = json.loads(path.read_text(encoding="utf-8"))
        truth = call["truth"]
        conv = _synthetic_call(call["segments"])
        lang = call_language(conv, given_code=call.get("language"))
        # The coaching gate as for a transcript file with the two speakers labelled.
        gate = assess_fitness({"call": {"diarization": "transcript", "roles": {"method": "given"},
                                        "duration_s": call["segments"][-1]["end"], "language": lang},
                               "segments": call["segments"]})
        row = {"id": call["id"], "language": lang["code"], "judged": lang["supported"],
               "service_call": truth.get("service_call", True), "coached": gate["ok"]}
        if lang["supported"]:
            language = find_agent_language(conv, config, model)
            result = analyze_apologies(conv, config, model=model, language=language)
            got_d = result["first_distress_s"]
            got_a = result["first_response"]["start"] if result["first_response"] else None
            want_d, want_a = truth.get("first_distress_s"), truth.get("first_apology_s")

            def right(got, want):
                return (got is None and want is None) or (got is not None and want is not None
                                                          and abs(got - want) <= 1.0)

            def segment_of(t):
                if t is None:
                    return None
                return min(range(len(conv.segments)), key=lambda i: (not (conv.segments[i].start - 0.01 <= t
                                                                            <= conv.segments[i].end + 0.01),
                                                                       abs(conv.segments[i].start - t)))
            row.update({
                "first_distress_s": got_d, "truth_first_distress_s": want_d, "distress_within_1s": right(got_d, want_d),
                "distress_segment_right": segment_of(got_d) == truth.get("first_distress_segment"),
                "first_apology_s": got_a, "truth_first_apology_s": want_a, "apology_within_1s": right(got_a, want_a),
                "apology_segment_right": segment_of(got_a) == truth.get("first_apology_segment"),
                "apology_count": result["count"], "truth_apology_segments": len(truth.get("apology_segments", [])),
            })
        calls.append(row)
    judged = [c for c in calls if c["judged"]]
    per_family = {f: dict(zip(("precision", "recall", "f1"), prf(*counts[f])), support=counts[f][0] + counts[f][2])
                  for f in EMPATHY_FAMILIES}
    return {
        "split": folder.name,
        "agent_lines": len(data["agent"]),
        "customer_lines": len(data["customer"]),
        "per_family": per_family,
        "micro": dict(zip(("precision", "recall", "f1"), prf(*(sum(c[i] for c in counts.values()) for i in range(3))))),
        "micro_asr": dict(zip(("precision", "recall", "f1"), prf(*by_style[True]))),
        "micro_written": dict(zip(("precision", "recall", "f1"), prf(*by_style[False]))),
        "dismissive": dict(zip(("precision", "recall", "f1"), prf(*neg)),
                           category_accuracy=neg_right / max(1, neg[0] + neg[2])),
        "apology": dict(zip(("precision", "recall", "f1"), prf(*apo)),
                        specific_accuracy=specific_right / max(1, specific_total)),
        "frustration_auc": auc(labels, frustration),
        "distress_accuracy_at_threshold": distress_hits / max(1, len(labels)),
        "calls": calls,
        "calls_distress_within_1s": sum(c["distress_within_1s"] for c in judged) / max(1, len(judged)),
        "calls_apology_within_1s": sum(c["apology_within_1s"] for c in judged) / max(1, len(judged)),
        # The labels mark turns; the analysers give the sentence, which in a long turn starts later.
        "calls_distress_turn_right": sum(c["distress_segment_right"] for c in judged) / max(1, len(judged)),
        "calls_apology_turn_right": sum(c["apology_segment_right"] for c in judged) / max(1, len(judged)),
        "gate_service_coached": [sum(c["coached"] for c in calls if c["service_call"]),
                                 sum(1 for c in calls if c["service_call"])],
        "gate_other_withheld": [sum(not c["coached"] for c in calls if not c["service_call"]),
                                sum(1 for c in calls if not c["service_call"])],
        "timing": [],
    }


def report_blind(result: dict) -> str:
    lines = [report(result)]
    for key in ("micro_written", "micro_asr"):
        m = result[key]
        lines.append(f"{key:<14} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
    lines.append(f"customer distress accuracy at the threshold {result['distress_accuracy_at_threshold']:.3f}")
    for c in result["calls"]:
        if not c["judged"]:
            lines.append(f"call {c['id']:<45} {c['language']}: declined")
            continue
        lines.append(f"call {c['id']:<45} {c['language']} distress {c['first_distress_s']} (truth "
                     f"{c['truth_first_distress_s']}) {'ok' if c['distress_within_1s'] else 'MISS'}; "
                     f"first apology/ack {c['first_apology_s']} (truth {c['truth_first_apology_s']}) "
                     f"{'ok' if c['apology_within_1s'] else 'MISS'}; apologies {c['apology_count']} "
                     f"(truth segments {c['truth_apology_segments']})")
    lines.append(f"calls: first distress within 1 s {result['calls_distress_within_1s']:.2f}, "
                 f"first apology within 1 s {result['calls_apology_within_1s']:.2f}")
    lines.append(f"calls: first distress in the labelled turn {result['calls_distress_turn_right']:.2f}, "
                 f"first apology in the labelled turn {result['calls_apology_turn_right']:.2f}")
    (coached, service), (withheld, other) = result["gate_service_coached"], result["gate_other_withheld"]
    lines.append(f"coaching gate (transcript input): service calls coached {coached}/{service}, "
                 f"other recordings withheld {withheld}/{other}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "final", "holdout", "all"), default=None,
                        help="which labelled lines (default: dev, test and all)")
    parser.add_argument("--errors", action="store_true", help="print every line the analysers got wrong")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--blind", nargs="?", const="blind", default=None, metavar="NAME",
                        help="measure on a frozen blind set, benchmarks/data/NAME (default blind; report only)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    model = PhraseModel()
    config = LanguageConfig()
    if args.blind:
        if args.errors:
            parser.error("--errors is not available on the blind set: its lines are never printed")
        folder = ROOT / "benchmarks" / "data" / args.blind
        if not args.blind.startswith("blind") or not (folder / "lines.json").exists():
            parser.error(f"no blind set at {folder}")
        result = evaluate_blind(model, config, folder)
        print(report_blind(result))
        print(f"({time.perf_counter() - t0:.1f} s)")
        if args.json:
            args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
        return
    results = [evaluate(model, config, split, args.errors) for split in ([args.split] if args.split
                                                                          else ["dev", "test", "final", "holdout", "all"])]
    for result in results:
        print(report(result))
    print(f"({time.perf_counter() - t0:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
