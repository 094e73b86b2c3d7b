"""A report rewritten with the found spans replaced by markers, and every quote of them scrubbed."""
from __future__ import annotations

import copy
import re
from typing import Any, Iterable, Sequence

from .vocabulary import DEFAULT_MODE, MARKERS, Span
from .tokens import _num, _prepare, _strip_edges, _text_tokens
from .detect import _analyse, _check_mode, _context, _detect, _runs

# -- rewriting ------------------------------------------------------------------------------

def _marker_word(words: list[dict], a: int, b: int, kind: str) -> dict:
    first, last = words[a], words[b - 1]
    raw_first, raw_last = first["word"], last["word"]
    space = raw_first[: len(raw_first) - len(raw_first.lstrip())]
    lead = raw_first.lstrip()[: _strip_edges(raw_first)[1] - len(space)] if raw_first.strip() else ""
    core_last, _, trail_n = _strip_edges(raw_last)
    trail = raw_last.rstrip()[len(raw_last.rstrip()) - trail_n:] if trail_n else ""
    lead = "".join(ch for ch in lead if ch in "(\"'“‘")
    trail = "".join(ch for ch in trail if ch in ".,;:!?)\"'”’")
    start = _num(first.get("start"), 0.0)
    end = max(_num(last.get("end"), start), start)
    word = {"word": f"{space}{lead}{MARKERS[kind]}{trail}", "start": start, "end": end}
    if any("probability" in w for w in words[a:b]):
        probs = [w.get("probability") for w in words[a:b]]
        word["probability"] = min(probs) if all(isinstance(p, (int, float)) for p in probs) else None
    return word


def _align(text: str, words: list[dict]) -> list[tuple[int, int]] | None:
    """Each word's character range in the segment text, when the text is exactly the words
    with only spaces and punctuation between them; None otherwise."""
    out, pos = [], 0
    for w in words:
        core = w["word"].strip()
        if not core:
            out.append((pos, pos))
            continue
        k = text.find(core, pos)
        if k < 0 or re.search(r"\w", text[pos:k]):
            return None
        out.append((k, k + len(core)))
        pos = k + len(core)
    if re.search(r"\w", text[pos:]):
        return None
    return out


def _rewrite_segment(seg: dict, spans: list[Span]) -> list[tuple[str, str]]:
    """Apply one segment's spans; returns the removed text pieces and their kinds (for
    scrubbing the quotes of them elsewhere in the report)."""
    removed: list[tuple[str, str]] = []
    text = seg.get("text") if isinstance(seg.get("text"), str) else ""
    word_spans = [s for s in spans if s.words is not None]
    if word_spans:
        words = seg["words"]
        ranges = _align(text, words)
        new_words, new_text, k, cursor = [], [], 0, 0
        for sp in sorted(word_spans, key=lambda s: s.words):
            a, b = sp.words
            new_words.extend(words[k:a])
            marker = _marker_word(words, a, b, sp.kind)
            new_words.append(marker)
            removed.append((" ".join(w["word"].strip() for w in words[a:b]), sp.kind))
            if ranges is not None:
                c0, c1 = ranges[a][0], ranges[b - 1][1]
                if c1 > c0:
                    removed.append((text[c0:c1], sp.kind))
                new_text.append(text[cursor:c0])
                new_text.append(marker["word"].strip())
                cursor = c1
            k = b
        new_words.extend(words[k:])
        seg["words"] = new_words
        if ranges is not None:
            new_text.append(text[cursor:])
            seg["text"] = "".join(new_text)
        elif text:
            seg["text"] = " ".join(w["word"].strip() for w in new_words if w["word"].strip())
    char_spans = [s for s in spans if s.chars is not None]
    if char_spans and text:
        for sp in sorted(char_spans, key=lambda s: s.chars, reverse=True):
            c0, c1 = sp.chars
            removed.append((text[c0:c1], sp.kind))
            text = text[:c0] + MARKERS[sp.kind] + text[c1:]
        seg["text"] = text
    return [(r, k) for r, k in removed if r.strip()]


_SKIP_KEYS = frozenset({"speaker", "kind", "category", "interrupter", "level", "method", "source", "id",
                        "code", "mode", "section", "field", "rule", "announced_by", "cls", "path", "href",
                        "file", "schema_version", "diarization", "asr_model", "unit", "format"})
_CALL_SCRUB = ("warnings", "roles", "coachable")
"""In ``call``, only these may quote the call; the rest is metadata (ids, paths, models)."""


class _Scrubber:
    """Scrubs free-standing strings with the detectors, the call's context at the string's
    time, the exact removed text and the removed digits."""

    def __init__(self, mode: str, hits: list[tuple[float, str]], removed: list[tuple[str, str]],
                 digits: list[tuple[str, str]]):
        self.mode = mode
        self.hits = hits
        pats = []
        for text, kind in sorted(set(removed), key=lambda tk: -len(tk[0])):
            parts = re.findall(r"\w+", text)
            if not parts:
                continue
            pats.append((re.compile(r"(?<!\w)" + r"\W{1,3}".join(map(re.escape, parts)) + r"(?!\w)",
                                    re.IGNORECASE), kind))
        self.patterns = pats
        self.digits = [(d, k) for d, k in digits if len(d) >= 3]

    def context_hits(self, t: float | None) -> list[tuple[float, str]]:
        if t is None:   # no time to place it in the call: its own words, and the removed text
            return []
        ctx = _context(t, t, self.hits)
        cats = [c for c, on in (("card", ctx.payment), ("id", ctx.identity), ("phone", ctx.phone)) if on]
        if ctx.specific:
            cats.append(ctx.specific)
        return [(0.0, c) for c in cats]

    def __call__(self, s: str, t: float | None, extra: Sequence[tuple[float, str]] = ()) -> str:
        for pat, kind in self.patterns:
            s = pat.sub(MARKERS[kind], s)
        toks = _text_tokens(-1, s, 0.0, 0.0, None)
        own = _prepare(toks)
        found = _detect({-1: toks}, sorted(own + self.context_hits(t) + list(extra)), self.mode)
        ranges = [(min(x.chars[0] for x in tk), max(x.chars[1] for x in tk), kind) for kind, _, tk, _ in found]
        if self.digits:
            for run in _runs(toks):
                dg, d = run.digits()
                if d >= 3:
                    for removed, kind in self.digits:
                        if dg in removed and (len(dg) >= 4 or len(removed) <= 4):
                            ranges.append((run.toks[0].chars[0], run.toks[-1].chars[1], kind))
                            break
        if not ranges:
            return s
        ranges.sort()
        merged: list[list] = []
        for a, b, kind in ranges:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b, kind])
        for a, b, kind in reversed(merged):
            s = s[:a] + MARKERS[kind] + s[b:]
        return s


def _walk(node: Any, scrub: _Scrubber, t: float | None) -> Any:
    if isinstance(node, dict):
        here = next((float(node[k]) for k in ("start", "at", "t")
                     if isinstance(node.get(k), (int, float)) and not isinstance(node.get(k), bool)), t)
        for key, value in node.items():
            if not isinstance(key, str) or key in _SKIP_KEYS or key.endswith(("_path", "_id", "_file", "_url")):
                continue
            node[key] = _walk(value, scrub, here)
        return node
    if isinstance(node, list):
        return [_walk(v, scrub, t) for v in node]
    if isinstance(node, str):
        return scrub(node, t)
    return node


def redact_report(report: dict, mode: str = DEFAULT_MODE) -> dict:
    """A copy of ``report`` with personal data replaced by markers (see the module doc).

    Segment words removed as one run become one marker word that keeps the run's start and
    end; segments without words have their text redacted. Every other string that may
    quote the call is scrubbed too. ``call.redaction`` records ``mode``, ``counts`` per
    kind and ``spans`` (start, end, kind): times and counts, never values. Figures are left
    as they were computed. Mode ``none`` returns an unchanged copy.
    """
    mode = _check_mode(mode)
    out = copy.deepcopy(report)
    if mode == "none" or not isinstance(out, dict):
        return out
    spans, by_seg, hits, found = _analyse(out, mode)
    segments = out.get("segments") if isinstance(out.get("segments"), list) else []
    removed: list[tuple[str, str]] = []
    per_seg: dict[int, list[Span]] = {}
    for sp in spans:
        per_seg.setdefault(sp.segment, []).append(sp)
    for i, sps in per_seg.items():
        removed.extend(_rewrite_segment(segments[i], sps))
    digits = [(d, kind) for kind, _, _, d in found if d]
    scrub = _Scrubber(mode, hits, removed, digits)
    for key in list(out.keys()):
        if key in ("segments", "schema_version"):
            continue
        if key == "call":
            if isinstance(out["call"], dict):
                for k in _CALL_SCRUB:
                    if k in out["call"]:
                        out["call"][k] = _walk(out["call"][k], scrub, None)
            continue
        out[key] = _walk(out[key], scrub, None)

    counts: dict[str, int] = {}
    for kind, _, _, _ in found:
        counts[kind] = counts.get(kind, 0) + 1
    record = {"mode": mode, "counts": counts,
              "spans": [{"start": round(s.start, 2), "end": round(s.end, 2), "kind": s.kind} for s in spans]}
    call = out.get("call") if isinstance(out.get("call"), dict) else {}
    out["call"] = call
    previous = call.get("redaction")
    if isinstance(previous, dict):
        # a report redacted before: keep what the first pass found (its text is gone now)
        old_counts = previous.get("counts") if isinstance(previous.get("counts"), dict) else {}
        for k, v in old_counts.items():
            if isinstance(v, int) and not isinstance(v, bool):
                counts[k] = counts.get(k, 0) + v
        old_spans = [sp for sp in previous.get("spans") or [] if isinstance(sp, dict)] \
            if isinstance(previous.get("spans"), list) else []
        record["spans"] = sorted(old_spans + record["spans"],
                                 key=lambda sp: (_num(sp.get("start"), 0.0), _num(sp.get("end"), 0.0)))
        if previous.get("mode") == "all":
            record["mode"] = "all"
    call["redaction"] = record
    return out


def scrub_text(text: str, mode: str = DEFAULT_MODE, context: Iterable[str] = ()) -> str:
    """One free-standing string redacted with the text detectors. ``context`` names the
    categories in force ("card", "security", "expiry", "id", "phone"), as if said just before."""
    mode = _check_mode(mode)
    if mode == "none":
        return text
    return _Scrubber(mode, [], [], [])(text, None, [(0.0, c) for c in context])
