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
what was still to come
    At the interrupter's onset (their first word's start; their voice's start without
    words), the interrupted speaker's words still unfinished in that utterance
    (``words_left``) and the time until their last word ends (``time_left``). Word times
    come from speech recognition, or for text without them from the segment's text spread
    over its time by length. Voice edges of the speech map are padded (``Conversation.speech_pad_s``),
    so they are only used, less the padding, where the voice goes on past the words.
    The rule reads the words as given, whatever the input: a transcript and the same
    conversation from audio get the same verdicts.

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
4. ``interruption`` / ``cut_off``: the interrupted speaker fell silent before the
   interrupter did, and their words stop unfinished (:func:`unfinished`: a dash or an
   ellipsis, a last word such as "the" or "and" that cannot end a sentence, or no
   sentence end in punctuated text), however little of them was left to hear.
5. The interrupter came in mid-turn: at least ``interruption_min_words`` words and
   ``interruption_min_s`` of the other's speech still to come (the words are not counted
   where recognition lost them: voice going on well past the last word).

   * the interrupted speaker fell silent first: ``interruption`` / ``floor_taken``;
   * else, when the interrupter said at least ``interruption_min_words`` words over them
     besides acknowledgements: ``interruption`` / ``talked_over``;
   * else ``overlap`` / ``talked_through`` (a word or two the other talked through, such
     as "okay, so") or ``wordless`` (an overlap without recognised words, too long for a
     backchannel: speech or noise, not counted).
6. Otherwise the interrupter came in at the end of the other's turn, which is normal
   turn-taking: ``overlap`` / ``latching`` (at most ``hand_over_max_words`` words or
   ``hand_over_max_s`` left: the other's last word) or ``overlap`` / ``early_hand_over``
   (a little more, but less than an interruption).

``agent_interruptions``/``customer_interruptions`` count ``interruption`` events only;
``overlap_s`` is the sum of all events' ``duration_s``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from ...config import TalkOverConfig
from ...conversation import ROLES, Conversation, Word
from ...intervals import intersect, total
from ...text import SENTENCE_END, acknowledgement_kind, match_tokens, r2
from .turns import (WORD_SLACK_S, Utterance, check_source, common_reasons, content_words, reliability,
                    speech_by_speaker, spoken_words, utterance_words, utterances)


_TRAILING_OFF = re.compile(r"(\.\.\.|…|[-–—])[\"')\]]*$")
_HAS_PUNCTUATION = re.compile(r"[.?!,;:]")
_QUESTION = re.compile(r"\?[\"')\]»”]*$")
UNFINISHED_LAST_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "because", "if", "than", "of",
    "my", "your", "our", "their", "its"})
"""Words an English sentence does not end on (articles, conjunctions, possessives): text
stopping on one was cut off, whatever punctuation the speech recognition put after it."""
_WORD_LEFT_S = 0.05
"""A word ending less than this after the newcomer's onset is already said, not still to come."""


def is_backchannel_utterance(u: Utterance, config: TalkOverConfig) -> bool:
    """An utterance that by its words alone never claims the floor."""
    kind = acknowledgement_kind(u.tokens, config)
    return kind == "laughter" or (kind == "acknowledgement" and u.duration <= config.backchannel_max_s)


def unfinished(words: Sequence[str]) -> bool | None:
    """Whether text stops mid-sentence; None when it has no punctuation to tell by.

    Unfinished: the last word trails off (a dash or an ellipsis), is a word no sentence
    ends on ("the", "and", "my", ...; :data:`UNFINISHED_LAST_WORDS`) and is not a question,
    or the text is punctuated but does not end with ``.?!``. Finished: it ends with
    ``.?!``. Read the same for every input; speech recognition usually puts a full stop
    after speech that was cut off too, so from audio a cut-off often reads as finished.
    """
    if not words:
        return None
    last = words[-1]
    if _TRAILING_OFF.search(last):
        return True
    tokens = match_tokens(last)
    if tokens and tokens[-1] in UNFINISHED_LAST_WORDS and not _QUESTION.search(last):
        return True
    if not any(_HAS_PUNCTUATION.search(w) for w in words):
        return None
    return not SENTENCE_END.search(last)


mid_sentence = unfinished
"""The former name of :func:`unfinished`."""


# -- events ------------------------------------------------------------------------
@dataclass(frozen=True)
class Remaining:
    """What the interrupted speaker still had to say when the interrupter came in."""

    onset: float
    """When the interrupter came in: their first word's start, or their voice's start."""
    words_left: int | None
    """The interrupted speaker's words not yet finished at ``onset``, up to the end of the
    sentence they were in (a possible completion point) or of the utterance; None where
    recognition lost their words (voice going on well past the last word)."""
    time_left_s: float
    """From ``onset`` until those words end (or the voice, where it goes on past the words)."""


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
    remaining: Remaining | None = None


def remaining(x: Utterance, y: Utterance, x_words: Sequence[Word], y_words: Sequence[Word],
              config: TalkOverConfig, pad_s: float = 0.0) -> Remaining:
    """What ``y`` still had to say when ``x`` came in (see the module docstring); ``pad_s``
    is the speech map's padding per edge (``Conversation.speech_pad_s``)."""
    voice_start = x.start + pad_s
    onset = voice_start
    if x_words and abs(x_words[0].start - voice_start) <= WORD_SLACK_S:
        onset = max(x.start, x_words[0].start)  # word times (inside the voice), not its padded edge
    ends = [min(w.end, y.end) for w in y_words]  # no word ends after the voice does
    still = [(w, e) for w, e in zip(y_words, ends) if e - onset > _WORD_LEFT_S]
    for i, (w, e) in enumerate(still[:-1]):  # a possible completion (sentence end) before the last word
        if SENTENCE_END.search(w.word.strip()):
            return Remaining(onset, i + 1, e - onset)
    voice_end = y.end - pad_s
    last_word_end = max(ends, default=None)
    words_lost = last_word_end is None or voice_end - last_word_end > WORD_SLACK_S
    end = voice_end if words_lost else last_word_end
    return Remaining(onset, None if words_lost else len(still), end - onset)


def _completion(x: Utterance, y: Utterance, start: float, end: float, config: TalkOverConfig) -> bool:
    x_words = [(t, (w.start + w.end) / 2) for w in x.timed
               if start - WORD_SLACK_S <= (w.start + w.end) / 2 <= end + WORD_SLACK_S
               for t in match_tokens(w.word)]
    if not x_words or not y.timed:
        return False
    y_words = [(t, (w.start + w.end) / 2) for w in y.timed for t in match_tokens(w.word)]
    return all(any(t == ty and abs(mid - my) <= config.completion_sync_s for ty, my in y_words)
               for t, mid in x_words)


def _word_cut_short(y: Utterance, left: Remaining, config: TalkOverConfig) -> bool:
    """The interrupted speaker's last word was under way when the other came in, and the
    recogniser barely heard it: speech recognition punctuates cut-off speech as complete,
    but gives a word broken off in the middle a very low probability."""
    if not y.timed:
        return False
    last = y.timed[-1]
    return (last.probability is not None and last.probability < config.cut_word_max_probability
            and last.start < left.onset < last.end + WORD_SLACK_S)


def _classify(x: Utterance, y: Utterance, start: float, end: float, left: Remaining,
              config: TalkOverConfig) -> tuple[str, str, bool | None]:
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
    stopped = y.end < x.end  # the interrupted speaker fell silent first
    cut = unfinished(y.words) if stopped else None
    if stopped and not cut and _word_cut_short(y, left, config):
        cut = True
    if cut:
        return "interruption", "cut_off", cut
    mid_turn = left.time_left_s >= config.interruption_min_s and (
        left.words_left is None or left.words_left >= config.interruption_min_words)
    if mid_turn:
        if stopped:
            return "interruption", "floor_taken", cut
        if content_words(x.tokens, config) >= config.interruption_min_words:
            return "interruption", "talked_over", cut
        return "overlap", ("talked_through" if x.words else "wordless"), cut
    latching = left.time_left_s <= config.hand_over_max_s or (
        left.words_left is not None and left.words_left <= config.hand_over_max_words)
    return "overlap", ("latching" if latching else "early_hand_over"), cut


def punctuation_reliable(source: str, config: TalkOverConfig) -> bool:
    """Deprecated, kept for callers: the rules no longer depend on the input kind."""
    return True


def find_overlaps(conversation: Conversation, config: TalkOverConfig,
                  punctuation_reliable: bool = True) -> list[OverlapEvent]:
    """Every overlap event of a call, classified (see the module docstring).

    ``punctuation_reliable`` is accepted for older callers and ignored: every input is
    judged by the same rules.
    """
    utts = utterances(conversation, config)
    agent = [u for u in utts if u.speaker == "agent"]
    customer = [u for u in utts if u.speaker == "customer"]
    speech = speech_by_speaker(conversation)
    both = intersect(speech["agent"], speech["customer"])
    spoken: dict[Utterance, list[Word]] = {}

    def words_of(u: Utterance) -> list[Word]:
        if u not in spoken:
            spoken[u] = spoken_words(conversation, u)
        return spoken[u]

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
            left = remaining(x, y, words_of(x), words_of(y), config, conversation.speech_pad_s)
            kind, reason, cut = _classify(x, y, start, end, left, config)
            events.append(OverlapEvent(x, y, start, end, overlap_s, kind, reason, cut, left))
    return sorted(events, key=lambda e: e.start)


def _words_during(conversation: Conversation, u: Utterance, start: float, end: float) -> str:
    if u.timed:
        shown, _ = utterance_words(conversation, u.speaker, start, end)
        return " ".join(shown)
    return " ".join(u.words)


def event_to_dict(event: OverlapEvent, conversation: Conversation, config: TalkOverConfig) -> dict[str, Any]:
    """The report's view of an event, with the words a reviewer needs to check it."""
    x, y, n = event.interrupter, event.interrupted, max(1, config.evidence_words)
    left = event.remaining
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
        "interrupter_onset": r2(left.onset) if left else None,
        "interrupted_words_left": left.words_left if left else None,
        "interrupted_time_left_s": r2(left.time_left_s) if left else None,
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
    overlaps : the call's overlap events when already found (:func:`find_overlaps`), else
        they are found here.
    """
    check_source(source)
    cfg = config or TalkOverConfig()
    events = overlaps if overlaps is not None else find_overlaps(conversation, cfg)
    reasons = common_reasons(conversation, source)
    if source == "pyannote":
        reasons.append(("low", "mono call: diarisation often misses or misattributes overlapping "
                               "speech, so overlaps may be missing or too short"))
    count = {(kind, role): sum(1 for e in events if e.kind == kind and e.interrupter.speaker == role)
             for kind in ("interruption", "backchannel") for role in ROLES}
    # The contract's events are interruptions and backchannels; harmless overlaps
    # (simultaneous starts, completions, latching, early hand-overs...) are listed on their own.
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
