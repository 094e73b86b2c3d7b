"""Mono calls: every word of the one Whisper pass given to the diarised speaker who said it."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import numpy as np

from ..config import TalkOverConfig
from ..conversation import Word
from ..intervals import Interval, nearest, overlap_s
from ..intervals import merge as merge_close
from ..text import ends_sentence, is_acknowledgement

if TYPE_CHECKING:  # pragma: no cover
    from .transcribe import Transcriber

JOIN_GAP_S = 0.3
"""Words closer than this belong to the same stretch of speech."""


def _in_overlap(w: Word, turns: dict[str, list[Interval]]) -> bool:
    mid = (w.start + w.end) / 2
    return sum(nearest(ivs, mid)[1] == 0.0 for ivs in turns.values()) >= 2


def assign_words(words: list[Word], exclusive: dict[str, list[Interval]],
                 turns: dict[str, list[Interval]], talk_over: TalkOverConfig | None = None
                 ) -> dict[str, list[Word]]:
    """Give each word the speaker who holds most of its time.

    The exclusive map (one speaker per instant, the most likely during overlaps) decides;
    where it has nobody (a pause) the full, overlapping map decides; a word neither map
    covers goes to the speaker whose speech is nearest. Then words spoken while both
    voices are active follow the sentence they belong to: a word that opens a sentence
    (after a full stop or a pause) and runs straight into words outside the overlap takes
    their speaker; a word that closes a sentence takes the speaker of the words before it.
    """
    talk_over = talk_over or TalkOverConfig()
    out: dict[str, list[Word]] = {label: [] for label in turns}
    labels = list(turns)
    if not labels:
        return out
    turns = {label: merge_close(ivs) for label, ivs in turns.items()}
    exclusive = {label: merge_close(ivs) for label, ivs in exclusive.items()}
    ordered = sorted(words, key=lambda w: w.start)
    chosen = [_best_label(w, exclusive, turns, labels) for w in ordered]
    overlapped = [_in_overlap(w, turns) for w in ordered]
    for i, w in enumerate(ordered):
        if not overlapped[i]:
            continue
        prev_i, next_i = i - 1, i + 1
        gap_prev = w.start - ordered[prev_i].end if prev_i >= 0 else float("inf")
        gap_next = ordered[next_i].start - w.end if next_i < len(ordered) else float("inf")
        opens = prev_i < 0 or gap_prev > JOIN_GAP_S or ends_sentence(ordered[prev_i].word)
        closes = ends_sentence(w.word)
        if opens and not closes and gap_next <= JOIN_GAP_S and not overlapped[next_i]:
            chosen[i] = chosen[next_i]
        elif closes and not opens and gap_prev <= JOIN_GAP_S and not overlapped[prev_i]:
            chosen[i] = chosen[prev_i]
        elif opens and closes and is_acknowledgement(w.word, talk_over) and not (
                gap_next <= JOIN_GAP_S and not overlapped[next_i] and chosen[next_i] == chosen[i]):
            # A one-word acknowledgement ("Okay.") said while a second voice has a short
            # turn there: that voice's interjection, not a word of the ongoing speech.
            short = _short_turn_holder(w, turns)
            if short is not None:
                chosen[i] = short
    _follow_surrounding_sentence(ordered, chosen, overlapped)
    for w, label in zip(ordered, chosen):
        out.setdefault(label, []).append(w)
    return out


def _follow_surrounding_sentence(ordered: list[Word], chosen: list[str], overlapped: list[bool]) -> None:
    """Overlapped words in the middle of one speaker's sentence stay with that speaker.

    A run of words spoken during an overlap, with no sentence end in it, joined without
    a pause to words of the same speaker on both sides, is that speaker's: the other
    voice was a backchannel or an attempt to come in, not these words.
    """
    i, n = 0, len(ordered)
    while i < n:
        if not overlapped[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and overlapped[j + 1]:
            j += 1
        prev_i, next_i = i - 1, j + 1
        if (prev_i >= 0 and next_i < n and chosen[prev_i] == chosen[next_i]
                and ordered[i].start - ordered[prev_i].end <= JOIN_GAP_S
                and ordered[next_i].start - ordered[j].end <= JOIN_GAP_S
                and not ends_sentence(ordered[prev_i].word)
                and not any(ends_sentence(ordered[k].word) for k in range(i, j + 1))):
            for k in range(i, j + 1):
                chosen[k] = chosen[prev_i]
        i = j + 1


SHORT_TURN_S = 2.0
"""A turn up to this long can be an interjection or a backchannel."""


def _short_turn_holder(w: Word, turns: dict[str, list[Interval]]) -> str | None:
    """The one speaker with a turn of at most SHORT_TURN_S around the word's middle, if any."""
    mid = (w.start + w.end) / 2
    holders = []
    for label, ivs in turns.items():
        k, dist = nearest(ivs, mid)
        if k >= 0 and dist == 0.0 and ivs[k][1] - ivs[k][0] <= SHORT_TURN_S:
            holders.append(label)
    return holders[0] if len(holders) == 1 else None


MIN_RECOVERED_PROBABILITY = 0.1
"""Recovered words below this Whisper probability are dropped as likely invented. A higher
floor (0.5) lost true backchannels on the held-out mono set and raised the customer WER
there (``benchmarks/mono_eval.py``, docs/measurements.md)."""


def recover_interjections(transcriber: "Transcriber", audio: np.ndarray, turns: dict[str, list[Interval]],
                          by_label: dict[str, list[Word]], talk_over: TalkOverConfig) -> int:
    """Words for short turns that got none: Whisper's one pass over the mixed call often
    drops a backchannel spoken over the other voice ("Okay." under a long sentence).

    The empty short turns are transcribed again on their own (all in one batch of
    windows) and only acknowledgement words are kept ("okay", "right", "uh-huh"...: the
    the ``[talk_over]`` lexicon): whatever else comes back is the louder voice. A word the
    other speaker already has at that moment is not added twice. Returns the words added.
    """
    empty: list[tuple[str, Interval]] = []
    for label, ivs in turns.items():
        mids = sorted((w.start + w.end) / 2 for w in by_label.get(label, []))
        for start, end in ivs:
            if end - start <= SHORT_TURN_S and not _any_between(mids, start - 0.1, end + 0.1):
                empty.append((label, (start, end)))
    if not empty:
        return 0
    words = transcriber.transcribe(audio, sorted(iv for _, iv in empty), 0.1)

    def is_ack(word: Word) -> bool:
        return is_acknowledgement(word.word, talk_over)

    added = 0
    for w in words:
        # Whisper can invent "Okay." on a short clip: the least confident words are dropped.
        if w.probability < MIN_RECOVERED_PROBABILITY or not is_ack(w):
            continue
        mid = (w.start + w.end) / 2
        owner = next((label for label, (a, b) in empty if a - 0.1 <= mid <= b + 0.1), None)
        if owner is None:
            continue
        # Any acknowledgement already there ("OK" vs "Okay") is the same word heard once.
        taken = any(abs((o.start + o.end) / 2 - mid) <= 0.3 and is_ack(o)
                    for ws in by_label.values() for o in ws)
        if not taken:
            by_label.setdefault(owner, []).append(w)
            added += 1
    for ws in by_label.values():
        ws.sort(key=lambda x: x.start)
    return added


def _any_between(sorted_values: list[float], lo: float, hi: float) -> bool:
    i = bisect.bisect_left(sorted_values, lo)
    return i < len(sorted_values) and sorted_values[i] <= hi


def _best_label(w: Word, exclusive: dict[str, list[Interval]], turns: dict[str, list[Interval]],
                labels: list[str]) -> str:
    """The speaker holding most of the word: exclusive map first, then the full map, then nearest."""
    span = (w.start, max(w.end, w.start + 0.02))
    best, best_score = None, 0.0
    for source in (exclusive, turns):
        for label, intervals in source.items():
            score = overlap_s(intervals, span)
            if score > best_score:
                best, best_score = label, score
        if best is not None:
            break
    if best is None:
        mid = (span[0] + span[1]) / 2
        best = min(labels, key=lambda lb: nearest(turns[lb], mid)[1])
    return best
