"""CPU cost of the tone pass against the ASR pass on the same call, measured in one run.

Both passes run in this process after a warm-up, so imports and model loading are left
out of the per-call figures and reported on their own. CPU time is the whole process's
(all threads), from time.process_time(). The ASR pass is what `callcoach analyze`
runs on a stereo call: the bundled Whisper model over each channel's speech regions
(here the truth segments), with the default AsrConfig. For scale, the run also times
librosa.pyin called plainly on the same speech.

Usage: python benchmarks/tone_cost.py [FILE] [--repeats 5] [--asr-repeats 2] [--asr-model base]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from callcoach.audio import load_recording  # noqa: E402
from callcoach.config import AsrConfig, Config  # noqa: E402
from callcoach.conversation import Conversation, Word  # noqa: E402
from callcoach.speech.transcript import parse_transcript  # noqa: E402

CHANNELS = {"agent": 0, "customer": 1}

COLD = r'''
import json, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/benchmarks"]
from tone_cost import CHANNELS, Config, load_call
conv, rec = load_call(sys.argv[2])
t1 = time.process_time()
from callcoach.analysis.voice.tone import analyze_tone
analyze_tone(conv, Config().tone, recording=rec, speaker_channels=CHANNELS)
t2 = time.process_time()
analyze_tone(conv, Config().tone, recording=rec, speaker_channels=CHANNELS)
t3 = time.process_time()
print(json.dumps({"first": t2 - t1, "second": t3 - t2}))
'''


def load_call(wav: str | Path) -> tuple[Conversation, object]:
    """The recording and its truth as a Conversation (words evenly spaced in each utterance)."""
    wav = Path(wav)
    truth = json.loads(wav.with_suffix(".truth.json").read_text())
    conv, _ = parse_transcript({"segments": truth["segments"]}, str(wav))
    for seg in conv.segments:
        tokens = seg.text.split()
        step = seg.duration / max(1, len(tokens))
        seg.words = [Word(" " + w, seg.start + i * step, seg.start + (i + 1) * step) for i, w in enumerate(tokens)]
    return conv, load_recording(wav)


def cpu_seconds(fn, repeats: int) -> tuple[float, float, object]:
    """Median CPU seconds and wall seconds of ``fn()`` over ``repeats`` runs, and its last result."""
    cpu, wall, result = [], [], None
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "audio_samples" / "call_stereo_8k.wav")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--asr-repeats", type=int, default=2)
    parser.add_argument("--asr-model", default="base")
    args = parser.parse_args()

    from callcoach.analysis.voice.tone import analyze_tone, own_speech

    conv, rec = load_call(args.file)
    minutes = rec.duration_s / 60
    config = Config()
    print(f"file: {args.file.name}  {rec.duration_s:.1f} s, {rec.sample_rate} Hz, {rec.channels} ch")

    # Tone: warm-up (imports, numba cache), then timed runs on a fresh Recording each time
    # so its resampling cache is paid again, as in the pipeline.
    def tone_pass():
        fresh = load_recording(args.file)
        return analyze_tone(conv, config.tone, recording=fresh, speaker_channels=CHANNELS)

    tone_pass()
    tone_cpu, tone_wall, tone = cpu_seconds(tone_pass, args.repeats)

    cold = json.loads(subprocess.run(
        [sys.executable, "-c", COLD, str(ROOT), str(args.file)],
        capture_output=True, text=True, check=True).stdout)

    # Plain librosa.pyin over the same speech, for scale (no speaker register, 10 ms hop).
    import librosa

    def naive_pyin():
        for spk, ch in CHANNELS.items():
            x = rec.at_rate(16000)[min(ch, rec.channels - 1)]
            for start, end in own_speech(conv, spk):
                piece = x[int(start * 16000):int(end * 16000)]
                if piece.size > 1024:
                    librosa.pyin(piece, fmin=60, fmax=400, sr=16000, frame_length=1024, hop_length=160)

    naive_pyin()
    naive_cpu, _, _ = cpu_seconds(naive_pyin, 1)

    # ASR: the pipeline's Transcriber with the bundled model, each channel's speech.
    from callcoach.speech.transcribe import Transcriber, load_whisper

    asr_config = AsrConfig(model=args.asr_model)
    c0 = time.process_time()
    model = load_whisper(asr_config)
    load_cpu = time.process_time() - c0
    transcriber = Transcriber(model, asr_config)
    pad_s = config.vad.asr_pad_s

    def asr_pass():
        audio = load_recording(args.file).at_rate(16000)
        if audio.shape[0] == 1:  # mono: all speech of the one channel
            return len(transcriber.transcribe(audio[0], [(s.start, s.end) for s in conv.segments], pad_s))
        n = 0
        for spk, ch in CHANNELS.items():
            regions = [(s.start, s.end) for s in conv.by_speaker(spk)]
            n += len(transcriber.transcribe(audio[ch], regions, pad_s))
        return n

    asr_cpu, asr_wall, n_words = cpu_seconds(asr_pass, args.asr_repeats)

    per_min = tone_cpu / minutes
    print(f"\ntone pass   {tone_cpu:6.3f} CPU-s  ({tone_wall:.3f} s wall)  = {per_min:.3f} CPU-s per minute of audio"
          f"  (median of {args.repeats})")
    print(f"  first call in a fresh process: {cold['first']:.2f} CPU-s (imports: librosa, scipy, numba cache), "
          f"then {cold['second']:.3f}")
    print(f"plain librosa.pyin on the same speech: {naive_cpu:6.2f} CPU-s = {naive_cpu / minutes:.2f} CPU-s per minute")
    print(f"ASR pass    {asr_cpu:6.2f} CPU-s  ({asr_wall:.2f} s wall)  = {asr_cpu / minutes:.2f} CPU-s per minute, "
          f"{rec.duration_s / asr_cpu:.1f} audio-s per CPU-s, {n_words} words  (model {args.asr_model}, "
          f"load {load_cpu:.2f} CPU-s once, median of {args.asr_repeats})")
    print(f"\nratio tone / ASR: {tone_cpu / asr_cpu * 100:.2f} %  (target < 5 %)")
    print(f"ratio tone / plain pyin: {tone_cpu / naive_cpu * 100:.1f} %")
    for spk in CHANNELS:
        s = tone[spk]
        print(f"  {spk:8} pitch {s['pitch_median_hz']} Hz, range {s['pitch_range_semitones']} st, "
              f"loudness {s['loudness_db']} dBFS, {s['speaking_rate_wpm']} wpm, voiced {s['voiced_s']} of "
              f"{s['speech_s']} s, monotone {s['monotone']}")


if __name__ == "__main__":
    main()
