"""The lingua franca of callcoach: who said what, when (Conversation, Segment, Word)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Literal

Role = Literal["agent", "customer"]
ROLES: tuple[Role, Role] = ("agent", "customer")


@dataclass(frozen=True)
class Word:
    """One recognised word, times in seconds from the start of the recording."""

    word: str
    start: float
    end: float
    probability: float | None = None


@dataclass(frozen=True)
class SpeechTurn:
    """A stretch of time in which one speaker's voice is active (the speech map)."""

    speaker: Role
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass
class Segment:
    """A speech turn with its text and words."""

    speaker: Role
    start: float
    end: float
    text: str = ""
    words: list[Word] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass
class Conversation:
    """A call as the analysers see it.

    ``segments`` are sorted by start and may overlap across speakers.
    ``speech_map`` holds the voice-activity turns the segments were cut from (for
    audio input); for transcript input it equals the segment bounds.
    """

    segments: list[Segment]
    duration_s: float
    speech_map: list[SpeechTurn] = field(default_factory=list)
    has_word_times: bool = True
    speech_pad_s: float = 0.0
    """Padding added on each edge of the speech map's turns by voice-activity detection
    (0 for transcripts and diarised turns): analysers take it off voice edges where they
    need the voice itself, not the padded turn."""

    def __post_init__(self) -> None:
        self.segments.sort(key=lambda s: (s.start, s.end))
        self.speech_map.sort(key=lambda t: (t.start, t.end))

    def by_speaker(self, speaker: Role) -> list[Segment]:
        return [s for s in self.segments if s.speaker == speaker]


def join_words(words: Iterable[Word]) -> str:
    """Whisper words carry their leading space; join them into clean text."""
    return " ".join("".join(w.word for w in words).split())
