"""Sentences and clause windows of a call, with word times, for the language analysers.

ASR text may have no punctuation, so sentences end at punctuation, at pauses between
words, or at a length limit; long sentences are also read as overlapping windows of a few
words, so a short phrase inside a long run of speech is not drowned out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from ...config import LanguageConfig
from ...conversation import Conversation, Role, Segment, Word
from ...text import SENTENCE_END, phrase_text

CLAUSE_MIN_SENTENCE_WORDS = 8
"""Shorter sentences are read whole only: their clauses add cost (each unit is a pass of
the sentence model) and changed no judgement on the dev lines."""
_ABBREVIATIONS = {"mr.", "mrs.", "ms.", "dr.", "st.", "no.", "e.g.", "i.e.", "etc.", "vs."}


@dataclass(frozen=True)
class Sentence:
    """A sentence (or length-limited chunk) of one speaker's turn, times in seconds."""

    speaker: Role
    segment_index: int
    """Index of the segment in ``conversation.segments``."""
    words: tuple[Word, ...]
    norm_words: tuple[str, ...] = field(repr=False)
    """Each word normalised (lower case, no punctuation); may be empty strings."""

    @property
    def start(self) -> float:
        return self.words[0].start

    @property
    def end(self) -> float:
        return self.words[-1].end

    @property
    def text(self) -> str:
        return " ".join("".join(w.word for w in self.words).split())

    @property
    def norm(self) -> str:
        return " ".join(w for w in self.norm_words if w)


@dataclass(frozen=True)
class Unit:
    """A stretch of a sentence that is embedded and scored: the sentence, a clause or a window."""

    sentence: int
    """Index into the sentence list."""
    lo: int
    hi: int
    """Word range [lo, hi) within the sentence."""
    text: str
    window: bool = False
    """A fixed-size window rather than a sentence or a clause."""


def _synthetic_words(segment: Segment) -> list[Word]:
    """Words with times spread over the segment by character count (transcripts without words)."""
    tokens = segment.text.split()
    if not tokens:
        return []
    total = sum(len(t) + 1 for t in tokens)
    span = max(segment.end - segment.start, 0.0)
    words, pos = [], 0
    for tok in tokens:
        start = segment.start + span * pos / total
        pos += len(tok) + 1
        words.append(Word(" " + tok, start, segment.start + span * (pos - 1) / total))
    return words


def segment_words(segment: Segment) -> list[Word]:
    """The segment's words; synthesised from its text when it has none."""
    return list(segment.words) if segment.words else _synthetic_words(segment)


def split_sentences(conversation: Conversation, config: LanguageConfig,
                    speaker: Role | None = None) -> list[Sentence]:
    """Sentences of every segment (of one speaker, if given), in time order."""
    sentences: list[Sentence] = []
    for index, segment in enumerate(conversation.segments):
        if speaker is not None and segment.speaker != speaker:
            continue
        words = [w for w in segment_words(segment) if w.word.strip()]
        current: list[Word] = []
        for i, word in enumerate(words):
            current.append(word)
            last = i == len(words) - 1
            gap = 0.0 if last else words[i + 1].start - word.end
            token = word.word.strip()
            ends = bool(SENTENCE_END.search(token)) and token.lower() not in _ABBREVIATIONS
            if (last or ends or gap >= config.pause_split_s
                    or len(current) >= config.max_sentence_words):
                sentences.append(Sentence(segment.speaker, index, tuple(current),
                                          tuple(phrase_text(w.word) for w in current)))
                current = []
    return sentences


def units_of(sentences: Sequence[Sentence], config: LanguageConfig) -> list[Unit]:
    """Each sentence, its comma-separated clauses, and overlapping windows of
    ``window_words`` for long runs of words without clauses (ASR text without punctuation)."""
    units: list[Unit] = []
    size, stride = config.window_words, max(1, config.window_stride_words)
    for s_index, sentence in enumerate(sentences):
        n = len(sentence.words)
        units.append(Unit(s_index, 0, n, sentence.text))
        # Clauses: written text marks them with commas ("That's so frustrating, I'm sorry").
        cuts = [i + 1 for i, w in enumerate(sentence.words[:-1]) if w.word.strip()[-1:] in ",;:"]
        bounds = [0] + cuts + [n]
        clauses = [(lo, hi) for lo, hi in zip(bounds, bounds[1:]) if hi - lo >= config.min_clause_words]
        if len(clauses) > 1 and n >= CLAUSE_MIN_SENTENCE_WORDS:
            for lo, hi in clauses:
                units.append(Unit(s_index, lo, hi, " ".join("".join(w.word for w in sentence.words[lo:hi]).split())))
        # Windows are for run-ons without punctuation: a sentence with clauses is read by them.
        if n > config.window_min_sentence_words and len(clauses) <= 1:
            starts = list(range(0, n - size + 1, stride))
            if starts[-1] != n - size:
                starts.append(n - size)
            for lo in starts:
                hi = lo + size
                units.append(Unit(s_index, lo, hi, " ".join("".join(w.word for w in sentence.words[lo:hi]).split()),
                                  window=True))
    return units


def unit_norm(sentence: Sentence, unit: Unit) -> str:
    return " ".join(w for w in sentence.norm_words[unit.lo:unit.hi] if w)


def match_word_span(sentence: Sentence, lo: int, hi: int, pattern: str) -> tuple[int, int] | None:
    """Word range [a, b) of the first match of ``pattern`` in the normalised words lo..hi."""
    offsets, parts, pos = [], [], 0
    for i in range(lo, hi):
        w = sentence.norm_words[i]
        if not w:
            continue
        offsets.append((pos, pos + len(w), i))
        parts.append(w)
        pos += len(w) + 1
    m = re.search(pattern, " ".join(parts))
    if not m:
        return None
    inside = [i for a, b, i in offsets if a < max(m.end(), m.start() + 1) and b > m.start()]
    return (inside[0], inside[-1] + 1) if inside else None


def first_match(sentence: Sentence, lo: int, hi: int, patterns: Iterable[str]) -> tuple[int, int] | None:
    """The earliest-starting match span of any pattern, or None."""
    spans = [s for p in patterns if (s := match_word_span(sentence, lo, hi, p))]
    return min(spans) if spans else None


def best_cosine(embeddings: np.ndarray, bank: np.ndarray) -> np.ndarray:
    """For each row of ``embeddings``, the highest cosine to any row of ``bank``."""
    if len(embeddings) == 0 or len(bank) == 0:
        return np.full(len(embeddings), -1.0, dtype=np.float32)
    return (embeddings @ bank.T).max(axis=1)


def top_k_mean_cosine(embeddings: np.ndarray, bank: np.ndarray, k: int) -> np.ndarray:
    """For each row, the mean of its ``k`` highest cosines to the bank."""
    if len(embeddings) == 0:
        return np.zeros(0, dtype=np.float32)
    sims = embeddings @ bank.T
    k = max(1, min(k, sims.shape[1]))
    return np.sort(sims, axis=1)[:, -k:].mean(axis=1)
