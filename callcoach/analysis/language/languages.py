"""Which language a call is in, and whether the language analysers can read it.

The sentence model (multilingual-e5-small) reads about a hundred languages, but the heads
were fitted on English lines with a smaller share of Spanish, German, French and Portuguese
(``benchmarks/data/language_train/``), and the exact rules (procedural "sorry", dismissive
formulas, the customer's name) are written for English with the apology words of those four
languages. So only those five are judged; for any other language the empathy, apologies
and sentiment sections should be left out with the reason from :func:`language_supported`,
so coaching never judges words it cannot read.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ...conversation import Conversation

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es", "de", "fr", "pt")
"""ISO 639-1 codes the language analysers judge (tested in tests/test_language_calls.py)."""

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "de": "German", "fr": "French", "pt": "Portuguese",
                  "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ar": "Arabic",
                  "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ru": "Russian", "ro": "Romanian"}

MIN_DETECTED_PROBABILITY = 0.5
"""Below this, a detected language is too unsure to judge the call's words."""

# Frequent short words per language: enough to tell the supported languages (and a few
# others) apart on a transcript that came without a language.
_STOPWORDS = {
    "en": "the and you to is it that of for this my i we your have with can be on not what was are",
    "es": "el la de que y en los las por para con una un es lo su no me se muy le del está",
    "de": "der die das und ist ich nicht sie es ein eine zu mit den auf für haben wir ihr bitte",
    "fr": "le la les et est je pas vous de des un une que pour avec ce sur mon votre nous très",
    "pt": "o a os as de que e não um uma para com é do da meu sua está muito obrigado obrigada",
    "it": "il lo la di che e non un una per con sono è mi ti grazie della questo",
    "nl": "de het een en van is ik niet je dat met voor op zijn wat er maar",
}
_STOP_SETS = {code: set(words.split()) for code, words in _STOPWORDS.items()}


def language_supported(code: str | None) -> tuple[bool, str | None]:
    """(True, None) when the language analysers judge ``code``; else (False, reason), the
    reason worded for the report's ``not_checked`` list."""
    if not code:
        return True, None  # unknown: treated as the default, English
    base = code.lower().split("-")[0].split("_")[0]
    if base in SUPPORTED_LANGUAGES:
        return True, None
    name = LANGUAGE_NAMES.get(base, f"'{code}'")
    supported = ", ".join(LANGUAGE_NAMES[c] for c in SUPPORTED_LANGUAGES)
    return False, (f"the call is in {name}; empathy, apologies and sentiment are only judged in {supported}")


def detect_text_language(text: str) -> tuple[str, float] | None:
    """(code, share) from frequent words; None on too little text. A rough guess for
    transcripts, not a substitute for Whisper's detection."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 8:
        return None
    counts = {code: sum(w in stop for w in words) for code, stop in _STOP_SETS.items()}
    total = sum(counts.values())
    if total == 0:
        return None
    code = max(counts, key=counts.get)
    return code, round(counts[code] / total, 3)


def call_language(conversation: "Conversation | None" = None, given_code: str | None = None,
                  detected: tuple[str, float] | None = None) -> dict:
    """The call's language for the report: ``{code, source, probability, supported, reason}``.

    ``source`` is ``given`` (``[asr] language``, ``--language`` or batch metadata; Whisper is
    then told the language), ``detected`` (Whisper's detection: ``Transcriber.detected_language``),
    ``text`` (frequent words of the transcript, when neither is known) or ``default``
    (nothing to go on: English). A detection below ``MIN_DETECTED_PROBABILITY`` is reported
    but the call is not judged.
    """
    if given_code:
        code, source, probability = given_code.lower(), "given", None
    elif detected and detected[0]:
        code, source, probability = detected[0].lower(), "detected", round(float(detected[1]), 3)
    else:
        guess = None
        if conversation is not None:
            guess = detect_text_language(" ".join(s.text for s in conversation.segments))
        if guess:
            code, source, probability = guess[0], "text", guess[1]
        else:
            code, source, probability = "en", "default", None
    supported, reason = language_supported(code)
    if supported and source == "detected" and probability is not None and probability < MIN_DETECTED_PROBABILITY:
        supported = False
        reason = (f"Whisper was unsure of the call's language ({LANGUAGE_NAMES.get(code, code)}, "
                  f"probability {probability:.2f}); empathy, apologies and sentiment were not judged")
    return {"code": code, "source": source, "probability": probability, "supported": supported, "reason": reason}
