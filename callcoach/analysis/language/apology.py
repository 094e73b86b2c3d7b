"""Apologies: true or not, specific or generic, followed by action, and how soon after distress."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...config import LanguageConfig
from ...conversation import Conversation
from . import patterns
from .empathy import AgentLanguage, Finding, find_agent_language
from .sentiment import distress_readings, first_distress, speaker_sentence_sentiment
from ...text import r2
from .sentences import Sentence, match_word_span

if TYPE_CHECKING:
    from .model import PhraseModel

# Words that belong to an apology's opening: "I'm so sorry" starts at "I'm", not "sorry".
_APOLOGY_LEAD = {"i", "im", "am", "we", "were", "are", "so", "really", "very", "truly", "terribly", "awfully",
                 "deeply", "sincerely", "do", "my", "our", "oh", "extremely", "just", "again", "genuinely",
                 "honestly", "incredibly", "ever", "massively", "profoundly", "awful", "properly", "dear", "no", "well",
                 "let", "me", "us", "want", "to", "would", "like", "first", "off", "can", "only", "must", "all"}
_NOT_CONTENT = {"sorry", "sorri", "apologise", "apologize", "apologies", "apology", "apologising", "apologizing",
                "regret", "truly", "sincerely", "terribly", "deeply", "really", "very"}


# Words that carry no topic (the customer's problem is in the others).
_FUNCTION_WORDS = frozenset("""
a about above after again against all also am an and any are around as at be because been before being
below between both but by can cant could couldnt did didnt do does doesnt doing dont down during each
even ever every few for from further get got gotten had hadnt has hasnt have havent having he her here
hers herself him himself his how i id if ill im in into is isnt it its itself ive just know let like
made make many may me might more most much must my myself no nor not now of off oh ok okay on once only
or other our ours ourselves out over own really right same say said see she should shouldnt so some
still such sure than that thats the their theirs them themselves then there theres these they theyre
this those though through to too um uh under until up us very want wanted was wasnt way we well were
werent weve what whats when where which while who whom why will with wont would wouldnt yeah yes yet you
youd youll your youre yours yourself yourselves youve hi hello thanks thank please sorry calling call
ringing phoning today yesterday week still again going gonna one two three thing things time
""".split())

# The frame of an apology, around what it is for.
_APOLOGY_FRAME = _APOLOGY_LEAD | _NOT_CONTENT | {
    "about", "for", "the", "a", "an", "of", "your", "you", "to", "and", "with", "on", "in", "at", "by", "is", "was",
    "be", "been", "has", "have", "had", "youve", "youre", "weve", "ive", "it", "its", "that", "this", "any", "if",
    "me", "us", "him", "her", "them", "some", "such", "what", "hear", "say", "i", "we", "am", "do", "did", "ever"}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(norm: str) -> set[str]:
    """Words that carry the topic: no function words, no apology words, stemmed."""
    return {_stem(w) for w in norm.split()
            if w not in _FUNCTION_WORDS and w not in _NOT_CONTENT and len(w) > 2 and not w.isdigit()}


def apology_clause(norm: str) -> str:
    """The apology's own words: what comes before a turn to procedure ("sorry about that,
    let me check your account" -> "sorry about that")."""
    m = re.search(patterns.PROCEDURE_CONTINUATION, norm)
    return norm[:m.start()].strip() if m and m.start() > 0 else norm


def shares_problem(apology_norm: str, customer_norm_before: str) -> bool:
    """The apology names a word of what the customer said (function words and words of
    procedure such as "account" or "details" do not count)."""
    mine = content_words(apology_clause(apology_norm)) - {_stem(w) for w in patterns.GENERIC_APOLOGY_OBJECTS}
    mine -= {_stem(w) for w in patterns.PROCEDURAL_WORDS}
    return bool(mine & content_words(customer_norm_before))


def is_specific(apology_norm: str, customer_norm_before: str, p_specific: float | None = None,
                min_probability: float = 0.5) -> bool:
    """An apology is specific when it names the customer's problem: the head fitted on the
    training corpus says so (``p_specific``), or it shares a content word with the
    customer's earlier words. "Sorry for any inconvenience" and "sorry about that, let me
    check your account" are generic. Without a model, only the shared words count."""
    if shares_problem(apology_norm, customer_norm_before) or re.search(patterns.CONDOLENCE, apology_norm):
        return True
    named = [w for w in apology_clause(apology_norm).split() if w not in _APOLOGY_FRAME
             and w not in patterns.GENERIC_APOLOGY_OBJECTS and w not in patterns.PROCEDURAL_WORDS
             and not re.fullmatch(patterns.APOLOGY_WORD_PATTERN, w)]
    if not named:
        return False  # "sorry for all the bother today": nothing named but the apology itself
    return bool(p_specific is not None and p_specific >= min_probability)


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


def over_apologising(items: list[dict], duration_s: float, config: LanguageConfig) -> dict:
    """``{flag, count, without_action, longest_unanswered_run, per_min, per_10min}``.

    Too many apologies for the call's length: at least ``over_apology_count`` and at least
    ``over_apology_per_10min`` per 10 minutes (5 in a 2-hour call is not over-apologising,
    5 in a 4-minute call is); or ``over_apology_unanswered`` in a row with no action after
    any of them, each within ``over_apology_run_gap_s`` of the one before.
    """
    unanswered_run = longest_run = 0
    previous = None
    for item in items:
        if item["followed_by_action"] or previous is not None and item["start"] - previous > config.over_apology_run_gap_s:
            unanswered_run = 0
        if not item["followed_by_action"]:
            unanswered_run += 1
        longest_run = max(longest_run, unanswered_run)
        previous = item["start"]
    minutes = max(duration_s, 1e-9) / 60.0
    per_10min = len(items) / minutes * 10.0 if duration_s > 0 else float(len(items))
    too_many = len(items) >= config.over_apology_count and per_10min >= config.over_apology_per_10min
    return {
        "flag": bool(too_many or longest_run >= config.over_apology_unanswered),
        "count": len(items),
        "without_action": sum(not i["followed_by_action"] for i in items),
        "longest_unanswered_run": longest_run,
        "per_min": round(len(items) / minutes, 2) if duration_s > 0 else None,
        "per_10min": round(per_10min, 2) if duration_s > 0 else None,
    }


def answered_distress(customer_sentences: list[Sentence], readings: Sequence[float], language: AgentLanguage,
                      config: LanguageConfig) -> Sentence | None:
    """Mild distress the agent answered: the first sentence reading at or below
    ``answered_distress_threshold`` in the customer turn just before an agent turn that
    apologises or acknowledges (procedural sorries are not findings).

    A sincere apology or an acknowledgement answers what the customer just said; a listener
    hears the worry in "It's only that it was my mum's" that the sentence alone reads as
    mild. The turn must still read as distress more than not: the agent's answer lowers the
    bar, it does not set it. Where the agent never answers, only ``distress_threshold``
    counts, so an unanswered complaint is never invented from the agent's silence. On the 201
    English development calls (blind sets v1-v12) the first distress was in the labelled turn
    on 160 against 150 with pairs alone, the first apology or acknowledgement on 184 against
    174 (docs/language.md).
    """
    sentences = language.sentences
    answers = sorted({sentences[f.sentence].segment_index for f in language.findings
                      if f.kind == "empathy" and f.category in ("apologize", "acknowledge")})
    for answer in answers:
        answered_turn = max((s.segment_index for s in customer_sentences if s.segment_index < answer), default=None)
        for sentence, reading in zip(customer_sentences, readings):
            if sentence.segment_index == answered_turn and reading <= config.answered_distress_threshold:
                return sentence
    return None


def analyze_apologies(conversation: Conversation, config: LanguageConfig | None = None, *,
                      model: "PhraseModel | None" = None, language: AgentLanguage | None = None) -> dict:
    """The report's ``apologies`` section.

    Apologies are the ``apologize`` empathy phrases (hard negatives such as "sorry, could
    you repeat that?" already removed). ``first_distress_s`` is the start of the customer's
    turn holding the first sentence judged distress (``first_distress_phrase_s`` the
    sentence's own start); ``first_apology_latency_s`` is the start of the agent's turn with
    the first apology or acknowledgement after it, minus it; ``first_response_gap_s`` the
    same from the end of that customer turn (what the agent could control: negative when
    they came in before the customer finished).
    """
    config = config or LanguageConfig()
    language = language or find_agent_language(conversation, config, model)
    sentences = language.sentences
    customer_sentences, customer_scores = speaker_sentence_sentiment(conversation, config, model)
    agent_turns = sorted({s.segment_index for s in sentences})

    items = []
    head = model.head("specific") if model is not None else None
    found = language.of("empathy", "apologize")
    pending = []
    for finding in found:
        sentence = sentences[finding.sentence]
        lo = _apology_start(sentence, finding)
        start = sentence.words[lo].start
        words = sentence.words[lo:]
        text = " ".join("".join(w.word for w in words).split())
        apology_norm = " ".join(w for w in sentence.norm_words[lo:] if w)
        # What the sentence admits before the apology names the problem too ("we got your
        # order badly wrong, and I'm sorry").
        if lo > 0 and re.search(patterns.FAULT_ADMISSION, sentence.norm):
            apology_norm = sentence.norm
        # A bare "I'm so sorry." is read with the sentence that follows in the same turn.
        following = [s for s in sentences[finding.sentence + 1:] if s.segment_index == sentence.segment_index]
        if len(content_words(apology_clause(apology_norm))) == 0 and following:
            apology_norm += " " + following[0].norm
        customer_before = " ".join(s.norm for s in customer_sentences if s.start < start)
        turn = agent_turns.index(sentence.segment_index)
        window_turns = set(agent_turns[turn:turn + 1 + config.action_window_turns])
        later = [s for s in sentences[finding.sentence + 1:] if s.segment_index in window_turns]
        action = _has_action(apology_norm) or any(_has_action(s.norm) for s in later)
        pending.append((start, sentence, text, apology_norm, customer_before, action, finding))
    p_specific = [None] * len(pending)
    if head is not None and pending:
        # The head reads the apology's own words (procedure after it is cut off).
        prob = head.proba(model.embed([apology_clause(p[3]) or p[3] for p in pending]))
        p_specific = list(prob[:, head.labels.index("specific")])
    for (start, sentence, text, apology_norm, customer_before, action, finding), ps in zip(pending, p_specific):
        items.append({"start": r2(start), "end": r2(sentence.end), "text": text,
                      "specific": is_specific(apology_norm, customer_before, ps, config.specific_min_probability),
                      "followed_by_action": action, "confidence": finding.confidence})

    readings = distress_readings(customer_sentences, customer_scores, config, model)
    distress = first_distress(customer_sentences, readings, config)
    distress_method = "sentence score" if distress is not None else None
    answered = answered_distress(customer_sentences, readings, language, config)
    if answered is not None and (distress is None or answered.start < distress.start):
        distress, distress_method = answered, "answered by the agent"
    # Times are of turns, as people mark them: the customer's turn in which distress first
    # shows, and the agent's turn that answers it (the phrases' own times are kept too).
    segments = conversation.segments
    distress_turn = segments[distress.segment_index] if distress else None
    first_distress_s = r2(distress_turn.start) if distress_turn else None
    latency = gap = None
    response = None
    if distress is not None:
        responses = []
        for f in language.findings:
            if f.kind == "empathy" and f.category in ("apologize", "acknowledge"):
                sentence = sentences[f.sentence]
                lo = _apology_start(sentence, f) if f.category == "apologize" else f.lo
                said = sentence.words[lo].start
                if said >= distress.start:
                    turn_start = segments[sentence.segment_index].start
                    at = turn_start if turn_start >= distress_turn.start else said
                    responses.append((at, said, f.category, sentence.text))
        if responses:
            at, said, category, text = min(responses)
            latency = r2(at - distress_turn.start)
            gap = r2(at - distress_turn.end)
            response = {"start": r2(at), "phrase_start": r2(said), "category": category, "text": text}

    over = over_apologising(items, conversation.duration_s, config)
    return {
        "items": items,
        "count": len(items),
        "first_distress_s": first_distress_s,
        "first_distress_phrase_s": r2(distress.start) if distress else None,
        "first_distress_text": distress.text if distress else None,
        "first_distress_method": distress_method,
        "first_apology_latency_s": latency,
        "first_response_gap_s": gap,
        "first_response": response,
        "specific_count": sum(i["specific"] for i in items),
        "over_apologising": over,
    }
