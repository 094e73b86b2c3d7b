"""What keeps a long call's memory bounded: the diarisation runs after Whisper on calls over
``[diarization] alongside_max_s`` (alongside it on shorter ones), both hand freed heap pages
back as they go, and tone low-passes a shared mono signal once with identical results."""
from __future__ import annotations

import threading

import numpy as np
import pytest

from callcoach.analysis.voice import tone as tone_module
from callcoach.audio import Recording
from callcoach.config import Config
from callcoach.conversation import Conversation, Segment, Word
from callcoach.speech import mono
from callcoach.speech.pyannote.diarizer import DiarizationResult

SR = 16000


def _speechy(seconds: float, seed: int = 3) -> np.ndarray:
    """Voiced bursts (a 150 Hz buzz with harmonics) separated by pauses."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SR)) / SR
    voice = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 6)).astype(np.float32)
    on = (np.floor(t / 1.5) % 2 == 0).astype(np.float32)
    return (0.3 * voice * on + 0.001 * rng.standard_normal(t.size)).astype(np.float32)


class _Events:
    def __init__(self):
        self.order: list[str] = []
        self.diarising = threading.Event()


def _fakes(events: _Events, wait_for_diarisation: bool):
    class FakeTranscriber:
        def transcribe(self, audio, speech, pad_s, on_progress=None):
            if wait_for_diarisation:
                events.diarising.wait(timeout=10)
            events.order.append("transcribed" + (" (diarisation running)" if events.diarising.is_set() else ""))
            return [Word(" hello", 0.1, 0.5), Word(" there", 3.1, 3.5)]

    class FakeDiarizer:
        label = "fake"

        def __call__(self, audio, on_progress=None):
            events.diarising.set()
            events.order.append("diarised")
            return DiarizationResult(turns={"A": [(0.0, 1.5)], "B": [(3.0, 4.5)]},
                                     exclusive={"A": [(0.0, 1.5)], "B": [(3.0, 4.5)]})

    return FakeTranscriber(), FakeDiarizer()


@pytest.mark.parametrize("alongside_max_s, expected", [
    (3600.0, ["diarised", "transcribed (diarisation running)"]),
    (1.0, ["transcribed", "diarised"]),
])
def test_long_calls_are_diarised_after_whisper_short_ones_alongside(alongside_max_s, expected):
    config = Config()
    config.diarization.alongside_max_s = alongside_max_s
    config.asr.recover_interjections = False
    events = _Events()
    transcriber, diarizer = _fakes(events, wait_for_diarisation=alongside_max_s > 6)
    audio = _speechy(6.0)
    conversation, info = mono.transcribe_mono(audio, 6.0, transcriber, lambda: diarizer, config,
                                              lambda step, fraction: None, [])
    assert events.order == expected
    assert info["speakers_found"] == 2
    assert [s.text.strip() for s in conversation.segments] == ["hello", "there"]


def test_a_failed_transcription_of_a_long_call_never_starts_the_diarisation():
    config = Config()
    config.diarization.alongside_max_s = 1.0
    started = []

    class Broken:
        def transcribe(self, *args, **kwargs):
            raise RuntimeError("whisper failed")

    with pytest.raises(RuntimeError, match="whisper failed"):
        mono.transcribe_mono(_speechy(3.0), 3.0, Broken(), lambda: started.append(1), config,
                             lambda step, fraction: None, [])
    assert started == []


def test_a_shared_mono_signal_gives_the_tone_figures_of_one_pass_per_speaker():
    audio = _speechy(12.0)
    recording = Recording("x.wav", audio[None, :], SR, 1)
    def words(a, b):
        return [Word(" word", a, b)]

    conversation = Conversation([Segment("agent", 0.0, 1.5, "word", words(0.0, 1.5)),
                                 Segment("customer", 3.0, 4.5, "word", words(3.0, 4.5)),
                                 Segment("agent", 6.0, 7.5, "word", words(6.0, 7.5)),
                                 Segment("customer", 9.0, 10.5, "word", words(9.0, 10.5))], 12.0)
    cfg = Config().tone
    section = tone_module.analyze_tone(conversation, cfg, recording=recording)
    for speaker in ("agent", "customer"):
        frames = tone_module.measure_frames(recording.mono(cfg.analysis_rate_hz), cfg.analysis_rate_hz,
                                            tone_module.own_speech(conversation, speaker), cfg)
        expected = tone_module.speaker_summary(frames, cfg)
        assert {k: section[speaker][k] for k in expected} == expected
    assert section["agent"]["pitch_median_hz"] == pytest.approx(150, rel=0.05)


def test_whisper_hands_freed_pages_back_after_each_group(monkeypatch):
    from callcoach.speech import transcribe

    calls = []
    monkeypatch.setattr(transcribe, "release_freed_memory", lambda: calls.append(1) or True)

    class FakePipeline:
        def __init__(self, model):
            pass

        def transcribe(self, audio, clip_timestamps, batch_size, **options):
            return [], type("Info", (), {"language": "en", "language_probability": 1.0})()

    import faster_whisper

    monkeypatch.setattr(faster_whisper, "BatchedInferencePipeline", FakePipeline)
    config = Config().asr
    tr = transcribe.Transcriber(object(), config)
    audio = _speechy(400.0)
    regions = [(float(s), float(s) + 20.0) for s in range(0, 380, 25)]
    tr.transcribe(audio, regions, 0.1)
    groups = -(-len(transcribe.plan_windows(audio, regions, 0.1)) // (config.batch_size * 2))
    assert groups >= 2 and len(calls) == groups


def test_after_the_speech_stage_only_tones_rate_is_kept():
    audio = _speechy(4.0)
    recording = Recording("x.wav", audio[None, :], SR, 1, metadata={"warnings": ["truncated"]})
    low = recording.at(8000)
    assert low.sample_rate == 8000 and low.samples.shape == (1, 32000)
    assert low.duration_s == pytest.approx(recording.duration_s)
    assert not np.shares_memory(low.samples, recording.samples)  # the 16 kHz array can be freed
    assert low.warnings == ["truncated"]
    assert np.shares_memory(low.mono(8000), low.samples)
