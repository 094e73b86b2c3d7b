"""Cut the speech map into segments and attach each speaker's words to them."""
from __future__ import annotations

from ..conversation import Conversation, Role, Segment, SpeechTurn, Word, join_words
from ..intervals import Interval, bridge_pauses, nearest

MAX_WORD_DISTANCE_S = 0.6
"""A word further than this from any speech of its speaker is not attached (ASR invention)."""


def attach_words(turns: list[Interval], words: list[Word]) -> tuple[list[list[Word]], list[Word]]:
    """Give each word to the turn holding its midpoint, else the nearest turn.

    Returns the words per turn and the words too far from any turn.
    """
    per_turn: list[list[Word]] = [[] for _ in turns]
    dropped: list[Word] = []
    for w in words:
        best, best_dist = nearest(turns, (w.start + w.end) / 2)
        if best >= 0 and best_dist <= MAX_WORD_DISTANCE_S:
            per_turn[best].append(w)
        else:
            dropped.append(w)
    return per_turn, dropped


def build_segments(speaker: Role, regions: list[Interval], words: list[Word],
                   merge_gap_s: float, others: list[Interval] = ()) -> tuple[list[Segment], list[Word]]:
    """Segments of one speaker: speech regions bridged across short pauses, with their words.

    A pause in which another speaker (``others``) takes the floor is not bridged.
    """
    turns = bridge_pauses(regions, merge_gap_s, others)
    per_turn, dropped = attach_words(turns, sorted(words, key=lambda w: w.start))
    segments = [
        Segment(speaker=speaker, start=start, end=end, text=join_words(ws), words=ws)
        for (start, end), ws in zip(turns, per_turn)
    ]
    return segments, dropped


def build_conversation(regions: dict[Role, list[Interval]], words: dict[Role, list[Word]],
                       duration_s: float, merge_gap_s: float) -> tuple[Conversation, int]:
    """The Conversation of a call from its speech map and words; also the count of dropped words."""
    segments: list[Segment] = []
    speech_map: list[SpeechTurn] = []
    dropped = 0
    for role, intervals in regions.items():
        others = [iv for other, ivs in regions.items() if other != role for iv in ivs]
        segs, lost = build_segments(role, intervals, words.get(role, []), merge_gap_s, others)
        segments.extend(segs)
        dropped += len(lost)
        speech_map.extend(SpeechTurn(role, s, e) for s, e in intervals)
    return Conversation(segments=segments, duration_s=duration_s, speech_map=speech_map), dropped
