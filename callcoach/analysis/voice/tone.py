"""Tone of voice per speaker: pitch, monotony, loudness, pace and raised voice."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ...audio import Recording
from ...config import ToneConfig
from ...conversation import ROLES, Conversation, Role, Segment
from ...errors import CallcoachError
from ...intervals import Interval
from ...text import rounded as _round
from .pitch import BLOCK_FRAMES, lowpass, semitones as _semitones, track_pitch

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


def analyze_tone(conversation: Conversation, config: ToneConfig | None = None, *,
                 recording: Recording | None = None,
                 speaker_channels: dict[str, int] | None = None) -> dict[str, Any]:
    """The report's ``tone`` section.

    Parameters
    ----------
    conversation : who spoke when (segments, words).
    recording : the call's audio, or None for a transcript-only analysis (then only the
        speaking rate is given and ``available`` is False).
    config : the ``[tone]`` options; defaults when None.
    speaker_channels : for stereo calls, each speaker's own channel, e.g.
        ``{"agent": 0, "customer": 1}``. None (or a mono recording) analyses the one
        mixed signal for both speakers.
    """
    cfg = config or ToneConfig()
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
    rate = cfg.analysis_rate_hz
    if _is_split(recording, speaker_channels):
        for spk in ROLES:
            signal = _speaker_signal(recording, spk, rate, speaker_channels)
            frames[spk] = measure_frames(signal, rate, own_speech(conversation, spk), cfg)
    else:
        # Both speakers are read from one signal: its levels first, then it is low-passed
        # once and let go before pitch (on a 2-hour call each is 0.23 GB at 8 kHz).
        signal = recording.mono(rate)
        levels = {spk: frame_levels(signal, rate, own_speech(conversation, spk), cfg) for spk in ROLES}
        low = lowpass(signal, rate, cfg.pitch_lowpass_hz)
        del signal
        recording.drop_resampled()
        frames = {spk: frame_pitch(levels[spk], low, rate, cfg) for spk in ROLES}

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
    x = np.asarray(signal, dtype=np.float32)
    levels = frame_levels(x, sample_rate, intervals, cfg)
    return frame_pitch(levels, lowpass(x, sample_rate, cfg.pitch_lowpass_hz), sample_rate, cfg)


@dataclass(frozen=True)
class _Levels:
    """Frames of one speaker before pitch: where they are and how loud."""

    hop_starts: np.ndarray
    runs: np.ndarray
    level_db: np.ndarray
    active: np.ndarray
    hop: int
    frame_length: int


def frame_levels(signal: np.ndarray, sample_rate: int, intervals: list[Interval], cfg: ToneConfig) -> _Levels:
    """The ``hop_s`` frames inside ``intervals`` and their RMS level (dBFS)."""
    hop = max(1, int(round(cfg.hop_s * sample_rate)))
    frame_length = max(int(round(cfg.frame_s * sample_rate)), int(math.ceil(sample_rate / cfg.fmin_hz)) + 2)
    starts, run_ids = [], []
    for i, (start, end) in enumerate(intervals):
        a, b = int(round(start * sample_rate)), min(int(round(end * sample_rate)), signal.size)
        n = (b - a) // hop
        if n > 0:
            starts.append(a + hop * np.arange(n))
            run_ids.append(np.full(n, i))
    if not starts:
        empty = np.zeros(0)
        return _Levels(np.zeros(0, dtype=int), np.zeros(0, dtype=int), empty, np.zeros(0, dtype=bool),
                       hop, frame_length)
    hop_starts = np.concatenate(starts)
    x = np.asarray(signal, dtype=np.float32)
    energy = np.empty(hop_starts.size)
    for a in range(0, hop_starts.size, BLOCK_FRAMES):
        hops = x[hop_starts[a:a + BLOCK_FRAMES, None] + np.arange(hop)]
        energy[a:a + hops.shape[0]] = np.mean(np.square(hops, dtype=np.float64), axis=1)
    level_db = 10 * np.log10(np.maximum(energy, 1e-12))
    loud = np.percentile(level_db, 95)
    return _Levels(hop_starts, np.concatenate(run_ids), level_db, level_db >= loud - cfg.active_range_db,
                   hop, frame_length)


def frame_pitch(levels: _Levels, low: np.ndarray, sample_rate: int, cfg: ToneConfig) -> Frames:
    """Pitch of the frames of ``levels``, read from the low-passed signal ``low``."""
    hop, frame_length = levels.hop, levels.frame_length
    hop_s = hop / sample_rate
    if levels.hop_starts.size == 0:
        empty = np.zeros(0)
        return Frames(empty, empty, empty, np.zeros(0, dtype=bool), hop_s)
    times = (levels.hop_starts + hop / 2) / sample_rate
    # Pitch windows are centred on each hop; samples beyond either end read as zeros (the
    # signal is not padded: on a 2-hour call a padded copy is another 0.23 GB).
    pad = frame_length // 2
    centres = levels.hop_starts + hop // 2 - pad

    def windows(a: int, b: int) -> np.ndarray:
        idx = centres[a:b, None] + np.arange(frame_length)
        out = low[np.clip(idx, 0, low.size - 1)]
        out[(idx < 0) | (idx >= low.size)] = 0.0
        return out

    f0 = track_pitch(windows, levels.runs, sample_rate, cfg, frame_length)
    f0[~levels.active] = np.nan
    return Frames(times, f0, levels.level_db, levels.active, hop_s)


# ---------------------------------------------------------------- summaries


def _energy_db(level_db: np.ndarray) -> float | None:
    if level_db.size == 0:
        return None
    return float(10 * np.log10(np.mean(10 ** (level_db / 10))))


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

    Whisper writes codes read out character by character as one token ("AB12345" for
    "A B one two three four five"): a token of at least four letters and digits, at least
    half of them digits (or five or more digits alone), counts one word per character.
    Numbers with separators ("10:30", "$1,500") and words with a few digits ("COVID19",
    "4th") count one.
    """
    core = token.strip().strip(".,;:!?\"'()[]")
    if not any(c.isalnum() for c in core):
        return 0
    if not core.isalnum():
        return 1
    digits = sum(c.isdigit() for c in core)
    letters = len(core) - digits
    if (letters >= 1 and len(core) >= 4 and digits * 2 >= len(core)) or (digits >= 5 and letters == 0):
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
    ``raised_window_s``. The speaker's norm is its median over their speech *outside* the
    loud stretches, and their pitch norm the median pitch there: a stretch is compared
    with the rest of the speaker's speech, not with a baseline it is itself part of
    (:func:`_baseline`). A stretch of at least ``raised_min_s`` at ``raised_loudness_db``
    or more above the norm is a raised voice when its median pitch is also
    ``raised_pitch_semitones`` above the speaker's.
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
    norm, runs, baseline = _baseline(times, short_term, active, frames.hop_s, cfg)
    voiced = frames.voiced
    semitone_track = np.full(times.size, np.nan)
    semitone_track[voiced] = _semitones(frames.f0_hz[voiced])
    reference = semitone_track[baseline & voiced]
    pitch_norm = float(np.median(reference)) if reference.size else math.nan

    events: list[dict[str, Any]] = []
    for run in runs:
        start, end = times[run[0]] - frames.hop_s / 2, times[run[-1]] + frames.hop_s / 2
        span = slice(run[0], run[-1] + 1)
        pitch = semitone_track[span]
        pitch = pitch[np.isfinite(pitch)]
        pitch_delta = float(np.median(pitch)) - pitch_norm if pitch.size and math.isfinite(pitch_norm) else None
        if cfg.raised_pitch_semitones > 0 and (pitch_delta is None or not pitch_delta >= cfg.raised_pitch_semitones):
            continue
        loudness_delta = float(np.mean(short_term[span][active[span]])) - norm
        events.append({"speaker": speaker, "start": round(float(start), 2), "end": round(float(end), 2),
                       "loudness_delta_db": _round(loudness_delta), "pitch_delta_semitones": _round(pitch_delta, 2)})
    return events


BASELINE_PASSES = 3
"""Times the norm is re-estimated without the loud stretches it found (it settles in 1-2)."""


def _loud_runs(times: np.ndarray, loud: np.ndarray, hop_s: float, cfg: ToneConfig) -> list[np.ndarray]:
    """Frame indices of each stretch of ``loud`` frames at least ``raised_min_s`` long
    (frames less than half a window apart belong to one stretch)."""
    idx = np.flatnonzero(loud)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(times[idx]) > cfg.raised_window_s / 2) + 1
    return [run for run in np.split(idx, breaks)
            if times[run[-1]] - times[run[0]] + hop_s >= cfg.raised_min_s]


def _baseline(times: np.ndarray, short_term: np.ndarray, active: np.ndarray, hop_s: float,
              cfg: ToneConfig) -> tuple[float, list[np.ndarray], np.ndarray]:
    """The speaker's loudness norm, their loud stretches, and the frames the norms rest on.

    The first norm is the median short-term loudness over all active speech. A six-second
    shout in 17 s of speech is a third of it, so that median (and the pitch median) sits
    well inside the shout's own rise, and a +3 semitone shout measured +2.0 against it:
    found or missed by a hair depending on the rendering (8 kHz telephone band or 16 kHz).
    So the loud stretches, with half a window either side (where the short-term window
    still reaches into them), are left out and the norm is taken again from the rest,
    until it settles. At least half of the active speech always stays in the baseline, so
    someone who is loud through most of the call is still measured against themselves.
    """
    baseline = active.copy()
    norm = float(np.median(short_term[baseline]))
    runs = _loud_runs(times, active & (short_term - norm >= cfg.raised_loudness_db), hop_s, cfg)
    for _ in range(BASELINE_PASSES):
        keep = active.copy()
        for run in runs:
            keep &= ~((times >= times[run[0]] - cfg.raised_window_s / 2) &
                      (times <= times[run[-1]] + cfg.raised_window_s / 2))
        if keep.sum() < 0.5 * active.sum() or np.array_equal(keep, baseline):
            break
        baseline = keep
        norm = float(np.median(short_term[baseline]))
        runs = _loud_runs(times, active & (short_term - norm >= cfg.raised_loudness_db), hop_s, cfg)
    return norm, runs, baseline
