"""Talk-over: where both parties spoke at once, who started it, and what kind of overlap it was.

Definitions (thresholds are :class:`callcoach.config.TalkOverConfig` fields)
----------------------------------------------------------------------------
utterance
    One speaker's voice activity from the speech map (``conversation.speech_map``; the
    segment bounds for transcript input), pauses up to ``floor_gap_s`` bridged.
overlap event
    Where an agent utterance and a customer utterance overlap for at least
    ``min_overlap_s`` in total (several overlapping stretches of the same two
    utterances are one event; ``start``/``end`` span them, ``duration_s`` sums them).
    Shorter overlaps are voice-activity edge jitter at a smooth hand-over: no event.
interrupter
    The speaker whose utterance started later, i.e. while the other (the *interrupted*)
    held the floor. Ties go to the shorter utterance.

Each event gets exactly one ``kind`` and a ``reason``, tried in this order:

1. ``backchannel``: the interrupter's utterance is only acknowledgement tokens
   (``backchannel_phrases``: "mm-hmm", "uh-huh", "right", "okay", "I see", ...) and lasts at
   most ``backchannel_max_s`` (reason ``acknowledgement``); or only laughter, any length
   (``laughter``); or has no recognised words, lasts at most
   ``wordless_backchannel_max_s`` and the other keeps talking after it (``short_wordless``).
2. ``overlap`` / ``simultaneous_start``: both utterances started within
   ``simultaneous_start_s`` of each other, so neither held the floor.
3. ``overlap`` / ``completion``: a cooperative (choral) completion: every word the
   interrupter said in the overlap is said by the other within ``completion_sync_s`` of it.
   Needs word times for both.
4. The interrupter takes the floor: the interrupted speaker falls silent while the
   interrupter is still talking.

   * within ``cut_off_window_s`` of the overlap start, and the interrupted speaker was
     mid-sentence (their last word has no sentence-final ``.?!``, or ends in a dash or an
     ellipsis): ``interruption`` / ``cut_off``. In text from speech recognition only a
     final ``?`` counts as a finished turn (Whisper puts a full stop after cut-off speech
     too; ``trust_asr_full_stops``). When their text gives no evidence (no words,
     or no punctuation at all, as in unpunctuated ASR), the overlap must last at least
     ``unknown_text_cut_off_s`` instead.
   * within the window but at a sentence end (or a shorter overlap without evidence):
     ``overlap`` / ``early_start`` (an eager but smooth hand-over).
   * later than the window: ``interruption`` / ``floor_taken`` (they talked over each
     other until one gave up).
5. ``interruption`` / ``long_overlap``: an overlap of at least ``long_overlap_s`` in which the
   interrupter's utterance has recognised words (a long contentful overlap), even though
   the other kept going.
6. Otherwise ``overlap``: ``talked_through`` (a short remark the other talked through) or
   ``wordless`` (an overlap without recognised words that is too long for a backchannel).

``agent_interruptions``/``customer_interruptions`` count ``interruption`` events only;
``overlap_s`` is the sum of all events' ``duration_s``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from ..config import Config, TalkOverConfig
from ..conversation import ROLES, Conversation, Role, SpeechTurn, Word
from ..intervals import Interval, intersect, merge, total

if TYPE_CHECKING:  # pragma: no cover
    from ..audio import Recording


SOURCES = ("channels", "pyannote", "transcript")
"""How the speakers were separated (the report's ``call.diarization``)."""

WORD_SLACK_S = 0.25
"""ASR word times drift from voice-activity edges by up to a few hundred ms."""

_LEVELS = ("low", "medium", "high")
_SENTENCE_END = re.compile(r"[.?!]+[\"')\]]*$")
_TRAILING_OFF = re.compile(r"(\.\.\.|…|[-–—])[\"')\]]*$")
_HAS_PUNCTUATION = re.compile(r"[.?!,;:]")
_LAUGH = re.compile(r"^(?:ha){2,}h?$|^(?:he){2,}h?$|^laugh(?:s|ing|ter)?$")


def r2(x: float | None) -> float | None:
    """Times and figures in the report are rounded to 0.01."""
    return None if x is None else round(float(x), 2)


# -- intervals ---------------------------------------------------------------------
merge_intervals = merge
total_s = total


def speech_turns(conversation: Conversation) -> list[SpeechTurn]:
    """The speech map, or the segment bounds when a Conversation was built without one."""
    return conversation.speech_map or [SpeechTurn(s.speaker, s.start, s.end)
                                       for s in conversation.segments]


def speech_by_speaker(conversation: Conversation) -> dict[Role, list[Interval]]:
    """Each speaker's voice activity as a sorted, disjoint interval list."""
    turns = speech_turns(conversation)
    return {role: merge_intervals((t.start, t.end) for t in turns if t.speaker == role and t.end > t.start)
            for role in ROLES}


# -- words -------------------------------------------------------------------------
def normalize(text: str) -> list[str]:
    """Lower-case word tokens without punctuation; hyphens split ("uh-huh" -> uh, huh)."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[-–—_/]", " ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    return [t.strip("'") for t in text.split() if t.strip("'")]


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
        return normalize(" ".join(self.words))


def _segment_words(conversation: Conversation, speaker: Role, start: float, end: float
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
        for start, end in merge_intervals(intervals, floor_gap_s):
            shown, timed = _segment_words(conversation, role, start, end)
            out.append(Utterance(role, start, end, tuple(shown), tuple(timed)))
    return sorted(out, key=lambda u: (u.start, u.end))


@lru_cache(maxsize=16)
def _phrases(items: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(p)) for p in items if normalize(p))


def is_laughter(token: str, config: TalkOverConfig) -> bool:
    return bool(_LAUGH.match(token)) or (token,) in _phrases(tuple(config.laughter_tokens))


def acknowledgement_kind(tokens: Sequence[str], config: TalkOverConfig) -> str | None:
    """``laughter`` or ``acknowledgement`` when the tokens are nothing else, else None."""
    rest = [t for t in tokens if not is_laughter(t, config)]
    if not tokens:
        return None
    if not rest:
        return "laughter"
    phrases = _phrases((*config.backchannel_phrases, *config.extra_backchannel_phrases))
    longest = max((len(p) for p in phrases), default=0)
    # covered[i]: rest[:i] splits into known phrases ("okay I see" = okay + i see)
    covered = [True] + [False] * len(rest)
    for i in range(1, len(rest) + 1):
        covered[i] = any(covered[i - n] and tuple(rest[i - n:i]) in phrases
                         for n in range(1, min(longest, i) + 1))
    return "acknowledgement" if covered[-1] else None


def is_backchannel_utterance(u: Utterance, config: TalkOverConfig) -> bool:
    """An utterance that by its words alone never claims the floor."""
    kind = acknowledgement_kind(u.tokens, config)
    return kind == "laughter" or (kind == "acknowledgement" and u.duration <= config.backchannel_max_s)


def mid_sentence(words: Sequence[str]) -> bool | None:
    """Whether text stopped mid-sentence; None when it has no punctuation to tell by."""
    if words and _TRAILING_OFF.search(words[-1]):
        return True
    if not words or not any(_HAS_PUNCTUATION.search(w) for w in words):
        return None
    return not _SENTENCE_END.search(words[-1])


# -- events ------------------------------------------------------------------------
@dataclass(frozen=True)
class OverlapEvent:
    """Two utterances overlapping, classified."""

    interrupter: Utterance
    interrupted: Utterance
    start: float
    end: float
    duration_s: float
    kind: str
    reason: str
    mid_sentence: bool | None


def _completion(x: Utterance, y: Utterance, start: float, end: float, config: TalkOverConfig) -> bool:
    x_words = [(t, (w.start + w.end) / 2) for w in x.timed
               if start - WORD_SLACK_S <= (w.start + w.end) / 2 <= end + WORD_SLACK_S
               for t in normalize(w.word)]
    if not x_words or not y.timed:
        return False
    y_words = [(t, (w.start + w.end) / 2) for w in y.timed for t in normalize(w.word)]
    return all(any(t == ty and abs(mid - my) <= config.completion_sync_s for ty, my in y_words)
               for t, mid in x_words)


def _asr_mid_sentence(words: Sequence[str]) -> bool | None:
    """Like :func:`mid_sentence` for ASR text, where only a question mark marks a finished turn."""
    verdict = mid_sentence(words)
    if verdict is None:
        return None  # no punctuation at all: judged by overlap length
    return not words[-1].rstrip("\"')»”").endswith("?")


def _classify(x: Utterance, y: Utterance, start: float, end: float, overlap_s: float,
              config: TalkOverConfig, punctuation_reliable: bool = True) -> tuple[str, str, bool | None]:
    ack = acknowledgement_kind(x.tokens, config)
    if ack == "laughter":
        return "backchannel", "laughter", None
    if ack == "acknowledgement" and x.duration <= config.backchannel_max_s:
        return "backchannel", "acknowledgement", None
    if not x.words and x.duration <= config.wordless_backchannel_max_s and y.end > x.end:
        return "backchannel", "short_wordless", None
    if x.start - y.start < config.simultaneous_start_s:
        return "overlap", "simultaneous_start", None
    if _completion(x, y, start, end, config):
        return "overlap", "completion", None
    if y.end < x.end:  # the interrupted speaker fell silent first
        if y.end - start > config.cut_off_window_s:
            return "interruption", "floor_taken", mid_sentence(y.words)
        cut = mid_sentence(y.words) if punctuation_reliable else _asr_mid_sentence(y.words)
        if cut or (cut is None and overlap_s >= config.unknown_text_cut_off_s):
            return "interruption", "cut_off", cut
        return "overlap", "early_start", cut
    if x.words and overlap_s >= config.long_overlap_s:
        return "interruption", "long_overlap", None
    return "overlap", ("talked_through" if x.words else "wordless"), None


def find_overlaps(conversation: Conversation, config: TalkOverConfig,
                  punctuation_reliable: bool = True) -> list[OverlapEvent]:
    """Every overlap event of a call, classified (see the module docstring)."""
    utts = utterances(conversation, config.floor_gap_s)
    agent = [u for u in utts if u.speaker == "agent"]
    customer = [u for u in utts if u.speaker == "customer"]
    speech = speech_by_speaker(conversation)
    both = intersect(speech["agent"], speech["customer"])
    events: list[OverlapEvent] = []
    for a in agent:
        for c in customer:
            if c.start >= a.end:
                break  # customer utterances are sorted by start
            if c.end <= a.start:
                continue
            pieces = [(s, e) for s, e in both if s < min(a.end, c.end) and e > max(a.start, c.start)]
            overlap_s = total_s(pieces)
            if not pieces or overlap_s < config.min_overlap_s:
                continue
            if (a.start, -a.duration) > (c.start, -c.duration):
                x, y = a, c
            else:
                x, y = c, a
            start, end = pieces[0][0], pieces[-1][1]
            kind, reason, cut = _classify(x, y, start, end, overlap_s, config, punctuation_reliable)
            events.append(OverlapEvent(x, y, start, end, overlap_s, kind, reason, cut))
    return sorted(events, key=lambda e: e.start)


def _words_during(conversation: Conversation, u: Utterance, start: float, end: float) -> str:
    if u.timed:
        shown, _ = _segment_words(conversation, u.speaker, start, end)
        return " ".join(shown)
    return " ".join(u.words)


def event_to_dict(event: OverlapEvent, conversation: Conversation, config: TalkOverConfig) -> dict[str, Any]:
    """The report's view of an event, with the words a reviewer needs to check it."""
    x, y, n = event.interrupter, event.interrupted, max(1, config.evidence_words)
    stopped = y.end < x.end
    return {
        "start": r2(event.start),
        "end": r2(event.end),
        "interrupter": x.speaker,
        "interrupted": y.speaker,
        "kind": event.kind,
        "reason": event.reason,
        "duration_s": r2(event.duration_s),
        "interrupter_turn": {"start": r2(x.start), "end": r2(x.end)},
        "interrupted_turn": {"start": r2(y.start), "end": r2(y.end)},
        "interrupter_words": " ".join(x.words[:n]),
        "interrupted_words": _words_during(conversation, y, event.start, event.end),
        "cut_off_words": " ".join(y.words[-n:]) if stopped else None,
        "interrupted_stopped_at": r2(y.end) if stopped else None,
        "interrupted_mid_sentence": event.mid_sentence,
    }


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


# -- the section -----------------------------------------------------------------------
def analyze_talk_over(conversation: Conversation, recording: "Recording | None" = None,
                      config: Config | None = None, *, source: str = "channels") -> dict[str, Any]:
    """The report's ``talk_over`` section.

    Parameters
    ----------
    conversation : the call.
    recording : unused (the analysis reads the speech map); may be None.
    config : options; ``config.talk_over`` is used. Defaults when None.
    source : how speakers were separated: ``channels``, ``pyannote`` or ``transcript``.
    """
    check_source(source)
    cfg = (config or Config()).talk_over
    events = find_overlaps(conversation, cfg,
                           punctuation_reliable=source == "transcript" or cfg.trust_asr_full_stops)
    reasons = common_reasons(conversation, source)
    if source == "pyannote":
        reasons.append(("low", "mono call: diarisation often misses or misattributes overlapping "
                               "speech, so overlaps may be missing or too short"))
    count = {(kind, role): sum(1 for e in events if e.kind == kind and e.interrupter.speaker == role)
             for kind in ("interruption", "backchannel") for role in ROLES}
    # The contract's events are interruptions and backchannels; harmless overlaps
    # (simultaneous starts, completions, early hand-overs...) are listed on their own.
    as_dicts = [event_to_dict(e, conversation, cfg) for e in events]
    return {
        "events": [e for e in as_dicts if e["kind"] in ("interruption", "backchannel")],
        "other_overlaps": [e for e in as_dicts if e["kind"] not in ("interruption", "backchannel")],
        "agent_interruptions": count["interruption", "agent"],
        "customer_interruptions": count["interruption", "customer"],
        "agent_backchannels": count["backchannel", "agent"],
        "customer_backchannels": count["backchannel", "customer"],
        "overlap_s": r2(sum(e.duration_s for e in events)),
        "reliability": reliability(reasons),
    }
