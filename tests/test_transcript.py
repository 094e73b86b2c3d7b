"""Transcript input: the contract's segments, validated with clear errors; a report round-trips."""
from __future__ import annotations

import json

import pytest

from callcoach import analyze_transcript
from callcoach.errors import InputError
from callcoach.speech.transcript import read_transcript

SEGMENTS = [
    {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "Thanks for calling, how can I help?"},
    {"speaker": "customer", "start": 2.5, "end": 5.0, "text": "My parcel is late.",
     "words": [{"word": "My", "start": 2.5, "end": 2.7}, {"word": "parcel", "start": 2.7, "end": 3.2},
               {"word": "is", "start": 3.2, "end": 3.4}, {"word": "late.", "start": 3.4, "end": 3.9}]},
]


def write(tmp_path, data, name="t.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_transcript_becomes_a_report_without_audio(tmp_path):
    report = analyze_transcript(write(tmp_path, {"segments": SEGMENTS}))
    assert report["schema_version"] == 1
    assert report["call"]["diarization"] == "transcript" and report["call"]["asr_model"] is None
    assert [s["speaker"] for s in report["segments"]] == ["agent", "customer"]
    assert report["segments"][1]["words"][1]["word"] == "parcel"
    assert report["call"]["duration_s"] == 5.0


def test_a_report_is_valid_transcript_input(tmp_path):
    first = analyze_transcript(write(tmp_path, {"segments": SEGMENTS}))
    second = analyze_transcript(write(tmp_path, first, "report.json"))
    assert second["segments"] == first["segments"]
    assert second["call"]["id"] == first["call"]["id"]


def test_segments_are_sorted_by_start(tmp_path):
    conv, _ = read_transcript(write(tmp_path, {"segments": SEGMENTS[::-1]}))
    assert [s.start for s in conv.segments] == [0.0, 2.5]
    assert not conv.has_word_times  # the agent line has no words


@pytest.mark.parametrize("data,message", [
    ({"turns": []}, "expected"),
    ({"segments": [{"speaker": "bot", "start": 0, "end": 1, "text": "x"}]}, "speaker"),
    ({"segments": [{"speaker": "agent", "start": 2, "end": 1, "text": "x"}]}, "ends"),
    ({"segments": [{"speaker": "agent", "start": "zero", "end": 1, "text": "x"}]}, "finite number"),
])
def test_bad_transcripts_get_one_clear_error(tmp_path, data, message):
    with pytest.raises(InputError, match=message) as info:
        read_transcript(write(tmp_path, data))
    assert "t.json" in str(info.value) and "\n" not in str(info.value)


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"segments": [')
    with pytest.raises(InputError, match=r"bad\.json: not valid JSON \(line 1"):
        read_transcript(path)
