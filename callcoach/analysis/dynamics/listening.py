"""Listening: talk share, dead air, monologues, response latency, turn switches, questions.

Definitions (thresholds are :class:`callcoach.config.ListeningConfig` fields; utterances and
backchannels are those of :mod:`callcoach.analysis.dynamics.talkover`)
-------------------------------------------------------------------------------------------
span
    From the first speech to the last. Silence before and after it (ringing, hold music
    trimmed, recording tails) is not the agent's doing: it is reported as
    ``leading_silence_s``/``trailing_silence_s`` and counts in ``silence_s`` and ``dead_air``
    only when ``count_boundary_silence`` is set (the span is then the whole recording).
talk time
    ``agent_talk_s``/``customer_talk_s``: the union of each speaker's segments (voice
    activity with pauses under ``SegmentConfig.merge_gap_s`` bridged);
    ``both_talking_s`` is their intersection and ``silence_s`` the time in the span nobody
    speaks, so ``agent + customer - both + silence = span_s``.
    ``agent_talk_ratio = agent_talk_s / (agent_talk_s + customer_talk_s)`` (null when nobody
    spoke), next to the coaching target ``target_agent_talk_ratio``.
floor turns
    Utterances that are not backchannels: neither the backchannel side of a talk-over event
    nor a stand-alone utterance of only acknowledgement tokens / laughter.
monologue
    One speaker's speech with pauses up to ``monologue_pause_s`` bridged, unless the other
    speaker has a floor turn in the pause. The other's backchannels, and remarks the speaker
    talks straight through, do not break it. Length = end - start (pauses included).
dead air
    A stretch of at least ``dead_air_min_s`` in the span where nobody speaks.
    ``announced_by`` is who said last, within ``hold_lookback_s`` before it, that a silence
    was coming: the agent with one of ``hold_phrases`` ("let me check", "one moment", ...),
    the customer with one of ``customer_hold_phrases`` ("hold on", "let me find my card",
    ...); None when nobody did. ``hold`` (announced by the agent) is kept for older readers;
    ``unannounced_dead_air_s`` counts only silences nobody announced.
hand-over / turn switch
    Walking the floor turns in order of start, a turn by the other speaker that outlasts the
    current floor holder's turn takes the floor (one said inside the other's turn does not).
    ``median_response_latency_s`` is the median of agent start minus customer end over the
    customer-to-agent hand-overs (negative when the agent came in before the customer
    finished); ``turn_switches_per_min`` counts hand-overs both ways per minute of span.
agent questions
    Agent sentences ending in "?". Text without any sentence punctuation (unpunctuated ASR)
    is one sentence per segment, a question when it opens (after fillers such as "so",
    "okay") with a ``question_openers`` word. Without word times a sentence's start inside
    its segment is estimated from its character position.
"""
from __future__ import annotations

import statistics
from typing import Any

from ...config import ListeningConfig, TalkOverConfig
from ...conversation import ROLES, Conversation, Role, Word, join_words
from ...intervals import TIME_EPS, Interval, intersect, merge, total
from ...text import SENTENCE_PUNCTUATION, ends_sentence, match_tokens, r2, split_text_sentences
from .talkover import OverlapEvent, find_overlaps, is_backchannel_utterance
from .turns import (WORD_SLACK_S, Utterance, check_source, common_reasons, estimated_word_times, reliability,
                    segments_by_speaker, speech_by_speaker, speech_end, speech_start, utterances)

LEADING_FILLERS = {"so", "okay", "ok", "and", "alright", "right", "um", "uh", "er", "well",
                   "now", "oh", "great", "then", "but", "sorry"}
"""Words skipped before looking for a question opener in unpunctuated text."""



def _gaps(intervals: list[Interval], start: float, end: float) -> list[Interval]:
    """Stretches of [start, end] covered by none of the sorted, disjoint intervals."""
    out: list[Interval] = []
    cursor = start
    for s, e in intervals:
        if s > cursor:
            out.append((cursor, min(s, end)))
        cursor = max(cursor, e)
        if cursor >= end:
            break
    if cursor < end:
        out.append((cursor, end))
    return [(s, e) for s, e in out if e > s]


def floor_turns(conversation: Conversation, tcfg: TalkOverConfig,
                overlaps: list[OverlapEvent] | None = None) -> list[Utterance]:
    """Utterances that are not backchannels, sorted by start.

    A stand-alone acknowledgement ("Yes.", "Okay.") right after the other's question is an
    answer, so it is a turn.
    """
    if overlaps is None:
        overlaps = find_overlaps(conversation, tcfg)
    backchannels = {e.interrupter for e in overlaps if e.kind == "backchannel"}
    utts = utterances(conversation, tcfg)
    turns = []
    for u in utts:
        if u in backchannels:
            continue
        if is_backchannel_utterance(u, tcfg) and not _answers_question(u, utts, tcfg.min_overlap_s):
            continue
        turns.append(u)
    return turns


def _answers_question(u: Utterance, utts: list[Utterance], tolerance_s: float) -> bool:
    before = [p for p in utts if p.speaker != u.speaker and p.end <= u.start + tolerance_s]
    if not before:
        return False
    words = max(before, key=lambda p: p.end).words
    return bool(words) and words[-1].rstrip("\"')]").endswith("?")


def longest_monologue(speaker: Role, speech: list[Interval], floors: list[Utterance],
                      pause_s: float) -> Interval | None:
    """The speaker's longest run of speech (see module docstring), as (start, end)."""
    others = [u for u in floors if u.speaker != speaker]
    runs: list[Interval] = []
    for start, end in speech:
        if runs:
            prev_end = runs[-1][1]
            taken = any(u.start < start and u.end > prev_end for u in others)
            if start - prev_end <= pause_s + TIME_EPS and not taken:
                runs[-1] = (runs[-1][0], max(prev_end, end))
                continue
        runs.append((start, end))
    return max(runs, key=lambda r: (r[1] - r[0], -r[0]), default=None)


def hand_overs(floors: list[Utterance]) -> list[tuple[Utterance, Utterance]]:
    """(previous floor holder's turn, the turn that took the floor), in order."""
    switches: list[tuple[Utterance, Utterance]] = []
    holder: Utterance | None = None
    for u in floors:
        if holder is None or (u.speaker == holder.speaker and u.end > holder.end):
            holder = u
        elif u.speaker != holder.speaker and u.end > holder.end:
            switches.append((holder, u))
            holder = u
    return switches


def _words_before(conversation: Conversation, speaker: Role, at: float, lookback_s: float) -> list[Word]:
    """The speaker's words ending within ``lookback_s`` before ``at`` (text without word
    times spread over its segment), in time order."""
    words: list[Word] = []
    for seg in conversation.by_speaker(speaker):
        timed = seg.words or estimated_word_times(seg)
        words += [w for w in timed if w.word.strip() and at - lookback_s <= w.end <= at + WORD_SLACK_S]
    return sorted(words, key=lambda w: w.start)


def _last_phrase(words: list[Word], phrases: list[str]) -> tuple[str, float] | None:
    """The phrase said last among ``phrases`` (whole words, any case) and when it ended."""
    tokens = [(t, w.end) for w in words for t in match_tokens(w.word)]
    found: tuple[str, float] | None = None
    for phrase in phrases:
        want = match_tokens(phrase)
        n = len(want)
        for i in range(len(tokens) - n + 1) if n else ():
            if [t for t, _ in tokens[i:i + n]] == want and (found is None or tokens[i + n - 1][1] > found[1]):
                found = (phrase, tokens[i + n - 1][1])
    return found


def dead_air(conversation: Conversation, silences: list[Interval], config: ListeningConfig) -> list[dict[str, Any]]:
    """Silences of at least ``dead_air_min_s``, each with who announced it.

    ``announced_by`` is the speaker whose announcement (``hold_phrases`` for the agent,
    ``customer_hold_phrases`` for the customer) was said last within ``hold_lookback_s``
    before the silence, or None. ``hold`` keeps its meaning: announced by the agent.
    """
    lists = {"agent": [*config.hold_phrases, *config.extra_hold_phrases],
             "customer": list(config.customer_hold_phrases)}
    out = []
    for start, end in silences:
        if end - start < config.dead_air_min_s:
            continue
        before = {role: _words_before(conversation, role, start, config.hold_lookback_s) for role in ROLES}
        said = {role: _last_phrase(before[role], lists[role]) for role in ROLES}
        heard = [(found[1], role == "agent", role, found[0]) for role, found in said.items() if found]
        _, _, by, phrase = max(heard) if heard else (None, None, None, None)
        out.append({"start": r2(start), "end": r2(end), "duration_s": r2(end - start),
                    "announced_by": by, "announced_phrase": phrase,
                    "hold": by == "agent", "hold_phrase": phrase if by == "agent" else None,
                    "long_hold": bool(by == "agent" and end - start >= config.long_hold_s),
                    "agent_before": " ".join(w.word.strip() for w in before["agent"][-12:]),
                    "customer_before": " ".join(w.word.strip() for w in before["customer"][-12:])})
    return out


def agent_sentences(conversation: Conversation) -> list[tuple[float, float, str, bool]]:
    """(start, end, text, punctuated) of each agent sentence."""
    out: list[tuple[float, float, str, bool]] = []
    for seg in conversation.by_speaker("agent"):
        text = seg.text or join_words(seg.words)
        punctuated = bool(SENTENCE_PUNCTUATION.search(text))
        if seg.words and punctuated:
            current = []
            for w in seg.words:
                current.append(w)
                if ends_sentence(w.word):
                    out.append((current[0].start, current[-1].end, join_words(current), True))
                    current = []
            if current:
                out.append((current[0].start, current[-1].end, join_words(current), True))
        elif punctuated:
            offset, length = 0, max(1, len(text))
            for sentence in split_text_sentences(text):
                pos = text.find(sentence, offset)
                offset = pos + len(sentence)
                start = seg.start + seg.duration * pos / length
                out.append((start, seg.start + seg.duration * offset / length, sentence, True))
        elif text.strip():
            out.append((seg.start, seg.end, text.strip(), False))
    return out


def is_question(text: str, punctuated: bool, config: ListeningConfig) -> bool:
    if punctuated:
        return text.rstrip().rstrip("\"')]").endswith("?")
    tokens = match_tokens(text)
    while tokens and tokens[0] in LEADING_FILLERS:
        tokens = tokens[1:]
    openers = {o.lower() for o in config.question_openers}
    return bool(tokens) and (tokens[0] in openers or tokens[0].split("'")[0] in openers)


def analyze_listening(conversation: Conversation, config: ListeningConfig | None = None, *,
                      source: str = "channels", talk_over: TalkOverConfig | None = None,
                      overlaps: list[OverlapEvent] | None = None) -> dict[str, Any]:
    """The report's ``listening`` section.

    Parameters
    ----------
    conversation : the call.
    config : the ``[listening]`` options; defaults when None.
    source : how speakers were separated: ``channels``, ``pyannote`` or ``transcript``.
    talk_over : the ``[talk_over]`` options (what a backchannel is); defaults when None.
    overlaps : the call's overlap events when already found, else found here.
    """
    check_source(source)
    cfg = config or ListeningConfig()
    tcfg = talk_over or TalkOverConfig()
    # Talk time is measured on segments (speech with pauses under the segment merge gap
    # bridged), as a person timing turns would; overlaps use the finer speech map.
    speech = segments_by_speaker(conversation) if conversation.segments else speech_by_speaker(conversation)
    everyone = merge([*speech["agent"], *speech["customer"]])
    first = everyone[0][0] if everyone else 0.0
    last = everyone[-1][1] if everyone else 0.0
    duration = max(conversation.duration_s, last)
    span = (0.0, duration) if cfg.count_boundary_silence else (first, last)
    silences = _gaps(everyone, *span)
    span_s = span[1] - span[0]
    talk = {role: total(speech[role]) for role in ROLES}
    talking = talk["agent"] + talk["customer"]

    floors = floor_turns(conversation, tcfg, overlaps)
    monologues = {role: longest_monologue(role, speech[role], floors, cfg.monologue_pause_s) for role in ROLES}
    switches = hand_overs(floors)
    # Hand-over times from word times where there are some: the speech map's edges are padded.
    latencies = [(speech_end(prev, conversation.speech_pad_s), speech_start(nxt, conversation.speech_pad_s))
                 for prev, nxt in switches if prev.speaker == "customer" and nxt.speaker == "agent"]
    questions = [{"start": r2(s), "end": r2(e), "text": text}
                 for s, e, text, punctuated in agent_sentences(conversation)
                 if is_question(text, punctuated, cfg)]
    air = dead_air(conversation, silences, cfg)

    reasons = common_reasons(conversation, source)
    if source == "pyannote":
        reasons.append(("medium", "mono call: speaker turns come from diarisation, so talk times "
                                  "and hand-over latencies are approximate"))

    def span_dict(run: Interval | None) -> dict[str, float | None] | None:
        return None if run is None else {"start": r2(run[0]), "end": r2(run[1])}

    return {
        "agent_talk_s": r2(talk["agent"]),
        "customer_talk_s": r2(talk["customer"]),
        "both_talking_s": r2(total(intersect(speech["agent"], speech["customer"]))),
        "silence_s": r2(total(silences)),
        "span": span_dict(span),
        "span_s": r2(span_s),
        "leading_silence_s": r2(first if everyone else duration),
        "trailing_silence_s": r2(duration - last if everyone else 0.0),
        "agent_talk_ratio": r2(talk["agent"] / talking) if talking > 0 else None,
        "agent_talk_ratio_target": cfg.talk_ratio_target(),
        "agent_talk_ratio_target_basis": ("configured" if cfg.target_agent_talk_ratio is not None
                                          else f"{cfg.call_type} calls"),
        "longest_agent_monologue_s": r2(_length(monologues["agent"])),
        "longest_agent_monologue": span_dict(monologues["agent"]),
        "longest_customer_story_s": r2(_length(monologues["customer"])),
        "longest_customer_story": span_dict(monologues["customer"]),
        "dead_air": air,
        "dead_air_s": r2(sum(d["duration_s"] for d in air)),
        "unannounced_dead_air_s": r2(sum(d["duration_s"] for d in air if d["announced_by"] is None)),
        "announced_dead_air_s": {role: r2(sum(d["duration_s"] for d in air if d["announced_by"] == role))
                                 for role in ROLES},
        "median_response_latency_s": r2(statistics.median([b - a for a, b in latencies])) if latencies else None,
        "response_latencies": [{"customer_end": r2(a), "agent_start": r2(b), "latency_s": r2(b - a)}
                               for a, b in latencies],
        "turn_switches": len(switches),
        "turn_switches_per_min": r2(len(switches) / (span_s / 60)) if span_s > 0 else 0.0,
        "agent_questions": {"count": len(questions), "items": questions},
        "reliability": reliability(reasons),
    }


def _length(run: Interval | None) -> float:
    return 0.0 if run is None else run[1] - run[0]
