"""Customer sentiment per segment, -1 (frustrated) .. 1 (satisfied), from sentence embeddings."""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

import numpy as np

from ...config import LanguageConfig
from ...conversation import Conversation, Role
from ...text import r2
from . import patterns
from .sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from .model import PhraseModel

# Used only when no embedding model is given (a degraded, lexical-only mode).
_NEGATIVE_CUES = re.compile(
    r"\b(ridiculous|unacceptable|angry|furious|fed up|sick of|frustrat\w*|disappoint\w*|annoy\w*|useless|"
    r"worst|terrible|awful|complain\w*|still (not|hasnt|havent|isnt)|never (arrived|came|turned up|called)|"
    r"nobody|no one|waste|fed up|livid|fuming|disgrace|joke|third time|again)\b")
_POSITIVE_CUES = re.compile(
    r"\b(thank(s| you)|great|perfect|brilliant|wonderful|amazing|excellent|lovely|awesome|happy|helpful|"
    r"appreciate|fantastic|sorted|no problem|no worries)\b")


def prepare(model: "PhraseModel") -> None:
    """Nothing to embed: the customer head ships fitted (kept for PhraseModel.warm_up callers)."""


def sentence_sentiment(sentences: list[Sentence], config: LanguageConfig,
                       model: "PhraseModel | None") -> np.ndarray:
    """Sentiment of each sentence, -1..1, from emotion, not topic.

    Each whole sentence goes through the customer head (distress / neutral / positive,
    fitted on the training corpus: neutral lines there are full of service nouns, "I'm
    calling about my bill"); its score is P(positive) - P(distress), blended with the
    labels of the nearest training sentences (:class:`~.heads.Exemplars`: weight 0.7; on the
    six blind sets read for development, frustration AUC 0.904 -> 0.932 on average, worst set
    0.863 -> 0.923, docs/measurements.md). Sentences are read
    whole: scoring their clauses and word windows too, and keeping the most decided part,
    made calm openings read as distress (a fragment such as "the parcel never" is decided
    out of context) and moved the call's first distress early (docs/measurements.md).
    A sentence that states a repeat contact, the death of someone close or thanks for a harm
    (``patterns.CUSTOMER_DISTRESS_PATTERNS``) scores -1 whatever the model reads.
    """
    if not sentences:
        return np.zeros(0)
    if model is None or model.head("customer") is None:
        return np.array([_lexical_score(s.norm) for s in sentences])
    scores = _model_scores([s.text for s in sentences], model)
    # Exact: a repeat contact, the death of someone close, sarcastic thanks are distress.
    floor = np.array([-1.0 if any(re.search(p, s.norm) for p in patterns.CUSTOMER_DISTRESS_PATTERNS) else 1.0
                      for s in sentences])
    return np.minimum(scores, floor)


def _model_scores(texts: list[str], model: PhraseModel) -> np.ndarray:
    """P(positive) - P(distress) from the customer head, blended with the nearest training rows."""
    head = model.head("customer")
    emb = model.embed(texts)
    prob = head.proba(emb)
    scores = prob[:, head.labels.index("positive")] - prob[:, head.labels.index("distress")]
    exemplars = model.exemplar_set("customer")
    if exemplars is not None:
        scores = (1.0 - exemplars.weight) * scores + exemplars.weight * exemplars.score(emb)
    return scores


def distress_readings(sentences: list[Sentence], scores: np.ndarray, config: LanguageConfig,
                      model: PhraseModel | None) -> np.ndarray:
    """Each customer sentence's reading for distress: its own score, or lower where a pair of
    neighbouring sentences of the same turn, read together, scores lower; the pair's score
    goes to whichever of its two sentences reads worse alone.

    Distress often builds over two sentences that each read mild alone ("Twelve sixty? We
    were told eight fifty." then "I haven't got another four hundred"), and sarcasm needs the
    complaint beside the praise ("Oh, wonderful." + "You've given the rooms away."). Read in
    pairs, the first distress of the 201 development calls (blind sets v1-v12) was in the
    labelled turn on 150 against 144 (docs/language.md). Only pairs before the first sentence
    already at or below ``distress_threshold`` are read: later ones cannot move the first
    distress.
    """
    readings = np.array(scores, dtype=float)
    if model is None or model.head("customer") is None or len(sentences) < 2:
        return readings
    below = np.flatnonzero(readings <= config.distress_threshold)
    last = int(below[0]) if below.size else len(sentences) - 1
    pairs = [k for k in range(last)
             if sentences[k].segment_index == sentences[k + 1].segment_index]
    if not pairs:
        return readings
    joined = _model_scores([sentences[k].text + " " + sentences[k + 1].text for k in pairs], model)
    for k, value in zip(pairs, joined):
        # The pair is timed by whichever of its sentences reads worse alone.
        worse = k if scores[k] <= scores[k + 1] else k + 1
        readings[worse] = min(readings[worse], float(value))
    return readings


def _lexical_score(norm: str) -> float:
    negative = len(_NEGATIVE_CUES.findall(norm))
    positive = len(_POSITIVE_CUES.findall(norm))
    return float(np.clip(0.6 * (positive - negative), -1.0, 1.0))


def speaker_sentence_sentiment(conversation: Conversation, config: LanguageConfig,
                               model: "PhraseModel | None",
                               speaker: Role = "customer") -> tuple[list[Sentence], np.ndarray]:
    """The speaker's sentences and their sentiment (one embedding batch per call)."""
    sentences = split_sentences(conversation, config, speaker)
    return sentences, sentence_sentiment(sentences, config, model)


def first_distress(sentences: list[Sentence], scores: np.ndarray, config: LanguageConfig) -> Sentence | None:
    """The customer's first sentence of complaint or frustration, or None."""
    for sentence, score in zip(sentences, scores):
        if score <= config.distress_threshold:
            return sentence
    return None


def analyze_sentiment(conversation: Conversation, config: LanguageConfig | None = None, *,
                      model: "PhraseModel | None" = None) -> dict:
    """The report's ``sentiment`` section.

    ``customer``: one score per customer segment, the mean of its sentences' scores weighted
    by length and by how decided each is (small talk inside a complaint weighs little).
    ``customer_start`` / ``customer_end``: duration-weighted means over the first and last
    third of the customer's segments (null when the customer never speaks).
    """
    config = config or LanguageConfig()
    sentences, scores = speaker_sentence_sentiment(conversation, config, model)
    per_segment: dict[int, list[tuple[float, float]]] = {}
    for sentence, score in zip(sentences, scores):
        weight = len(sentence.words) * (0.25 + abs(float(score)))
        per_segment.setdefault(sentence.segment_index, []).append((weight, float(score)))
    customer = []
    for index, segment in enumerate(conversation.segments):
        if segment.speaker != "customer":
            continue
        parts = per_segment.get(index)
        value = sum(w * s for w, s in parts) / sum(w for w, _ in parts) if parts else 0.0
        customer.append({"start": r2(segment.start), "end": r2(segment.end),
                         "score": round(float(np.clip(value, -1.0, 1.0)), 2),
                         "_weight": max(segment.end - segment.start, 0.1)})
    third = max(1, math.ceil(len(customer) / 3))

    def smoothed(items: list[dict]) -> float | None:
        if not items:
            return None
        total = sum(i["_weight"] for i in items)
        return round(sum(i["score"] * i["_weight"] for i in items) / total, 2)

    result = {
        "customer": customer,
        "customer_start": smoothed(customer[:third]),
        "customer_end": smoothed(customer[-third:]),
        "method": "embedding-head" if model is not None and model.head("customer") is not None else "lexical",
    }
    for item in customer:
        del item["_weight"]
    return result
