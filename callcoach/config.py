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


@dataclass
class TalkOverConfig:
    """Overlaps, interruptions and backchannels (callcoach.analysis.talkover)."""


@dataclass
class ListeningConfig:
    """Talk share, silences, monologues, latency (callcoach.analysis.listening)."""


@dataclass
class ToneConfig:
    """Pitch, loudness, pace and raised voice (callcoach.analysis.tone)."""


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
