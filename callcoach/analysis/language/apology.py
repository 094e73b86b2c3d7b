"""Apologies: true or not, specific or generic, followed by action, and how soon after distress."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...config import LanguageConfig
from ...conversation import Conversation
from . import patterns
from .names import COMMON_WORDS
from .empathy import AgentLanguage, Finding, find_agent_language
from .sentiment import first_distress, speaker_sentence_sentiment
from ...text import r2
from .sentences import Sentence, match_word_span

if TYPE_CHECKING:
    from .model import PhraseModel

# Words that belong to an apology's opening: "I'm so sorry" starts at "I'm", not "sorry".
_APOLOGY_LEAD = {"i", "im", "am", "we", "were", "are", "so", "really", "very", "truly", "terribly", "awfully",
                 "deeply", "sincerely", "do", "my", "our", "oh", "extremely", "just", "again"}
_NOT_CONTENT = {"sorry", "sorri", "apologise", "apologize", "apologies", "apology", "apologising", "apologizing",
                "regret", "truly", "sincerely", "terribly", "deeply", "really", "very"}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(norm: str) -> set[str]:
    """Words that carry the topic: no function words, no apology words, stemmed."""
    return {_stem(w) for w in norm.split()
            if w not in COMMON_WORDS and w not in _NOT_CONTENT and len(w) > 2 and not w.isdigit()}


def is_specific(apology_norm: str, customer_norm_before: str) -> bool:
    """An apology is specific when it names the customer's problem: a word of the customer's
    earlier complaint, or an object or incident of service ("the late delivery", "the
    double charge"). "Sorry for any inconvenience" is generic."""
    words = [w for w in apology_norm.split() if w not in patterns.GENERIC_APOLOGY_OBJECTS]
    if any(w in patterns.ISSUE_WORDS for w in words):
        return True
    mine = content_words(" ".join(words)) - {_stem(w) for w in patterns.GENERIC_APOLOGY_OBJECTS}
    return bool(mine & content_words(customer_norm_before))


def _apology_start(sentence: Sentence, finding: Finding) -> int:
    span = match_word_span(sentence, finding.lo, finding.hi, patterns.APOLOGY_WORD_PATTERN)
    if span is None:
        return finding.lo
    i = span[0]
    while i > finding.lo and sentence.norm_words[i - 1] in _APOLOGY_LEAD:
        i -= 1
    return i


def _has_action(norm: str) -> bool:
    return any(re.search(p, norm) for p in patterns.ACTION_PATTERNS)


def analyze_apologies(conversation: Conversation, config: LanguageConfig | None = None, *,
                      model: "PhraseModel | None" = None, language: AgentLanguage | None = None) -> dict:
    """The report's ``apologies`` section.

    Apologies are the ``apologize`` empathy phrases (hard negatives such as "sorry, could
    you repeat that?" already removed). ``first_distress_s`` is the start of the first
    customer sentence whose sentiment is at or below ``distress_threshold``;
    ``first_apology_latency_s`` is the start of the agent's first apology or
    acknowledgement at or after it, minus it.
    """
    config = config or LanguageConfig()
    language = language or find_agent_language(conversation, config, model)
    sentences = language.sentences
    customer_sentences, customer_scores = speaker_sentence_sentiment(conversation, config, model)
    agent_turns = sorted({s.segment_index for s in sentences})

    items = []
    for finding in language.of("empathy", "apologize"):
        sentence = sentences[finding.sentence]
        lo = _apology_start(sentence, finding)
        start = sentence.words[lo].start
        words = sentence.words[lo:]
        text = " ".join("".join(w.word for w in words).split())
        apology_norm = " ".join(w for w in sentence.norm_words[lo:] if w)
        # A bare "I'm so sorry." is read with the sentence that follows in the same turn.
        following = [s for s in sentences[finding.sentence + 1:] if s.segment_index == sentence.segment_index]
        if len(content_words(apology_norm)) == 0 and following:
            apology_norm += " " + following[0].norm
        customer_before = " ".join(s.norm for s in customer_sentences if s.start < start)
        turn = agent_turns.index(sentence.segment_index)
        window_turns = set(agent_turns[turn:turn + 1 + config.action_window_turns])
        later = [s for s in sentences[finding.sentence + 1:] if s.segment_index in window_turns]
        action = _has_action(apology_norm) or any(_has_action(s.norm) for s in later)
        items.append({"start": r2(start), "end": r2(sentence.end), "text": text,
                      "specific": is_specific(apology_norm, customer_before),
                      "followed_by_action": action, "confidence": finding.confidence})

    distress = first_distress(customer_sentences, customer_scores, config)
    first_distress_s = r2(distress.start) if distress else None
    latency = None
    response = None
    if distress is not None:
        responses = []
        for f in language.findings:
            if f.kind == "empathy" and f.category in ("apologize", "acknowledge"):
                sentence = sentences[f.sentence]
                lo = _apology_start(sentence, f) if f.category == "apologize" else f.lo
                if sentence.words[lo].start >= distress.start:
                    responses.append((sentence.words[lo].start, f.category, sentence.text))
        if responses:
            start, category, text = min(responses)
            latency = r2(start - distress.start)
            response = {"start": r2(start), "category": category, "text": text}

    unanswered_run = longest_run = 0
    for item in items:
        unanswered_run = 0 if item["followed_by_action"] else unanswered_run + 1
        longest_run = max(longest_run, unanswered_run)
    minutes = max(conversation.duration_s, 1e-9) / 60.0
    over = {
        "flag": len(items) >= config.over_apology_count or longest_run >= config.over_apology_unanswered,
        "count": len(items),
        "without_action": sum(not i["followed_by_action"] for i in items),
        "longest_unanswered_run": longest_run,
        "per_min": round(len(items) / minutes, 2) if conversation.duration_s > 0 else None,
    }
    return {
        "items": items,
        "count": len(items),
        "first_distress_s": first_distress_s,
        "first_distress_text": distress.text if distress else None,
        "first_apology_latency_s": latency,
        "first_response": response,
        "specific_count": sum(i["specific"] for i in items),
        "over_apologising": over,
    }
