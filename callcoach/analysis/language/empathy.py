"""Empathy and dismissive phrases in agent speech, the customer's name, and the empathy score."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ...config import LanguageConfig
from ...conversation import Conversation
from . import banks as phrases
from . import patterns
from .banks import EMBEDDED_FAMILIES, EMPATHY_FAMILIES
from .names import find_name_uses, resolve_customer_name
from ...text import r2
from .sentences import Sentence, Unit, best_cosine, first_match, split_sentences, units_of

if TYPE_CHECKING:
    from .model import PhraseModel

DISMISSIVE_CATEGORIES = tuple(phrases.DISMISSIVE_EXAMPLES)
_STRONG_APOLOGY = patterns.EMPATHY_PATTERNS["apologize"][:4]


@dataclass(frozen=True)
class Finding:
    """One empathy or dismissive phrase in agent speech."""

    kind: str
    """``empathy`` or ``negative``."""
    category: str
    sentence: int
    """Index into :attr:`AgentLanguage.sentences`."""
    lo: int
    hi: int
    """Word range [lo, hi) of the sentence the finding covers."""
    confidence: float
    source: str
    """``model``, ``lexical``, ``model+lexical`` or ``name``."""


@dataclass
class AgentLanguage:
    """What the agent said, sentence by sentence, and the phrases found in it."""

    sentences: list[Sentence]
    findings: list[Finding]
    customer_name: str | None
    customer_name_source: str | None
    name_uses: list[tuple[int, int, int, float]]
    """(sentence, lo, hi, similarity 0-100) for each time the agent said the customer's name."""

    def span(self, finding: Finding) -> tuple[float, float, str]:
        words = self.sentences[finding.sentence].words[finding.lo:finding.hi]
        return words[0].start, words[-1].end, " ".join("".join(w.word for w in words).split())

    def of(self, kind: str, category: str | None = None) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind and (category is None or f.category == category)]


def _sigmoid_confidence(margin: float, threshold: float) -> float:
    return 1.0 / (1.0 + math.exp(-(margin - threshold) / 0.03))


def _family_probabilities(model: "PhraseModel", emb: np.ndarray) -> np.ndarray:
    """P(family) per unit for the embedded families (columns in EMBEDDED_FAMILIES order)."""
    banks = {f: phrases.EMPATHY_EXAMPLES[f] for f in EMBEDDED_FAMILIES}
    banks["none"] = phrases.COUNTER_EXAMPLES
    clf = model.classifier("empathy-classifier", banks)
    prob = clf.proba(emb)
    return prob[:, [clf.labels.index(f) for f in EMBEDDED_FAMILIES]]


def _dismissive_probabilities(model: "PhraseModel", emb: np.ndarray) -> np.ndarray:
    """P(category) per unit for the dismissive categories (DISMISSIVE_CATEGORIES order)."""
    banks = {c: phrases.DISMISSIVE_EXAMPLES[c] for c in DISMISSIVE_CATEGORIES}
    banks["none"] = phrases.COUNTER_EXAMPLES + tuple(t for f in EMBEDDED_FAMILIES for t in phrases.EMPATHY_EXAMPLES[f])
    clf = model.classifier("dismissive-classifier", banks)
    prob = clf.proba(emb)
    return prob[:, [clf.labels.index(c) for c in DISMISSIVE_CATEGORIES]]


def prepare(model: "PhraseModel") -> None:
    """Embed this module's banks and fit its classifier heads (see PhraseModel.warm_up)."""
    empty = np.zeros((0, model.bank("counter", phrases.COUNTER_EXAMPLES).shape[1]), dtype=np.float32)
    for f in EMBEDDED_FAMILIES:
        model.bank(f"empathy:{f}", phrases.EMPATHY_EXAMPLES[f])
    for c in DISMISSIVE_CATEGORIES:
        model.bank(f"dismissive:{c}", phrases.DISMISSIVE_EXAMPLES[c])
    _family_probabilities(model, empty)
    _dismissive_probabilities(model, empty)


def is_apology_hard_negative(norm: str) -> bool:
    """"Sorry, could you repeat that?" and the like: the word sorry, but no apology."""
    if any(re.search(p, norm) for p in patterns.APOLOGY_HARD_NEGATIVE_PATTERNS):
        return not re.search(r"\bsorry (for|about) (the|that|this|all|any|your)\b|\bsorry to (hear|keep)\b", norm)
    return False


def find_agent_language(conversation: Conversation, config: LanguageConfig,
                        model: "PhraseModel | None", customer_name: str | None = None) -> AgentLanguage:
    """Every empathy and dismissive phrase of the agent, with the sentences they sit in.

    All agent sentences and windows are embedded in one batch. A unit shows an empathy
    family when a logistic-regression head fitted on the exemplar banks gives it at least
    ``phrase_min_probability``, or when its margin (best cosine to the family's examples
    minus best cosine to the counter-examples) reaches ``phrase_margin`` with a best cosine
    of at least ``phrase_min_similarity``; each unit gives at most its best family. Lexical patterns add precise hits the
    embedding may miss. ``model=None`` runs the lexical patterns alone.
    """
    sentences = split_sentences(conversation, config, "agent")
    units = units_of(sentences, config)
    raw: dict[tuple[str, str, int], tuple[float, int, int, float, str]] = {}

    def offer(kind: str, category: str, unit: Unit, score: float, conf: float, source: str,
              lo: int | None = None, hi: int | None = None) -> None:
        key = (kind, category, unit.sentence)
        lo = unit.lo if lo is None else lo
        hi = unit.hi if hi is None else hi
        old = raw.get(key)
        if old is None or score > old[0]:
            merged = source if old is None or old[4] == source else "model+lexical"
            raw[key] = (score, lo, hi, max(conf, old[3] if old else 0.0), merged)
        elif old[4] != source:
            raw[key] = (old[0], old[1], old[2], max(conf, old[3]), "model+lexical")

    if model is not None and units:
        emb = model.embed([u.text for u in units])
        counter = best_cosine(emb, model.bank("counter", phrases.COUNTER_EXAMPLES))
        fam_sims = np.stack([best_cosine(emb, model.bank(f"empathy:{f}", phrases.EMPATHY_EXAMPLES[f]))
                             for f in EMBEDDED_FAMILIES], axis=1)
        dis_sims = np.stack([best_cosine(emb, model.bank(f"dismissive:{c}", phrases.DISMISSIVE_EXAMPLES[c]))
                             for c in DISMISSIVE_CATEGORIES], axis=1)
        fam_margin = fam_sims - counter[:, None]
        dis_margin = dis_sims - np.maximum(counter, fam_sims.max(axis=1))[:, None]
        fam_prob = _family_probabilities(model, emb)
        dis_prob = _dismissive_probabilities(model, emb)
        for u, unit in enumerate(units):
            # A window is a fragment: it must clear a higher bar than a whole sentence.
            extra = config.window_extra_margin if unit.window else 0.0
            f = int(np.argmax(fam_prob[u] + (fam_margin[u] >= config.phrase_margin + extra)))
            by_margin = (fam_margin[u, f] >= config.phrase_margin + extra
                         and fam_sims[u, f] >= config.phrase_min_similarity)
            by_classifier = fam_prob[u, f] >= config.phrase_min_probability + extra
            if by_margin or by_classifier:
                offer("empathy", EMBEDDED_FAMILIES[f], unit, float(fam_prob[u, f]),
                      float(max(fam_prob[u, f], _sigmoid_confidence(float(fam_margin[u, f]), config.phrase_margin))),
                      "model")
            c = int(np.argmax(dis_prob[u] + (dis_margin[u] >= config.dismissive_margin + extra)))
            by_margin = (dis_margin[u, c] >= config.dismissive_margin + extra
                         and dis_sims[u, c] >= config.dismissive_min_similarity)
            by_classifier = dis_prob[u, c] >= config.dismissive_min_probability + extra
            if by_margin or by_classifier:
                offer("negative", DISMISSIVE_CATEGORIES[c], unit, float(dis_prob[u, c]),
                      float(max(dis_prob[u, c], _sigmoid_confidence(float(dis_margin[u, c]), config.dismissive_margin))),
                      "model")

    for s_index, sentence in enumerate(sentences):
        whole = Unit(s_index, 0, len(sentence.words), sentence.text)
        for family, family_patterns in patterns.EMPATHY_PATTERNS.items():
            span = first_match(sentence, 0, len(sentence.words), family_patterns)
            if span:
                offer("empathy", family, whole, 0.0, 0.85, "lexical", span[0], len(sentence.words))
        for category, category_patterns in patterns.DISMISSIVE_PATTERNS.items():
            span = first_match(sentence, 0, len(sentence.words), category_patterns)
            if span:
                offer("negative", category, whole, 0.0, 0.85, "lexical", span[0], len(sentence.words))

    findings = [Finding(kind, cat, s, lo, hi, round(conf, 2), source)
                for (kind, cat, s), (_, lo, hi, conf, source) in raw.items()]
    findings = _resolve_conflicts(findings, sentences)

    name, name_source = resolve_customer_name(conversation, config, customer_name)
    name_uses = find_name_uses(sentences, name, config) if name else []
    for s_index in sorted({u[0] for u in name_uses}):
        best = max((u for u in name_uses if u[0] == s_index), key=lambda u: u[3])
        if not any(f.kind == "empathy" and f.category == "personalize" and f.sentence == s_index for f in findings):
            findings.append(Finding("empathy", "personalize", s_index, 0, len(sentences[s_index].words),
                                    round(best[3] / 100.0, 2), "name"))
    findings.sort(key=lambda f: (sentences[f.sentence].start, f.kind, f.category))
    return AgentLanguage(sentences, findings, name, name_source, name_uses)


def _resolve_conflicts(findings: list[Finding], sentences: list[Sentence]) -> list[Finding]:
    """Hard-negative "sorry", or no apology word at all, is no apology. Dismissive wording
    voids the empathy of its sentence when it was found lexically, when the sentence turns
    on a "but" ("I'm sorry, but that's our policy"), or when the model found it more
    confidently than any empathy; otherwise the weaker dismissive guess is dropped."""
    by_sentence: dict[int, list[Finding]] = {}
    for f in findings:
        by_sentence.setdefault(f.sentence, []).append(f)
    kept: list[Finding] = []
    for s_index, group in by_sentence.items():
        norm = sentences[s_index].norm
        hard_negative = is_apology_hard_negative(norm)
        no_apology = hard_negative or not re.search(patterns.APOLOGY_WORD_PATTERN, norm)
        group = [f for f in group if not (f.kind == "empathy" and f.category == "apologize" and no_apology)]
        lexical_empathy = any(f.kind == "empathy" and "lexical" in f.source for f in group)
        best_empathy = max((f.confidence for f in group if f.kind == "empathy"), default=0.0)
        negatives = [f for f in group if f.kind == "negative" and (
            "lexical" in f.source
            or not lexical_empathy and f.confidence > best_empathy
            # "I'm sorry, but ...": what follows the but is what the customer hears.
            or re.search(r"\bbut\b", norm) is not None)]
        if negatives:
            group = negatives
        else:
            group = [f for f in group if f.kind == "empathy"]
        kept.extend(group)
    # "I'm so sorry. Your parcel is late and you were charged twice.": naming the problem
    # right after an apology continues the apology (ASR often splits it off with a full
    # stop); a model-only dismissive guess there is dropped.
    apology_sentences = {f.sentence for f in kept if f.kind == "empathy" and f.category == "apologize"}
    return [f for f in kept if not (
        f.kind == "negative" and "lexical" not in f.source and f.sentence - 1 in apology_sentences
        and sentences[f.sentence].start - sentences[f.sentence - 1].end < 1.5)]


# -- the report section ---------------------------------------------------------------------

def empathy_score(language: AgentLanguage, apologies: dict | None, config: LanguageConfig) -> tuple[int | None, dict]:
    """Empathy score 0-100 and its parts (see docs/language.md).

    score = base + min(cap, per_family * families used + per_repeat * further phrases)
            - min(cap, per_dismissive * dismissive phrases) + timing - over-apologising
    """
    if not language.sentences:
        return None, {"reason": "no agent speech"}
    empathy = language.of("empathy")
    families = sorted({f.category for f in empathy})
    repeats = len(empathy) - len(families)
    empathy_points = min(config.score_empathy_cap,
                         config.score_per_family * len(families) + config.score_per_repeat * repeats)
    dismissive_points = min(config.score_dismissive_cap, config.score_per_dismissive * len(language.of("negative")))
    timing_points = 0.0
    over_points = 0.0
    if apologies:
        if apologies.get("first_distress_s") is not None:
            latency = apologies.get("first_apology_latency_s")
            if latency is None:
                timing_points = -config.score_no_response_penalty
            elif latency <= config.prompt_response_s:
                timing_points = config.score_prompt_bonus
            else:
                timing_points = config.score_prompt_bonus / 2
        if apologies.get("over_apologising", {}).get("flag"):
            over_points = -config.score_over_apology_penalty
    total = config.score_base + empathy_points - dismissive_points + timing_points + over_points
    score = int(round(min(100.0, max(0.0, total))))
    return score, {
        "base": config.score_base,
        "empathy_families": families,
        "empathy_points": round(empathy_points, 1),
        "dismissive_points": round(-dismissive_points, 1),
        "timing_points": round(timing_points, 1),
        "over_apologising_points": round(over_points, 1),
    }


def analyze_empathy(conversation: Conversation, config: LanguageConfig | None = None, *,
                    model: "PhraseModel | None" = None, customer_name: str | None = None,
                    apologies: dict | None = None, language: AgentLanguage | None = None) -> dict:
    """The report's ``empathy`` section.

    ``apologies`` (the ``apologies`` section) feeds the timing part of the score; without
    it the score has no timing part. ``language`` reuses an earlier
    :func:`find_agent_language` result.
    """
    config = config or LanguageConfig()
    language = language or find_agent_language(conversation, config, model, customer_name)
    phrases_out, negative_out = [], []
    for f in language.findings:
        start, end, text = language.span(f)
        if f.kind == "empathy":
            phrases_out.append({"start": r2(start), "end": r2(end), "text": text, "category": f.category,
                                "confidence": f.confidence, "source": f.source})
        else:
            negative_out.append({"start": r2(start), "end": r2(end), "text": text, "category": f.category,
                                 "confidence": f.confidence})
    score, breakdown = empathy_score(language, apologies, config)
    counts = {family: 0 for family in EMPATHY_FAMILIES}
    for p in phrases_out:
        counts[p["category"]] += 1
    return {
        "phrases": phrases_out,
        "negative": negative_out,
        "customer_name_used": len(language.name_uses),
        "customer_name": language.customer_name,
        "customer_name_source": language.customer_name_source,
        "family_counts": counts,
        "score": score,
        "score_breakdown": breakdown,
        "method": "embedding+lexical" if model is not None else "lexical",
    }
