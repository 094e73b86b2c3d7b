"""Who holds the floor when: utterances from the speech map, and the reliability both
dynamics sections report (shared by talk-over and listening)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Sequence

from ...config import TalkOverConfig

from ...conversation import ROLES, Conversation, Role, Segment, SpeechTurn, Word
from ...intervals import Interval, merge, nearest
from ...text import is_laughter, match_tokens, phrase_set

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


def speech_start(u: Utterance, pad_s: float) -> float:
    """When the utterance's speech starts: its first word's start where it has word times
    (the speech map's edges are padded by ``pad_s``), else its start."""
    if not u.timed:
        return u.start
    first = u.timed[0].start
    return first if abs(first - (u.start + pad_s)) <= WORD_SLACK_S else u.start + pad_s


def speech_end(u: Utterance, pad_s: float) -> float:
    """When the utterance's speech ends: its last word's end where it has word times, else its end."""
    if not u.timed:
        return u.end
    last = max(w.end for w in u.timed)
    return last if abs(last - (u.end - pad_s)) <= WORD_SLACK_S else u.end - pad_s


def estimated_word_times(segment: Segment) -> list[Word]:
    """A segment's text as words spread over its time by length (characters and the space
    after each), for text without word times: the transcript's own account of when each
    word was said, as far as it gives one."""
    tokens = segment.text.split()
    if not tokens or segment.end <= segment.start:
        return []
    weights = [len(t) + 1 for t in tokens]
    scale = (segment.end - segment.start) / sum(weights)
    out, cursor = [], segment.start
    for token, weight in zip(tokens, weights):
        out.append(Word(" " + token, cursor, cursor + weight * scale))
        cursor += weight * scale
    out[-1] = Word(out[-1].word, out[-1].start, segment.end)
    return out


def spoken_words(conversation: Conversation, u: Utterance) -> list[Word]:
    """The utterance's words with times: ASR word times where the segments have them,
    else the segments' text spread over their time (:func:`estimated_word_times`)."""
    if u.timed:
        return list(u.timed)
    out: list[Word] = []
    for seg in conversation.segments:
        if seg.speaker == u.speaker and not seg.words and seg.text \
                and seg.start < u.end + 1e-6 and seg.end > u.start - 1e-6:
            out.extend(estimated_word_times(seg))
    return sorted(out, key=lambda w: w.start)


def content_words(tokens: Sequence[str], config: TalkOverConfig) -> int:
    """How many of ``tokens`` are not acknowledgement phrases or laughter ("Okay. Can" has one)."""
    phrases = phrase_set((*config.backchannel_phrases, *config.extra_backchannel_phrases))
    longest = max((len(p) for p in phrases), default=0)
    count, i = 0, 0
    while i < len(tokens):
        n = next((n for n in range(min(longest, len(tokens) - i), 0, -1)
                  if tuple(tokens[i:i + n]) in phrases), 0)
        if n:
            i += n
            continue
        count += not is_laughter(tokens[i], config)
        i += 1
    return count


def _takes_floor(conversation: Conversation, other: Role, pause: Interval, config: TalkOverConfig) -> bool:
    """Whether ``other`` took the floor in this speaker's pause: said at least
    ``interruption_min_words`` words besides acknowledgements in it (words by their
    midpoint, with ASR slack; text without word times: the segments overlapping it)."""
    shown, _ = utterance_words(conversation, other, *pause)
    return content_words(match_tokens(" ".join(shown)), config) >= config.interruption_min_words


def utterances(conversation: Conversation, config: TalkOverConfig) -> list[Utterance]:
    """Both speakers' utterances, sorted by start: pauses up to ``floor_gap_s`` bridged,
    except a pause in which the other speaker takes the floor with words of their own
    (:func:`_takes_floor`; an acknowledgement or a single word said in it does not). So a quick
    exchange with overlapping hand-overs stays turns, not one long utterance per speaker
    with the other's turns inside it."""
    out: list[Utterance] = []
    speech = speech_by_speaker(conversation)
    for role, intervals in speech.items():
        other: Role = "customer" if role == "agent" else "agent"
        runs: list[Interval] = []
        for start, end in intervals:
            if runs and start - runs[-1][1] <= config.floor_gap_s \
                    and not _takes_floor(conversation, other, (runs[-1][1], start), config):
                runs[-1] = (runs[-1][0], max(runs[-1][1], end))
            else:
                runs.append((start, end))
        timed: list[list[Word]] = [[] for _ in runs]
        shown: list[list[str]] = [[] for _ in runs]
        for seg in conversation.by_speaker(role):
            inside, i = [], max(0, bisect.bisect_right(runs, (seg.start, float("inf"))) - 1)
            while i < len(runs) and runs[i][0] < seg.end + 1e-6:
                if runs[i][1] > seg.start - 1e-6:
                    inside.append(i)
                i += 1
            if seg.words and len(inside) == 1:  # a segment's words stay together
                timed[inside[0]].extend(w for w in seg.words if w.word.strip())
            elif seg.words:  # each word to one utterance: the one holding its midpoint, else the nearest
                for w in seg.words:
                    i, distance = nearest(runs, (w.start + w.end) / 2)
                    if w.word.strip() and i >= 0 and distance <= WORD_SLACK_S:
                        timed[i].append(w)
            elif seg.text:
                for i in inside:
                    shown[i].extend(seg.text.split())
        for (start, end), ws, text in zip(runs, timed, shown):  # (segments, and words, in spoken order)
            words = [w.word.strip() for w in ws] + text if ws else text
            out.append(Utterance(role, start, end, tuple(words), tuple(ws)))
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
