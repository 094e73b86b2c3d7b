"""Speech per channel: VAD on real speech, the crosstalk/echo gate, fake stereo."""
from __future__ import annotations

import numpy as np

from callcoach.audio import load_recording
from callcoach.config import Config, StereoConfig
from callcoach.intervals import merge as merge_close
from callcoach.speech.stereo import channel_speech, gate_crosstalk, is_fake_stereo
from callcoach.speech.vad import detect_speech

SR = 16000


def burst(seconds: float, level: float, seed: int) -> np.ndarray:
    return (level * np.random.default_rng(seed).standard_normal(int(seconds * SR))).astype(np.float32)


def silence(seconds: float) -> np.ndarray:
    return (1e-4 * np.random.default_rng(99).standard_normal(int(seconds * SR))).astype(np.float32)


def test_echo_of_the_other_side_is_gated_but_own_speech_kept():
    own_a = np.concatenate([silence(1), burst(2, 0.2, 1), silence(3)])
    own_b = np.concatenate([silence(4), burst(1.5, 0.2, 2), silence(0.5)])
    leak = 10 ** (-18 / 20)
    ch_a = own_a + leak * own_b
    ch_b = own_b + leak * own_a
    audio = np.stack([ch_a, ch_b])
    # Pretend the VAD heard speech wherever there is energy on each channel.
    regions = [[(1.0, 3.0), (4.0, 5.5)], [(1.0, 3.0), (4.0, 5.5)]]
    gated = gate_crosstalk(regions, audio, gate_db=6.0, min_turn_s=0.1)
    assert gated[0] and abs(gated[0][0][0] - 1.0) < 0.2 and abs(gated[0][-1][1] - 3.0) < 0.2
    assert all(end <= 3.3 for _, end in gated[0]), "channel 0 must lose the echo of channel 1"
    assert gated[1] and all(start >= 3.7 for start, _ in gated[1]), "channel 1 must lose the echo of channel 0"


def test_a_quieter_line_is_not_mistaken_for_echo():
    own_a = np.concatenate([burst(2, 0.3, 1), silence(2)])
    own_b = np.concatenate([silence(2), burst(2, 0.03, 2)])  # 20 dB quieter line
    audio = np.stack([own_a + 0.01 * own_b, own_b + 0.003 * own_a])
    regions = [[(0.0, 2.0)], [(2.0, 4.0)]]
    gated = gate_crosstalk(regions, audio, gate_db=6.0, min_turn_s=0.1)
    assert sum(e - s for s, e in gated[1]) > 1.7


def test_simultaneous_speech_on_both_channels_survives_the_gate():
    a, b = burst(2, 0.2, 1), burst(2, 0.15, 2)
    audio = np.stack([a + 0.05 * b, b + 0.05 * a])
    gated = gate_crosstalk([[(0.0, 2.0)], [(0.0, 2.0)]], audio, gate_db=6.0, min_turn_s=0.1)
    assert sum(e - s for s, e in gated[0]) > 1.8 and sum(e - s for s, e in gated[1]) > 1.8


def test_identical_channels_are_fake_stereo():
    x = burst(2, 0.2, 3)
    assert is_fake_stereo(np.stack([x, x]), StereoConfig())
    assert is_fake_stereo(np.stack([x, 0.99 * x + 1e-3 * burst(2, 1, 4)]), StereoConfig())
    assert not is_fake_stereo(np.stack([x, burst(2, 0.2, 5)]), StereoConfig())


def test_no_speech_in_silence_or_noise():
    cfg = Config()
    assert detect_speech(np.zeros(SR * 3, dtype=np.float32), cfg.vad) == []
    assert detect_speech(silence(3), cfg.vad) == []


def test_vad_finds_telephone_speech_of_both_voices(samples):
    import json

    rec = load_recording(samples / "call_stereo_8k.wav")
    truth = json.loads((samples / "call_stereo_8k.truth.json").read_text())
    speech = channel_speech(rec.at_rate(SR), Config().vad, StereoConfig(), 0.12)
    for ch, role in ((0, "agent"), (1, "customer")):
        found = speech.regions[ch]
        for seg in truth["segments"]:
            if seg["speaker"] != role:
                continue
            covered = sum(max(0.0, min(e, seg["end"]) - max(s, seg["start"])) for s, e in found)
            assert covered >= 0.6 * (seg["end"] - seg["start"]), f"{role} speech at {seg['start']} missed"
        # Nothing found on this channel while only the other side talks (crosstalk gated).
        mine = [(s["start"], s["end"]) for s in truth["segments"] if s["speaker"] == role]
        for s, e in found:
            inside_mine = sum(max(0.0, min(e, b) - max(s, a)) for a, b in mine)
            assert inside_mine >= 0.5 * (e - s), f"{role} channel speech at {s:.2f}-{e:.2f} is not {role} speech"


def test_merge_close_bridges_short_pauses_only():
    assert merge_close([(0, 1), (1.3, 2), (3, 4)], 0.5) == [(0, 2), (3, 4)]


def test_a_loud_stretch_the_vad_barely_scores_is_still_speech(monkeypatch):
    """Some voices score almost nothing through a phone line (a male neural voice at 8 kHz:
    0.00-0.15 on clear words); far above the channel's noise floor, a score of 0.01 is enough."""
    import callcoach.speech.vad as vad_module

    audio = np.concatenate([silence(2), burst(2, 0.2, 3), silence(2)])
    windows = len(audio) // 512

    def scores(value):
        def fake(_audio):
            probs = np.zeros(windows, dtype=np.float32)
            probs[int(2.0 * SR / 512):int(4.0 * SR / 512)] = value
            return probs
        return fake

    monkeypatch.setattr(vad_module, "speech_probabilities", scores(0.01))
    found = detect_speech(audio, Config().vad)
    assert len(found) == 1 and abs(found[0][0] - 2.0) < 0.2 and abs(found[0][1] - 4.0) < 0.2
    monkeypatch.setattr(vad_module, "speech_probabilities", scores(0.001))  # no vote at all: noise
    assert detect_speech(audio, Config().vad) == []
