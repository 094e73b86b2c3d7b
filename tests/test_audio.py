"""Decoding and validating recordings: every format in, one clear error for bad files."""
from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from callcoach.audio import load_recording
from callcoach.errors import InputError

SR = 8000


def tone(seconds=1.0, sr=SR, channels=1, freq=220.0):
    t = np.arange(int(seconds * sr)) / sr
    x = 0.3 * np.sin(2 * np.pi * freq * t).astype(np.float32)
    return np.stack([x * (0.5 + 0.5 * c) for c in range(channels)], axis=1) if channels > 1 else x


@pytest.mark.parametrize("fmt,subtype,ext", [
    ("WAV", "PCM_16", "wav"), ("WAV", "FLOAT", "wav"), ("WAV", "ULAW", "wav"), ("WAV", "ALAW", "wav"),
    ("FLAC", "PCM_16", "flac"), ("OGG", "VORBIS", "ogg"), ("OGG", "OPUS", "opus"), ("MP3", "MPEG_LAYER_III", "mp3"),
])
def test_decodes_common_formats(tmp_path, fmt, subtype, ext):
    sr = 48000 if subtype == "OPUS" else 16000 if subtype == "MPEG_LAYER_III" else SR
    path = tmp_path / f"call.{ext}"
    sf.write(path, tone(2.0, sr, channels=2), sr, format=fmt, subtype=subtype)
    rec = load_recording(path)
    assert rec.channels == 2 and rec.file_channels == 2
    assert rec.sample_rate == sr
    assert abs(rec.duration_s - 2.0) < 0.1
    assert np.abs(rec.samples).max() > 0.05


def test_decodes_m4a_through_ffmpeg(tmp_path):
    av = pytest.importorskip("av")
    path = tmp_path / "call.m4a"
    sr = 16000
    x = tone(2.0, sr)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=sr, layout="mono")
        frame = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = sr
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    rec = load_recording(path)
    assert rec.channels == 1 and rec.sample_rate == sr
    assert abs(rec.duration_s - 2.0) < 0.2


def test_telephone_rate_is_resampled_for_asr(tmp_path):
    path = tmp_path / "tel.wav"
    sf.write(path, tone(3.0, 8000), 8000, subtype="ULAW")
    rec = load_recording(path)
    assert rec.sample_rate == 8000
    assert rec.at_rate(16000).shape == (1, 48000)


def test_empty_file_is_rejected_with_its_name(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.wav: empty file"):
        load_recording(path)


def test_random_bytes_are_reported_as_corrupt(tmp_path):
    path = tmp_path / "noise.wav"
    path.write_bytes(np.random.default_rng(0).bytes(5000))
    with pytest.raises(InputError, match=r"noise\.wav: cannot decode"):
        load_recording(path)


def test_truncated_header_is_rejected(tmp_path):
    good = tmp_path / "good.wav"
    sf.write(good, tone(1.0), SR)
    bad = tmp_path / "cut.wav"
    bad.write_bytes(good.read_bytes()[:30])
    with pytest.raises(InputError, match=r"cut\.wav"):
        load_recording(bad)


def test_truncated_audio_data_keeps_what_is_there(tmp_path):
    good = tmp_path / "good.wav"
    sf.write(good, tone(2.0), SR, subtype="PCM_16")
    cut = tmp_path / "cut.wav"
    cut.write_bytes(good.read_bytes()[: 44 + SR * 2])  # header + first second
    rec = load_recording(cut)
    assert 0.9 < rec.duration_s < 1.1


def test_nan_samples_are_rejected(tmp_path):
    x = tone(1.0)
    x[100:110] = np.nan
    path = tmp_path / "nan.wav"
    sf.write(path, x, SR, subtype="FLOAT")
    with pytest.raises(InputError, match=r"nan\.wav: contains 10 NaN/infinite samples"):
        load_recording(path)


def test_more_than_two_channels_need_a_channel_choice(tmp_path):
    path = tmp_path / "multi.wav"
    sf.write(path, tone(1.0, channels=4), SR)
    with pytest.raises(InputError, match=r"4 channels.*--channel"):
        load_recording(path)
    rec = load_recording(path, channel=2)
    assert rec.channels == 1 and rec.file_channels == 4


def test_missing_channel_is_rejected(tmp_path):
    path = tmp_path / "st.wav"
    sf.write(path, tone(1.0, channels=2), SR)
    with pytest.raises(InputError, match="no channel 5"):
        load_recording(path, channel=5)


def test_missing_file_and_folder_are_rejected(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load_recording(tmp_path / "nope.wav")
    with pytest.raises(InputError, match="is a folder"):
        load_recording(tmp_path)


def test_too_short_recording_is_rejected(tmp_path):
    path = tmp_path / "blip.wav"
    sf.write(path, tone(0.01), SR)
    with pytest.raises(InputError, match="too short"):
        load_recording(path)


def test_source_file_is_never_modified(tmp_path):
    path = tmp_path / "call.wav"
    sf.write(path, tone(1.0, channels=2), SR)
    before = path.read_bytes()
    load_recording(path).at_rate(16000)
    assert path.read_bytes() == before
