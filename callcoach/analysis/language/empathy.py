"""Empathy and dismissive phrases in agent speech, the customer's name, and the empathy score."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...config import LanguageConfig
from ...conversation import Conversation
from . import patterns
from .banks import DISMISSIVE_CATEGORIES, EMPATHY_FAMILIES  # noqa: F401  (re-exported)
from .names import find_name_uses, find_vocatives, resolve_customer_name
from ...text import r2
from .sentences import Sentence, Unit, first_match, split_sentences, unit_norm, units_of

if TYPE_CHECKING:
    from .model import PhraseModel


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


def prepare(model: "PhraseModel") -> None:
    """Nothing to embed: the heads ship fitted (kept for PhraseModel.warm_up callers)."""


def is_apology_hard_negative(norm: str) -> bool:
    """"Sorry, could you repeat that?" and the like: the word sorry, but no apology."""
    if any(re.search(p, norm) for p in patterns.APOLOGY_HARD_NEGATIVE_PATTERNS):
        return not re.search(r"\bsorry (for|about) (the|that|this|all|any|your)\b|\bsorry to hear\b", norm)
    return False


def find_agent_language(conversation: Conversation, config: LanguageConfig,
                        model: "PhraseModel | None", customer_name: str | None = None) -> AgentLanguage:
    """Every empathy and dismissive phrase of the agent, with the sentences they sit in.

    All units (sentences, clauses, windows) of the call are embedded in one batch. A unit
    shows an empathy family when the ``families`` head gives it at least the family's fitted
    threshold (apologies: see ``apology_with_word_probability``), and a dismissal when the
    ``dismissive`` head gives any category at least ``dismissive_min_probability``; exact
    patterns add what they match. ``model=None`` runs the patterns alone.
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

    families_head = model.head("families") if model is not None else None
    dismissive_head = model.head("dismissive") if model is not None else None
    if families_head is not None and units:
        # The customer's sentences are embedded in the same batch (fuller batches cost less);
        # the sentiment and apology analysers then find them in the model's memory.
        customer = split_sentences(conversation, config, "customer")
        emb = model.embed([u.text for u in units] + [s.text for s in customer])[:len(units)]
        fam_prob = families_head.proba(emb)
        near = model.exemplar_set("families")
        if near is not None:  # blended with the families of the nearest training sentences
            fam_prob = (1.0 - near.weight) * fam_prob + near.weight * near.score(emb)
        dis_prob = dismissive_head.proba(emb) if dismissive_head is not None else None
        for u, unit in enumerate(units):
            # A window is a fragment: it must clear a higher bar than a whole sentence.
            extra = config.window_extra_probability if unit.window else 0.0
            norm = unit_norm(sentences[unit.sentence], unit)
            for j, family in enumerate(families_head.labels):
                bar = families_head.threshold(family) + config.phrase_threshold_offset + extra
                if family == "apologize":
                    if is_apology_hard_negative(norm):
                        continue
                    bar = (config.apology_with_word_probability if re.search(patterns.APOLOGY_WORD_PATTERN, norm)
                           else config.apology_without_word_probability) + extra
                if fam_prob[u, j] >= bar:
                    offer("empathy", family, unit, float(fam_prob[u, j]), float(fam_prob[u, j]), "model")
            if dis_prob is not None:
                none = dismissive_head.labels.index("none")
                if 1.0 - dis_prob[u, none] >= config.dismissive_min_probability + extra:
                    c = max((j for j in range(len(dismissive_head.labels)) if j != none), key=lambda j: dis_prob[u, j])
                    offer("negative", dismissive_head.labels[c], unit, float(dis_prob[u, c]),
                          float(1.0 - dis_prob[u, none]), "model")

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
    findings = _resolve_conflicts(findings, sentences, config)

    name, name_source = resolve_customer_name(conversation, config, customer_name)
    name_uses = find_name_uses(sentences, name, config) if name else []

    def personalised(s_index: int, confidence: float, source: str) -> None:
        if not any(f.kind == "empathy" and f.category == "personalize" and f.sentence == s_index for f in findings):
            findings.append(Finding("empathy", "personalize", s_index, 0, len(sentences[s_index].words),
                                    confidence, source))

    for s_index in sorted({u[0] for u in name_uses}):
        personalised(s_index, round(max(u[3] for u in name_uses if u[0] == s_index) / 100.0, 2), "name")
    # A name said to the customer when the call never told us their name ("Thanks, Leanne.").
    for s_index, sentence in enumerate(sentences):
        if find_vocatives(sentence) and not re.search(patterns.AGENT_SELF_INTRO, sentence.norm):
            personalised(s_index, 0.8, "vocative")
    findings.sort(key=lambda f: (sentences[f.sentence].start, f.kind, f.category))
    return AgentLanguage(sentences, findings, name, name_source, name_uses)


def _resolve_conflicts(findings: list[Finding], sentences: list[Sentence], config: LanguageConfig) -> list[Finding]:
    """Hard-negative "sorry" is no apology; without an apology word the head must be very
    sure (``apology_without_word_probability``: "we really dropped the ball"). Dismissive
    wording voids the empathy of its sentence when it was found lexically, when the sentence
    turns on a "but" ("I'm sorry, but that's our policy"), or when the model found it more
    confidently than any empathy; otherwise the weaker dismissive guess is dropped."""
    by_sentence: dict[int, list[Finding]] = {}
    for f in findings:
        by_sentence.setdefault(f.sentence, []).append(f)
    kept: list[Finding] = []
    for s_index, group in by_sentence.items():
        norm = sentences[s_index].norm
        hard_negative = is_apology_hard_negative(norm)
        # An apology word, or the fault admitted in so many words ("that was our mistake").
        has_word = (re.search(patterns.APOLOGY_WORD_PATTERN, norm) is not None
                    or re.search(patterns.FAULT_ADMISSION, norm) is not None)

        def apology_ok(f: Finding) -> bool:
            if hard_negative:
                return False
            return has_word or ("lexical" not in f.source and re.search(patterns.REGRET_PATTERN, norm) is not None)

        if hard_negative:  # a procedural "sorry": nothing the model read into it stands
            group = [f for f in group if "lexical" in f.source or f.source in ("name", "vocative")]
        if re.search(patterns.COURTESY_ONLY, norm) or re.search(patterns.COURTESY_FORMULA, norm):
            # "Thank you." on receiving details, "thanks for calling": courtesy
            group = [f for f in group if not (f.kind == "empathy" and f.category == "appreciate")]
        if re.search(patterns.NO_WORRIES_ONLY, norm):  # "No worries at all.": a courtesy reply
            group = [f for f in group if not (f.kind == "empathy" and f.category == "reassure")]
        if re.search(patterns.SERVICE_FORMULA, norm):  # "What can I do for you today?": a formula
            group = [f for f in group if not (f.kind == "empathy" and f.category == "invite")]
        if re.search(patterns.AGENT_SELF_INTRO, norm):  # "this is Priti": the agent's own name
            group = [f for f in group if not (f.kind == "empathy" and f.category == "personalize"
                                              and f.source == "model")]
        group = [f for f in group if not (f.kind == "empathy" and f.category == "apologize" and not apology_ok(f))]
        lexical_empathy = any(f.kind == "empathy" and "lexical" in f.source for f in group)
        best_empathy = max((f.confidence for f in group if f.kind == "empathy"), default=0.0)
        negatives = [f for f in group if f.kind == "negative" and (
            "lexical" in f.source
            or not lexical_empathy and f.confidence > best_empathy
            # "I'm sorry, but ...": what follows the but is what the customer hears.
            or re.search(r"\b(but|pero|aber|mais|mas)\b", norm) is not None)]
        if negatives:
            group = negatives
        else:
            group = [f for f in group if f.kind == "empathy"]
        kept.extend(group)
    return kept


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
