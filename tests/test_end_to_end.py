"""End to end on real audio: the bundled calls (TTS with ground truth) and pyannote's sample."""
from __future__ import annotations

import json
import os

import numpy as np
import soundfile as sf

from callcoach.evaluate import diarization_error_rate, speaker_wer

from .conftest import SAMPLES, load_truth

TIME_TOLERANCE_S = 0.3


def matching_segment(truth_seg, segments):
    same = [s for s in segments if s["speaker"] == truth_seg["speaker"]]
    overlap = [max(0.0, min(s["end"], truth_seg["end"]) - max(s["start"], truth_seg["start"])) for s in same]
    return same[int(np.argmax(overlap))] if same and max(overlap) > 0 else None


def merged_truth(segments, gap_s=0.5):
    """Truth turns as callcoach defines a segment: same-speaker pauses under 0.5 s bridged."""
    out = []
    for seg in sorted(segments, key=lambda s: s["start"]):
        prev = next((o for o in reversed(out) if o["speaker"] == seg["speaker"]), None)
        if prev is not None and 0 <= seg["start"] - prev["end"] < gap_s:
            prev["end"], prev["truncated"] = seg["end"], seg.get("truncated", False)
        else:
            out.append(dict(seg))
    return out


def check_segment_times(truth, report):
    for seg in merged_truth(truth["segments"]):
        if seg["end"] - seg["start"] < 1.0:
            continue  # backchannels: checked by the talk-over tests
        hyp = matching_segment(seg, report["segments"])
        assert hyp is not None, f"{seg['speaker']} turn at {seg['start']} not found"
        assert abs(hyp["start"] - seg["start"]) <= TIME_TOLERANCE_S, (seg, hyp["start"])
        if not seg.get("truncated"):
            assert abs(hyp["end"] - seg["end"]) <= TIME_TOLERANCE_S, (seg, hyp["end"])


def test_stereo_telephone_call_is_diarised_and_transcribed(stereo_report):
    truth = load_truth("call_stereo_8k")
    call = stereo_report["call"]
    assert call["diarization"] == "channels" and call["sample_rate"] == 8000 and call["channels"] == 2
    assert call["asr_model"] == "base"
    assert diarization_error_rate(truth["segments"], stereo_report["segments"], collar=0.25) <= 0.03
    assert speaker_wer(truth["segments"], stereo_report["segments"])["overall"] <= 0.15
    check_segment_times(truth, stereo_report)
    first = stereo_report["segments"][0]
    assert first["speaker"] == "agent" and "thank you for calling" in first["text"].lower()
    for seg in stereo_report["segments"]:
        for w in seg["words"]:
            assert seg["start"] - 0.7 <= w["start"] <= w["end"] <= seg["end"] + 0.7


def test_agent_channel_auto_finds_the_agent_from_the_greeting(coach, tmp_path):
    # Swap the channels: the agent is now on channel 1 and must still be found.
    audio, sr = sf.read(SAMPLES / "call_stereo_16k_calm.wav", dtype="float32")
    swapped = tmp_path / "swapped.wav"
    sf.write(swapped, audio[:, ::-1], sr)
    from callcoach import Coach, Config

    cfg = Config()
    cfg.stereo.agent_channel = "auto"
    report = Coach(cfg, whisper_model=coach.whisper, phrase_model=coach.phrase_model).analyze(swapped)
    assert report["call"]["agent_channel"] == 1
    assert report["call"]["roles"]["method"] == "text"
    truth = load_truth("call_stereo_16k_calm")
    assert diarization_error_rate(truth["segments"], report["segments"], collar=0.25) <= 0.05


def test_given_agent_channel_is_obeyed(coach, tmp_path):
    from callcoach import Coach, Config

    cfg = Config()
    cfg.stereo.agent_channel = 1
    report = Coach(cfg, whisper_model=coach.whisper, phrase_model=coach.phrase_model).analyze(SAMPLES / "call_stereo_16k_calm.wav")
    assert report["call"]["roles"]["method"] == "given"
    assert report["segments"][0]["speaker"] == "customer"  # channel 0 (the real agent) now labelled customer


def test_silence_gives_a_valid_report_with_no_invented_text(coach, tmp_path):
    path = tmp_path / "silent.wav"
    noise = (1e-4 * np.random.default_rng(0).standard_normal((8000 * 20, 2))).astype(np.float32)
    sf.write(path, noise, 8000, subtype="PCM_16")
    report = coach.analyze(path)
    assert report["segments"] == []
    assert report["call"]["speech_found"] is False
    assert any("no speech" in w for w in report["call"]["warnings"])


def test_mono_call_is_diarised_with_pyannote_and_roles_are_right(mono_report):
    truth = load_truth("call_mono_16k")
    assert mono_report["call"]["diarization"] == "pyannote"
    assert mono_report["call"]["roles"]["method"] == "text"
    assert diarization_error_rate(truth["segments"], mono_report["segments"], collar=0.25) <= 0.08
    assert speaker_wer(truth["segments"], mono_report["segments"])["overall"] <= 0.2
    check_segment_times(truth, {"segments": mono_report["segments"]})


def test_fake_stereo_is_analysed_as_mono(coach, tmp_path):
    audio, sr = sf.read(SAMPLES / "call_mono_16k.wav", dtype="float32")
    path = tmp_path / "fake.wav"
    sf.write(path, np.stack([audio, audio], axis=1), sr)
    report = coach.analyze(path)
    assert report["call"]["diarization"] == "pyannote"
    assert any("same audio" in w for w in report["call"]["warnings"])


def test_pyannote_sample_diarisation_error_stays_low(coach):
    """pyannote's own sample call, scored on the report's segments (what users get)."""
    import pyannote.audio
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate
    from pyannote.core import Annotation, Segment

    folder = os.path.join(os.path.dirname(pyannote.audio.__file__), "sample")
    reference = next(iter(load_rttm(os.path.join(folder, "sample.rttm")).values()))
    report = coach.analyze(os.path.join(folder, "sample.wav"))
    assert report["call"]["diarization"] == "pyannote"
    hypothesis = Annotation()
    for i, seg in enumerate(report["segments"]):
        hypothesis[Segment(seg["start"], seg["end"]), i] = seg["speaker"]
    der0 = DiarizationErrorRate(collar=0.0)(reference, hypothesis)
    der25 = DiarizationErrorRate(collar=0.25)(reference, hypothesis)
    # Measured 3.9 % and 0.4 % (README, "Mono calls"); bounds catch regressions.
    assert der0 <= 0.05, f"DER {der0:.3f} on pyannote's sample (collar 0)"
    assert der25 <= 0.02, f"DER {der25:.3f} on pyannote's sample (collar 0.25)"
    assert sum(len(seg["words"]) for seg in report["segments"]) >= 60


def test_demo_command_writes_reports(tmp_path):
    from typer.testing import CliRunner

    from callcoach.cli import app

    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "call_stereo_8k.json").read_text())
    assert report["segments"] and (tmp_path / "call_stereo_8k.html").exists()
    assert "demo report:" in result.output


def events_match(truth_events, found_events, tolerance_s=0.3):
    """Every truth event found with its kind and interrupter, and nothing else."""
    unmatched = list(found_events)
    for t in truth_events:
        hit = next((f for f in unmatched if f["kind"] == t["kind"] and f["interrupter"] == t["interrupter"]
                    and abs(f["start"] - t["start"]) <= tolerance_s), None)
        assert hit is not None, f"truth event {t} not found in {found_events}"
        unmatched.remove(hit)
    assert unmatched == [], f"extra events {unmatched}"


def test_stereo_call_talk_over_and_dead_air_match_the_truth(stereo_report):
    truth = load_truth("call_stereo_8k")
    section = stereo_report["talk_over"]
    events_match(truth["events"], section["events"])
    assert section["customer_interruptions"] == 1 and section["agent_interruptions"] == 0
    dead_air = stereo_report["listening"]["dead_air"]
    assert len(dead_air) == len(truth["dead_air"]) == 1
    assert abs(dead_air[0]["start"] - truth["dead_air"][0]["start"]) <= 0.3
    assert abs(dead_air[0]["end"] - truth["dead_air"][0]["end"]) <= 0.3
    assert dead_air[0]["hold"] is True and dead_air[0]["announced_by"] == "agent"


def test_stereo_call_agent_talk_ratio_matches_the_truth(stereo_report):
    truth = load_truth("call_stereo_8k")
    from callcoach.analysis.dynamics.listening import analyze_listening
    from callcoach.speech.transcript import parse_transcript

    expected = analyze_listening(parse_transcript(truth, "truth")[0], None, source="transcript")
    assert abs(stereo_report["listening"]["agent_talk_ratio"] - expected["agent_talk_ratio"]) <= 0.02


def test_mono_call_interruption_from_the_transcript_and_no_false_one_from_audio(mono_report):
    """The sample's agent comes in 0.2 s before the customer stops, cutting off their last
    word, which Whisper hears in full ("restart.", probability 0.99). By the interruption
    rule (docs/dynamics.md: what was still to come when the other came in) nothing tells this
    from a hand-over in the audio, so it is not counted there (a known limit); the truth
    transcript, whose words stop unfinished, has it. No other overlap may count either."""
    from callcoach.analysis.dynamics.talkover import analyze_talk_over
    from callcoach.speech.transcript import parse_transcript

    truth = load_truth("call_mono_16k")
    section = mono_report["talk_over"]
    assert section["agent_interruptions"] <= 1 and section["customer_interruptions"] == 0
    assert section["reliability"]["level"] == "low"
    from_text = analyze_talk_over(parse_transcript(truth, "truth")[0], None, source="transcript")
    events_match([e for e in truth["events"] if e["kind"] == "interruption"],
                 [e for e in from_text["events"] if e["kind"] == "interruption"])


def test_stereo_call_voices_are_measured_on_their_own_channels(stereo_report):
    tone = stereo_report["tone"]
    # The agent is a female voice, the customer a male one (audio_samples/README.md).
    assert 140 <= tone["agent"]["pitch_median_hz"] <= 260
    assert 75 <= tone["customer"]["pitch_median_hz"] <= 160
    assert tone["agent"]["monotone"] is False
    assert 120 <= tone["agent"]["speaking_rate_wpm"] <= 260
    assert len(tone["timeline"]) == len(stereo_report["segments"])


def test_stereo_call_apology_timing_and_sentiment(stereo_report):
    truth = load_truth("call_stereo_8k")
    first_distress = truth["segments"][1]["start"]  # "Hi. I'm really upset..."
    first_apology = truth["segments"][2]["start"]   # "Oh no, I'm so sorry your parcel is late..."
    apologies = stereo_report["apologies"]
    assert apologies["count"] >= 2
    assert abs(apologies["first_distress_s"] - first_distress) <= 1.0
    assert abs(apologies["first_apology_latency_s"] - (first_apology - first_distress)) <= 1.0
    assert all(item["followed_by_action"] for item in apologies["items"])
    sentiment = stereo_report["sentiment"]
    assert sentiment["customer_start"] < 0 < sentiment["customer_end"]
    empathy = stereo_report["empathy"]
    assert 0 <= empathy["score"] <= 100
    assert {p["category"] for p in empathy["phrases"]} >= {"apologize"}
    assert empathy["negative"] == []


def test_transcript_report_says_tone_needs_audio(tmp_path):
    from callcoach import analyze_transcript

    report = analyze_transcript(SAMPLES / "call_stereo_8k.truth.json")
    assert report["tone"]["available"] is False
    assert "transcript" in report["tone"]["reason"]
    assert report["talk_over"]["customer_interruptions"] == 1


def test_speaking_rate_is_within_ten_percent_of_the_truth(stereo_report):
    truth = load_truth("call_stereo_8k")
    for role in ("agent", "customer"):
        segs = [s for s in truth["segments"] if s["speaker"] == role]
        words = sum(len(s["text"].split()) for s in segs)
        true_wpm = 60 * words / sum(s["end"] - s["start"] for s in segs)
        assert abs(stereo_report["tone"][role]["speaking_rate_wpm"] - true_wpm) <= 0.1 * true_wpm, role


def test_mono_call_with_one_voice_says_so(coach, tmp_path):
    audio, sr = sf.read(SAMPLES / "call_mono_16k.wav", dtype="float32")
    path = tmp_path / "greeting.wav"
    sf.write(path, audio[: int(4.7 * sr)], sr)  # the agent's greeting only
    report = coach.analyze(path)
    assert report["call"]["speakers_found"] == 1
    assert any("one voice" in w for w in report["call"]["warnings"])
    assert {s["speaker"] for s in report["segments"]} == {"agent"}
    assert "help" in " ".join(s["text"] for s in report["segments"]).lower()
