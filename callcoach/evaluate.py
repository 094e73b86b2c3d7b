"""Scoring against ground truth: diarisation error (pyannote.metrics) and word error rate."""
from __future__ import annotations

import re
from typing import Iterable, Mapping

FILLERS = {"uh", "um", "mm", "hmm", "mhm", "ah", "er", "erm", "huh", "uhhuh", "mmhmm", "hm", "oh"}
DIGITS = "zero one two three four five six seven eight nine".split()


def normalise_text(text: str) -> list[str]:
    """Lower-case words without punctuation or fillers; digits spelt out one by one."""
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"(\d)", lambda m: f" {DIGITS[int(m.group(1))]} ", text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    words = [w.strip("'") for w in text.split()]
    return [w for w in words if w and w.replace("'", "") not in FILLERS]


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Substitutions + deletions + insertions (Levenshtein over words)."""
    prev = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        cur = [i] + [0] * len(hypothesis)
        for j, h in enumerate(hypothesis, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def wer(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise_text(reference), normalise_text(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return word_errors(ref, hyp) / len(ref)


def speaker_wer(reference: Iterable[Mapping], hypothesis: Iterable[Mapping]) -> dict[str, float]:
    """WER per speaker (each side's words in time order) and overall, from segment lists."""
    ref, hyp = list(reference), list(hypothesis)
    out: dict[str, float] = {}
    errors = total = 0
    for speaker in ("agent", "customer"):
        r = normalise_text(" ".join(s["text"] for s in sorted(ref, key=lambda s: s["start"]) if s["speaker"] == speaker))
        h = normalise_text(" ".join(s["text"] for s in sorted(hyp, key=lambda s: s["start"]) if s["speaker"] == speaker))
        e = word_errors(r, h)
        out[speaker] = e / len(r) if r else float(bool(h))
        errors, total = errors + e, total + len(r)
    out["overall"] = errors / total if total else 0.0
    return out


def to_annotation(segments: Iterable[Mapping], uri: str = "call"):
    """Segments (speaker, start, end) as a pyannote.core Annotation."""
    from pyannote.core import Annotation, Segment

    ann = Annotation(uri=uri)
    for i, s in enumerate(segments):
        if s["end"] > s["start"]:
            ann[Segment(float(s["start"]), float(s["end"])), i] = s["speaker"]
    return ann


def diarization_error_rate(reference: Iterable[Mapping], hypothesis: Iterable[Mapping],
                           collar: float = 0.25, map_speakers: bool = False) -> float:
    """DER of hypothesis segments against reference segments (pyannote.metrics).

    With ``map_speakers`` False the labels must match as given (agent/customer), so a
    role mix-up counts as confusion; True finds the best label mapping first.
    """
    from pyannote.metrics.diarization import DiarizationErrorRate, IdentificationErrorRate

    ref, hyp = to_annotation(reference), to_annotation(hypothesis)
    metric = (DiarizationErrorRate if map_speakers else IdentificationErrorRate)(collar=collar, skip_overlap=False)
    return float(metric(ref, hyp))
