"""What the human renderings show, read from a report: scorecard figures and key events.

Shared by the HTML page, the Markdown report and ``callcoach show`` so all three say the
same thing. Nothing here computes a metric: figures are the report's own, formatted, and a
figure the report lacks is shown as "—" with the reason.
"""
from __future__ import annotations

from typing import Any

from ..coaching.read import DASH, clock, items, num, section, signed  # noqa: F401  (used by the renderers)


def _card(key: str, label: str, value: str | None, detail: str | None = None,
          reason: str | None = None) -> dict[str, Any]:
    """One scorecard figure; ``value`` None shows "—" and the reason."""
    return {"key": key, "label": label, "value": value if value is not None else DASH,
            "available": value is not None, "detail": detail if value is not None else reason}


SECTIONS_WITH_RELIABILITY = ("talk_over", "listening", "tone", "sentiment", "apologies", "empathy")

ROLE_METHODS = {
    "given": "given by you (--agent-channel or the transcript)",
    "default": "channel 0 by default (not given; pass --agent-channel to be sure)",
    "text": "recognised from the opening words",
    "first-speaker": "assumed: whoever spoke first",
    "only-speaker": "only one voice was found",
}


def trust(report: dict[str, Any]) -> dict[str, Any]:
    """How far to trust this report, for the top of every rendering: whether the call was
    coached (and why not), how the agent was identified and how sure that is, and each
    section whose figures are less than reliable."""
    call = section(report, "call") or {}
    coachable = call.get("coachable") if isinstance(call.get("coachable"), dict) else {}
    reasons = [str(r) for r in coachable.get("reasons") or []] if isinstance(coachable.get("reasons"), list) else []
    banner = None
    if coachable.get("ok") is False:
        banner = ("Not coached: " + "; ".join(reasons) + ". The measurements stand; tips and the "
                  "empathy score are withheld.")
    roles = call.get("roles") if isinstance(call.get("roles"), dict) else None
    role_line = None
    if roles:
        method = str(roles.get("method") or "")
        confidence = num(roles.get("confidence"))
        role_line = (f"Agent: {roles.get('agent')}, {ROLE_METHODS.get(method, method or 'unknown method')}"
                     + (f" ({confidence * 100:.0f}% sure)" if confidence is not None else ""))
    elif call.get("diarization") == "transcript":
        role_line = "Agent: as labelled in the transcript"
    caveats = []
    for name in SECTIONS_WITH_RELIABILITY:
        sec = section(report, name) or {}
        rel = sec.get("reliability") if isinstance(sec.get("reliability"), dict) else None
        if rel and rel.get("level") in ("low", "medium"):
            why = [str(r) for r in rel.get("reasons") or []] if isinstance(rel.get("reasons"), list) else []
            caveats.append({"section": name, "level": str(rel["level"]), "reasons": why,
                            "text": f"{name.replace('_', ' ')}: {rel['level']} reliability"
                                    + (f" ({'; '.join(why)})" if why else "")})
    return {"coached": coachable.get("ok") is not False, "banner": banner, "roles": role_line,
            "caveats": caveats}


def tip_confidence(tip: dict[str, Any]) -> str | None:
    """A short note on how sure a tip is, or None when nothing calls for doubt."""
    notes = []
    if tip.get("reliability") in ("low", "medium"):
        reasons = tip.get("reliability_reasons") if isinstance(tip.get("reliability_reasons"), list) else []
        notes.append(f"{tip['reliability']} reliability" + (f": {reasons[0]}" if reasons else ""))
    heard = num(tip.get("asr_confidence"))
    if heard is not None and heard < 0.8:
        notes.append(f"the quoted words were heard with {heard * 100:.0f}% confidence")
    return "; ".join(notes) or None


def _absent(report: dict[str, Any], name: str) -> str:
    sec = report.get(name)
    if isinstance(sec, dict) and sec.get("available") is False:
        return str(sec.get("reason") or f"{name} not available for this call")
    return f"{name} not analysed in this report"


def scorecard(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's headline figures, in reading order."""
    cards = []

    empathy = section(report, "empathy")
    if empathy is None:
        cards.append(_card("empathy", "Empathy score", None, reason=_absent(report, "empathy")))
    else:
        score = num(empathy.get("score"))
        breakdown = empathy.get("score_breakdown") if isinstance(empathy.get("score_breakdown"), dict) else {}
        withheld = empathy.get("score_withheld") if isinstance(empathy.get("score_withheld"), dict) else None
        if withheld is not None:
            breakdown = {**breakdown, "reason": "withheld: this recording is not a call that can be coached"}
        families = breakdown.get("empathy_families")
        detail = ("phrases: " + ", ".join(map(str, families))) if isinstance(families, list) and families \
            else "no empathy phrases found"
        cards.append(_card("empathy", "Empathy score", f"{score:.0f}/100" if score is not None else None,
                           detail, reason=str(breakdown.get("reason") or "no score in the report")))

    listening = section(report, "listening")
    if listening is None:
        cards.append(_card("talk_ratio", "Agent talk share", None, reason=_absent(report, "listening")))
    else:
        ratio, target = num(listening.get("agent_talk_ratio")), num(listening.get("agent_talk_ratio_target"))
        agent_s, customer_s = num(listening.get("agent_talk_s")), num(listening.get("customer_talk_s"))
        parts = []
        if target is not None:
            parts.append(f"target {target * 100:.0f}%")
        if agent_s is not None and customer_s is not None:
            parts.append(f"agent {agent_s:.1f} s · customer {customer_s:.1f} s")
        cards.append(_card("talk_ratio", "Agent talk share", f"{ratio * 100:.0f}%" if ratio is not None else None,
                           " · ".join(parts) or None, reason="nobody spoke"))

    talk_over = section(report, "talk_over")
    if talk_over is None:
        cards.append(_card("interruptions", "Agent interruptions", None, reason=_absent(report, "talk_over")))
    else:
        by_agent, by_customer = num(talk_over.get("agent_interruptions")), num(talk_over.get("customer_interruptions"))
        backchannels = [num(talk_over.get(k)) for k in ("agent_backchannels", "customer_backchannels")]
        overlap = num(talk_over.get("overlap_s"))
        detail = []
        if by_customer is not None:
            detail.append(f"customer interrupted {by_customer:.0f}×")
        if any(b is not None for b in backchannels):
            count = int(sum(b or 0 for b in backchannels))
            detail.append(f"{count} backchannel{'s' if count != 1 else ''}")
        if overlap is not None:
            detail.append(f"{overlap:.1f} s overlap")
        cards.append(_card("interruptions", "Agent interruptions", f"{by_agent:.0f}" if by_agent is not None else None,
                           " · ".join(detail) or None, reason="no interruption counts in the report"))

    apologies = section(report, "apologies")
    if apologies is None:
        cards.append(_card("apology_latency", "First apology", None, reason=_absent(report, "apologies")))
    else:
        distress, latency = num(apologies.get("first_distress_s")), num(apologies.get("first_apology_latency_s"))
        # Mild distress counted because the agent answered it is said so.
        answered = " (mild, counted because the agent answered it)" if (
            apologies.get("first_distress_method") == "answered by the agent") else ""
        if distress is None:
            cards.append(_card("apology_latency", "First apology", None,
                               reason="no customer distress found, so nothing to time"))
        elif latency is None:
            cards.append(_card("apology_latency", "First apology", "none",
                               f"no apology or acknowledgement after the distress at {clock(distress)}"))
        else:
            gap = num(apologies.get("first_response_gap_s"))
            if gap is not None:
                cards.append(_card("apology_latency", "First apology",
                                   f"{max(gap, 0.0):.1f} s" if gap >= 0 else "before they finished",
                                   f"after the customer finished the turn in which distress showed "
                                   f"({clock(distress)}{answered}); {latency:.1f} s from its start"))
            else:
                cards.append(_card("apology_latency", "First apology", f"{latency:.1f} s",
                                   f"after the customer's distress at {clock(distress)}{answered}"))

    sentiment = section(report, "sentiment")
    if sentiment is None:
        cards.append(_card("sentiment", "Customer sentiment", None, reason=_absent(report, "sentiment")))
    else:
        first, last = num(sentiment.get("customer_start")), num(sentiment.get("customer_end"))
        value = f"{signed(first)} → {signed(last)}" if first is not None and last is not None else None
        cards.append(_card("sentiment", "Customer sentiment", value, "start → end, −1 (upset) … +1 (happy)",
                           reason="the customer never spoke"))

    if listening is not None and num(listening.get("dead_air_s")) is not None:
        total, unannounced = num(listening.get("dead_air_s")), num(listening.get("unannounced_dead_air_s"))
        stretches = len(items(listening.get("dead_air")))
        detail = f"{stretches} stretch{'es' if stretches != 1 else ''}"
        if unannounced is not None:
            detail += f" · {unannounced:.1f} s not announced"
        cards.append(_card("dead_air", "Dead air", f"{total:.1f} s", detail))

    tone = section(report, "tone")
    agent = tone.get("agent") if tone is not None and isinstance(tone.get("agent"), dict) else {}
    rate = num(agent.get("speaking_rate_wpm"))
    if tone is None:
        cards.append(_card("pace", "Agent pace", None, reason=_absent(report, "tone")))
    else:
        spread = num(agent.get("pitch_range_semitones"))
        if tone.get("available") is False:
            detail = f"pitch: {tone.get('reason') or 'not available'}"
        elif spread is not None:
            detail = f"pitch range {spread:.1f} semitones" + (" (monotone)" if agent.get("monotone") is True else "")
        else:
            detail = "pitch: too little voiced speech to judge"
        cards.append(_card("pace", "Agent pace", f"{rate:.0f} wpm" if rate is not None else None, detail,
                           reason="no speaking rate in the report"))
    return cards


def key_events(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Moments a reviewer checks first, sorted by time.

    Each: ``t`` and ``end`` (seconds), ``kind`` (a CSS-safe word), ``label`` and ``text``
    (the words said, when there are any).
    """
    events: list[dict[str, Any]] = []

    def add(t: Any, end: Any, kind: str, label: str, text: Any = None) -> None:
        start = num(t)
        if start is not None:
            events.append({"t": start, "end": num(end), "kind": kind, "label": label,
                           "text": str(text) if text else None})

    apologies = section(report, "apologies") or {}
    add(apologies.get("first_distress_s"), None, "distress", "Customer distress",
        apologies.get("first_distress_text"))
    talk_over = section(report, "talk_over") or {}
    for e in items(talk_over.get("events")):
        who = str(e.get("interrupter") or "?")
        if e.get("kind") == "interruption":
            if e.get("cut_off_words"):
                cut = " ".join(str(e["cut_off_words"]).split()[-6:])
                add(e.get("start"), e.get("end"), "interruption",
                    f"Interruption by the {who} (cutting off “{cut}”)", e.get("interrupter_words"))
            else:
                add(e.get("start"), e.get("end"), "interruption", f"Interruption by the {who}",
                    e.get("interrupter_words"))
        else:
            add(e.get("start"), e.get("end"), "backchannel", f"Backchannel by the {who}",
                e.get("interrupter_words"))
    listening = section(report, "listening") or {}
    for d in items(listening.get("dead_air")):
        start, end = num(d.get("start")), num(d.get("end"))
        length = f"{end - start:.1f} s " if start is not None and end is not None else ""
        by = d.get("announced_by") if "announced_by" in d else ("agent" if d.get("hold") is True else None)
        if by == "agent":
            add(start, end, "hold", f"Announced hold {length}".strip(), d.get("hold_phrase") or d.get("announced_phrase"))
        elif by == "customer":
            add(start, end, "hold", f"Pause the customer asked for {length}".strip(), d.get("announced_phrase"))
        else:
            add(start, end, "deadair", f"Dead air {length}".strip(),
                "not announced" if ("announced_by" in d or d.get("hold") is False) else None)
    monologue = listening.get("longest_agent_monologue")
    if isinstance(monologue, dict) and num(listening.get("longest_agent_monologue_s")):
        add(monologue.get("start"), monologue.get("end"), "monologue",
            f"Longest agent monologue {num(listening.get('longest_agent_monologue_s')):.1f} s")
    for a in items(apologies.get("items")):
        notes = [n for n, flag in (("specific", a.get("specific")), ("followed by action", a.get("followed_by_action")))
                 if flag is True]
        add(a.get("start"), a.get("end"), "apology", "Apology" + (f" ({', '.join(notes)})" if notes else ""),
            a.get("text"))
    empathy = section(report, "empathy") or {}
    for p in items(empathy.get("phrases")):
        if p.get("category") == "apologize" and apologies.get("items"):
            continue  # listed as an apology
        add(p.get("start"), p.get("end"), "empathy", f"Empathy: {p.get('category', '?')}", p.get("text"))
    for p in items(empathy.get("negative")):
        confidence = num(p.get("confidence"))
        add(p.get("start"), p.get("end"), "negative", f"Dismissive: {p.get('category', '?')}"
            + (f" (confidence {confidence:.2f})" if confidence is not None else ""), p.get("text"))
    tone = section(report, "tone") or {}
    for r in items(tone.get("raised_voice")):
        add(r.get("start"), r.get("end"), "raised", f"Raised voice ({r.get('speaker', '?')})")
    return sorted(events, key=lambda e: (e["t"], e["kind"]))


def highlights(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Phrases to mark in the transcript: ``speaker``, ``start``, ``end``, ``text``, ``kind``
    (``empathy``, ``negative``, ``distress``) and ``label``."""
    out = []
    empathy = section(report, "empathy") or {}
    for kind, key in (("empathy", "phrases"), ("negative", "negative")):
        for p in items(empathy.get(key)):
            if num(p.get("start")) is not None and p.get("text"):
                label = ("empathy: " if kind == "empathy" else "dismissive: ") + str(p.get("category", "?"))
                out.append({"speaker": "agent", "start": num(p["start"]), "end": num(p.get("end")),
                            "text": str(p["text"]), "kind": kind, "label": label})
    apologies = section(report, "apologies") or {}
    if not empathy:
        for a in items(apologies.get("items")):
            if num(a.get("start")) is not None and a.get("text"):
                out.append({"speaker": "agent", "start": num(a["start"]), "end": num(a.get("end")),
                            "text": str(a["text"]), "kind": "empathy", "label": "apology"})
    if num(apologies.get("first_distress_s")) is not None and apologies.get("first_distress_text"):
        out.append({"speaker": "customer", "start": num(apologies["first_distress_s"]), "end": None,
                    "text": str(apologies["first_distress_text"]), "kind": "distress",
                    "label": "first distress"})
    return out


def _find(text: str, phrase: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where ``phrase`` sits in ``text`` (any case, any spacing), not overlapping ``taken``."""
    import re

    words = phrase.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    for m in pattern.finditer(text):
        if all(m.end() <= a or m.start() >= b for a, b in taken):
            return m.start(), m.end()
    return None


def transcript_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Segments with their text cut into ``parts`` (``text``, ``kind`` or None, ``label``)
    where phrases are marked, and ``notes`` for marks that could not be placed in the text."""
    segments = items(report.get("segments"))
    marks = highlights(report)
    sentiment = section(report, "sentiment") or {}
    scores = {(num(c.get("start")), num(c.get("end"))): num(c.get("score")) for c in items(sentiment.get("customer"))}
    placed: dict[int, list[tuple[int, int, dict]]] = {}
    notes: dict[int, list[dict]] = {}
    for mark in marks:
        best = None
        for i, seg in enumerate(segments):
            s0, s1 = num(seg.get("start")), num(seg.get("end"))
            if seg.get("speaker") != mark["speaker"] or s0 is None or s1 is None:
                continue
            if s0 - 0.5 <= mark["start"] <= s1 + 0.5:
                best = i
                break
        if best is None:
            continue
        text = str(segments[best].get("text") or "")
        spans = placed.setdefault(best, [])
        where = _find(text, mark["text"], [(a, b) for a, b, _ in spans])
        if where is None:
            notes.setdefault(best, []).append(mark)
        else:
            spans.append((where[0], where[1], mark))
    rows = []
    for i, seg in enumerate(segments):
        text = str(seg.get("text") or "")
        parts, cursor = [], 0
        for a, b, mark in sorted(placed.get(i, []), key=lambda x: x[0]):
            if a > cursor:
                parts.append({"text": text[cursor:a], "kind": None, "label": None})
            parts.append({"text": text[a:b], "kind": mark["kind"], "label": mark["label"]})
            cursor = b
        if cursor < len(text):
            parts.append({"text": text[cursor:], "kind": None, "label": None})
        start, end = num(seg.get("start")), num(seg.get("end"))
        rows.append({"index": i, "speaker": str(seg.get("speaker") or "?"), "start": start, "end": end,
                     "parts": parts, "notes": notes.get(i, []),
                     "sentiment": scores.get((start, end)) if seg.get("speaker") == "customer" else None})
    return rows


def coaching(report: dict[str, Any]) -> dict[str, Any] | None:
    """The coaching section with its lists cleaned (items without a time get none), or None
    when the report has none."""
    found = section(report, "coaching")
    if found is None:
        return None

    def timed(values: Any) -> list[dict[str, Any]]:
        return [{**item, "at": num(item.get("at"))} for item in items(values)]

    return {**found, "improvements": timed(found.get("improvements")), "strengths": timed(found.get("strengths")),
            "other_improvements": timed(found.get("other_improvements")),
            "not_checked": [{**n, "checks": [str(c) for c in n.get("checks")] if isinstance(n.get("checks"), list)
                             else []} for n in items(found.get("not_checked"))]}
