"""Tone of voice per speaker: pitch, monotony, loudness, pace and raised voice."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..audio import Recording
from ..config import Config, ToneConfig
from ..conversation import ROLES, Conversation, Role, Segment

Interval = tuple[float, float]

UNAVAILABLE_REASON = "tone needs audio; this call was analysed from a transcript"
MIN_TIMELINE_VOICED_S = 0.1
"""A segment needs this much voiced speech for a pitch in the timeline."""


@dataclass(frozen=True)
class Frames:
    """One speaker's analysed frames, in time order (``hop_s`` of speech each)."""

    times_s: np.ndarray
    """Frame centres, in seconds from the start of the recording."""
    f0_hz: np.ndarray
    """Pitch, NaN where unvoiced or not active speech."""
    level_db: np.ndarray
    """RMS level of the frame's own hop of audio, in dBFS."""
    active: np.ndarray
    """True where the frame is active speech (loud enough to count for loudness)."""
    hop_s: float

    @property
    def voiced(self) -> np.ndarray:
        return np.isfinite(self.f0_hz)


def analyze_tone(conversation: Conversation, recording: Recording | None, config: Config | ToneConfig,
                 *, speaker_channels: dict[str, int] | None = None) -> dict[str, Any]:
    """The report's ``tone`` section.

    Parameters
    ----------
    conversation : who spoke when (segments, words).
    recording : the call's audio, or None for a transcript-only analysis (then only the
        speaking rate is given and ``available`` is False).
    config : the full :class:`Config` or its ``tone`` part.
    speaker_channels : for stereo calls, each speaker's own channel, e.g.
        ``{"agent": 0, "customer": 1}``. None (or a mono recording) analyses the one
        mixed signal for both speakers.
    """
    cfg = config.tone if isinstance(config, Config) else config
    rates = {spk: speaking_rate(conversation.by_speaker(spk)) for spk in ROLES}
    if recording is None:
        return {
            "available": False,
            "reason": UNAVAILABLE_REASON,
            **{spk: {**_empty_speaker(), **rates[spk]} for spk in ROLES},
            "raised_voice": [],
            "timeline": [_timeline_entry(seg, None, cfg) for seg in conversation.segments],
        }

    frames: dict[Role, Frames] = {}
    for spk in ROLES:
        signal = _speaker_signal(recording, spk, cfg.analysis_rate_hz, speaker_channels)
        frames[spk] = measure_frames(signal, cfg.analysis_rate_hz, own_speech(conversation, spk), cfg)

    section: dict[str, Any] = {
        "available": True,
        "method": {"pitch": "pyin", "sample_rate": cfg.analysis_rate_hz, "hop_s": cfg.hop_s,
                   "fmin_hz": cfg.fmin_hz, "fmax_hz": cfg.fmax_hz,
                   "channels": "per speaker" if _is_split(recording, speaker_channels) else "mono"},
    }
    for spk in ROLES:
        section[spk] = {**speaker_summary(frames[spk], cfg), **rates[spk]}
    section["raised_voice"] = sorted(
        (event for spk in ROLES for event in raised_voice(frames[spk], spk, cfg)),
        key=lambda e: e["start"])
    section["timeline"] = [_timeline_entry(seg, frames[seg.speaker], cfg) for seg in conversation.segments]
    return section


# ---------------------------------------------------------------- speech selection


def own_speech(conversation: Conversation, speaker: Role) -> list[Interval]:
    """Where ``speaker`` talks and the other party does not (overlaps are left out)."""
    own = _union([(s.start, s.end) for s in conversation.segments if s.speaker == speaker])
    other = _union([(s.start, s.end) for s in conversation.segments if s.speaker != speaker])
    out: list[Interval] = []
    for start, end in own:
        pieces = [(start, end)]
        for o_start, o_end in other:
            if o_end <= start or o_start >= end:
                continue
            pieces = [p for a, b in pieces for p in ((a, min(b, o_start)), (max(a, o_end), b)) if p[1] > p[0]]
        out.extend(pieces)
    return out


def _union(intervals: list[Interval]) -> list[Interval]:
    merged: list[list[float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _is_split(recording: Recording, speaker_channels: dict[str, int] | None) -> bool:
    return speaker_channels is not None and recording.channels > 1


def _speaker_signal(recording: Recording, speaker: Role, sample_rate: int,
                    speaker_channels: dict[str, int] | None) -> np.ndarray:
    if not _is_split(recording, speaker_channels):
        return recording.mono(sample_rate)
    assert speaker_channels is not None
    channel = speaker_channels.get(speaker)
    if channel is None:
        return recording.mono(sample_rate)
    if not 0 <= channel < recording.channels:
        raise ValueError(f"speaker_channels[{speaker!r}] = {channel}, but {recording.source} "
                         f"has channels 0..{recording.channels - 1}")
    return recording.at_rate(sample_rate)[channel]


# ---------------------------------------------------------------- frames: level and pitch


def measure_frames(signal: np.ndarray, sample_rate: int, intervals: list[Interval], cfg: ToneConfig) -> Frames:
    """Level and pitch of every ``hop_s`` frame inside ``intervals`` of a 1-D signal."""
    hop = max(1, int(round(cfg.hop_s * sample_rate)))
    frame_length = max(int(round(cfg.frame_s * sample_rate)), int(math.ceil(sample_rate / cfg.fmin_hz)) + 2)
    hop_s = hop / sample_rate
    starts, run_ids = [], []
    for i, (start, end) in enumerate(intervals):
        a, b = int(round(start * sample_rate)), min(int(round(end * sample_rate)), signal.size)
        n = (b - a) // hop
        if n > 0:
            starts.append(a + hop * np.arange(n))
            run_ids.append(np.full(n, i))
    if not starts:
        empty = np.zeros(0)
        return Frames(empty, empty, empty, np.zeros(0, dtype=bool), hop_s)
    hop_starts = np.concatenate(starts)
    runs = np.concatenate(run_ids)
    times = (hop_starts + hop / 2) / sample_rate

    x = np.asarray(signal, dtype=np.float32)
    hops = x[hop_starts[:, None] + np.arange(hop)]
    energy = np.mean(np.square(hops, dtype=np.float64), axis=1)
    level_db = 10 * np.log10(np.maximum(energy, 1e-12))
    loud = np.percentile(level_db, 95)
    active = level_db >= loud - cfg.active_range_db

    # Pitch windows are centred on each hop; pad the signal so edge frames exist.
    pad = frame_length // 2
    padded = np.pad(x, (pad, pad))
    centres = hop_starts + hop // 2
    windows = padded[centres[:, None] + np.arange(frame_length)]
    f0 = track_pitch(windows, runs, sample_rate, cfg)
    f0[~active] = np.nan
    return Frames(times, f0, level_db, active, hop_s)


def track_pitch(windows: np.ndarray, runs: np.ndarray, sample_rate: int, cfg: ToneConfig) -> np.ndarray:
    """pYIN pitch (Hz, NaN = unvoiced) of each window (rows), decoded run by run.

    The probabilistic YIN of Mauch & Dixon (2014) as librosa implements it, with the
    per-frame candidate probabilities vectorised (librosa loops over frames in Python,
    which is most of its cost) and the HMM on coarse bins. Each voiced frame reports the
    exact YIN candidate (parabolic interpolation) in the decoded bin.
    """
    from librosa.sequence import viterbi

    min_period = max(1, int(math.floor(sample_rate / cfg.fmax_hz)))
    max_period = min(int(math.ceil(sample_rate / cfg.fmin_hz)), windows.shape[1] - 2)
    cmndf = _cmndf(windows, max_period)[:, min_period:max_period + 1]
    period = min_period + np.arange(cmndf.shape[1]) + _parabolic_shift(cmndf)
    probs = _candidate_probs(cmndf)
    f0_candidates = sample_rate / period

    n_bins, per_semitone = _bins(cfg)
    bins = np.clip(np.round(12 * per_semitone * np.log2(f0_candidates / cfg.fmin_hz)), 0, n_bins - 1).astype(int)
    n_frames = windows.shape[0]
    observation = np.zeros((2 * n_bins, n_frames))
    rows, cols = np.nonzero(probs)
    np.add.at(observation, (bins[rows, cols], rows), probs[rows, cols])
    voiced_prob = np.clip(observation[:n_bins].sum(axis=0), 0, 1)
    observation[n_bins:] = (1 - voiced_prob) / n_bins

    transition, p_init = _transition(n_bins, per_semitone, cfg.hop_s, cfg.fmax_hz)
    states = np.empty(n_frames, dtype=int)
    bounds = np.flatnonzero(np.diff(runs)) + 1
    for a, b in zip(np.r_[0, bounds], np.r_[bounds, n_frames]):
        states[a:b] = viterbi(observation[:, a:b], transition, p_init=p_init)

    f0 = np.full(n_frames, np.nan)
    voiced = np.flatnonzero(states < n_bins)
    if voiced.size:
        # The most probable candidate that falls in the decoded bin.
        in_bin = (bins[voiced] == states[voiced, None]) & (probs[voiced] > 0)
        score = np.where(in_bin, probs[voiced], -1.0)
        best = np.argmax(score, axis=1)
        ok = score[np.arange(voiced.size), best] > 0
        f0[voiced[ok]] = f0_candidates[voiced[ok], best[ok]]
    return f0


def _cmndf(windows: np.ndarray, max_period: int) -> np.ndarray:
    """YIN's cumulative mean normalised difference, lags 0..max_period (rows = frames)."""
    length = windows.shape[1]
    width = length - max_period
    n_fft = 1 << int(math.ceil(math.log2(length + width)))
    x = windows.astype(np.float64)
    spec_all = np.fft.rfft(x, n_fft, axis=1)
    spec_head = np.fft.rfft(x[:, :width], n_fft, axis=1)
    # Cross-correlation of the first ``width`` samples with the whole window.
    acf = np.fft.irfft(spec_all * np.conj(spec_head), n_fft, axis=1)[:, :max_period + 1]
    power = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x * x, axis=1)], axis=1)
    lags = np.arange(max_period + 1)
    energy_shifted = power[:, lags + width] - power[:, lags]
    diff = np.maximum(energy_shifted[:, :1] + energy_shifted - 2 * acf, 0)
    cumulative = np.cumsum(diff[:, 1:], axis=1)
    out = np.ones_like(diff)
    with np.errstate(divide="ignore", invalid="ignore"):
        out[:, 1:] = diff[:, 1:] * lags[1:] / cumulative
    out[~np.isfinite(out)] = 1.0
    return out


def _parabolic_shift(cmndf: np.ndarray) -> np.ndarray:
    """Sub-sample offset of each lag's minimum (0 at the edges)."""
    shift = np.zeros_like(cmndf)
    left, mid, right = cmndf[:, :-2], cmndf[:, 1:-1], cmndf[:, 2:]
    a = right + left - 2 * mid
    b = (right - left) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        inner = np.where(np.abs(b) >= np.abs(a), 0.0, -b / a)
    shift[:, 1:-1] = np.nan_to_num(inner)
    return shift


@lru_cache(maxsize=4)
def _thresholds(n_thresholds: int = 100, beta: tuple[float, float] = (2.0, 18.0)) -> tuple[np.ndarray, np.ndarray]:
    import scipy.stats

    thresholds = np.linspace(0, 1, n_thresholds + 1)
    return thresholds[1:], np.diff(scipy.stats.beta.cdf(thresholds, *beta))


def _candidate_probs(cmndf: np.ndarray, boltzmann: float = 2.0, no_trough_prob: float = 0.01) -> np.ndarray:
    """pYIN's probability of each lag being the period (rows = frames, zero off troughs).

    For every YIN threshold (beta(2, 18) prior) the troughs under it share its weight,
    earlier (shorter-period) troughs favoured by a Boltzmann prior over their order.
    """
    thresholds, beta_probs = _thresholds()
    n_frames, n_lags = cmndf.shape
    trough = np.zeros(cmndf.shape, dtype=bool)
    trough[:, 1:-1] = (cmndf[:, 1:-1] < cmndf[:, :-2]) & (cmndf[:, 1:-1] <= cmndf[:, 2:])
    trough[:, 0] = cmndf[:, 0] < cmndf[:, 1]
    trough[:, -1] = cmndf[:, -1] < cmndf[:, -2]
    probs = np.zeros(cmndf.shape)
    n_troughs = trough.sum(axis=1)
    max_troughs = int(n_troughs.max(initial=0))
    if max_troughs == 0:
        return probs
    # Troughs of each frame, in lag order, padded with +inf heights.
    order = np.argsort(~trough, axis=1, kind="stable")[:, :max_troughs]
    heights = np.take_along_axis(cmndf, order, axis=1)
    heights[np.arange(max_troughs)[None, :] >= n_troughs[:, None]] = np.inf
    decay = 1 - math.exp(-boltzmann)
    trough_probs = np.zeros((n_frames, max_troughs))
    step = max(1, 2_000_000 // (max_troughs * thresholds.size))
    for a in range(0, n_frames, step):
        below = heights[a:a + step, :, None] < thresholds  # frames x troughs x thresholds
        rank = np.cumsum(below, axis=1) - 1
        count = below.sum(axis=1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            prior = decay * np.exp(-boltzmann * rank) / (1 - np.exp(-boltzmann * count))
        prior = np.where(below, prior, 0.0)
        trough_probs[a:a + step] = prior @ beta_probs
    global_min = np.argmin(heights, axis=1)
    min_height = heights[np.arange(n_frames), global_min]
    none_below = np.cumsum(beta_probs)[np.clip(np.searchsorted(thresholds, min_height, side="right") - 1, -1, None)]
    none_below = np.where(min_height >= thresholds[0], none_below, 0.0)
    trough_probs[np.arange(n_frames), global_min] += no_trough_prob * none_below
    np.put_along_axis(probs, order, np.where(np.isfinite(heights), trough_probs, 0.0), axis=1)
    return probs


def _bins(cfg: ToneConfig) -> tuple[int, float]:
    per_semitone = 1.0 / cfg.pitch_resolution_semitones
    return int(math.floor(12 * per_semitone * math.log2(cfg.fmax_hz / cfg.fmin_hz))) + 1, per_semitone


@lru_cache(maxsize=8)
def _transition(n_bins: int, per_semitone: float, hop_s: float, fmax_hz: float,
                max_octaves_per_s: float = 35.92, switch_prob: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
    """pYIN's HMM: local (triangular) pitch moves, rare voiced/unvoiced switches."""
    from librosa import sequence

    max_semitones = max(1, round(max_octaves_per_s * 12 * hop_s))
    width = int(round(max_semitones * per_semitone)) + 1
    local = sequence.transition_local(n_bins, min(width, n_bins), window="triangle", wrap=False)
    transition = np.kron(sequence.transition_loop(2, 1 - switch_prob), local)
    return transition, np.full(2 * n_bins, 1.0 / (2 * n_bins))


# ---------------------------------------------------------------- summaries


def _semitones(f0_hz: np.ndarray) -> np.ndarray:
    return 12 * np.log2(f0_hz)


def _energy_db(level_db: np.ndarray) -> float | None:
    if level_db.size == 0:
        return None
    return float(10 * np.log10(np.mean(10 ** (level_db / 10))))


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), digits)


def speaker_summary(frames: Frames, cfg: ToneConfig) -> dict[str, Any]:
    """Pitch median and range, loudness, monotone and how much voice they rest on."""
    voiced = frames.voiced
    voiced_s = float(voiced.sum() * frames.hop_s)
    f0 = frames.f0_hz[voiced]
    reliable = voiced_s >= cfg.min_voiced_s
    median = float(np.median(f0)) if f0.size else None
    spread = None
    if reliable:
        p10, p90 = np.percentile(f0, [10, 90])
        spread = 12 * math.log2(p90 / p10)
    return {
        "pitch_median_hz": _round(median),
        "pitch_range_semitones": _round(spread, 2),
        "loudness_db": _round(_energy_db(frames.level_db[frames.active])),
        "monotone": (spread < cfg.monotone_range_semitones) if spread is not None else None,
        "speech_s": _round(frames.times_s.size * frames.hop_s, 2),
        "voiced_s": _round(voiced_s, 2),
        "pitch_reliable": reliable,
    }


def _empty_speaker() -> dict[str, Any]:
    return {"pitch_median_hz": None, "pitch_range_semitones": None, "loudness_db": None,
            "monotone": None, "speech_s": None, "voiced_s": None, "pitch_reliable": False}


def _word_count(segment: Segment) -> int:
    if segment.words:
        return sum(any(c.isalnum() for c in w.word) for w in segment.words)
    return sum(any(c.isalnum() for c in token) for token in segment.text.split())


def _speaking_span_s(segment: Segment) -> float:
    """Time from the first word's start to the last word's end (segment bounds without words)."""
    if segment.words:
        return max(0.0, max(w.end for w in segment.words) - min(w.start for w in segment.words))
    return segment.duration


def speaking_rate(segments: list[Segment]) -> dict[str, Any]:
    """Words per minute of speaking time: words over the sum of each turn's word span.

    The span runs from a turn's first word to its last, so pauses inside a turn count
    as speaking time but silence and padding around it do not. Turns without word
    times fall back to their segment bounds (``rate_basis`` says which was used).
    """
    words = sum(_word_count(s) for s in segments)
    span = sum(_speaking_span_s(s) for s in segments if _word_count(s))
    timed = [s for s in segments if _word_count(s)]
    basis = None
    if timed:
        basis = "word_span" if all(s.words for s in timed) else "segment_time"
    rate = words / span * 60 if span > 0 else None
    return {"speaking_rate_wpm": _round(rate), "words": words, "rate_basis": basis}


def _timeline_entry(segment: Segment, frames: Frames | None, cfg: ToneConfig) -> dict[str, Any]:
    entry: dict[str, Any] = {"speaker": segment.speaker, "start": round(segment.start, 2),
                             "end": round(segment.end, 2), "pitch_median_hz": None, "loudness_db": None}
    if frames is not None:
        a, b = np.searchsorted(frames.times_s, [segment.start, segment.end])
        f0 = frames.f0_hz[a:b]
        f0 = f0[np.isfinite(f0)]
        if f0.size * frames.hop_s >= MIN_TIMELINE_VOICED_S:
            entry["pitch_median_hz"] = _round(float(np.median(f0)))
        entry["loudness_db"] = _round(_energy_db(frames.level_db[a:b][frames.active[a:b]]))
    words = _word_count(segment)
    span = _speaking_span_s(segment)
    entry["rate_wpm"] = _round(words / span * 60) if words >= cfg.rate_min_words and span > 0 else None
    return entry


# ---------------------------------------------------------------- raised voice


def raised_voice(frames: Frames, speaker: Role, cfg: ToneConfig) -> list[dict[str, Any]]:
    """Stretches of at least ``raised_min_s`` well above the speaker's own loudness (and pitch)."""
    active = frames.active
    if active.sum() * frames.hop_s < cfg.raised_min_s:
        return []
    times = frames.times_s
    energy = np.where(active, 10 ** (frames.level_db / 10), 0.0)
    voiced = frames.voiced
    semis = np.where(voiced, _semitones(np.where(voiced, frames.f0_hz, 1.0)), 0.0)
    lo = np.searchsorted(times, times - cfg.raised_window_s / 2, side="left")
    hi = np.searchsorted(times, times + cfg.raised_window_s / 2, side="right")

    def window_sum(values: np.ndarray) -> np.ndarray:
        total = np.r_[0.0, np.cumsum(values)]
        return total[hi] - total[lo]

    n_active = window_sum(active.astype(float))
    n_voiced = window_sum(voiced.astype(float))
    with np.errstate(divide="ignore", invalid="ignore"):
        loudness = 10 * np.log10(window_sum(energy) / n_active)
        pitch = window_sum(semis) / n_voiced
    base_loudness = float(np.median(loudness[active]))
    base_pitch = float(np.median(semis[voiced])) if voiced.any() else math.nan
    candidate = active & (loudness - base_loudness >= cfg.raised_loudness_db)
    if cfg.raised_pitch_semitones > 0:
        candidate &= np.nan_to_num(pitch - base_pitch, nan=-np.inf) >= cfg.raised_pitch_semitones

    events: list[dict[str, Any]] = []
    idx = np.flatnonzero(candidate)
    if idx.size == 0:
        return events
    breaks = np.flatnonzero(np.diff(times[idx]) > cfg.raised_window_s / 2) + 1
    for run in np.split(idx, breaks):
        start, end = times[run[0]] - frames.hop_s / 2, times[run[-1]] + frames.hop_s / 2
        if end - start < cfg.raised_min_s:
            continue
        span = slice(run[0], run[-1] + 1)
        loud = _energy_db(frames.level_db[span][active[span]])
        stretch_voiced = voiced[span]
        pitch_delta = float(np.median(semis[span][stretch_voiced])) - base_pitch if stretch_voiced.any() else None
        events.append({"speaker": speaker, "start": round(float(start), 2), "end": round(float(end), 2),
                       "loudness_delta_db": _round(loud - base_loudness if loud is not None else None),
                       "pitch_delta_semitones": _round(pitch_delta, 2)})
    return events
