"""Where someone speaks in one channel: Silero VAD (shipped in faster-whisper) with an energy assist."""
from __future__ import annotations

import numpy as np

from ..audio import peak_level
from ..config import VadConfig
from ..intervals import Interval
from ..intervals import merge as merge_close

SR = 16000
FRAME_S = 0.02
SMOOTH_S = 0.25



WINDOW = 512
"""Silero VAD scores 32 ms windows of 16 kHz audio."""


VAD_BLOCK_S = 120.0
"""Silero scores the audio this many seconds at a time: in one call its memory grew by
with the length of the audio (gigabytes for a 2-hour call); per block it stays flat
(``benchmarks/long_call.py``). The model's
state restarts at each block edge, which costs nothing measurable."""


def speech_probabilities(audio: np.ndarray) -> np.ndarray:
    """Silero VAD speech probability per 32 ms window (the model shipped in faster-whisper)."""
    from faster_whisper.vad import get_vad_model

    if audio.size == 0:
        return np.zeros(0, dtype=np.float32)
    model = get_vad_model()
    block = int(VAD_BLOCK_S * SR) // WINDOW * WINDOW
    parts = []
    for i in range(0, audio.size, block):
        piece = audio[i:i + block].astype(np.float32)
        if piece.size % WINDOW:  # only the last block: zero-padded to whole windows
            piece = np.pad(piece, (0, (-piece.size) % WINDOW))
        parts.append(np.asarray(model(piece), dtype=np.float32).ravel())
    return np.concatenate(parts)


def detect_speech(audio: np.ndarray, vad: VadConfig, sample_rate: int = SR) -> list[Interval]:
    """Speech intervals (seconds) in one 16 kHz channel.

    Silero VAD decides; on band-limited telephone audio its scores for real speech often
    sit between 0.2 and 0.5, so a window also counts as speech when its score is at least
    ``vad.assist_threshold`` and it is ``vad.assist_snr_db`` above the channel's noise floor,
    or a lower score but far above the floor (some voices score under 0.1 through a phone
    line). Echo of the other side that this lets in is removed by the crosstalk gate.
    Short gaps are bridged, blips dropped, and each stretch padded.
    """
    if sample_rate != SR:
        raise ValueError(f"detect_speech needs {SR} Hz audio, got {sample_rate}")
    if audio.size == 0 or peak_level(audio) < 1e-5:  # no whole-call temporary
        return []
    probs = speech_probabilities(audio)
    levels = frame_power_db(audio, sample_rate, frame_s=WINDOW / SR, smooth_s=0.0)[: len(probs)]
    floor = max(float(np.percentile(levels, 10)), -70.0)
    active = ((probs >= vad.threshold)
              | ((probs >= vad.assist_threshold) & (levels >= floor + vad.assist_snr_db))
              | ((probs >= vad.strong_assist_threshold) & (levels >= floor + vad.strong_assist_snr_db)))
    win_s = WINDOW / SR
    intervals = intervals_from_mask(active, win_s)
    bridged = merge_close(intervals, vad.min_silence_duration_ms / 1000)
    pad = vad.speech_pad_ms / 1000
    duration = len(audio) / SR
    out: list[Interval] = []
    for start, end in bridged:
        if end - start < vad.min_speech_duration_ms / 1000:
            continue
        start, end = max(0.0, start - pad), min(duration, end + pad)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def frame_power_db(audio: np.ndarray, sample_rate: int = SR, frame_s: float = FRAME_S,
                   smooth_s: float = SMOOTH_S) -> np.ndarray:
    """Power per frame in dB, smoothed by a moving average over ``smooth_s`` (0: none).

    The last, partial frame is zero-padded.
    """
    hop = int(round(frame_s * sample_rate))
    n = int(np.ceil(len(audio) / hop))
    if n == 0:
        return np.full(1, -120.0)
    power = np.empty(n)
    full = len(audio) // hop
    frames = audio[: full * hop].reshape(full, hop)
    block = max(1, 1_000_000 // hop)  # ~1 M samples at a time: no call-length float64 copies
    for i in range(0, full, block):
        chunk = frames[i:i + block].astype(np.float64)
        power[i:i + len(chunk)] = np.mean(chunk * chunk, axis=1)
    if full < n:
        tail = audio[full * hop:].astype(np.float64)
        power[full] = float(np.sum(tail * tail)) / hop
    width = max(1, int(round(smooth_s / frame_s)))
    if width > 1:
        kernel = np.ones(width) / width
        power = np.convolve(power, kernel, mode="same")
    return 10.0 * np.log10(power + 1e-12)


def mask_from_intervals(intervals: list[Interval], n_frames: int, frame_s: float) -> np.ndarray:
    mask = np.zeros(n_frames, dtype=bool)
    for start, end in intervals:
        a, b = int(start / frame_s), int(np.ceil(end / frame_s))
        mask[max(a, 0):min(b, n_frames)] = True
    return mask


def intervals_from_mask(mask: np.ndarray, frame_s: float) -> list[Interval]:
    out: list[Interval] = []
    if not mask.any():
        return out
    padded = np.concatenate([[False], mask, [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    for a, b in zip(edges[::2], edges[1::2]):
        out.append((a * frame_s, b * frame_s))
    return out
