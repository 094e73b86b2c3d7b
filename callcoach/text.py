"""Shared text helpers: normalisation variants named for their use, sentence ends,
the acknowledgement lexicon, and the report's rounding."""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .config import TalkOverConfig

# -- rounding ------------------------------------------------------------------------
def r2(x: float | None) -> float | None:
    """Times and figures in the report are rounded to 0.01 (None stays None)."""
    return None if x is None else round(float(x), 2)


def rounded(value: float | None, digits: int = 1) -> float | None:
    """``value`` rounded to ``digits``; None for None, NaN or infinity (never ``-0.0``)."""
    return None if value is None or not math.isfinite(value) else round(float(value), digits) + 0.0


# -- normalisation -------------------------------------------------------------------
def match_tokens(text: str) -> list[str]:
    """Word tokens for phrase lists (backchannels, hold phrases, question openers).

    Lower case, punctuation dropped, apostrophes kept inside words; hyphens and slashes
    split ("uh-huh" -> uh, huh). Letters of any script are kept.
    """
    text = text.lower().replace("’", "'")
    text = re.sub(r"[-–—_/]", " ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    return [t.strip("'") for t in text.split() if t.strip("'")]


def phrase_text(text: str) -> str:
    """Text for the language analysers' patterns and embeddings.

    Lower case, apostrophes dropped ("I'm" -> "im"), other punctuation -> spaces. Letters
    outside ASCII are kept ("José García" -> "josé garcía", "¿Qué?" -> "qué").
    """
    text = unicodedata.normalize("NFC", text).lower().replace("\u2019", "'").replace("'", "")
    text = re.sub(r"[^\w ]+|_", " ", text)
    return " ".join(text.split())


def cue_text(text: str) -> str:
    """Text for the role cues (greetings, "how can I help"): lower case, apostrophes kept."""
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


# -- sentences -----------------------------------------------------------------------
SENTENCE_END = re.compile(r"[.?!]+[\"')\]]*$")
"""A word or text that ends a sentence: a full stop, question or exclamation mark, maybe
followed by closing quotes or brackets."""
SENTENCE_PUNCTUATION = re.compile(r"[.?!]")
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+")


def ends_sentence(word: str) -> bool:
    """Whether ``word`` (or text) ends with sentence-final punctuation."""
    return bool(SENTENCE_END.search(word.strip()))


def split_text_sentences(text: str) -> list[str]:
    """Punctuated text cut after each full stop, question or exclamation mark."""
    return _SENTENCE_BREAK.split(text.strip())


# -- acknowledgements --------------------------------------------------------------------
_LAUGH = re.compile(r"^(?:ha){2,}h?$|^(?:he){2,}h?$|^laugh(?:s|ing|ter)?$")


@lru_cache(maxsize=16)
def phrase_set(items: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Phrases as token tuples (``match_tokens``), for whole-word matching."""
    return frozenset(tuple(match_tokens(p)) for p in items if match_tokens(p))


def is_laughter(token: str, config: "TalkOverConfig") -> bool:
    """A token that is laughter ("hahaha", "laughter", or one of ``config.laughter_tokens``)."""
    return bool(_LAUGH.match(token)) or (token,) in phrase_set(tuple(config.laughter_tokens))


def acknowledgement_kind(tokens: Sequence[str], config: "TalkOverConfig") -> str | None:
    """``laughter`` or ``acknowledgement`` when the tokens are nothing else, else None.

    The lexicon is ``config.backchannel_phrases`` + ``extra_backchannel_phrases``; any
    combination of its phrases counts ("okay I see" = "okay" + "i see").
    """
    rest = [t for t in tokens if not is_laughter(t, config)]
    if not tokens:
        return None
    if not rest:
        return "laughter"
    phrases = phrase_set((*config.backchannel_phrases, *config.extra_backchannel_phrases))
    longest = max((len(p) for p in phrases), default=0)
    # covered[i]: rest[:i] splits into known phrases
    covered = [True] + [False] * len(rest)
    for i in range(1, len(rest) + 1):
        covered[i] = any(covered[i - n] and tuple(rest[i - n:i]) in phrases
                         for n in range(1, min(longest, i) + 1))
    return "acknowledgement" if covered[-1] else None


def is_acknowledgement(text: str, config: "TalkOverConfig") -> bool:
    """Whether ``text`` is only acknowledgement words ("okay", "right", "uh-huh")."""
    tokens = match_tokens(text)
    return bool(tokens) and acknowledgement_kind(tokens, config) == "acknowledgement"


def has_phrase(tokens: list[str], phrases: Sequence[str]) -> str | None:
    """The first of ``phrases`` found in ``tokens`` as whole words, if any."""
    text = f" {' '.join(tokens)} "
    for phrase in phrases:
        if f" {' '.join(match_tokens(phrase))} " in text:
            return phrase
    return None


# -- safe display --------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: object, keep_newlines: bool = False) -> str:
    """Text safe to print in a terminal, an error line or Markdown: control characters
    (escape sequences, bell, backspace, bidirectional overrides) shown as ``\\x1b``-style
    escapes instead of acting; newlines and tabs kept only when asked."""
    text = str(text)
    if not keep_newlines:
        text = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")

    def show(m: re.Match) -> str:
        c = m.group(0)
        if keep_newlines and c in "\n\t":
            return c
        return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
    return _CONTROL.sub(show, text)


_LINK_LIKE = re.compile(r"(?i)(://|www\.|@(?=\w))")


def unlinked(text: str) -> str:
    """Text that Markdown renderers will not turn into links: a zero-width space after
    "://", "www" and "@" breaks their autolinks while it reads the same."""
    return _LINK_LIKE.sub(lambda m: m.group(0)[0] + "\u200b" + m.group(0)[1:], text)


def visible_tree(value: object) -> object:
    """``value`` (a report: dicts, lists, strings) with every string passed through
    :func:`visible` (newlines kept), for printing a whole report safely."""
    if isinstance(value, str):
        return visible(value, keep_newlines=True)
    if isinstance(value, dict):
        return {k: visible_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible_tree(v) for v in value]
    return value
