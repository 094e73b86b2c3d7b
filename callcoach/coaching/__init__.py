"""Coaching: this call's own moments turned into a few ranked tips and strengths.

See :mod:`callcoach.coaching.rules` for the improvement kinds and their order.
"""
from __future__ import annotations

from typing import Any

from ..config import CoachingConfig, Config
from .gate import assess_fitness
from .phrasing import acknowledgement, customer_problem, tidy
from .read import CallReader, as_dict, as_list, num
from .rules import Item, find_improvements
from .strengths import strengths

__all__ = ["build_coaching", "rank_improvements", "customer_problem", "acknowledgement"]


def _full_config(config: Config | CoachingConfig | None) -> Config:
    """The rules read the coaching options and a few thresholds of other sections (what
    distress is, the talk-share target), each stated once in the config."""
    if config is None:
        return Config()
    if isinstance(config, CoachingConfig):
        return Config(coaching=config)
    return config


def rank_improvements(items: list[Item], cfg: Config) -> list[Item]:
    """Most important first: tips on figures of low reliability after all others, then by
    ``cfg.coaching.ranking`` position, then the larger instance, then earlier."""
    order = {kind: i for i, kind in enumerate(cfg.coaching.ranking)}
    return sorted(items, key=lambda t: (t.get("reliability") == "low", order.get(t["kind"], len(order)),
                                        -t["severity"], t["at"]))


def annotate_confidence(items: list[Item], report: dict[str, Any]) -> None:
    """Each tip says how sure its figure is: the reliability of the section its evidence
    comes from, and how confidently the speech recogniser heard the words it quotes."""
    for item in items:
        evidence = as_dict(item.get("evidence"))
        reliability = as_dict(as_dict(report.get(str(evidence.get("section")))).get("reliability"))
        if reliability.get("level"):
            item["reliability"] = str(reliability["level"])
            item["reliability_reasons"] = [str(r) for r in as_list(reliability.get("reasons"))]
        heard = _heard_confidence(report, evidence)
        if heard is not None:
            item["asr_confidence"] = heard


def _heard_confidence(report: dict[str, Any], evidence: dict) -> float | None:
    """Mean word probability of the segment a tip quotes (None without word probabilities)."""
    index = evidence.get("segment")
    segments = as_list(report.get("segments"))
    if not isinstance(index, int) or not 0 <= index < len(segments):
        return None
    probs = [num(w.get("probability")) for w in map(as_dict, as_list(as_dict(segments[index]).get("words")))]
    probs = [p for p in probs if p is not None]
    return round(sum(probs) / len(probs), 2) if probs else None


def build_coaching(report: dict[str, Any], config: Config | CoachingConfig | None = None) -> dict[str, Any]:
    """The report's ``coaching`` section, from the report's own sections and segments.

    Parameters
    ----------
    report : a call report (the JSON contract as a dict); any analyser section may be
        absent or partial, and rules that need it are listed in ``not_checked``.
    config : the full :class:`Config` or its ``coaching`` part; defaults when None.

    Returns
    -------
    ``{"strengths": [{at, kind, text, evidence}], "improvements": [{at, kind, what, why,
    try_saying, how?, evidence, severity, rank}], "other_improvements": [...], "not_checked":
    [{section, reason, checks}], "ranking": [...]}``. ``at`` is in seconds; ``how`` (only
    on voice tips) says how to deliver ``try_saying``; ``evidence`` names the section, field
    and index (or times, values) the tip was read from; ``severity`` is the size of the
    instance in the kind's own unit (seconds, words a minute...), used to pick the largest.
    """
    cfg = _full_config(config)
    call = CallReader(report)
    fitness = as_dict(as_dict(report.get("call")).get("coachable")) or assess_fitness(report, cfg)
    found = find_improvements(call, cfg)
    for item in found:
        for key in ("what", "why", "try_saying"):
            if isinstance(item.get(key), str):
                item[key] = tidy(item[key])
    annotate_confidence(found, report)
    ranked = rank_improvements(found, cfg)
    for position, item in enumerate(ranked, 1):
        item["rank"] = position
    shown = max(0, int(cfg.coaching.max_improvements))
    found_strengths = strengths(call, cfg)[:max(0, int(cfg.coaching.max_strengths))]
    for item in found_strengths:
        item["text"] = tidy(item.get("text", ""))
    section = {
        "strengths": found_strengths,
        "improvements": ranked[:shown],
        "other_improvements": ranked[shown:],
        "not_checked": list(call.not_checked.values()),
        "ranking": list(cfg.coaching.ranking),
    }
    if fitness.get("ok") is False:
        # Measurements stay in the report; verdicts on a recording that cannot support
        # them are withheld, kept aside for a reviewer who wants to see them.
        section["withheld"] = {"reasons": list(fitness.get("reasons") or []),
                               "improvements": ranked, "strengths": found_strengths}
        section["improvements"], section["other_improvements"], section["strengths"] = [], [], []
        section["not_checked"].append({"section": "call", "checks": ["all tips and strengths"],
                                       "reason": "not coached: " + "; ".join(fitness.get("reasons") or [])})
    return section
