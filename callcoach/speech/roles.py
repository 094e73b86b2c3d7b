"""Which speaker is the agent: decided from what each one says at the start of the call."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Hashable, Mapping

from ..text import cue_text

if TYPE_CHECKING:  # pragma: no cover
    from ..config import RolesConfig, StereoConfig
    from ..conversation import Word
    from ..intervals import Interval

# (pattern, weight): phrases agents say when they open or run a call.
AGENT_CUES: tuple[tuple[str, float], ...] = (
    (r"\bthank(s| you) for (calling|contacting|holding|choosing)\b", 3.0),
    (r"\bhow (can|may|might|could) i (help|assist)\b", 3.0),
    (r"\bwhat can i (do|help) (for|with) you\b", 2.5),
    (r"\bwelcome to\b", 2.0),
    (r"\b(you('re| are) (speaking|talking) (to|with))\b", 2.0),
    (r"\bthis is \w+( \w+)? (speaking|from|with|at)\b", 1.5),
    (r"\b(calling|reaching out) from\b", 1.5),
    (r"\bmy name is \w+[, ]+(how|and i|i('ll| will))\b", 1.5),
    (r"\b(can|could|may) i (have|get|take) your (name|account|order|reference|postcode|zip|date of birth)\b", 2.0),
    (r"\blet me (check|look|pull|see|take a look)\b", 1.0),
    (r"\b(i('m| am)|we('re| are)) (so |really |truly |very )?sorry\b", 0.5),
    (r"\bis there anything else\b", 1.5),
    (r"\bbear with me\b", 1.0),
)
# Phrases customers say when they explain why they called.
CUSTOMER_CUES: tuple[tuple[str, float], ...] = (
    (r"\bi('m| am) calling (about|because|regarding|to)\b", 2.5),
    (r"\bi (have|had|got) (a|an) (problem|question|issue|complaint)\b", 1.5),
    # the caller describing something of theirs that went wrong ("my ... hasn't arrived",
    # "my ... keeps dropping"): any noun, not a list of the samples' products
    (r"\bmy (\w+ ){1,2}(has|hasn't|has not|is|isn't|was|wasn't|keeps|won't|doesn't|didn't|never|still|stopped)\b", 1.0),
    (r"\bi (want|wanted|need|would like) to (cancel|complain|return|know|speak)\b", 1.0),
    (r"\b(hasn't|has not|never|still hasn't) (arrived|come|worked)\b", 1.0),
)


@dataclass(frozen=True)
class RoleDecision:
    """Which speaker is the agent, how that was decided and how sure it is."""

    agent: Hashable
    method: str
    """``given`` (the user said which), ``default`` (channel 0 because nobody said which),
    ``text`` (cues in what was said), ``first-speaker`` (fallback) or ``only-speaker``."""
    confidence: float
    evidence: list[str]
    warnings: tuple[str, ...] = ()
    """Sentences for the call's warnings (the default channel contradicted by what was said)."""

    def to_dict(self, label: str) -> dict:
        return {"agent": label, "method": self.method, "confidence": round(self.confidence, 2),
                "evidence": self.evidence}


def _score(text: str, cues: tuple[tuple[str, float], ...]) -> tuple[float, list[str]]:
    total, found = 0.0, []
    for pattern, weight in cues:
        m = re.search(pattern, text)
        if m:
            total += weight
            found.append(m.group(0))
    return total, found


def decide_agent(opening_text: Mapping[Hashable, str], first_start: Mapping[Hashable, float],
                 company_names: list[str] | tuple[str, ...] = ()) -> RoleDecision:
    """Pick the agent among two speakers from their opening words.

    Parameters
    ----------
    opening_text : per speaker, what they said in the opening of the call.
    first_start : per speaker, when they first spoke (seconds); the earlier one is the
        fallback agent (inbound calls open with the agent's greeting).
    company_names : names of the company; hearing one marks the agent.
    """
    speakers = list(opening_text)
    if len(speakers) < 2:
        only = speakers[0] if speakers else next(iter(first_start), 0)
        return RoleDecision(only, "only-speaker", 0.5, [])
    scores: dict[Hashable, float] = {}
    evidence: dict[Hashable, list[str]] = {}
    for spk in speakers:
        text = cue_text(opening_text[spk])
        a, a_found = _score(text, AGENT_CUES)
        c, c_found = _score(text, CUSTOMER_CUES)
        for name in company_names:
            if name and cue_text(name) in text:
                a += 2.0
                a_found.append(cue_text(name))
        scores[spk] = a - c
        evidence[spk] = a_found + [f"customer cue: {x}" for x in c_found]
    ranked = sorted(speakers, key=lambda s: scores[s], reverse=True)
    margin = scores[ranked[0]] - scores[ranked[1]]
    if margin >= 1.0:
        confidence = min(0.99, 0.6 + 0.1 * margin)
        return RoleDecision(ranked[0], "text", confidence, evidence[ranked[0]])
    first = min(speakers, key=lambda s: first_start.get(s, float("inf")))
    return RoleDecision(first, "first-speaker", 0.55, [])


def opening_words(words: list["Word"], first_start: float, window_s: float) -> str:
    """What a speaker said within ``window_s`` of first speaking."""
    return "".join(w.word for w in words if w.start < first_start + window_s)


DEFAULT_CHANNEL = 0
"""The agent's channel when nobody said which (``stereo.agent_channel = "default"``)."""


def decide_stereo_roles(regions: list[list["Interval"]], words: list[list["Word"]],
                        stereo: "StereoConfig", roles: "RolesConfig") -> RoleDecision:
    """Which channel is the agent.

    Given (0 or 1, from ``--agent-channel`` or a config file): that channel, method
    ``given``. ``auto``: from the opening words of each channel (:func:`decide_agent`).
    ``default`` (nothing given): channel 0, method ``default``, with the confidence the
    opening words give channel 0 (the text decision's confidence when it picks channel 0,
    one minus it when it picks channel 1); when the text cues clearly point at channel 1
    a warning says so.
    """
    choice = stereo.agent_channel
    if choice in (0, 1, "0", "1"):
        return RoleDecision(int(choice), "given", 1.0, [])
    firsts = {ch: (regions[ch][0][0] if regions[ch] else float("inf")) for ch in range(2)}
    texts = {ch: opening_words(words[ch], firsts[ch] if firsts[ch] != float("inf") else 0.0,
                               roles.opening_window_s) for ch in range(2)}
    decision = decide_agent(texts, firsts, roles.company_names)
    if choice == "auto":
        return decision
    agrees = decision.agent == DEFAULT_CHANNEL
    confidence = decision.confidence if agrees else 1.0 - decision.confidence
    warnings: tuple[str, ...] = ()
    if not agrees and decision.method == "text":
        cues = ", ".join(f"“{e}”" for e in decision.evidence[:3])
        other = 1 - DEFAULT_CHANNEL
        warnings = (f"the opening words suggest channel {other} is the agent ({cues}), but channel "
                    f"{DEFAULT_CHANNEL} was taken by default; pass --agent-channel {other} or auto",)
    return RoleDecision(DEFAULT_CHANNEL, "default", confidence, decision.evidence if agrees else [], warnings)


def decide_mono_roles(labels: list[str], turns: dict[str, list["Interval"]],
                      words: dict[str, list["Word"]], roles: "RolesConfig") -> RoleDecision:
    """Which diarised voice is the agent: from the opening words, or the first voice when
    ``roles.agent_speaker`` is ``first`` (or only one voice was found)."""
    if not labels:
        return RoleDecision("", "none", 0.0, [])
    firsts = {lb: turns[lb][0][0] for lb in labels}
    if roles.agent_speaker == "first" or len(labels) == 1:
        return RoleDecision(labels[0], "first-speaker" if len(labels) > 1 else "only-speaker",
                            0.6 if len(labels) > 1 else 0.5, [])
    texts = {lb: opening_words(words.get(lb, []), firsts[lb], roles.opening_window_s) for lb in labels}
    return decide_agent(texts, firsts, roles.company_names)
