"""The call report as Markdown, for tickets and terminals."""
from __future__ import annotations

from typing import Any


def _ts(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    m, s = divmod(float(seconds), 60)
    return f"{int(m):02d}:{s:05.2f}"


def _md_escape(text: str) -> str:
    out = str(text).replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def render_markdown(report: dict[str, Any]) -> str:
    call = report["call"]
    lines = [f"# Call report: {_md_escape(call['id'])}", ""]
    lines.append(f"- Source: `{str(call['source']).replace('`', '')}`")
    lines.append(f"- Duration: {_ts(call['duration_s'])} · speakers separated by: {call['diarization']}"
                 f" · ASR model: {call.get('asr_model') or 'none (transcript)'}")
    roles = call.get("roles")
    if roles:
        lines.append(f"- Agent: {roles['agent']} (decided by {roles['method']}, confidence {roles['confidence']})")
    for warning in call.get("warnings", []):
        lines.append(f"- Warning: {_md_escape(warning)}")
    lines += ["", "## Transcript", "", "| time | speaker | text |", "|---|---|---|"]
    for seg in report["segments"]:
        lines.append(f"| {_ts(seg['start'])}–{_ts(seg['end'])} | {seg['speaker']} | {_md_escape(seg['text']) or '…'} |")
    if not report["segments"]:
        lines.append("| – | – | no speech found |")
    return "\n".join(lines) + "\n"
