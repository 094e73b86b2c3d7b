"""Mono calls: diarise with pyannote, transcribe once, give every word to its speaker."""
from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING

import numpy as np

from ..assemble import build_conversation
from ..conversation import Conversation, Role, Word
from ..intervals import Interval, nearest, overlap_s
from ..intervals import merge as merge_close
from .roles import RoleDecision, decide_agent

if TYPE_CHECKING:  # pragma: no cover
    from ..audio import Recording
    from ..pipeline import Coach

SENTENCE_END = (".", "?", "!")
JOIN_GAP_S = 0.3
"""Words closer than this belong to the same stretch of speech."""


def _in_overlap(w: Word, turns: dict[str, list[Interval]]) -> bool:
    mid = (w.start + w.end) / 2
    return sum(nearest(ivs, mid)[1] == 0.0 for ivs in turns.values()) >= 2


def assign_words(words: list[Word], exclusive: dict[str, list[Interval]],
                 turns: dict[str, list[Interval]]) -> dict[str, list[Word]]:
    """Give each word the speaker who holds most of its time.

    The exclusive map (one speaker per instant, the most likely during overlaps) decides;
    where it has nobody (a pause) the full, overlapping map decides; a word neither map
    covers goes to the speaker whose speech is nearest. Then words spoken while both
    voices are active follow the sentence they belong to: a word that opens a sentence
    (after a full stop or a pause) and runs straight into words outside the overlap takes
    their speaker; a word that closes a sentence takes the speaker of the words before it.
    """
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
        opens = prev_i < 0 or gap_prev > JOIN_GAP_S or ordered[prev_i].word.strip().endswith(SENTENCE_END)
        closes = w.word.strip().endswith(SENTENCE_END)
        if opens and not closes and gap_next <= JOIN_GAP_S and not overlapped[next_i]:
            chosen[i] = chosen[next_i]
        elif closes and not opens and gap_prev <= JOIN_GAP_S and not overlapped[prev_i]:
            chosen[i] = chosen[prev_i]
        elif opens and closes and _is_acknowledgement(w) and not (
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
                and not ordered[prev_i].word.strip().endswith(SENTENCE_END)
                and not any(ordered[k].word.strip().endswith(SENTENCE_END) for k in range(i, j + 1))):
            for k in range(i, j + 1):
                chosen[k] = chosen[prev_i]
        i = j + 1


def _is_acknowledgement(w: Word) -> bool:
    """Whether the word is an acknowledgement ("okay", "right", "uh-huh"; talk-over's list)."""
    from ..analysis.talkover import acknowledgement_kind, normalize
    from ..config import TalkOverConfig

    tokens = normalize(w.word)
    return bool(tokens) and acknowledgement_kind(tokens, TalkOverConfig()) == "acknowledgement"

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
"""Recovered words below this Whisper probability are dropped as likely invented. 0.5 lost
2 of the 5 backchannels recovered on the held-out mono set (they scored between 0.1 and
0.5), and the customer WER there was lower with them (median 3.7 %) than without (5.0 %)."""


def recover_interjections(coach: "Coach", audio: np.ndarray, turns: dict[str, list[Interval]],
                          by_label: dict[str, list[Word]]) -> int:
    """Words for short turns that got none: Whisper's one pass over the mixed call often
    drops a backchannel spoken over the other voice ("Okay." under a long sentence).

    The empty short turns are transcribed again on their own (all in one batch of
    windows) and only acknowledgement words are kept ("okay", "right", "uh-huh"...: the
    talk-over analyser's list): whatever else comes back is the louder voice. A word the
    other speaker already has at that moment is not added twice. Returns the words added.
    """
    from ..analysis.talkover import acknowledgement_kind, normalize

    tcfg = coach.config.talk_over
    empty: list[tuple[str, Interval]] = []
    for label, ivs in turns.items():
        mids = sorted((w.start + w.end) / 2 for w in by_label.get(label, []))
        for start, end in ivs:
            if end - start <= SHORT_TURN_S and not _any_between(mids, start - 0.1, end + 0.1):
                empty.append((label, (start, end)))
    if not empty:
        return 0
    words = coach._transcriber().transcribe(audio, sorted(iv for _, iv in empty), 0.1)

    def is_ack(word: Word) -> bool:
        tokens = normalize(word.word)
        return bool(tokens) and acknowledgement_kind(tokens, tcfg) == "acknowledgement"

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
    import bisect

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


class _Cancelled(Exception):
    """The call failed elsewhere; the diarisation thread stops."""


def usable_cores() -> int:
    """CPU cores this process may run on (affinity and container limits included)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class DiarizationJob:
    """Speaker diarisation in a background thread, so it runs while Whisper transcribes.

    Both are CPU-bound, but Whisper's decoder and pyannote's small convolutions each use
    several cores poorly, and importing torch/pyannote is single-threaded: side by side
    they finished a 3-minute call in 31.5 s against 40.5 s one after the other (2 cores).
    """

    def __init__(self, coach: "Coach", audio: np.ndarray):
        import threading

        self.coach, self.audio = coach, audio
        self.fraction = 0.0
        self.whisper_done = False
        self.cancelled = False
        self._result = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="callcoach-diarise", daemon=True)

    def start(self) -> "DiarizationJob":
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            diarizer = self.coach.diarizer
            kwargs = {}
            if "threads" in inspect.signature(diarizer.__call__).parameters:  # callcoach's Diarizer
                alongside = getattr(diarizer, "threads", 1)
                configured = self.coach.config.diarization.threads
                everything = configured or max(alongside, usable_cores())
                kwargs["threads"] = self._threads(alongside, everything)
            self._result = diarizer(self.audio, on_progress=self._progress, **kwargs)
        except BaseException as exc:  # re-raised in the caller's thread
            self._error = exc

    def _threads(self, alongside: int, everything: int):
        def wanted() -> int:
            if self.cancelled:
                raise _Cancelled()
            return everything if self.whisper_done else alongside
        return wanted

    def check(self) -> None:
        """Raise the diarisation's error now if it has already failed (e.g. its models
        would not load), so a call does not wait for Whisper to learn that."""
        if self._error is not None and not isinstance(self._error, _Cancelled):
            raise self._error

    def cancel(self) -> None:
        """Stop the diarisation at its next batch and wait for the thread to end (a batch
        run must not start the next call's diarisation while this one still runs)."""
        self.cancelled = True
        self._thread.join()

    def _progress(self, fraction: float) -> None:
        self.fraction = fraction

    def result(self, progress=None):
        """Wait for the diarisation; re-raise its error in this thread.

        Whisper is done by now, so the diarisation may use every core for what is left.
        """
        self.whisper_done = True
        while self._thread.is_alive():
            self._thread.join(timeout=0.25)
            if progress:
                progress(self.fraction)
        if self._error is not None:
            raise self._error
        return self._result


def diarize_and_transcribe(coach: "Coach", recording: "Recording", audio: np.ndarray,
                           progress, warnings: list[str]) -> tuple[Conversation, dict]:
    from .channels import detect_speech

    cfg = coach.config
    # Whisper's windows come from voice activity, so it need not wait for the diarisation,
    # which starts first (importing torch and pyannote takes seconds).
    job = DiarizationJob(coach, audio).start()
    try:
        progress("finding speech", 0.01)
        speech = detect_speech(audio, cfg.vad)
        total = max(sum(e - s for s, e in speech), 1e-9)
        progress("transcribing", 0.03)

        def on_progress(t: float) -> None:
            job.check()
            progress("transcribing", 0.03 + 0.8 * min(1.0, t / total))

        words = coach._transcriber().transcribe(audio, speech, cfg.vad.asr_pad_s, on_progress=on_progress)
        progress("diarising", 0.83)
        result = job.result(lambda f: progress("diarising", 0.83 + 0.14 * f))
    except BaseException:
        job.cancel()
        raise
    turns = {label: [iv for iv in ivs if iv[1] - iv[0] >= cfg.segments.min_turn_s]
             for label, ivs in result.turns.items()}
    turns = {label: ivs for label, ivs in turns.items() if ivs}
    by_label = assign_words(words, result.exclusive, turns)
    recovered = recover_interjections(coach, audio, turns, by_label) if cfg.asr.recover_interjections else 0

    labels = sorted(turns, key=lambda lb: turns[lb][0][0])
    decision = _decide_roles(coach, labels, turns, by_label)
    roles: dict[str, Role] = {}
    if labels:
        roles[decision.agent] = "agent"
    # Every other label is the customer side (a call has two parties; extra clusters are
    # usually the same customer or a transfer).
    for label in labels:
        roles.setdefault(label, "customer")
    regions: dict[Role, list[Interval]] = {"agent": [], "customer": []}
    role_words: dict[Role, list[Word]] = {"agent": [], "customer": []}
    for label in labels:
        regions[roles[label]].extend(turns[label])
        role_words[roles[label]].extend(by_label.get(label, []))
    regions = {role: merge_close(ivs, 0.0) for role, ivs in regions.items() if ivs}
    conversation, dropped = build_conversation(regions, role_words, recording.duration_s,
                                               cfg.segments.merge_gap_s)
    if not conversation.segments:
        warnings.append("no speech found")
    if len(labels) > 2:
        warnings.append(f"{len(labels)} voices found; all but the agent were labelled customer")
    wanted = cfg.diarization.num_speakers or cfg.diarization.min_speakers
    if len(labels) == 1 and wanted and wanted > 1:
        warnings.append("only one voice found: all speech is labelled agent")
    info = {
        "diarization": "pyannote",
        "diarization_model": coach.diarizer.label,
        "speakers_found": len(labels),
        "roles": decision.to_dict(str(decision.agent)) if labels else None,
        "speech_found": bool(conversation.segments),
        "words_outside_speech": dropped,
        "interjection_words_recovered": recovered,
        "warnings": warnings,
    }
    return conversation, info


def _decide_roles(coach: "Coach", labels: list[str], turns: dict[str, list[Interval]],
                  words: dict[str, list[Word]]) -> RoleDecision:
    if not labels:
        return RoleDecision("", "none", 0.0, [])
    firsts = {lb: turns[lb][0][0] for lb in labels}
    if coach.config.roles.agent_speaker == "first" or len(labels) == 1:
        return RoleDecision(labels[0], "first-speaker" if len(labels) > 1 else "only-speaker",
                            0.6 if len(labels) > 1 else 0.5, [])
    window = coach.config.roles.opening_window_s
    texts = {lb: "".join(w.word for w in words.get(lb, []) if w.start < firsts[lb] + window) for lb in labels}
    return decide_agent(texts, firsts, coach.config.roles.company_names)
