"""Pitch tracking: probabilistic YIN (Mauch & Dixon 2014) with vectorised candidate
probabilities, a register-finding first pass and librosa's Viterbi decoder.

Frames in, pitch in Hz out (NaN = unvoiced); see :func:`track_pitch`.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from ...config import ToneConfig

PYIN_THRESHOLD_MEAN = 0.1
"""pYIN's own voicing prior (beta(2, 18) over YIN thresholds): strict; finds the register."""
PYIN_BOLTZMANN = 2.0
"""pYIN favours shorter-period troughs (Boltzmann prior over their order) against
subharmonic errors."""
REGISTER_BOLTZMANN = 0.5
"""Inside the speaker's register subharmonics are out of range, while band-limited speech
makes spurious short-period troughs (at 2/3 and 1/2 of the period), so the second pass
favours shorter periods much less."""
BLOCK_FRAMES = 5_000
"""Pitch is computed on at most this many frames at a time (whole speech runs, unless one
run is longer): YIN's FFTs need about 30 kB per frame while a block is worked on (0.6 GB at
20,000 frames), and a 2-hour call would otherwise need several GB. Runs are decoded one by
one, so the block size changes memory, not results."""
CACHE_FRAMES = 20_000
"""Up to this many frames, YIN's output (about 1 kB a frame) is kept for the second pass
instead of being computed again."""


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
        if runs.size <= CACHE_FRAMES:  # not a long call: keep it for the second pass
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


def lowpass(x: np.ndarray, sample_rate: int, cutoff_hz: float | None) -> np.ndarray:
    if not cutoff_hz or cutoff_hz >= sample_rate / 2:
        return x
    # Band-limit by resampling down and back up with soxr (already loaded for decoding):
    # a steep, linear-phase low-pass; scipy.signal's Butterworth cost 1.7 s of import.
    import soxr

    low_rate = int(round(2 * cutoff_hz))
    y = soxr.resample(soxr.resample(x.astype(np.float32, copy=False), sample_rate, low_rate, quality="HQ"),
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


def semitones(f0_hz: np.ndarray) -> np.ndarray:
    """Pitch in semitones (12 per octave, relative to 1 Hz)."""
    return 12 * np.log2(f0_hz)
