"""Stereo calls: one speaker per channel, speech gated for crosstalk, words per channel."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..config import Config, StereoConfig, VadConfig
from ..conversation import Conversation, Role, Word
from ..intervals import Interval, intersect, total
from .assemble import build_conversation
from .roles import decide_stereo_roles
from .vad import FRAME_S, SR, detect_speech, frame_power_db, intervals_from_mask, mask_from_intervals

from .progress import STEREO_TRANSCRIBE_END, Progress, within

if TYPE_CHECKING:  # pragma: no cover
    from .transcribe import Transcriber


@dataclass
class ChannelSpeech:
    """Speech found on each channel of a call, in seconds."""

    regions: list[list[Interval]]
    """Per channel: sorted, non-overlapping speech intervals after the crosstalk gate."""
    raw_regions: list[list[Interval]]
    """Per channel: what the VAD found before the gate."""
    gated_s: list[float]
    """Per channel: seconds of VAD speech discarded as crosstalk/echo."""



def is_fake_stereo(audio: np.ndarray, config: StereoConfig) -> bool:
    """True when both channels carry (nearly) the same signal."""
    if audio.shape[0] != 2:
        return False
    left, right = audio[0].astype(np.float64), audio[1].astype(np.float64)
    if np.allclose(left, right, atol=1e-4):
        return True
    sl, sr_ = left.std(), right.std()
    if sl < 1e-6 or sr_ < 1e-6:
        return False
    corr = float(np.mean((left - left.mean()) * (right - right.mean())) / (sl * sr_))
    return corr >= config.fake_stereo_correlation



def gate_crosstalk(regions: list[list[Interval]], audio: np.ndarray, gate_db: float,
                   min_turn_s: float, sample_rate: int = SR) -> list[list[Interval]]:
    """Drop the parts of each channel's speech that are the other channel leaking in.

    Levels are compared relative to each channel's own speech level, so a quieter line
    is not mistaken for echo. A frame of channel A is kept while its smoothed level is no
    more than ``gate_db`` below channel B's at the same moment.
    """
    levels = [frame_power_db(ch, sample_rate) for ch in audio]
    n = min(len(lv) for lv in levels)
    levels = [lv[:n] for lv in levels]
    masks = [mask_from_intervals(r, n, FRAME_S) for r in regions]
    refs = []
    for lv, mask in zip(levels, masks):
        speech = lv[mask]
        refs.append(float(np.percentile(speech, 90)) if speech.size else float(np.percentile(lv, 99)))
    rel = [lv - ref for lv, ref in zip(levels, refs)]
    gated: list[list[Interval]] = []
    for ch in range(2):
        other = 1 - ch
        own = masks[ch] & (rel[ch] >= rel[other] - gate_db)
        # Bridge short gaps so a syllable dip during overlap does not split a word.
        kept = []
        for start, end in intervals_from_mask(own, FRAME_S):
            if kept and start - kept[-1][1] < 0.2:
                kept[-1] = (kept[-1][0], end)
            else:
                kept.append((start, end))
        # Never extend beyond what the VAD found.
        clipped = intersect(kept, regions[ch])
        gated.append([iv for iv in clipped if iv[1] - iv[0] >= min_turn_s])
    return gated


def channel_speech(audio: np.ndarray, vad: VadConfig, stereo: StereoConfig,
                   min_turn_s: float, sample_rate: int = SR) -> ChannelSpeech:
    """Speech per channel of a 2-channel 16 kHz call, echo/crosstalk removed."""
    raw = [detect_speech(ch, vad, sample_rate) for ch in audio]
    gated = gate_crosstalk(raw, audio, stereo.crosstalk_gate_db, min_turn_s, sample_rate)
    lost = [max(0.0, total(r) - total(g)) for r, g in zip(raw, gated)]
    return ChannelSpeech(regions=gated, raw_regions=raw, gated_s=lost)


def silent_side(speech: ChannelSpeech) -> int | None:
    """The channel with no speech when the other has some (both voices on one side), else None."""
    totals = [total(r) for r in speech.regions]
    if totals[0] > 0 and totals[1] == 0:
        return 1
    if totals[1] > 0 and totals[0] == 0:
        return 0
    return None


def transcribe_stereo(audio: np.ndarray, speech: ChannelSpeech, duration_s: float,
                      transcriber: "Transcriber", config: Config, progress: "Progress",
                      warnings: list[str]) -> tuple[Conversation, dict]:
    """Both channels transcribed in one Whisper pass, roles decided, words made into segments.

    ``audio`` is the 2-channel 16 kHz signal, ``speech`` its :func:`channel_speech`.
    Returns the Conversation and the ``call`` fields this path adds.
    """
    speech_total = max(sum(total(r) for r in speech.regions), 1e-9)
    transcribed = within(progress, "transcribing", STEREO_TRANSCRIBE_END)
    transcribed(0.0)
    words: list[list[Word]] = transcriber.transcribe_channels(
        [(audio[ch], speech.regions[ch]) for ch in range(2)], config.vad.asr_pad_s,
        on_progress=lambda t: transcribed(t / speech_total))

    decision = decide_stereo_roles(speech.regions, words, config.stereo, config.roles)
    warnings.extend(decision.warnings)
    agent = int(decision.agent)
    roles: dict[int, Role] = {agent: "agent", 1 - agent: "customer"}
    conversation, dropped = build_conversation(
        {roles[ch]: speech.regions[ch] for ch in range(2)},
        {roles[ch]: words[ch] for ch in range(2)},
        duration_s, config.segments.merge_gap_s,
    )
    conversation.speech_pad_s = config.vad.speech_pad_ms / 1000  # the VAD's padding per edge
    if not conversation.segments:
        warnings.append("no speech found")
    info = {
        "diarization": "channels",
        "agent_channel": agent,
        "roles": decision.to_dict(f"channel {agent}"),
        "speech_found": bool(conversation.segments),
        "crosstalk_removed_s": [round(x, 2) for x in speech.gated_s],
        "words_outside_speech": dropped,
        "warnings": warnings,
    }
    return conversation, info
