"""CPU cost of the language pass against the ASR pass on the same call, measured in one run.

The language pass is what the pipeline runs after transcription: find_agent_language,
analyze_sentiment, analyze_apologies and analyze_empathy, with the sentence model loaded
once (its memory of embedded sentences is cleared before each timed run, as a new call
starts with sentences it has not seen). The ASR pass is the pipeline's Transcriber with the
bundled Whisper over each channel's speech regions (here the truth segments). CPU time is
the whole process's (all threads), from time.process_time(), after a warm-up.

Usage: python benchmarks/language_cost.py [FILE] [--repeats 5] [--asr-repeats 2] [--asr-model base]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from tone_cost import CHANNELS, cpu_seconds, load_call  # noqa: E402

from callcoach.audio import load_recording  # noqa: E402
from callcoach.config import AsrConfig, Config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "audio_samples" / "call_stereo_8k.wav")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--asr-repeats", type=int, default=2)
    parser.add_argument("--asr-model", default="base")
    parser.add_argument("--no-asr", action="store_true", help="time the language pass only")
    args = parser.parse_args()

    conv, rec = load_call(args.file)
    minutes = rec.duration_s / 60
    config = Config()
    print(f"file: {args.file.name}  {rec.duration_s:.1f} s, {len(conv.segments)} segments, "
          f"{sum(len(s.text.split()) for s in conv.segments)} words")

    c0, w0 = time.process_time(), time.perf_counter()
    from callcoach.analysis.language import load_phrase_model
    from callcoach.analysis.language.apology import analyze_apologies
    from callcoach.analysis.language.empathy import analyze_empathy, find_agent_language
    from callcoach.analysis.language.sentences import split_sentences, units_of
    from callcoach.analysis.language.sentiment import analyze_sentiment

    model = load_phrase_model()
    load_cpu, load_wall = time.process_time() - c0, time.perf_counter() - w0
    units = len(units_of(split_sentences(conv, config.language), config.language))

    def language_pass():
        model._memo.clear()
        lcfg = config.language
        language = find_agent_language(conv, lcfg, model)
        analyze_sentiment(conv, lcfg, model=model)
        apologies = analyze_apologies(conv, lcfg, model=model, language=language)
        return analyze_empathy(conv, lcfg, model=model, apologies=apologies, language=language)

    language_pass()
    lang_cpu, lang_wall, _ = cpu_seconds(language_pass, args.repeats)
    print(f"language pass {lang_cpu:6.3f} CPU-s ({lang_wall:.3f} s wall) = {lang_cpu / minutes:.3f} CPU-s per minute "
          f"of audio, {units} units embedded ({lang_cpu / max(units, 1) * 1000:.1f} CPU-ms per unit), "
          f"median of {args.repeats}")
    print(f"  model load + warm-up once per process: {load_cpu:.2f} CPU-s ({load_wall:.2f} s wall)")
    if args.no_asr:
        return

    from callcoach.speech.transcribe import Transcriber, load_whisper

    asr_config = AsrConfig(model=args.asr_model)
    whisper = load_whisper(asr_config)
    transcriber = Transcriber(whisper, asr_config)
    pad_s = config.vad.asr_pad_s

    def asr_pass():
        audio = load_recording(args.file).at_rate(16000)
        if audio.shape[0] == 1:
            return len(transcriber.transcribe(audio[0], [(s.start, s.end) for s in conv.segments], pad_s))
        n = 0
        for spk, ch in CHANNELS.items():
            regions = [(s.start, s.end) for s in conv.by_speaker(spk)]
            n += len(transcriber.transcribe(audio[ch], regions, pad_s))
        return n

    asr_cpu, asr_wall, n_words = cpu_seconds(asr_pass, args.asr_repeats)
    print(f"ASR pass      {asr_cpu:6.2f} CPU-s ({asr_wall:.2f} s wall) = {asr_cpu / minutes:.2f} CPU-s per minute, "
          f"{n_words} words (model {args.asr_model}, median of {args.asr_repeats})")
    print(f"\nratio language / ASR: {lang_cpu / asr_cpu * 100:.2f} %  (target < 10 %)")


if __name__ == "__main__":
    main()
