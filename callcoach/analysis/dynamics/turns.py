"""Who holds the floor when: utterances from the speech map, and the reliability both
dynamics sections report (shared by talk-over and listening)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...conversation import ROLES, Conversation, Role, SpeechTurn, Word
from ...intervals import Interval, merge
from ...text import match_tokens

SOURCES = ("channels", "pyannote", "transcript")
"""How the speakers were separated (the report's ``call.diarization``)."""

WORD_SLACK_S = 0.25
"""ASR word times drift from voice-activity edges by up to a few hundred ms."""

_LEVELS = ("low", "medium", "high")


def speech_turns(conversation: Conversation) -> list[SpeechTurn]:
    """The speech map, or the segment bounds when a Conversation was built without one."""
    return conversation.speech_map or [SpeechTurn(s.speaker, s.start, s.end)
                                       for s in conversation.segments]


def speech_by_speaker(conversation: Conversation) -> dict[Role, list[Interval]]:
    """Each speaker's voice activity as a sorted, disjoint interval list."""
    turns = speech_turns(conversation)
    return {role: merge((t.start, t.end) for t in turns if t.speaker == role and t.end > t.start)
            for role in ROLES}


def segments_by_speaker(conversation: Conversation) -> dict[Role, list[Interval]]:
    """Each speaker's segments as a sorted, disjoint interval list."""
    return {role: merge((g.start, g.end) for g in conversation.segments
                        if g.speaker == role and g.end > g.start)
            for role in ROLES}


@dataclass(frozen=True)
class Utterance:
    """One speaker's stretch of speech with what they said in it."""

    speaker: Role
    start: float
    end: float
    words: tuple[str, ...]
    """Display words in order (punctuation kept)."""
    timed: tuple[Word, ...]
    """The words with their times; empty when the text came from segments without words."""

    @property
    def duration(self) -> float:
        return self.end - self.start

    @property
    def tokens(self) -> list[str]:
        return match_tokens(" ".join(self.words))


def utterance_words(conversation: Conversation, speaker: Role, start: float, end: float
                    ) -> tuple[list[str], list[Word]]:
    """Words of ``speaker`` between ``start`` and ``end``: by word time (with slack) where the
    segment has words, else the whole text of every segment overlapping the stretch."""
    shown: list[str] = []
    timed: list[Word] = []
    for seg in conversation.segments:
        if seg.speaker != speaker or seg.end < start - 1.0 or seg.start > end + 1.0:
            continue  # (words may lie a little outside their segment: attach_words allows 0.6 s)
        if seg.words:
            for w in seg.words:
                mid = (w.start + w.end) / 2
                if start - WORD_SLACK_S <= mid <= end + WORD_SLACK_S and w.word.strip():
                    shown.append(w.word.strip())
                    timed.append(w)
        elif seg.text and seg.start < end + 1e-6 and seg.end > start - 1e-6:
            shown.extend(seg.text.split())
    return shown, timed


def utterances(conversation: Conversation, floor_gap_s: float) -> list[Utterance]:
    """Both speakers' utterances (pauses up to ``floor_gap_s`` bridged), sorted by start."""
    out: list[Utterance] = []
    for role, intervals in speech_by_speaker(conversation).items():
        for start, end in merge(intervals, floor_gap_s):
            shown, timed = utterance_words(conversation, role, start, end)
            out.append(Utterance(role, start, end, tuple(shown), tuple(timed)))
    return sorted(out, key=lambda u: (u.start, u.end))


# -- reliability ---------------------------------------------------------------------
def check_source(source: str) -> str:
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}; got {source!r}")
    return source


def reliability(reasons: list[tuple[str, str]]) -> dict[str, Any]:
    """``{"level", "reasons"}``: the lowest level among the reasons, ``high`` when none."""
    level = min((lvl for lvl, _ in reasons), key=_LEVELS.index, default="high")
    return {"level": level, "reasons": [text for _, text in reasons]}


def common_reasons(conversation: Conversation, source: str) -> list[tuple[str, str]]:
    """Reasons both dynamics sections share."""
    reasons: list[tuple[str, str]] = []
    speech = speech_by_speaker(conversation)
    if not any(speech.values()):
        reasons.append(("low", "no speech found"))
    elif not all(speech.values()):
        missing = next(role for role in ROLES if not speech[role])
        reasons.append(("low", f"no {missing} speech found: one side of the call is missing"))
    if source == "transcript":
        reasons.append(("medium", "transcript input: speech times are the transcript's segment "
                                  "bounds, not measured voice activity"))
    elif not conversation.speech_map and conversation.segments:
        reasons.append(("medium", "no speech map: speech times are segment bounds"))
    if not conversation.has_word_times:
        reasons.append(("medium", "no word times: decisions read whole segments' text"))
    return reasons
