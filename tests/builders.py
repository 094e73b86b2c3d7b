"""Hand-built conversations for the analyser tests."""
from __future__ import annotations

from pathlib import Path

from callcoach.conversation import Conversation, Segment, SpeechTurn, Word

SAMPLES = Path(__file__).resolve().parent.parent / "audio_samples"


def seg(speaker: str, start: float, end: float, text: str, words: bool = True) -> Segment:
    """A segment whose words are spread evenly over its time (Whisper-style leading space)."""
    tokens = text.split()
    step = (end - start) / max(1, len(tokens))
    ws = [Word(" " + t, start + i * step, start + (i + 1) * step) for i, t in enumerate(tokens)] if words else []
    return Segment(speaker, start, end, text, ws)  # type: ignore[arg-type]


def call(*segments: Segment, duration: float | None = None,
         speech_map: list[SpeechTurn] | None = None) -> Conversation:
    """A Conversation of the given segments; the speech map defaults to their bounds."""
    segs = list(segments)
    return Conversation(
        segments=segs,
        duration_s=duration if duration is not None else max(s.end for s in segs),
        speech_map=speech_map if speech_map is not None else [SpeechTurn(s.speaker, s.start, s.end) for s in segs],
        has_word_times=all(s.words or not s.text for s in segs),
    )
