"""The call report as Markdown, for tickets and terminals: scorecard, coaching, key events, transcript."""
from __future__ import annotations

import re
from typing import Any

from ..text import unlinked, visible
from . import summary
from .summary import clock

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!])")
_MARKS = {"empathy": ("**", "**"), "negative": ("**⚠ ", "**"), "distress": ("*", "*")}


def _ts(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    m, s = divmod(float(seconds), 60)
    return f"{int(m):02d}:{s:05.2f}"


def _md_inline(text: Any) -> str:
    """Text with Markdown/HTML syntax escaped and whitespace (newlines too) folded to spaces."""
    return re.sub(r"\s+", " ", _SPECIAL.sub(r"\\\1", unlinked(visible(text))))


def _md_escape(text: Any) -> str:
    return _md_inline(text).strip()


def _quote(text: Any) -> str:
    return f"“{_md_escape(text)}”"


def _scorecard(report: dict[str, Any]) -> list[str]:
    lines = ["## Scorecard", "", "| figure | value | note |", "|---|---|---|"]
    for card in summary.scorecard(report):
        lines.append(f"| {_md_escape(card['label'])} | {_md_escape(card['value'])} | {_md_escape(card['detail'] or '')} |")
    return lines


def _evidence(item: dict[str, Any]) -> str:
    ev = item.get("evidence")
    if not isinstance(ev, dict) or not ev.get("section"):
        return ""
    where = f"{ev['section']}.{ev.get('field', '')}" + (f"[{ev['index']}]" if "index" in ev else "")
    return f" (evidence: {_md_escape(where)})"


def _coaching(report: dict[str, Any]) -> list[str]:
    lines = ["## Coaching", ""]
    coaching = summary.coaching(report)
    if coaching is None:
        return lines + ["_No coaching in this report (the coaching step did not run)._"]
    lines += ["### Do differently next call", ""]
    tips = summary.items(coaching.get("improvements"))
    for n, tip in enumerate(tips, 1):
        lines.append(f"{n}. **[{clock(tip.get('at'))}] {_md_escape(tip.get('what', ''))}** {_md_escape(tip.get('why', ''))}")
        if tip.get("try_saying"):
            how = f" ({_md_escape(tip['how'])})" if tip.get("how") else ""
            lines.append(f"   *Try saying{how}:* {_quote(tip['try_saying'])}{_evidence(tip)}")
        doubt = summary.tip_confidence(tip)
        if doubt:
            lines.append(f"   *How sure:* {_md_escape(doubt)}")
    if not tips:
        lines.append("Nothing in this call's evidence calls for a change.")
    others = summary.items(coaching.get("other_improvements"))
    if others:
        lines += ["", "Also noticed: " + "; ".join(f"[{clock(t.get('at'))}] {_md_escape(t.get('what', ''))}"
                                                   for t in others)]
    lines += ["", "### What went well", ""]
    strengths = summary.items(coaching.get("strengths"))
    for s in strengths:
        lines.append(f"- [{clock(s.get('at'))}] {_md_escape(s.get('text', ''))}{_evidence(s)}")
    if not strengths:
        lines.append("No clear strength found in this call's evidence.")
    for n in summary.items(coaching.get("not_checked")):
        checks = ", ".join(map(str, n.get("checks") or []))
        lines += ["", f"_Not checked ({_md_escape(checks)}): {_md_escape(n.get('reason', ''))}._"]
    return lines


def _events(report: dict[str, Any]) -> list[str]:
    lines = ["## Key events", ""]
    events = summary.key_events(report)
    if not events:
        return lines + ["No events in this report (the analysers did not run or found none)."]
    lines += ["| time | event | words |", "|---|---|---|"]
    for e in events:
        lines.append(f"| {clock(e['t'])} | {_md_escape(e['label'])} | {_quote(e['text']) if e['text'] else ''} |")
    return lines


def _transcript(report: dict[str, Any]) -> list[str]:
    lines = ["## Transcript", "",
             "**bold**: empathy · **⚠ bold**: dismissive · *italic*: customer distress", "",
             "| time | speaker | text |", "|---|---|---|"]
    rows = summary.transcript_rows(report)
    for row in rows:
        text = ""
        for part in row["parts"]:
            if part["kind"] in _MARKS and part["text"].strip():
                left, right = _MARKS[part["kind"]]
                inner = _md_inline(part["text"])
                lead, body, trail = re.match(r"^(\s*)(.*?)(\s*)$", inner).groups()
                text += f"{lead}{left}{body}{right}{trail}"
            else:
                text += _md_inline(part["text"])
        for note in row["notes"]:
            text += f" ({_md_escape(note['label'])}: {_quote(note['text'])})"
        lines.append(f"| {_ts(row['start'])}–{_ts(row['end'])} | {_md_escape(row['speaker'])} | {text.strip() or '…'} |")
    if not rows:
        lines.append("| – | – | no speech found |")
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    call = report.get("call") if isinstance(report.get("call"), dict) else {}
    lines = [f"# Call report: {_md_escape(call.get('id', '?'))}", ""]
    source = re.sub(r"\s+", " ", visible(call.get("source", ""))).replace("`", "")
    lines.append(f"- Source: `{source}`")
    lines.append(f"- Duration: {_ts(summary.num(call.get('duration_s')))} · speakers separated by: "
                 f"{_md_escape(call.get('diarization', '?'))} · ASR model: "
                 f"{_md_escape(call.get('asr_model') or 'none (transcript)')}")
    trust = summary.trust(report)
    if trust["banner"]:
        lines[1:1] = [f"> **{_md_escape(trust['banner'])}**", ""]
    if trust["roles"]:
        lines.append(f"- {_md_escape(trust['roles'])}")
    for caveat in trust["caveats"]:
        lines.append(f"- Reliability: {_md_escape(caveat['text'])}")
    for key, label in (("agent_id", "Agent id"), ("customer_name", "Customer")):
        if call.get(key):
            lines.append(f"- {label}: {_md_escape(call[key])}")
    for warning in call.get("warnings") if isinstance(call.get("warnings"), list) else []:
        lines.append(f"- Warning: {_md_escape(warning)}")
    for block in (_scorecard, _coaching, _events, _transcript):
        lines += [""] + block(report)
    return "\n".join(lines) + "\n"
