"""Runs of spoken or written digits, their payment context, and the kind of number each is."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .vocabulary import AFTER_WINDOW_S, ALL_MODE_DIGITS, ANYWHERE_CARD_DIGITS, CARD_MIN_DIGITS, DEFAULT_MODE, MAX_BETWEEN, MAX_FOREIGN, MAX_GAP_S, MODES, PAYMENT_WINDOW_S, PHONE_WINDOW_S, SPECIFIC_WINDOW_S, Span, _DOMAIN_RE, _EMAIL_RE, _EMAIL_STOP, _PAYMENT, _PCI_KINDS, _PRIORITY, _PROVIDERS, _TLDS
from .tokens import _Tok, _num, _prepare, _text_tokens, _word_tokens

# -- runs of digits -------------------------------------------------------------------------

def _digits_of(atoms: list) -> tuple[str, int]:
    """A run's digits as the caller meant them, and how many are not month names."""
    out: list[str] = []
    months = 0
    mult = 1
    i, n = 0, len(atoms)

    def small(j: int) -> tuple[int, int]:
        a = atoms[j]
        if a[0] == "x" and j + 1 < n and atoms[j + 1][0] == "u" and atoms[j + 1][1] > 0:
            return a[1] + atoms[j + 1][1], j + 2
        return a[1], j + 1

    while i < n:
        a = atoms[i]
        kind = a[0]
        if kind == "m":
            mult = a[1]
            i += 1
            continue
        if kind == "d":
            piece = a[1]
            i += 1
        elif kind == "mo":
            piece = f"{a[1]:02d}"
            months += 1
            i += 1
        elif kind in ("h", "k"):
            piece = "00" if kind == "h" else "000"
            i += 1
        else:
            v, i = small(i)
            if i < n and atoms[i][0] == "h":
                v *= 100
                i += 1
                if i < n and atoms[i][0] in ("u", "t", "x"):
                    w, i = small(i)
                    v += w
            if i < n and atoms[i][0] == "k":
                v *= 1000
                i += 1
                if i < n and atoms[i][0] in ("u", "t", "x"):
                    w, j = small(i)
                    if j < n and atoms[j][0] == "h":
                        w *= 100
                        j += 1
                        if j < n and atoms[j][0] in ("u", "t", "x"):
                            w2, j = small(j)
                            w += w2
                    v += w
                    i = j
            piece = str(v)
        out.append(piece * mult)
        mult = 1
    digits = "".join(out)
    return digits, len(digits) - 2 * months


def luhn_valid(digits: str) -> bool:
    """The card check digit (ISO/IEC 7812) holds; raises confidence, never required."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass
class _Run:
    toks: list[_Tok]
    extra: list[_Tok] = field(default_factory=list)   # letters of an NI number, a leading "plus"

    @property
    def start(self) -> float:
        return min(t.start for t in self.toks)

    @property
    def end(self) -> float:
        return max(t.end for t in self.toks)

    def digits(self) -> tuple[str, int]:
        return _digits_of([a for t in self.toks for a in t.atoms])


def _joinable(a: _Tok, b: _Tok, between: list[_Tok]) -> bool:
    if len(between) > MAX_BETWEEN or b.start - a.end > MAX_GAP_S:
        return False
    foreign = 0
    for t in between:
        if t.keyword or t.cls == "marker":
            return False
        if t.cls == "filler":
            continue
        if t.speaker is not None and t.speaker not in (a.speaker, b.speaker):
            foreign += 1
            continue
        return False
    return foreign <= MAX_FOREIGN


def _runs(stream: list[_Tok]) -> list[_Run]:
    runs: list[_Run] = []
    cur: list[_Tok] | None = None
    between: list[_Tok] = []
    for t in stream:
        if t.is_num:
            if cur and _joinable(cur[-1], t, between):
                cur.append(t)
            else:
                if cur:
                    runs.append(_Run(cur))
                cur = [t]
            between = []
        elif cur is not None:
            between.append(t)
            if len(between) > MAX_BETWEEN:
                runs.append(_Run(cur))
                cur, between = None, []
    if cur:
        runs.append(_Run(cur))
    return runs


# -- context and kinds ----------------------------------------------------------------------

@dataclass
class _Context:
    payment: bool
    identity: bool
    phone: bool
    specific: str | None     # category of the last keyword in the previous 20 s
    last: str | None         # category of the last keyword in the previous 60 s


def _context(start: float, end: float, hits: Sequence[tuple[float, str]]) -> _Context:
    def near(cats: Iterable[str], before: float, after: float) -> bool:
        cats = set(cats)
        return any(c in cats and start - before <= t <= end + after for t, c in hits)

    before = [(t, c) for t, c in hits if start - PAYMENT_WINDOW_S <= t <= start + 1e-6]
    last = max(before, key=lambda tc: tc[0]) if before else None
    specific = last[1] if last and last[0] >= start - SPECIFIC_WINDOW_S else None
    return _Context(payment=near(_PAYMENT, PAYMENT_WINDOW_S, AFTER_WINDOW_S),
                    identity=near({"id"}, PAYMENT_WINDOW_S, AFTER_WINDOW_S),
                    phone=near({"phone"}, PHONE_WINDOW_S, 5.0),
                    specific=specific, last=last[1] if last else None)


def _extend(run: _Run, by_seg: dict[int, list[_Tok]], ctx: _Context) -> bool:
    """Add the letters of an NI number (and a leading "plus") to the run; True when it has
    the NI shape: two letters, six digits, an optional final letter."""
    first, lastt = run.toks[0], run.toks[-1]
    seg_first, seg_last = by_seg.get(first.seg, []), by_seg.get(lastt.seg, [])
    before: list[_Tok] = []
    k = first.idx - 1
    letters = 0
    while k >= 0 and len(before) < 2:
        t = seg_first[k]
        n_letters = len(re.sub(r"[^A-Za-z]", "", t.core))
        if t.cls == "letter" and not t.keyword and letters + n_letters <= 2 and (
                t.core.isupper() or (ctx.identity and n_letters == 1)):
            before.insert(0, t)
            letters += n_letters
            k -= 1
        else:
            break
    after: list[_Tok] = []
    if lastt.idx + 1 < len(seg_last):
        t = seg_last[lastt.idx + 1]
        if t.cls == "letter" and not t.keyword and len(re.sub(r"[^A-Za-z]", "", t.core)) == 1 and (
                t.core.isupper() or ctx.identity):
            after.append(t)
    _, d = run.digits()
    shape = letters == 2 and d == 6 and all(t.atoms and t.atoms[0][0] in ("d", "u") for t in run.toks)
    if shape or ctx.identity:
        run.extra.extend(before + after)
    if first.idx > 0 and seg_first[first.idx - 1].cls == "plus":
        run.extra.append(seg_first[first.idx - 1])
    return shape


def _kind(run: _Run, ctx: _Context, mode: str, ni_shape: bool) -> str | None:
    digits, d = run.digits()
    months = (len(digits) - d) // 2
    slash = any(t.slash for t in run.toks)
    groups = [g for t in run.toks for g in (t.groups or (0,))]
    plus = any(t.cls == "plus" for t in run.extra) or run.toks[0].raw.lstrip().startswith("+")
    phone_like = ctx.phone or plus or (digits.startswith("0") and 10 <= d <= 11)
    luhn = CARD_MIN_DIGITS <= d <= 19 and luhn_valid(digits)

    if ni_shape or any(t.ni for t in run.toks):
        return "id_number"
    if d == 9 and groups == [3, 2, 4]:
        return "id_number"
    if ctx.payment and not (ctx.identity and ctx.last == "id"):
        if d >= CARD_MIN_DIGITS:
            return "card_number"
        least = 2 if ctx.specific in ("security", "expiry") else 3
        if months and d >= 2:
            return "expiry_date"
        if d < least:
            return None
        if slash:
            return "expiry_date"
        if ctx.specific == "expiry" and d in (2, 3, 4, 6):
            return "expiry_date"
        if ctx.specific == "security" and d <= 4:
            return "security_code"
        return "card_number"
    if ctx.identity:
        if d >= ANYWHERE_CARD_DIGITS and luhn:
            return "card_number"
        if d >= 3:
            return "id_number"
    if d >= CARD_MIN_DIGITS and not (phone_like and not luhn):
        if d >= ANYWHERE_CARD_DIGITS or luhn:
            return "card_number"
    if mode == "all":
        if d >= CARD_MIN_DIGITS and phone_like:
            return "phone_number"
        if phone_like and d >= 5:
            return "phone_number"
        if d >= ALL_MODE_DIGITS:
            return "phone_number" if phone_like else "id_number"
    return None


def _groups_for(run: _Run, kind: str) -> list[list[_Tok]]:
    """Split a run into occurrences: a card read by the customer and read back by the agent
    is two, though it is one run."""
    if kind != "card_number":
        return [run.toks]
    chunks: list[list[_Tok]] = []
    for t in run.toks:
        if chunks and chunks[-1][-1].speaker == t.speaker:
            chunks[-1].append(t)
        else:
            chunks.append([t])
    groups: list[list[_Tok]] = []
    for ch in chunks:
        d_ch = _digits_of([a for t in ch for a in t.atoms])[1]
        if groups and not (_digits_of([a for t in groups[-1] for a in t.atoms])[1] >= CARD_MIN_DIGITS
                           and d_ch >= CARD_MIN_DIGITS):
            groups[-1].extend(ch)
        else:
            groups.append(list(ch))
    return groups


# -- e-mail addresses -----------------------------------------------------------------------

def _emails(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Token index ranges (inclusive) of e-mail addresses, as typed or as said."""
    lows = [t.core.lower() for t in toks]
    n = len(toks)

    def is_dot(k: int) -> bool:
        return lows[k] in ("dot", "period", "point", ".")

    def is_part(k: int) -> bool:
        return bool(re.fullmatch(r"[a-z0-9][a-z0-9._+-]*", lows[k])) and lows[k] not in _EMAIL_STOP \
            and toks[k].cls != "marker"

    out: list[tuple[int, int]] = []
    for i in range(n):
        low = lows[i]
        if "@" in low and low not in ("@",):
            local, _, domain = low.partition("@")
            if _EMAIL_RE.match(low) or (local and (domain in _PROVIDERS or _DOMAIN_RE.match(domain))):
                out.append((i, i))
                continue
        if low not in ("at", "@"):
            continue
        # the domain, forward: gmail.com | gmail dot com | gmail | example dot co dot uk
        j, end = i + 1, None
        if j < n and _DOMAIN_RE.match(lows[j]):
            end = j
        elif j < n and is_part(j):
            if lows[j] in _PROVIDERS:
                end = j
            k = j
            while True:
                if k + 2 < n and is_dot(k + 1) and re.fullmatch(r"[a-z0-9-]+", lows[k + 2]):
                    k += 2
                elif k + 1 < n and toks[k + 1].raw.strip().startswith(".") and \
                        re.fullmatch(r"[a-z0-9-]+", lows[k + 1]):
                    k += 1
                else:
                    break
                if lows[k] in _TLDS:
                    end = k
        if end is None:
            continue
        # the local part, backward: john | john dot smith | j o h n 42
        if i == 0 or not is_part(i - 1):
            continue
        s = i - 1
        while True:
            if s - 2 >= 0 and lows[s - 1] in ("dot", "underscore", "dash", "hyphen", "period", ".", "_", "-") \
                    and is_part(s - 2):
                s -= 2
            elif s - 1 >= 0 and is_part(s - 1) and (len(lows[s - 1]) == 1 or lows[s - 1].isdigit()) and \
                    (len(lows[s]) == 1 or lows[s].isdigit()):
                s -= 1
            else:
                break
        out.append((s, end))
    return out


# -- the analysis ---------------------------------------------------------------------------

def _check_mode(mode: str) -> str:
    m = str(mode or "").strip().lower()
    if m not in MODES:
        raise ValueError(f"unknown redaction mode {mode!r}: use one of {', '.join(MODES)}")
    return m


def _detect(by_seg: dict[int, list[_Tok]], hits: list[tuple[float, str]], mode: str,
            group_base: int = 0) -> list[tuple[str, int, list[_Tok], str]]:
    """Everything to remove: (kind, group, tokens, digits) per occurrence."""
    stream = sorted((t for toks in by_seg.values() for t in toks), key=lambda t: (t.start, t.seg, t.idx))
    found: list[tuple[str, int, list[_Tok], str]] = []
    group = group_base
    for run in _runs(stream):
        ctx = _context(run.start, run.end, hits)
        shape = _extend(run, by_seg, ctx)
        kind = _kind(run, ctx, mode, shape)
        if kind is None or (mode == "pci" and kind not in _PCI_KINDS):
            continue
        digits = run.digits()[0]
        for i, toks in enumerate(_groups_for(run, kind)):
            if i == 0:
                toks = toks + run.extra
            found.append((kind, group, toks, digits))
            group += 1
    if mode == "all":
        for toks in by_seg.values():
            for a, b in _emails(toks):
                found.append(("email", group, toks[a:b + 1], ""))
                group += 1
    return found


def _analyse(report: dict, mode: str) -> tuple[list[Span], dict[int, list[_Tok]], list[tuple[float, str]],
                                               list[tuple[str, int, list[_Tok], str]]]:
    by_seg: dict[int, list[_Tok]] = {}
    hits: list[tuple[float, str]] = []
    segments = report.get("segments") if isinstance(report.get("segments"), list) else []
    for i, seg in enumerate(segments):
        if not isinstance(seg, dict):
            continue
        toks = _word_tokens(i, seg)
        if toks is None:
            text = seg.get("text") if isinstance(seg.get("text"), str) else ""
            s0 = _num(seg.get("start"), 0.0)
            toks = _text_tokens(i, text, s0, max(_num(seg.get("end"), s0), s0), seg.get("speaker"))
        hits.extend(_prepare(toks))
        by_seg[i] = toks
    hits.sort()
    found = _detect(by_seg, hits, mode)
    spans = _to_spans(found, by_seg, segments)
    return spans, by_seg, hits, found


def _to_spans(found, by_seg, segments) -> list[Span]:
    pieces: dict[int, list[tuple[int, int, str, int]]] = {}
    for kind, group, toks, _ in found:
        per: dict[int, list[int]] = {}
        for t in toks:
            per.setdefault(t.seg, []).append(t.idx)
        for seg, idxs in per.items():
            pieces.setdefault(seg, []).append((min(idxs), max(idxs), kind, group))
    spans: list[Span] = []
    for seg, ps in pieces.items():
        ps.sort()
        merged: list[list] = []
        for a, b, kind, group in ps:
            if merged and a <= merged[-1][1]:
                m = merged[-1]
                m[1] = max(m[1], b)
                if _PRIORITY[kind] < _PRIORITY[m[2]]:
                    m[2], m[3] = kind, group
            else:
                merged.append([a, b, kind, group])
        toks = by_seg[seg]
        has_words = _word_tokens(seg, segments[seg]) is not None
        for a, b, kind, group in merged:
            start = toks[a].start
            end = max(toks[b].end, start)
            if has_words:
                spans.append(Span(round(start, 3), round(end, 3), kind, seg, words=(a, b + 1), group=group))
            else:
                spans.append(Span(round(start, 3), round(end, 3), kind, seg,
                                  chars=(toks[a].chars[0], toks[b].chars[1]), group=group))
    spans.sort(key=lambda s: (s.start, s.segment))
    return spans


def find_spans(report: dict, mode: str = DEFAULT_MODE) -> list[Span]:
    """What :func:`redact_report` would remove from ``report["segments"]``, in time order."""
    mode = _check_mode(mode)
    if mode == "none":
        return []
    return _analyse(report, mode)[0]
