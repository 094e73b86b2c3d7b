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
from typing import Any, Sequence

from ...config import TalkOverConfig
from ...conversation import ROLES, Conversation
from ...intervals import intersect, total
from ...text import SENTENCE_END, acknowledgement_kind, match_tokens, r2
from .turns import (WORD_SLACK_S, Utterance, check_source, common_reasons, reliability, speech_by_speaker,
                    utterance_words, utterances)


_TRAILING_OFF = re.compile(r"(\.\.\.|…|[-–—])[\"')\]]*$")
_HAS_PUNCTUATION = re.compile(r"[.?!,;:]")


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
    return not SENTENCE_END.search(words[-1])


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
               for t in match_tokens(w.word)]
    if not x_words or not y.timed:
        return False
    y_words = [(t, (w.start + w.end) / 2) for w in y.timed for t in match_tokens(w.word)]
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


def punctuation_reliable(source: str, config: TalkOverConfig) -> bool:
    """Whether sentence-final full stops in the text can be trusted (see ``trust_asr_full_stops``)."""
    return source == "transcript" or config.trust_asr_full_stops


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
            overlap_s = total(pieces)
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
        shown, _ = utterance_words(conversation, u.speaker, start, end)
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


# -- the section -----------------------------------------------------------------------
def analyze_talk_over(conversation: Conversation, config: TalkOverConfig | None = None, *,
                      source: str = "channels", overlaps: list[OverlapEvent] | None = None) -> dict[str, Any]:
    """The report's ``talk_over`` section.

    Parameters
    ----------
    conversation : the call.
    config : the ``[talk_over]`` options; defaults when None.
    source : how speakers were separated: ``channels``, ``pyannote`` or ``transcript``.
    overlaps : the call's overlap events when already found (:func:`find_overlaps` with
        :func:`punctuation_reliable`), else they are found here.
    """
    check_source(source)
    cfg = config or TalkOverConfig()
    events = overlaps if overlaps is not None else find_overlaps(
        conversation, cfg, punctuation_reliable=punctuation_reliable(source, cfg))
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
