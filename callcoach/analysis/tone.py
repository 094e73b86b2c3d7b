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
from ..errors import CallcoachError

Interval = tuple[float, float]

UNAVAILABLE_REASON = "tone needs audio; this call was analysed from a transcript"
PYIN_THRESHOLD_MEAN = 0.1
"""pYIN's own voicing prior (beta(2, 18) over YIN thresholds): strict; finds the register."""
PYIN_BOLTZMANN = 2.0
"""pYIN favours shorter-period troughs (Boltzmann prior over their order) against
subharmonic errors."""
REGISTER_BOLTZMANN = 0.5
"""Inside the speaker's register subharmonics are out of range, while band-limited speech
makes spurious short-period troughs (at 2/3 and 1/2 of the period), so the second pass
favours shorter periods much less."""
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
    _check(cfg)
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


def _check(cfg: ToneConfig) -> None:
    nyquist = cfg.analysis_rate_hz / 2
    if not 0 < cfg.fmin_hz < cfg.fmax_hz <= nyquist:
        raise CallcoachError(f"[tone] needs 0 < fmin_hz < fmax_hz <= analysis_rate_hz / 2 ({nyquist:g}); "
                             f"got fmin_hz={cfg.fmin_hz}, fmax_hz={cfg.fmax_hz}")
    if not 0 < cfg.hop_s <= cfg.frame_s:
        raise CallcoachError(f"[tone] needs 0 < hop_s <= frame_s; got hop_s={cfg.hop_s}, frame_s={cfg.frame_s}")
    if not 0 < cfg.voicing_threshold_mean < 1 or cfg.pitch_resolution_semitones <= 0:
        raise CallcoachError("[tone] voicing_threshold_mean must be in (0, 1) and pitch_resolution_semitones > 0")


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
    channel = speaker_channels.get(speaker) if speaker_channels and recording.channels > 1 else None
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
    energy = np.empty(hop_starts.size)
    for a in range(0, hop_starts.size, BLOCK_FRAMES):
        hops = x[hop_starts[a:a + BLOCK_FRAMES, None] + np.arange(hop)]
        energy[a:a + hops.shape[0]] = np.mean(np.square(hops, dtype=np.float64), axis=1)
    level_db = 10 * np.log10(np.maximum(energy, 1e-12))
    loud = np.percentile(level_db, 95)
    active = level_db >= loud - cfg.active_range_db

    # Pitch windows are centred on each hop; pad the signal so edge frames exist.
    pad = frame_length // 2
    padded = np.pad(_lowpass(x, sample_rate, cfg.pitch_lowpass_hz), (pad, pad))
    centres = hop_starts + hop // 2

    def windows(a: int, b: int) -> np.ndarray:
        return padded[centres[a:b, None] + np.arange(frame_length)]

    f0 = track_pitch(windows, runs, sample_rate, cfg, frame_length)
    f0[~active] = np.nan
    return Frames(times, f0, level_db, active, hop_s)


BLOCK_FRAMES = 20_000
"""Pitch is computed on at most this many frames at a time (whole speech runs, unless one
run is longer): a 2-hour call would otherwise need several GB for YIN's FFTs."""


def _run_blocks(runs: np.ndarray, limit: int = BLOCK_FRAMES) -> list[tuple[int, int]]:
    """Frame ranges of at most ``limit`` frames that never split a run (a longer run is a block of its own)."""
    n = runs.size
    if n == 0:
        return []
    blocks: list[tuple[int, int]] = []
    start = prev_end = 0
    for end in np.r_[np.flatnonzero(np.diff(runs)) + 1, n]:
        if end - start > limit and prev_end > start:
            blocks.append((start, int(prev_end)))
            start = int(prev_end)
        prev_end = int(end)
    blocks.append((start, n))
    return blocks


def track_pitch(windows, runs: np.ndarray, sample_rate: int, cfg: ToneConfig,
                frame_length: int | None = None) -> np.ndarray:
    """pYIN pitch (Hz, NaN = unvoiced) of each window, decoded run by run.

    ``windows`` is a (frames, samples) array, or a function giving the rows ``a:b`` of one
    (then ``frame_length`` is its width), so long calls never hold all windows at once.

    The probabilistic YIN of Mauch & Dixon (2014) as librosa implements it, with the
    per-frame candidate probabilities vectorised (librosa loops over frames in Python,
    which is most of its cost) and the HMM on coarse bins; each voiced frame reports the
    exact YIN candidate (parabolic interpolation) in the decoded bin.

    Two passes over one YIN computation. The first, with pYIN's own strict voicing prior
    over ``fmin_hz..fmax_hz``, finds the speaker's pitch register. The second searches
    only around that register, with the more lenient prior telephone speech needs: band
    limiting and codecs raise YIN's aperiodicity, so pYIN's prior calls much real
    voicing unvoiced, and formant ripples make spurious short-period troughs.
    """
    if callable(windows):
        get, width = windows, int(frame_length)
    else:
        array = windows
        get, width = (lambda a, b: array[a:b]), array.shape[1]
    max_period = min(int(math.ceil(sample_rate / cfg.fmin_hz)), width - 2)
    blocks = _run_blocks(runs, BLOCK_FRAMES)
    cache: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def yin(a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        if (a, b) in cache:
            return cache[(a, b)]
        cmndf = _cmndf(get(a, b), max_period)
        with np.errstate(divide="ignore"):
            candidates = sample_rate / (np.arange(max_period + 1) + _parabolic_shift(cmndf))
        if len(blocks) == 1:  # short call: keep it for the second pass
            cache[(a, b)] = (cmndf, candidates)
        return cmndf, candidates

    def decode(fmin: float, fmax: float, threshold: float, boltzmann: float) -> np.ndarray:
        parts = []
        for a, b in blocks:
            cmndf, candidates = yin(a, b)
            parts.append(_decode(cmndf, candidates, runs[a:b], fmin, fmax, threshold, boltzmann,
                                 cfg.pitch_resolution_semitones, sample_rate, cfg))
        return np.concatenate(parts) if parts else np.zeros(0)

    f0 = decode(cfg.fmin_hz, cfg.fmax_hz, PYIN_THRESHOLD_MEAN, PYIN_BOLTZMANN)
    voiced = f0[np.isfinite(f0)]
    if voiced.size * cfg.hop_s < cfg.register_min_voiced_s:
        return f0
    low, high = np.percentile(voiced, [25, 75])
    fmin = max(cfg.fmin_hz, low * 2 ** (-cfg.register_below_semitones / 12))
    fmax = min(cfg.fmax_hz, high * 2 ** (cfg.register_above_semitones / 12))
    return decode(fmin, fmax, cfg.voicing_threshold_mean, REGISTER_BOLTZMANN)


def _decode(cmndf: np.ndarray, f0_candidates: np.ndarray, runs: np.ndarray, fmin: float, fmax: float,
            threshold_mean: float, boltzmann: float, resolution: float, sample_rate: int,
            cfg: ToneConfig) -> np.ndarray:
    """One pYIN pass: candidate probabilities in ``fmin..fmax``, then the HMM run by run."""
    from librosa.sequence import viterbi

    lo = max(1, int(math.floor(sample_rate / fmax)))
    hi = min(int(math.ceil(sample_rate / fmin)), cmndf.shape[1] - 1)
    probs = _candidate_probs(cmndf, lo, hi, threshold_mean, boltzmann)[:, lo:hi + 1]
    candidates = f0_candidates[:, lo:hi + 1]

    per_semitone = 1.0 / resolution
    n_bins = int(math.floor(12 * per_semitone * math.log2(fmax / fmin))) + 1
    with np.errstate(divide="ignore", invalid="ignore"):
        bins = np.round(12 * per_semitone * np.log2(candidates / fmin))
    bins = np.clip(np.nan_to_num(bins), 0, n_bins - 1).astype(int)
    n_frames = cmndf.shape[0]
    observation = np.zeros((2 * n_bins, n_frames))
    rows, cols = np.nonzero(probs)
    np.add.at(observation, (bins[rows, cols], rows), probs[rows, cols])
    np.clip(observation, 0, 1, out=observation)
    voiced_prob = np.clip(observation[:n_bins].sum(axis=0), 0, 1)
    observation[n_bins:] = (1 - voiced_prob) / n_bins

    transition, p_init = _transition(n_bins, per_semitone, cfg.hop_s)
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
        f0[voiced[ok]] = candidates[voiced[ok], best[ok]]
    return f0


def _lowpass(x: np.ndarray, sample_rate: int, cutoff_hz: float | None) -> np.ndarray:
    if not cutoff_hz or cutoff_hz >= sample_rate / 2:
        return x
    # Band-limit by resampling down and back up with soxr (already loaded for decoding):
    # a steep, linear-phase low-pass; scipy.signal's Butterworth cost 1.7 s of import.
    import soxr

    low_rate = int(round(2 * cutoff_hz))
    y = soxr.resample(soxr.resample(x.astype(np.float32), sample_rate, low_rate, quality="HQ"),
                      low_rate, sample_rate, quality="HQ")
    return np.ascontiguousarray(y[: len(x)] if len(y) >= len(x) else np.pad(y, (0, len(x) - len(y))),
                                dtype=np.float32)


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


@lru_cache(maxsize=8)
def _threshold_mass(threshold_mean: float, n_thresholds: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """pYIN's YIN thresholds (0.01..1) and the prior mass of the thresholds up to each.

    The prior is beta(2, b) with mean ``threshold_mean``; its CDF has the closed form
    1 - (1 - x)^b (1 + b x).
    """
    b = 2.0 / threshold_mean - 2.0
    thresholds = np.linspace(0, 1, n_thresholds + 1)
    cdf = 1 - (1 - thresholds) ** b * (1 + b * thresholds)
    return thresholds[1:], np.cumsum(np.diff(cdf))


def _candidate_probs(cmndf: np.ndarray, lo: int, hi: int, threshold_mean: float, boltzmann: float,
                     no_trough_prob: float = 0.01, negligible: float = 1e-4) -> np.ndarray:
    """pYIN's probability of each lag in ``lo..hi`` being the period (zero off troughs).

    Troughs are true local minima of the whole curve, so the ends of the search range
    never count as troughs unless they are.

    For every YIN threshold (beta prior, mean ``threshold_mean``) the troughs under it share its weight, earlier
    (shorter-period) troughs favoured by a Boltzmann prior over their order. Computed per
    stretch between consecutive trough heights instead of per threshold, and only over
    troughs the thresholds above them give more than ``negligible`` prior mass.
    """
    thresholds, cumulative = _threshold_mass(threshold_mean)
    n_frames, n_lags = cmndf.shape
    trough = np.zeros(cmndf.shape, dtype=bool)
    trough[:, 1:-1] = (cmndf[:, 1:-1] < cmndf[:, :-2]) & (cmndf[:, 1:-1] <= cmndf[:, 2:])
    trough[:, -1] = cmndf[:, -1] < cmndf[:, -2]
    trough[:, :lo] = False
    trough[:, hi + 1:] = False
    depth = np.where(trough, cmndf, np.inf)
    order = np.argsort(depth, axis=1, kind="stable")  # deepest trough first
    heights = np.take_along_axis(depth, order, axis=1)
    # Prior mass of the thresholds at or below / strictly above each height (pYIN: h < threshold).
    mass_le = np.r_[0.0, cumulative][np.searchsorted(thresholds, np.minimum(heights, 2.0), side="right")]
    mass_above = np.where(np.isfinite(heights), cumulative[-1] - mass_le, 0.0)
    mass_above = np.c_[mass_above, np.zeros(n_frames)]
    n_useful = (mass_above > negligible).sum(axis=1)

    probs = np.zeros(cmndf.shape)
    # With no trough under a threshold, pYIN gives a little weight to the deepest one.
    has_trough = np.isfinite(heights[:, 0])
    probs[has_trough, order[has_trough, 0]] = no_trough_prob * mass_le[has_trough, 0]
    low = 0
    while low < int(n_useful.max(initial=0)):
        # Frames in buckets of similar trough counts keep the arrays small.
        high = min(max(1, 2 * low), n_lags)
        rows = np.flatnonzero((n_useful > low) & (n_useful <= high))
        low = high
        if rows.size == 0:
            continue
        k = high
        lags = order[rows, :k]
        # weight[m]: prior mass of the thresholds under which exactly the m+1 deepest troughs lie.
        weight = mass_above[rows, :k] - mass_above[rows, 1:k + 1]
        # rank[f, m, j]: how many of the m+1 deepest troughs lie at a shorter lag than trough j.
        rank = np.cumsum(lags[:, :, None] < lags[:, None, :], axis=1)
        members = np.arange(k)[:, None] >= np.arange(k)[None, :]
        n_below = np.arange(1, k + 1)[:, None]
        prior = (1 - math.exp(-boltzmann)) * np.exp(-boltzmann * rank) / (1 - np.exp(-boltzmann * n_below))
        trough_probs = np.einsum("fm,fmj->fj", weight, np.where(members, prior, 0.0))
        np.add.at(probs, (np.repeat(rows, k), lags.ravel()), trough_probs.ravel())
    probs[~trough] = 0.0
    return probs


@lru_cache(maxsize=8)
def _transition(n_bins: int, per_semitone: float, hop_s: float, max_octaves_per_s: float = 35.92,
                switch_prob: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
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
    return None if value is None or not math.isfinite(value) else round(float(value), digits) + 0.0


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


def spoken_words(token: str) -> int:
    """How many words a written token stands for when spoken.

    Whisper writes codes read out character by character as one token ("NW44719" for
    "N W four four seven one nine"); such a token (1-3 capital letters with 3 or more digits,
    or 5 or more digits, and nothing else) counts one word per character. Numbers with
    separators ("10:30", "$1,500"), words with a few digits ("COVID19", "4th") count one.
    """
    core = token.strip().strip(".,;:!?\"'()[]")
    if not any(c.isalnum() for c in core):
        return 0
    if not core.isalnum():
        return 1
    digits = sum(c.isdigit() for c in core)
    letters = len(core) - digits
    if (digits >= 3 and 1 <= letters <= 3 and all(c.isupper() for c in core if not c.isdigit())) or \
            (digits >= 5 and letters == 0):
        return len(core)
    return 1


def _word_count(segment: Segment) -> int:
    if segment.words:
        return sum(spoken_words(w.word) for w in segment.words)
    return sum(spoken_words(token) for token in segment.text.split())


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
    """Stretches where the speaker is much louder, and higher, than their own norm in this call.

    Short-term loudness is the mean level (dB) of the active frames within
    ``raised_window_s``; the speaker's norm is its median over their speech. A stretch of
    at least ``raised_min_s`` at ``raised_loudness_db`` or more above the norm is a raised
    voice when its median pitch is also ``raised_pitch_semitones`` above the speaker's.
    """
    active = frames.active
    if active.sum() * frames.hop_s < cfg.raised_min_s:
        return []
    times = frames.times_s
    lo = np.searchsorted(times, times - cfg.raised_window_s / 2, side="left")
    hi = np.searchsorted(times, times + cfg.raised_window_s / 2, side="right")
    level_sum = np.r_[0.0, np.cumsum(np.where(active, frames.level_db, 0.0))]
    count = np.r_[0, np.cumsum(active)]
    with np.errstate(divide="ignore", invalid="ignore"):
        short_term = (level_sum[hi] - level_sum[lo]) / (count[hi] - count[lo])
    norm = float(np.median(short_term[active]))
    voiced = frames.voiced
    semitones = _semitones(frames.f0_hz[voiced])
    pitch_norm = float(np.median(semitones)) if semitones.size else math.nan
    semitone_track = np.full(times.size, np.nan)
    semitone_track[voiced] = semitones

    loud = active & (short_term - norm >= cfg.raised_loudness_db)
    idx = np.flatnonzero(loud)
    if idx.size == 0:
        return []
    events: list[dict[str, Any]] = []
    breaks = np.flatnonzero(np.diff(times[idx]) > cfg.raised_window_s / 2) + 1
    for run in np.split(idx, breaks):
        start, end = times[run[0]] - frames.hop_s / 2, times[run[-1]] + frames.hop_s / 2
        if end - start < cfg.raised_min_s:
            continue
        span = slice(run[0], run[-1] + 1)
        pitch = semitone_track[span]
        pitch = pitch[np.isfinite(pitch)]
        pitch_delta = float(np.median(pitch)) - pitch_norm if pitch.size else None
        if cfg.raised_pitch_semitones > 0 and (pitch_delta is None or not pitch_delta >= cfg.raised_pitch_semitones):
            continue
        loudness_delta = float(np.mean(short_term[span][active[span]])) - norm
        events.append({"speaker": speaker, "start": round(float(start), 2), "end": round(float(end), 2),
                       "loudness_delta_db": _round(loudness_delta), "pitch_delta_semitones": _round(pitch_delta, 2)})
    return events
