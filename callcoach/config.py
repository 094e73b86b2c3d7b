"""Every option and threshold of callcoach in one typed object, loadable from TOML."""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import CallcoachError


@dataclass
class AsrConfig:
    """Speech recognition (faster-whisper)."""

    model: str = "base"
    """``base`` (bundled, default), ``tiny.en`` (bundled), a CTranslate2 model folder, or a
    model name a user's faster-whisper can fetch (only when they have hub access)."""
    device: str = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = 0
    """0 = all cores."""
    language: str | None = "en"
    """None lets Whisper detect the language (about 2x slower)."""
    beam_size: int = 5
    word_timestamps: bool = True


@dataclass
class VadConfig:
    """Speech activity per channel (Silero VAD shipped in faster-whisper)."""

    threshold: float = 0.5
    """Silero speech probability above which a 32 ms window is speech."""
    assist_threshold: float = 0.15
    """Lower probability accepted where the window is also clearly above the noise floor
    (telephone-band speech often scores 0.2-0.5)."""
    assist_snr_db: float = 15.0
    """How far above the channel's noise floor (10th percentile level) such a window must be."""
    strong_assist_threshold: float = 0.02
    strong_assist_snr_db: float = 30.0
    """A window this far above the noise floor counts as speech with a score of only
    ``strong_assist_threshold`` (measured: a male neural voice through an 8 kHz line scored
    0.02-0.15 on clear words)."""
    min_speech_duration_ms: int = 150
    min_silence_duration_ms: int = 300
    speech_pad_ms: int = 60
    """Padding added around each detected stretch of speech in the speech map."""
    asr_pad_s: float = 0.2
    """Extra audio kept around speech when cutting chunks for Whisper (context)."""


@dataclass
class StereoConfig:
    """Two-channel calls: one speaker per channel."""

    agent_channel: Literal[0, 1, "auto"] = 0
    crosstalk_gate_db: float = 6.0
    """Speech on one channel is discarded as echo/crosstalk where it is this many dB
    (relative to each channel's own speech level) below the other channel."""
    fake_stereo_correlation: float = 0.98
    """Channels whose samples correlate above this are one signal: treated as mono."""


@dataclass
class SegmentConfig:
    """How the speech map is cut into segments."""

    merge_gap_s: float = 0.5
    """Same-speaker speech separated by less than this is one segment."""
    min_turn_s: float = 0.12
    """Speech shorter than this is dropped from the speech map."""


@dataclass
class RolesConfig:
    """Who is the agent when it is not given."""

    company_names: list[str] = field(default_factory=list)
    """Your company's names; hearing one in a greeting marks the agent."""
    opening_window_s: float = 60.0
    """Only the opening of the call is read to decide roles."""
    agent_speaker: str = "auto"
    """Mono calls: ``auto`` (from what is said, falling back to who spoke first) or ``first``."""


@dataclass
class DiarizationConfig:
    """Mono calls: pyannote.audio speaker diarisation."""

    model: str | None = None
    """None = the bundled segmentation-3.0 + CAM++ pipeline; else a local pyannote pipeline
    folder, or a hub id (needs HF_TOKEN in the environment and network access)."""
    mode: str = "fast"
    """``fast`` or ``accurate``: sets ``step`` (see README for the measured trade-off)."""
    step: float = 0.5
    """Segmentation window step as a fraction of the 10 s window (fast 0.5, accurate 0.1)."""
    num_speakers: int | None = 2
    """Calls have two parties; None lets min/max_speakers bound the count."""
    min_speakers: int | None = None
    max_speakers: int | None = None
    clustering_threshold: float = 0.6
    min_cluster_size: int = 5
    min_duration_off_s: float = 0.0
    embedding_exclude_overlap: bool = True
    embedding_batch_size: int = 16


@dataclass
class TalkOverConfig:
    """Overlaps, interruptions and backchannels (callcoach.analysis.talkover)."""


@dataclass
class ListeningConfig:
    """Talk share, silences, monologues, latency (callcoach.analysis.listening)."""


@dataclass
class ToneConfig:
    """Pitch, loudness, pace and raised voice (callcoach.analysis.tone)."""

    analysis_rate_hz: int = 8000
    """Pitch and loudness are measured at this rate. The telephone band (300-3400 Hz) fits
    in 8 kHz, voice pitch needs far less, and it is half the work of 16 kHz."""
    fmin_hz: float = 60.0
    """Lowest pitch searched: below deep male voices (~75 Hz), above mains hum."""
    fmax_hz: float = 400.0
    """Highest pitch searched: above raised female voices (~350 Hz). A narrower range is
    cheaper and leaves fewer octave errors to choose from."""
    frame_s: float = 0.040
    """Analysis window: two periods of ``fmin_hz`` fit, as YIN needs."""
    hop_s: float = 0.020
    """Frame step. Pitch statistics and 1 s raised-voice stretches need no finer step;
    10 ms costs twice as much for the same medians and ranges."""
    pitch_resolution_semitones: float = 0.5
    """Bin width of the pYIN pitch tracker's hidden states. The reported pitch is the exact
    YIN candidate the tracker chose, so coarse bins cost no precision; the tracker's work
    grows with the square of the number of bins."""
    min_voiced_s: float = 2.0
    """A speaker needs this much voiced speech for pitch range and ``monotone``; below it
    they are reported as null (too little to judge)."""
    monotone_range_semitones: float = 3.0
    """Pitch range (10th-90th percentile, semitones) under which a speaker sounds
    monotone. Flat speech measures about 1, lively speech about 6 (FINDINGS, Prosody)."""
    active_range_db: float = 35.0
    """Frames within this many dB of a speaker's loud frames (95th percentile) are active
    speech; quieter ones (pauses inside a turn, line noise) are left out of loudness."""
    raised_loudness_db: float = 6.0
    """Raised voice: loudness this far above the speaker's own typical level in this
    call (a clearly audible step; shouting is 10 dB or more)."""
    raised_pitch_semitones: float = 2.0
    """Raised voice also needs pitch this far above the speaker's median: a raised voice
    goes up in pitch with vocal effort, a speaker who simply moved closer to the
    microphone does not. 0 uses loudness alone."""
    raised_min_s: float = 1.0
    """Shorter loud moments (one stressed word, a laugh) are not a raised voice."""
    raised_window_s: float = 0.5
    """Loudness and pitch are averaged over this window before comparing to the baseline."""
    rate_min_words: int = 3
    """Timeline segments with fewer words get no speaking rate (one word gives none)."""


@dataclass
class LanguageConfig:
    """Empathy phrases, apologies, sentiment (callcoach.analysis.empathy/apology/sentiment)."""


@dataclass
class Config:
    """All options. Build with defaults, from keyword overrides, or from a TOML file."""

    asr: AsrConfig = field(default_factory=AsrConfig)
    vad: VadConfig = field(default_factory=VadConfig)
    stereo: StereoConfig = field(default_factory=StereoConfig)
    segments: SegmentConfig = field(default_factory=SegmentConfig)
    roles: RolesConfig = field(default_factory=RolesConfig)
    diarization: DiarizationConfig = field(default_factory=DiarizationConfig)
    talk_over: TalkOverConfig = field(default_factory=TalkOverConfig)
    listening: ListeningConfig = field(default_factory=ListeningConfig)
    tone: ToneConfig = field(default_factory=ToneConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    channel: int | None = None
    """For recordings with more than two channels: which single channel to analyse."""

    @classmethod
    def from_toml(cls, path: str | Path) -> "Config":
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CallcoachError(f"{path}: cannot read config ({exc})") from None
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "config") -> "Config":
        config = cls()
        for key, value in data.items():
            _set(config, key, value, source)
        return config

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _set(obj: Any, key: str, value: Any, source: str) -> None:
    names = {f.name for f in dataclasses.fields(obj)}
    if key not in names:
        raise CallcoachError(f"{source}: unknown option {key!r} (known: {', '.join(sorted(names))})")
    current = getattr(obj, key)
    if dataclasses.is_dataclass(current):
        if not isinstance(value, dict):
            raise CallcoachError(f"{source}: [{key}] must be a table")
        for k, v in value.items():
            _set(current, k, v, source)
    else:
        setattr(obj, key, value)
