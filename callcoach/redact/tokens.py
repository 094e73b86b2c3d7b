"""Call text cut into tokens that know whether they are digits, words for digits, or context words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import _EDGE, _FILLERS, _HOMOPHONES, _KW_PHRASES, _MARKER_CORES, _MARKER_TEXTS, _MONTHS, _MULTS, _SCALES, _TEENS, _TENS, _TOKEN_RE, _UNITS, _ZERO_LETTERS

# -- tokens ---------------------------------------------------------------------------------

@dataclass
class _Tok:
    raw: str                      # the word or whitespace-free piece of text, as written
    core: str                     # raw without edge punctuation
    seg: int                      # segment index (-1: a free-standing string)
    idx: int                      # word index, or token index in the text
    chars: tuple[int, int]        # core's character range in the text (text tokens)
    start: float
    end: float
    speaker: Any
    cls: str = "other"            # num, zero, homophone, mult, scale, month, filler, letter, plus, marker, other
    atoms: list = field(default_factory=list)
    groups: tuple = ()            # digit group lengths when written as digits ("123-45-6789": 3, 2, 4)
    slash: bool = False           # written as a date, "09/27"
    ni: bool = False              # UK NI shape in one token, "QQ123456C"
    keyword: bool = False         # part of a payment / identity / phone phrase
    is_num: bool = False
    kw_words: tuple = ()          # words for keyword matching


def _strip_edges(raw: str) -> tuple[str, int, int]:
    """``raw`` without edge punctuation, and how many characters went from each end."""
    lead = len(raw) - len(raw.lstrip(_EDGE + " "))
    core = raw.strip(_EDGE + " ")
    trail = len(raw) - lead - len(core) if core else 0
    return core, lead, trail


def _classify(tok: _Tok) -> None:
    core = tok.core
    low = core.lower()
    tok.kw_words = tuple(w for w in re.sub(r"[^a-z0-9 ]", "", low.replace("-", " ").replace("’", "")
                                           .replace("'", "")).split())
    if tok.raw.strip() in _MARKER_TEXTS or core in _MARKER_CORES:
        tok.cls, tok.kw_words = "marker", ()
        return
    if low in ("plus", "+"):
        tok.cls = "plus"
        return
    if low in _FILLERS or not any(ch.isalnum() for ch in core):
        tok.cls = "filler"                                  # also "-", "/", "..." between digits
        return
    if low in _UNITS:
        tok.cls, tok.atoms = "num", [("u", _UNITS[low])]
        return
    if low in _TEENS:
        tok.cls, tok.atoms = "num", [("t", _TEENS[low])]
        return
    if low in _TENS:
        tok.cls, tok.atoms = "num", [("x", _TENS[low])]
        return
    if low in _ZERO_LETTERS:
        tok.cls, tok.atoms = "zero", [("u", 0)]
        return
    if low in _HOMOPHONES:
        tok.cls, tok.atoms = "homophone", [("u", _HOMOPHONES[low])]
        return
    if low in _MULTS:
        tok.cls, tok.atoms = "mult", [("m", _MULTS[low])]
        return
    if low in _SCALES:
        tok.cls, tok.atoms = "scale", [(_SCALES[low],)]
        return
    if low in _MONTHS:
        tok.cls, tok.atoms = "month", [("mo", _MONTHS[low])]
        return
    if "-" in low and all(p in _UNITS or p in _TEENS or p in _TENS or p in _ZERO_LETTERS
                          for p in low.split("-") if p) and low.strip("-"):
        atoms = []
        for p in low.split("-"):
            if p:
                atoms.append(("u", _UNITS.get(p, 0)) if p in _UNITS or p in _ZERO_LETTERS
                             else ("t", _TEENS[p]) if p in _TEENS else ("x", _TENS[p]))
        tok.cls, tok.atoms = "num", atoms
        return
    if any(ch.isdigit() for ch in low):
        _classify_digits(tok, core, low)
        return
    if re.fullmatch(r"(?:[A-Za-z]\.){1,2}[A-Za-z]?\.?", core) or (core.isalpha() and (
            len(core) == 1 or (len(core) == 2 and core.isupper()))):
        tok.cls = "letter"


def _classify_digits(tok: _Tok, core: str, low: str) -> None:
    s = low.lstrip("+(").rstrip(")")
    if re.search(r"[£$€¥₹%]", s) or re.fullmatch(r"\d+p", s):
        return                                              # an amount: £45.99, 20%, 50p
    if re.fullmatch(r"\d+\.\d{1,2}", s) or re.fullmatch(r"\d{1,3}\.\d+", s):
        return                                              # a decimal: 45.99, 3.5
    if re.fullmatch(r"\d{1,2}[:.]\d{2}(:\d{2})?(am|pm|a\.m|p\.m)?\.?", s) or \
            re.fullmatch(r"\d{1,4}(am|pm|a\.m|p\.m|h|hrs|s|min|mins|kg|km|mb|gb|k)\.?", s):
        return                                              # a time or a unit: 3:30, 3pm, 30s
    if re.fullmatch(r"\d+(st|nd|rd|th)", s):
        return                                              # an ordinal
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        s = s.replace(",", "")                              # thousands: 4,539
    m = re.fullmatch(r"(\d{1,2})/(\d{2}|\d{4})", s)
    if m and 1 <= int(m.group(1)) <= 12:
        tok.cls, tok.atoms, tok.slash = "num", [("d", m.group(1).zfill(2) + m.group(2))], True
        tok.groups = (len(m.group(1)), len(m.group(2)))
        return
    if re.fullmatch(r"\d+(?:[-‐–—./,]\d+)*", s):
        parts = re.split(r"[-‐–—./,]", s)
        tok.cls, tok.atoms, tok.groups = "num", [("d", "".join(parts))], tuple(len(p) for p in parts)
        return
    digits = re.sub(r"\D", "", s)
    if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]?", core.upper().replace(" ", "")) and core[:2].isalpha():
        tok.cls, tok.atoms, tok.ni = "num", [("d", digits)], True
        return
    if len(digits) >= 3:                                    # letters and digits: NW44719, 4539x
        tok.cls, tok.atoms = "num", [("d", digits)]


def _resolve(toks: list[_Tok]) -> None:
    """Which of one segment's tokens are digits: "oh", "to", "double", "hundred" and month
    names only count next to a real digit."""
    numish = {"num", "zero", "homophone", "mult", "scale", "month"}
    i, n = 0, len(toks)
    while i < n:
        if toks[i].cls not in numish or toks[i].keyword:
            i += 1
            continue
        j = i
        while j < n and toks[j].cls in numish and not toks[j].keyword:
            j += 1
        chain = toks[i:j]
        if any(t.cls == "num" for t in chain):
            for k, t in enumerate(chain):
                prev = chain[k - 1] if k > 0 else None
                nxt = chain[k + 1] if k + 1 < len(chain) else None
                if t.cls == "num":
                    t.is_num = True
                elif t.cls == "zero":
                    t.is_num = True
                elif t.cls == "homophone":
                    t.is_num = all(x is not None and x.cls in ("num", "zero") and x.atoms
                                   and x.atoms[0][0] == "u" for x in (prev, nxt))
                elif t.cls == "mult":
                    t.is_num = nxt is not None and nxt.cls in ("num", "zero")
                elif t.cls == "scale":
                    t.is_num = prev is not None and prev.cls == "num"
                elif t.cls == "month":
                    t.is_num = (nxt is not None and nxt.cls in ("num", "zero")) or \
                        (prev is not None and prev.cls == "num")
        i = j


def _mark_keywords(toks: list[_Tok]) -> list[tuple[float, str]]:
    """Payment / identity / phone phrases in one segment: (time, category); their tokens are
    flagged so they never count as digits ("the three digits on the back")."""
    words: list[tuple[str, int]] = []
    for k, t in enumerate(toks):
        for w in t.kw_words:
            words.append((w, k))
    hits = []
    i = 0
    while i < len(words):
        for phrase, cat in _KW_PHRASES:
            L = len(phrase)
            if tuple(w for w, _ in words[i:i + L]) == phrase:
                owners = sorted({k for _, k in words[i:i + L]})
                for k in owners:
                    toks[k].keyword = True
                hits.append((toks[owners[0]].start, cat))
                i += L - 1
                break
        i += 1
    return hits


def _word_tokens(seg_index: int, seg: dict) -> list[_Tok] | None:
    words = seg.get("words")
    if not isinstance(words, list) or not words or not all(
            isinstance(w, dict) and isinstance(w.get("word"), str) for w in words):
        return None
    s0 = _num(seg.get("start"), 0.0)
    toks = []
    for i, w in enumerate(words):
        core = _strip_edges(w["word"])[0]
        start = _num(w.get("start"), s0)
        toks.append(_Tok(raw=w["word"], core=core, seg=seg_index, idx=i, chars=(0, 0), start=start,
                         end=max(_num(w.get("end"), start), start), speaker=seg.get("speaker")))
    return toks


def _text_tokens(seg_index: int, text: str, start: float, end: float, speaker: Any) -> list[_Tok]:
    toks = []
    n = max(len(text), 1)
    for i, m in enumerate(_TOKEN_RE.finditer(text)):
        raw = m.group()
        core, lead, trail = _strip_edges(raw)
        if raw in _MARKER_TEXTS:
            core, lead, trail = raw, 0, 0
        c0, c1 = m.start() + lead, m.end() - trail
        toks.append(_Tok(raw=raw, core=core, seg=seg_index, idx=i, chars=(c0, c1),
                         start=start + (end - start) * m.start() / n,
                         end=start + (end - start) * m.end() / n, speaker=speaker))
    return toks


def _num(x: Any, default: float) -> float:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else default


def _prepare(toks: list[_Tok]) -> list[tuple[float, str]]:
    for t in toks:
        _classify(t)
    for prev, t in zip(toks, toks[1:]):
        # Whisper splits "9.30" / "45.99" / "3:30" into "9" + ".30": a time or an amount
        if re.fullmatch(r"[.:]\d+[.,!?]?", t.raw.strip()) and re.fullmatch(r"[£$€¥]?\d{1,3}", prev.core):
            prev.cls = t.cls = "other"
            prev.atoms, t.atoms = [], []
    hits = _mark_keywords(toks)
    _resolve(toks)
    return hits
