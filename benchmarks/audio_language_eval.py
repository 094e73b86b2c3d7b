#!/usr/bin/env python3
"""Measure the language analysers from 8 kHz telephone audio of a frozen blind set.

    .venv/bin/python benchmarks/audio_language_eval.py blind12 [--mono] [--json /tmp/audio_eval/stereo.json]

The calls must first be rendered by benchmarks/render_blind_audio.py (default folder
/tmp/blind_audio/<SET>/). Every call goes through the whole product with the defaults a
user gets (``Coach(Config())``: channels or pyannote diarisation, Whisper ``base`` on the
CPU, models loaded once); ``--mono`` analyses the one-channel mix instead of the stereo file.
The report is mapped back to the blind turns by time: a report phrase, apology, dismissive
phrase or word belongs to the rendered turn its midpoint falls in (else the one it
overlaps most, else the nearest). Then, counted as language_eval.py counts them:

* empathy per turn: predicted families = union of the phrases mapped to the turn; gold =
  the set's ``empathy_segments`` (agent turns; customer turns have none, so a phrase
  mapped to one is a false positive); per-family and micro P/R/F1; apology F1 per turn
  (and specific/generic accuracy); dismissive P/R per turn;
* per call, as language_eval.evaluate_blind: first distress (``first_distress_s``) and
  first apology or acknowledgement (``first_response.start``) within 1 s of the rendered
  start of the truth turn, and in the right turn; the coaching gate (service calls
  coached, other recordings withheld);
* the transcript's word error rate against the written turns (all words in time order,
  speakers ignored; also speaker-attributed), and the role accuracy: the fraction of the
  report's words whose speaker is the role of the turn they fall in.

For comparison the same figures come from the TEXT of the same turns: the product's
language analysers run on each written call (words spread over each turn as
language_eval.py does), mapped back by the written times. ``--compare FILE`` adds the
audio column of an earlier ``--json`` result to the table. ``--reports DIR`` keeps every
report; with ``--reuse`` reports already there are read instead of analysed again.
Report figures only: the blind sets are frozen, never tune on them. The ``--json`` file and
the reports hold what was heard in every blind turn: keep them outside the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from language_eval import _synthetic_call, prf

from callcoach import Coach, Config
from callcoach.analysis.language.banks import EMPATHY_FAMILIES
from callcoach.evaluate import normalise_text, speaker_wer, word_errors

WITHIN_S = 1.0
AGENT = "agent"  # empathy, apology and dismissive phrases are always the agent's
Turn = tuple[str, float, float]  # speaker, start, end (s)


# ---------------------------------------------------------------- mapping by time


def turn_of(turns: list[Turn], start: float, end: float, speaker: str | None = None) -> int:
    """The turn a stretch belongs to: the one its midpoint falls in, else the one it
    overlaps most, else the nearest. Where written turns overlap (closing goodbyes) and the
    midpoint lies in two, a turn of ``speaker`` wins, then the one it overlaps most."""
    mid = (start + end) / 2
    overlaps = [max(0.0, min(end, b) - max(start, a)) for _, a, b in turns]
    inside = [i for i, (_, a, b) in enumerate(turns) if a <= mid <= b]
    if inside:
        return max(inside, key=lambda i: (turns[i][0] == speaker, overlaps[i], turns[i][1]))
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    return min(range(len(turns)), key=lambda i: min(abs(turns[i][1] - mid), abs(turns[i][2] - mid)))


def turn_at(turns: list[Turn], t: float | None) -> int | None:
    """The turn a moment lies in (language_eval's rule: containing it within 0.01 s, else
    the turn whose start is nearest)."""
    if t is None:
        return None
    return min(range(len(turns)), key=lambda i: (not (turns[i][1] - 0.01 <= t <= turns[i][2] + 0.01),
                                                 abs(turns[i][1] - t)))


# ---------------------------------------------------------------- one call


@dataclass
class CallPrediction:
    """What the analysers said about one call, per blind turn."""

    families: dict[int, set[str]] = field(default_factory=dict)
    apologies: dict[int, bool] = field(default_factory=dict)  # turn -> specific (first item)
    negatives: set[int] = field(default_factory=set)
    first_distress_s: float | None = None
    first_response_s: float | None = None
    coached: bool | None = None
    language_supported: bool = True


def predict(report: dict[str, Any], turns: list[Turn]) -> CallPrediction:
    """Map a report's (or report sections') language findings onto the blind turns."""
    empathy = report.get("empathy") or {}
    apologies = report.get("apologies") or {}
    pred = CallPrediction(language_supported=empathy.get("available", True) is not False)
    for phrase in empathy.get("phrases", []):
        pred.families.setdefault(turn_of(turns, phrase["start"], phrase["end"], AGENT), set()).add(phrase["category"])
    for item in apologies.get("items", []):
        pred.apologies.setdefault(turn_of(turns, item["start"], item["end"], AGENT), bool(item["specific"]))
    pred.negatives = {turn_of(turns, n["start"], n["end"], AGENT) for n in empathy.get("negative", [])}
    pred.first_distress_s = apologies.get("first_distress_s")
    pred.first_response_s = (apologies.get("first_response") or {}).get("start")
    coachable = (report.get("call") or {}).get("coachable")
    pred.coached = coachable.get("ok") if isinstance(coachable, dict) else None
    return pred


def within(got: float | None, want: float | None) -> bool:
    """Both absent, or both present and at most WITHIN_S apart."""
    return (got is None and want is None) or (got is not None and want is not None and abs(got - want) <= WITHIN_S)


def score_call(pred: CallPrediction, truth: dict[str, Any], turns: list[Turn]) -> dict[str, Any]:
    """Per-turn counts and per-call verdicts of one call against its blind truth."""
    empathy_gold = {int(k): set(v) for k, v in truth.get("empathy_segments", {}).items()}
    apology_gold = set(truth.get("apology_segments", []))
    negative_gold = {int(k) for k in truth.get("negative_segments", {})}
    counts = {f: [0, 0, 0] for f in EMPATHY_FAMILIES}
    apology, negative = [0, 0, 0], [0, 0, 0]
    specific_right = specific_total = 0
    for i in range(len(turns)):
        got, gold = pred.families.get(i, set()), empathy_gold.get(i, set())
        for family in EMPATHY_FAMILIES:
            cell = 0 if family in got and family in gold else 1 if family in got else 2 if family in gold else None
            if cell is not None:
                counts[family][cell] += 1
        for tally, hit, want in ((apology, i in pred.apologies, i in apology_gold),
                                 (negative, i in pred.negatives, i in negative_gold)):
            tally[0] += hit and want
            tally[1] += hit and not want
            tally[2] += want and not hit
        specific = truth.get("apology_specific", {}).get(str(i))
        if i in apology_gold and i in pred.apologies and specific is not None:
            specific_total += 1
            specific_right += pred.apologies[i] == specific

    def start_of(key: str) -> float | None:
        index = truth.get(key)
        return None if index is None else turns[index][1]

    want_d, want_a = start_of("first_distress_segment"), start_of("first_apology_segment")
    return {
        "counts": counts, "apology": apology, "negative": negative,
        "specific": [specific_right, specific_total],
        "first_distress_s": pred.first_distress_s, "truth_first_distress_s": want_d,
        "distress_within_1s": within(pred.first_distress_s, want_d),
        "distress_turn_right": turn_at(turns, pred.first_distress_s) == truth.get("first_distress_segment"),
        "first_apology_s": pred.first_response_s, "truth_first_apology_s": want_a,
        "apology_within_1s": within(pred.first_response_s, want_a),
        "apology_turn_right": turn_at(turns, pred.first_response_s) == truth.get("first_apology_segment"),
        "service_call": truth.get("service_call", True), "coached": pred.coached,
        "language_supported": pred.language_supported,
        "families_by_turn": {str(i): sorted(v) for i, v in sorted(pred.families.items())},
    }


# ---------------------------------------------------------------- transcript quality


def report_words(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every word of the report with its segment's speaker, in time order."""
    words = [{"speaker": seg["speaker"], "word": w["word"], "start": float(w["start"]), "end": float(w["end"])}
             for seg in report.get("segments", []) for w in seg.get("words") or []]
    return sorted(words, key=lambda w: w["start"])


def word_error_rate(reference: list[str], hypothesis: list[str]) -> tuple[int, int]:
    """(errors, reference words): jiwer when installed, else the project's edit distance."""
    try:
        import jiwer
    except ImportError:
        return word_errors(reference, hypothesis), len(reference)
    if not reference:
        return len(hypothesis), 0
    out = jiwer.process_words(" ".join(reference), " ".join(hypothesis) or "<empty>")
    return out.substitutions + out.deletions + out.insertions, len(reference)


def transcript_quality(report: dict[str, Any], rendered: list[dict[str, Any]]) -> dict[str, Any]:
    """WER against the written turns and the words' role accuracy, per call."""
    turns = [(s["speaker"], s["start"], s["end"]) for s in rendered]
    reference = normalise_text(" ".join(s["text"] for s in rendered))
    hyp_segments = sorted(report.get("segments", []), key=lambda s: s["start"])
    hypothesis = normalise_text(" ".join(s["text"] for s in hyp_segments))
    errors, total = word_error_rate(reference, hypothesis)
    words = report_words(report)
    owner = [turn_of(turns, w["start"], w["end"], w["speaker"]) for w in words]
    right = sum(turns[t][0] == w["speaker"] for w, t in zip(words, owner))
    split_turns = sorted({t for t in owner if len({w["speaker"] for w, o in zip(words, owner) if o == t}) > 1})
    return {"word_errors": errors, "reference_words": total,
            "speaker_wer": speaker_wer(rendered, report.get("segments", [])),
            "role_right_words": right, "words": len(words), "turns_split_across_speakers": split_turns}


def turn_transcripts(report: dict[str, Any], turns: list[Turn]) -> dict[str, list[str]]:
    """What the report heard in each turn, as ``speaker: words`` pieces (for the losses)."""
    pieces: dict[str, list[str]] = {}
    for w in report_words(report):
        key = str(turn_of(turns, w["start"], w["end"], w["speaker"]))
        if not pieces.get(key) or not pieces[key][-1].startswith(w["speaker"] + ":"):
            pieces.setdefault(key, []).append(w["speaker"] + ":")
        pieces[key][-1] += " " + w["word"].strip()
    return pieces


# ---------------------------------------------------------------- the two sources


def text_sections(coach: Coach, call: dict[str, Any]) -> dict[str, Any]:
    """The language sections and the gate from the written turns (as language_eval.py)."""
    from callcoach.analysis.language.languages import call_language
    from callcoach.coaching.gate import assess_fitness

    conversation = _synthetic_call(call["segments"])
    language = call_language(conversation, given_code=call.get("language"))
    sections = coach.analyze_sections(conversation, None, "transcript", {"language": language})
    gate = assess_fitness({"call": {"diarization": "transcript", "roles": {"method": "given"},
                                    "duration_s": call["segments"][-1]["end"], "language": language},
                           "segments": call["segments"]})
    return {**sections, "call": {"coachable": {"ok": gate["ok"], "reasons": gate["reasons"]}}}


def audio_report(coach: Coach, audio: Path, reports: Path | None, reuse: bool) -> tuple[dict[str, Any], float]:
    """The product's report of one recording (read back from ``reports`` with ``reuse``)."""
    kept = reports / f"{audio.stem}.json" if reports else None
    if reuse and kept is not None and kept.exists():
        return json.loads(kept.read_text(encoding="utf-8")), 0.0
    t0 = time.perf_counter()
    report = coach.analyze(str(audio))
    seconds = time.perf_counter() - t0
    if kept is not None:
        kept.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report, seconds


def measure_text(coach: Coach, call: dict[str, Any]) -> dict[str, Any]:
    """One call's scores from its written turns at their written times."""
    written = [(s["speaker"], float(s["start"]), float(s["end"])) for s in call["segments"]]
    return {"id": call["id"], **score_call(predict(text_sections(coach, call), written), call["truth"], written)}


def measure_audio(report: dict[str, Any], rendered: dict[str, Any], seconds: float) -> dict[str, Any]:
    """One call's scores from its report, against the rendered turns."""
    heard = [(s["speaker"], float(s["start"]), float(s["end"])) for s in rendered["segments"]]
    row = {"id": rendered["call_id"], **score_call(predict(report, heard), rendered["blind_truth"], heard)}
    row.update(quality=transcript_quality(report, rendered["segments"]), analyse_s=round(seconds, 1),
               audio_s=rendered["duration"], roles=report["call"].get("roles"),
               heard_by_turn=turn_transcripts(report, heard))
    return row


# ---------------------------------------------------------------- totals


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Set-level figures from per-call scores."""
    counts = {f: [sum(r["counts"][f][i] for r in rows) for i in range(3)] for f in EMPATHY_FAMILIES}
    per_family = {f: dict(zip(("precision", "recall", "f1"), prf(*c)), support=c[0] + c[2])
                  for f, c in counts.items()}
    micro = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    apology = [sum(r["apology"][i] for r in rows) for i in range(3)]
    negative = [sum(r["negative"][i] for r in rows) for i in range(3)]
    specific = [sum(r["specific"][i] for r in rows) for i in range(2)]
    n = max(1, len(rows))
    out = {
        "calls": len(rows),
        "per_family": per_family,
        "micro": dict(zip(("precision", "recall", "f1"), micro)),
        "apology": dict(zip(("precision", "recall", "f1"), prf(*apology)),
                        specific_accuracy=specific[0] / max(1, specific[1]), counts=apology),
        "dismissive": dict(zip(("precision", "recall", "f1"), prf(*negative)), counts=negative),
        "distress_within_1s": sum(r["distress_within_1s"] for r in rows) / n,
        "distress_turn_right": sum(r["distress_turn_right"] for r in rows) / n,
        "apology_within_1s": sum(r["apology_within_1s"] for r in rows) / n,
        "apology_turn_right": sum(r["apology_turn_right"] for r in rows) / n,
        "gate_service_coached": [sum(bool(r["coached"]) for r in rows if r["service_call"]),
                                 sum(1 for r in rows if r["service_call"])],
        "gate_other_withheld": [sum(r["coached"] is False for r in rows if not r["service_call"]),
                                sum(1 for r in rows if not r["service_call"])],
    }
    quality = [r["quality"] for r in rows if "quality" in r]
    if quality:
        out["wer"] = sum(q["word_errors"] for q in quality) / max(1, sum(q["reference_words"] for q in quality))
        out["speaker_wer_mean"] = sum(q["speaker_wer"]["overall"] for q in quality) / len(quality)
        out["role_accuracy"] = sum(q["role_right_words"] for q in quality) / max(1, sum(q["words"] for q in quality))
        out["turns_split_across_speakers"] = sum(len(q["turns_split_across_speakers"]) for q in quality)
    return out


def table(columns: dict[str, dict[str, Any]]) -> str:
    """One readable table, a column per source (text, stereo, mono...)."""
    names = list(columns)
    width = max([19] + [len(n) + 2 for n in names])
    head = f"{'figure':<34}" + "".join(f"{n:>{width}}" for n in names)
    lines = [head, "-" * len(head)]

    def row(label: str, get: Callable[[dict[str, Any]], str]) -> None:
        cells = []
        for n in names:
            try:
                cells.append(get(columns[n]))
            except (KeyError, TypeError):
                cells.append("-")
        lines.append(f"{label:<34}" + "".join(f"{c:>{width}}" for c in cells))

    def prf_cell(m: dict[str, Any]) -> str:
        return f"{m['precision']:.2f}/{m['recall']:.2f}/{m['f1']:.3f}"

    row("empathy micro P/R/F1", lambda s: prf_cell(s["micro"]))
    for family in EMPATHY_FAMILIES:
        row(f"  {family} P/R/F1 (n)", lambda s, f=family: prf_cell(s["per_family"][f])
            + f" {s['per_family'][f]['support']}")
    row("apology per turn P/R/F1", lambda s: prf_cell(s["apology"]))
    row("  specific/generic accuracy", lambda s: f"{s['apology']['specific_accuracy']:.2f}")
    row("dismissive per turn P/R", lambda s: f"{s['dismissive']['precision']:.2f}/{s['dismissive']['recall']:.2f}")
    row("first distress within 1 s", lambda s: f"{s['distress_within_1s']:.2f}")
    row("first distress in right turn", lambda s: f"{s['distress_turn_right']:.2f}")
    row("first apology/ack within 1 s", lambda s: f"{s['apology_within_1s']:.2f}")
    row("first apology/ack right turn", lambda s: f"{s['apology_turn_right']:.2f}")
    row("gate: service calls coached", lambda s: "{}/{}".format(*s["gate_service_coached"]))
    row("gate: other recordings withheld", lambda s: "{}/{}".format(*s["gate_other_withheld"]))
    row("WER (speakers ignored)", lambda s: f"{s['wer']:.3f}")
    row("speaker-attributed WER (mean)", lambda s: f"{s['speaker_wer_mean']:.3f}")
    row("role accuracy (words)", lambda s: f"{s['role_accuracy']:.3f}")
    row("turns split across speakers", lambda s: str(s["turns_split_across_speakers"]))
    return "\n".join(lines)


def call_lines(rows: list[dict[str, Any]]) -> str:
    """One line per call: timing verdicts and the gate (ids and times only, no blind text)."""
    def ok(flag: bool) -> str:
        return "ok" if flag else "MISS"

    out = []
    for r in rows:
        out.append(f"{r['id'][:58]:<58} distress {r['first_distress_s']} (truth {r['truth_first_distress_s']}) "
                   f"{ok(r['distress_within_1s'])}/{ok(r['distress_turn_right'])}; first apology/ack "
                   f"{r['first_apology_s']} (truth {r['truth_first_apology_s']}) {ok(r['apology_within_1s'])}/"
                   f"{ok(r['apology_turn_right'])}; coached {r['coached']}"
                   + (f"; WER {r['quality']['word_errors'] / max(1, r['quality']['reference_words']):.2f}"
                      if "quality" in r else ""))
    return "\n".join(out)


# ---------------------------------------------------------------- main


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[str], None]]:
    """A step function showing progress on stderr (rich when installed)."""
    try:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    except ImportError:
        done = [0]

        def step(label: str) -> None:
            done[0] += 1
            print(f"[{done[0]}/{total}] {label}", file=sys.stderr, flush=True)

        yield step
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task("calls", total=total)

        def advance(label: str) -> None:
            bar.update(task, advance=1, description=label[:40])

        yield advance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", metavar="SET", help="blind set name (e.g. blind12)")
    parser.add_argument("--audio", type=Path, help="rendered calls (default /tmp/blind_audio/SET)")
    parser.add_argument("--mono", action="store_true", help="analyse the mono mix instead of the stereo file")
    parser.add_argument("--json", type=Path, help="also write the figures and per-call rows to this file")
    parser.add_argument("--reports", type=Path, help="keep every call's report in this folder")
    parser.add_argument("--reuse", action="store_true", help="read reports already in --reports instead of analysing")
    parser.add_argument("--agent-channel", choices=("0", "1", "auto"), default=None,
                        help="stereo: pass the product's --agent-channel (default: none, as a user gets)")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="add the audio column of an earlier --json result to the table")
    args = parser.parse_args()
    folder = args.audio or Path("/tmp/blind_audio") / args.set
    truths = sorted(folder.glob("*.truth.json"))
    if not truths:
        parser.error(f"no rendered calls in {folder}: run benchmarks/render_blind_audio.py {args.set} first")
    if args.reuse and not args.reports:
        parser.error("--reuse needs --reports")
    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)
    variant = "mono" if args.mono else "stereo"
    label = variant if args.agent_channel is None else f"{variant} ch{args.agent_channel}=agent"
    blind = ROOT / "benchmarks" / "data" / args.set / "calls"
    config = Config()
    if args.agent_channel is not None:
        config.stereo.agent_channel = args.agent_channel if args.agent_channel == "auto" else int(args.agent_channel)
    coach = Coach(config)
    t0 = time.perf_counter()
    text_rows, audio_rows = [], []
    with progress_bar(len(truths)) as step:
        for path in truths:
            rendered = json.loads(path.read_text(encoding="utf-8"))
            call = json.loads((blind / f"{rendered['call_id']}.json").read_text(encoding="utf-8"))
            text_rows.append(measure_text(coach, call))
            report, seconds = audio_report(coach, folder / rendered["files"][variant], args.reports, args.reuse)
            audio_rows.append(measure_audio(report, rendered, seconds))
            step(call["id"])
    wall = time.perf_counter() - t0
    result = {"set": args.set, "variant": variant, "label": label, "audio": str(folder), "wall_s": round(wall, 1),
              "analyse_s": round(sum(r["analyse_s"] for r in audio_rows), 1),
              "audio_s": round(sum(r["audio_s"] for r in audio_rows), 1),
              "text": summarise(text_rows), variant: summarise(audio_rows),
              "text_calls": text_rows, "audio_calls": audio_rows}
    columns = {"text": result["text"], f"8k {label}": result[variant]}
    for earlier in args.compare:
        other = json.loads(earlier.read_text(encoding="utf-8"))
        columns[f"8k {other.get('label', other['variant'])}"] = other[other["variant"]]
    print(f"== {args.set}: {len(truths)} calls, {label} 8 kHz telephone audio from {folder}")
    print(table(columns))
    print(f"\ncalls, 8 kHz {label} (distress / first apology-or-ack: within 1 s / right turn):")
    print(call_lines(audio_rows))
    print(f"\nwall {wall:.0f} s; analysing {result['analyse_s']:.0f} s for {result['audio_s']:.0f} s of audio")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=_jsonable), encoding="utf-8")


def _jsonable(value: Any) -> Any:
    """Sets and dataclasses in the per-call rows, for json.dumps."""
    if isinstance(value, set):
        return sorted(value)
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(type(value).__name__)


if __name__ == "__main__":
    main()
