"""Score callcoach on the held-out mono calls in benchmarks/data/mono_eval/ (see make_mono_eval.py).

For every call: DER at collar 0.25 and 0 with the labels as reported (agent/customer must
match the truth: a role swap counts as error) and with the best label mapping; WER over both
speakers; whether the roles are right; and interjections on the right speaker: for every
truth segment of at most 2 words, is there a report word with the same normalised text on
the SAME speaker, overlapping the segment's time +/- 0.5 s.  A truth segment whose words
are all fillers ("Uh-huh.") counts as found when a filler word (uh-huh, mm-hmm, ...) is
there.  Misses are listed with the words the report has around them, on either speaker.

Usage: python benchmarks/mono_eval.py [--include-sample] [--reports DIR] [FILE ...]
FILE defaults to every call in benchmarks/data/mono_eval/; each needs <stem>.truth.json
beside it.  --include-sample adds audio_samples/call_mono_16k.wav (shown, not summarised).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

from callcoach import Coach
from callcoach.evaluate import FILLERS, diarization_error_rate, normalise_text, speaker_wer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "mono_eval"
SAMPLE = ROOT / "audio_samples" / "call_mono_16k.wav"
AUDIO_EXT = (".flac", ".wav", ".ogg", ".opus", ".mp3", ".m4a")
WINDOW_S = 0.5
MAX_WORDS = 2
BACKCHANNEL_KEYS = FILLERS | {"uhhuh", "uhuh", "mmhmm", "mhm", "mmhm", "hmhm", "uhhum"}


def truth_path(audio: Path) -> Path:
    return audio.with_name(audio.stem + ".truth.json")


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def speaker_time(segments: list[dict], speaker: str) -> list[tuple[float, float]]:
    return [(float(s["start"]), float(s["end"])) for s in segments if s["speaker"] == speaker]


def roles_right(truth: list[dict], report: list[dict]) -> tuple[bool, float, float]:
    """True when the report's agent/customer labels overlap the truth's more than swapped."""
    def ov(t_spk: str, r_spk: str) -> float:
        return sum(overlap(a0, a1, b0, b1) for a0, a1 in speaker_time(truth, t_spk)
                   for b0, b1 in speaker_time(report, r_spk))

    same = ov("agent", "agent") + ov("customer", "customer")
    swapped = ov("agent", "customer") + ov("customer", "agent")
    return same >= swapped, same, swapped


def report_words(report: list[dict]) -> list[dict]:
    words = []
    for seg in report:
        for w in seg.get("words") or []:
            words.append({"speaker": seg["speaker"], "word": w["word"], "start": float(w["start"]),
                          "end": float(w["end"])})
    return sorted(words, key=lambda w: w["start"])


def filler_key(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def is_backchannel(seg: dict, truth: list[dict]) -> bool:
    """A truth segment lying wholly inside the other party's segment."""
    return any(o["speaker"] != seg["speaker"] and o["start"] <= seg["start"] and seg["end"] <= o["end"]
               for o in truth)


def interjections(truth: list[dict], report: list[dict]) -> tuple[Counter, list[str]]:
    """Counter of hits/totals ("turn", "turn_hit", "backchannel", "backchannel_hit") and miss lines."""
    words = report_words(report)
    count: Counter = Counter()
    misses = []
    for seg in truth:
        if len(seg["text"].split()) > MAX_WORDS:
            continue
        kind = "backchannel" if is_backchannel(seg, truth) else "turn"
        count[kind] += 1
        lo, hi = float(seg["start"]) - WINDOW_S, float(seg["end"]) + WINDOW_S
        near = [w for w in words if w["start"] < hi and w["end"] > lo]
        target = normalise_text(seg["text"])

        def found(speaker: str) -> bool:
            mine = [w for w in near if w["speaker"] == speaker]
            if not target:  # only fillers, e.g. "Uh-huh."
                return any(filler_key(w["word"]) in BACKCHANNEL_KEYS for w in mine)
            have = Counter(t for w in mine for t in normalise_text(w["word"]))
            return all(have[t] >= n for t, n in Counter(target).items())

        if found(seg["speaker"]):
            count[kind + "_hit"] += 1
            continue
        other = "customer" if seg["speaker"] == "agent" else "agent"
        where = "words on the OTHER speaker" if found(other) else "words not transcribed"
        has_seg = any(r["speaker"] == seg["speaker"] and
                      overlap(float(r["start"]), float(r["end"]), float(seg["start"]), float(seg["end"])) > 0
                      for r in report)
        where += f", {seg['speaker']} segment there: {'yes' if has_seg else 'NO'}"
        around = " ".join(f"{w['speaker'][0].upper()}:{w['word'].strip()}@{w['start']:.2f}" for w in near) or "-"
        misses.append(f"  {seg['speaker']:8} {seg['start']:6.2f}-{seg['end']:6.2f} {kind:11} "
                      f"{seg['text']!r}: {where}; report words +/-{WINDOW_S}s: {around}")
    return count, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--include-sample", action="store_true",
                        help=f"also score {SAMPLE.relative_to(ROOT)} (not in the summary)")
    parser.add_argument("--reports", type=Path, help="write each report JSON into this folder")
    args = parser.parse_args()
    files = args.files or sorted(p for p in DATA.iterdir() if p.suffix in AUDIO_EXT)
    if args.include_sample:
        files.append(SAMPLE)
    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)

    warnings.filterwarnings("ignore", message=".*'uem' was approximated.*")
    coach = Coach()
    head = (f"{'call':28} {'dur s':>6} {'DER.25':>7} {'DER0':>7} {'mDER.25':>8} {'mDER0':>7} "
            f"{'WER':>6} {'WERag':>6} {'WERcu':>6} {'roles':>6} {'conf':>5} {'interj':>7} {'turns':>7} {'bchan':>6} "
            f"{'analyze s':>9}")
    print(head)
    print("-" * len(head))
    rows, details = [], []
    for path in files:
        truth = json.loads(truth_path(path).read_text())
        t0 = time.perf_counter()
        try:
            report = coach.analyze(path)
        except Exception:  # report, do not stop the other calls
            wall = time.perf_counter() - t0
            print(f"{path.stem:28} CRASHED after {wall:.1f} s")
            details.append(f"{path.stem}: CRASH\n{traceback.format_exc()}")
            continue
        wall = time.perf_counter() - t0
        if args.reports:
            (args.reports / f"{path.stem}.json").write_text(json.dumps(report, indent=1))
        ref, hyp = truth["segments"], report["segments"]
        r = {
            "call": path.stem, "held_out": path.parent == DATA, "dur": truth["duration"], "wall": wall,
            "der25": diarization_error_rate(ref, hyp, collar=0.25, map_speakers=False),
            "der0": diarization_error_rate(ref, hyp, collar=0.0, map_speakers=False),
            "mder25": diarization_error_rate(ref, hyp, collar=0.25, map_speakers=True),
            "mder0": diarization_error_rate(ref, hyp, collar=0.0, map_speakers=True),
        }
        w = speaker_wer(ref, hyp)
        r["wer"], r["wer_agent"], r["wer_customer"] = w["overall"], w["agent"], w["customer"]
        r["roles_ok"], same, swapped = roles_right(ref, hyp)
        roles = report["call"].get("roles") or {}
        count, misses = interjections(ref, hyp)
        r["hits"] = count["turn_hit"] + count["backchannel_hit"]
        r["total"] = count["turn"] + count["backchannel"]
        r["count"] = count
        rows.append(r)
        print(f"{r['call'][:28]:28} {r['dur']:6.1f} {r['der25']:7.3f} {r['der0']:7.3f} {r['mder25']:8.3f} "
              f"{r['mder0']:7.3f} {r['wer']:6.3f} {r['wer_agent']:6.3f} {r['wer_customer']:6.3f} "
              f"{'ok' if r['roles_ok'] else 'SWAP':>6} {float(roles.get('confidence', float('nan'))):5.2f} "
              f"{r['hits']:>3}/{r['total']:<3} {count['turn_hit']:>3}/{count['turn']:<3} "
              f"{count['backchannel_hit']:>2}/{count['backchannel']:<3} {wall:9.1f}", flush=True)
        info = (f"{path.stem}: roles {roles.get('method')} agent={roles.get('agent')} "
                f"evidence={roles.get('evidence')}; overlap same {same:.1f} s / swapped {swapped:.1f} s; "
                f"{len(hyp)} report segments vs {len(ref)} truth; warnings {report['call'].get('warnings')}")
        details.append(info + ("\n  missed interjections:\n" + "\n".join(misses) if misses else ""))

    held = [r for r in rows if r["held_out"]]
    if held:
        print("-" * len(head))
        med = {k: statistics.median(r[k] for r in held)
               for k in ("der25", "der0", "mder25", "mder0", "wer", "wer_agent", "wer_customer")}
        hits, total = sum(r["hits"] for r in held), sum(r["total"] for r in held)
        c = sum((r["count"] for r in held), Counter())
        print(f"{'median (' + str(len(held)) + ' held-out)':28} {statistics.median(r['dur'] for r in held):6.1f} "
              f"{med['der25']:7.3f} {med['der0']:7.3f} {med['mder25']:8.3f} {med['mder0']:7.3f} {med['wer']:6.3f} "
              f"{med['wer_agent']:6.3f} {med['wer_customer']:6.3f} "
              f"{sum(r['roles_ok'] for r in held):>3}/{len(held):<2} {'':5} {hits:>3}/{total:<3} "
              f"{c['turn_hit']:>3}/{c['turn']:<3} {c['backchannel_hit']:>2}/{c['backchannel']:<3} "
              f"{statistics.median(r['wall'] for r in held):9.1f}")
        audio, wall = sum(r["dur"] for r in held), sum(r["wall"] for r in held)
        print(f"totals (held-out): {audio:.1f} s of audio analysed in {wall:.1f} s "
              f"({audio / wall:.2f} x real time); interjections on the right speaker {hits}/{total} "
              f"({hits / max(total, 1):.0%}: own turns {c['turn_hit']}/{c['turn']}, backchannels "
              f"{c['backchannel_hit']}/{c['backchannel']}); roles right {sum(r['roles_ok'] for r in held)}/{len(held)}")
    print("\nDER/DER0: labels as reported (a role swap is error); mDER: best label mapping. "
          "interj: truth segments of <= 2 words found on the same speaker within +/-0.5 s "
          "(turns: own turns, bchan: backchannels inside the other party's turn); "
          "conf: call.roles confidence.")
    print("\n" + "\n".join(details))


if __name__ == "__main__":
    main()
