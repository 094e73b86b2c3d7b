"""Mono calls: diarise with pyannote, transcribe once, give every word to its speaker."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..assemble import build_conversation
from ..conversation import Conversation, Role, Word
from .channels import merge_close
from .roles import RoleDecision, decide_agent

if TYPE_CHECKING:  # pragma: no cover
    from ..audio import Recording
    from ..pipeline import Coach

Interval = tuple[float, float]


def _overlap(a: Interval, b: Interval) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def assign_words(words: list[Word], exclusive: dict[str, list[Interval]],
                 turns: dict[str, list[Interval]]) -> dict[str, list[Word]]:
    """Give each word the speaker who holds most of its time.

    The exclusive map (one speaker per instant, the most likely during overlaps) decides;
    where it has nobody (a pause) the full, overlapping map decides; a word neither map
    covers goes to the speaker whose speech is nearest.
    """
    out: dict[str, list[Word]] = {label: [] for label in turns}
    labels = list(turns)
    if not labels:
        return out
    for w in words:
        span = (w.start, max(w.end, w.start + 0.02))
        best, best_score = None, 0.0
        for source in (exclusive, turns):
            for label, intervals in source.items():
                score = sum(_overlap(span, iv) for iv in intervals if iv[0] < span[1] and iv[1] > span[0])
                if score > best_score:
                    best, best_score = label, score
            if best is not None:
                break
        if best is None:
            mid = (span[0] + span[1]) / 2
            best = min(labels, key=lambda lb: min((min(abs(mid - s), abs(mid - e)) for s, e in turns[lb]),
                                                  default=float("inf")))
        out.setdefault(best, []).append(w)
    return out


def diarize_and_transcribe(coach: "Coach", recording: "Recording", audio: np.ndarray,
                           progress, warnings: list[str]) -> tuple[Conversation, dict]:
    cfg = coach.config
    progress("diarising", 0.02)
    result = coach.diarizer(audio, on_progress=lambda f: progress("diarising", 0.02 + 0.3 * f))
    turns = {label: [iv for iv in ivs if iv[1] - iv[0] >= cfg.segments.min_turn_s]
             for label, ivs in result.turns.items()}
    turns = {label: ivs for label, ivs in turns.items() if ivs}
    speech = merge_close([iv for ivs in turns.values() for iv in ivs], 0.0)
    total = max(sum(e - s for s, e in speech), 1e-9)
    progress("transcribing", 0.33)
    words = coach._transcriber().transcribe(
        audio, speech, cfg.vad.asr_pad_s,
        on_progress=lambda t: progress("transcribing", 0.33 + 0.64 * min(1.0, t / total)))
    by_label = assign_words(words, result.exclusive, turns)

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
    info = {
        "diarization": "pyannote",
        "diarization_model": coach.diarizer.label,
        "speakers_found": len(labels),
        "roles": decision.to_dict(str(decision.agent)) if labels else None,
        "speech_found": bool(conversation.segments),
        "words_outside_speech": dropped,
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
