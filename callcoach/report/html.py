"""The call report as one self-contained HTML page (Jinja2, every text escaped).

The page works offline: CSS, JavaScript and the SVG charts are inline, the recording is
linked by relative path (or embedded as a data: URI). Every text from the report goes
through Jinja2's autoescaping; data for the script goes through one JSON script tag
(``|tojson``). This module only lays figures out (time to x position); it never computes
a metric.
"""
from __future__ import annotations

import base64
import math
import hashlib
import os
from pathlib import Path
from typing import Any

from markupsafe import Markup

from . import summary
from .summary import clock, items, num, section

WIDTH = 1000
"""SVG user units across; the charts scale to the page width."""
LEFT, RIGHT = 78, 12
"""Room for lane labels on the left, and a margin on the right."""


def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("callcoach.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["clock"] = clock
    env.filters["signed"] = summary.signed
    return env


def page_script(env) -> tuple[Markup, str]:
    """The page's own script (a static file, never rendered) and its CSP hash: the page
    runs that script and nothing else, so even text that slipped past escaping could not."""
    source = env.loader.get_source(env, "report.js.j2")[0]
    if source.startswith("{#"):
        source = source[source.index("#}") + 2:].lstrip("\n")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"sha256-{digest}"


def audio_href(source: str, out_dir: Path | None) -> str | None:
    """Relative link from the report folder to the recording, when it exists on disk."""
    src = Path(source)
    if not src.exists():
        return None
    if out_dir is None:
        return src.as_posix()
    try:
        return Path(os.path.relpath(src.resolve(), Path(out_dir).resolve())).as_posix()
    except ValueError:  # different drives
        return src.resolve().as_uri()


def embedded_audio(source: str, redaction: Any = None) -> str | None:
    """The recording as a data: URI, for a report that carries its own audio. The spans in
    ``redaction`` (the report's ``call.redaction``) are silenced in the embedded copy; the
    file itself is never changed. None when there is nothing to embed."""
    import mimetypes

    src = Path(source)
    if not src.is_file():
        return None
    spans = redaction.get("spans") if isinstance(redaction, dict) else None
    if spans:
        from ..redact import silenced_wav_bytes

        data = silenced_wav_bytes(src, spans)
        if data is None:  # cannot decode it: no audio rather than unredacted audio
            return None
        return "data:audio/wav;base64," + base64.b64encode(data).decode("ascii")
    mime = mimetypes.guess_type(src.name)[0] or "audio/wav"
    return f"data:{mime};base64," + base64.b64encode(src.read_bytes()).decode("ascii")


# -- layout: seconds to SVG x ---------------------------------------------------------------

class _Scale:
    def __init__(self, duration_s: float):
        self.duration = max(float(duration_s), 1e-6)

    def x(self, t: float) -> float:
        t = min(max(float(t), 0.0), self.duration)
        return round(LEFT + t / self.duration * (WIDTH - LEFT - RIGHT), 1)

    def w(self, start: float, end: float, minimum: float = 1.5) -> float:
        return round(max(self.x(end) - self.x(start), minimum), 1)

    def ticks(self) -> list[dict[str, Any]]:
        # About ten ticks whatever the duration: the count never grows with a number from the input.
        step = next((s for s in (5, 10, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600) if self.duration / s <= 10),
                    max(3600, math.ceil(self.duration / 10 / 3600) * 3600))
        return [{"x": self.x(t), "label": clock(t)} for t in range(0, int(self.duration) + 1, step)][:12]


def _duration(report: dict[str, Any]) -> float:
    call = report.get("call") if isinstance(report.get("call"), dict) else {}
    ends = [num(s.get("end")) for s in items(report.get("segments"))]
    return max([num(call.get("duration_s")) or 0.0, *[e for e in ends if e is not None], 1.0])


LANES = {"agent": 26, "customer": 58}
LANE_H = 24
MARK_Y = 92


def timeline(report: dict[str, Any], scale: _Scale) -> dict[str, Any]:
    """Who spoke when, with overlaps, dead air and the key events marked."""
    segments, bands, marks = [], [], []
    for i, seg in enumerate(items(report.get("segments"))):
        start, end, who = num(seg.get("start")), num(seg.get("end")), seg.get("speaker")
        if start is None or end is None or not isinstance(who, str) or who not in LANES:
            continue
        segments.append({"x": scale.x(start), "w": scale.w(start, end), "y": LANES[who], "h": LANE_H,
                         "cls": who, "t": start, "row": i,
                         "title": f"{who} {clock(start)}–{clock(end)}: {summary_text(seg.get('text'))}"})
    talk_over = section(report, "talk_over") or {}
    for e in items(talk_over.get("events")) + items(talk_over.get("other_overlaps")):
        start, end = num(e.get("start")), num(e.get("end"))
        if start is None or end is None:
            continue
        kind = e.get("kind") if e.get("kind") in ("interruption", "backchannel") else "overlap"
        bands.append({"x": scale.x(start), "w": scale.w(start, end, 3), "y": LANES["agent"] - 4,
                      "h": LANES["customer"] + LANE_H - LANES["agent"] + 8, "cls": kind, "t": start,
                      "title": f"{kind} by the {e.get('interrupter', '?')} at {clock(start)}"})
    listening = section(report, "listening") or {}
    for d in items(listening.get("dead_air")):
        start, end = num(d.get("start")), num(d.get("end"))
        if start is None or end is None:
            continue
        hold = d.get("hold") is True or d.get("announced_by") in ("agent", "customer")
        bands.append({"x": scale.x(start), "w": scale.w(start, end), "y": LANES["agent"] - 4,
                      "h": LANES["customer"] + LANE_H - LANES["agent"] + 8, "cls": "hold" if hold else "deadair",
                      "t": start, "label": f"{end - start:.0f} s {'hold' if hold else 'dead air'}",
                      "title": f"{'announced hold' if hold else 'dead air'} {clock(start)}–{clock(end)}"})
    for e in summary.key_events(report):
        if e["kind"] in ("backchannel", "deadair", "hold", "monologue"):
            continue  # drawn as bands above
        row = 0 if e["kind"] in ("apology", "empathy", "negative") else 1
        marks.append({"x": scale.x(e["t"]), "y": MARK_Y + row * 16, "cls": e["kind"], "t": e["t"],
                      "title": f"{clock(e['t'])} {e['label']}" + (f": {e['text']}" if e["text"] else "")})
    return {"segments": segments, "bands": bands, "marks": marks, "ticks": scale.ticks(),
            "lanes": [{"label": k.capitalize(), "y": v + LANE_H / 2 + 4} for k, v in LANES.items()],
            "height": MARK_Y + 44, "axis_y": MARK_Y + 36}


def summary_text(text: Any, words: int = 14) -> str:
    parts = str(text or "").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _chart(entries: list[tuple[float, float, float, str, str]], scale: _Scale, title: str, unit: str,
           height: int = 64) -> dict[str, Any] | None:
    """Per-segment values as short horizontal strokes: (start, end, value, css class, label)."""
    if not entries:
        return None
    lo, hi = min(e[2] for e in entries), max(e[2] for e in entries)
    pad = max((hi - lo) * 0.15, 1.0)
    lo, hi = lo - pad, hi + pad
    top, bottom = 6, height - 6

    def y(v: float) -> float:
        return round(bottom - (v - lo) / (hi - lo) * (bottom - top), 1)

    return {"title": title, "unit": unit, "height": height, "axis_y": bottom + 12,
            "lines": [{"x": scale.x(s), "w": scale.w(s, e, 3), "y": y(v), "cls": cls, "t": s,
                       "title": f"{label} {clock(s)}: {v:.1f} {unit}"} for s, e, v, cls, label in entries],
            "yticks": [{"y": y(v), "label": f"{v:.0f}"} for v in (lo + pad, hi - pad)]}


def tone_charts(report: dict[str, Any], scale: _Scale) -> dict[str, Any]:
    tone = section(report, "tone")
    if tone is None:
        return {"charts": [], "reason": "tone not analysed in this report"}
    rows = [r for r in items(tone.get("timeline")) if isinstance(r.get("speaker"), str) and r["speaker"] in LANES
            and num(r.get("start")) is not None and num(r.get("end")) is not None]
    charts = []
    # Pitch is drawn only for a speaker whose card shows it: with too little voiced speech
    # the card says so, and points on the chart would contradict it.
    pitched = {spk for spk in LANES if (section(tone, spk) or {}).get("pitch_reliable") is not False}
    for key, title, unit in (("pitch_median_hz", "Pitch per turn", "Hz"), ("loudness_db", "Loudness per turn", "dB")):
        chart = _chart([(num(r["start"]), num(r["end"]), num(r[key]), r["speaker"], r["speaker"])
                        for r in rows if num(r.get(key)) is not None
                        and (key != "pitch_median_hz" or r["speaker"] in pitched)], scale, title, unit)
        if chart:
            charts.append(chart)
    reason = None
    if not charts:
        reason = str(tone.get("reason") or "no pitch or loudness per turn in the report")
    elif not pitched and tone.get("available") is not False:
        reason = "pitch not charted: too little voiced speech to measure it reliably"
    return {"charts": charts, "reason": reason}


def sentiment_chart(report: dict[str, Any], scale: _Scale) -> dict[str, Any]:
    sentiment = section(report, "sentiment")
    if sentiment is None:
        return {"bars": [], "reason": "sentiment not analysed in this report"}
    top, zero, bottom = 6, 36, 66
    bars = []
    for c in items(sentiment.get("customer")):
        start, end, score = num(c.get("start")), num(c.get("end")), num(c.get("score"))
        if start is None or end is None or score is None:
            continue
        h = round(abs(score) * (zero - top), 1)
        bars.append({"x": scale.x(start), "w": scale.w(start, end, 4), "y": zero - h if score >= 0 else zero,
                     "h": max(h, 1.0), "cls": "pos" if score >= 0 else "neg", "t": start,
                     "title": f"customer {clock(start)}: {summary.signed(score)}"})
    return {"bars": bars, "zero": zero, "top": top, "bottom": bottom, "height": bottom + 4,
            "reason": None if bars else "the customer never spoke"}


def render_html(report: dict[str, Any], out_dir: Path | None = None, embed_audio: bool = False) -> str:
    """The report page. ``embed_audio`` puts the recording inside the page (data: URI);
    otherwise it is linked relative to ``out_dir``, where the page will be written."""
    env = _environment()
    template = env.get_template("report.html.j2")
    script, script_hash = page_script(env)
    call = dict(report["call"]) if isinstance(report.get("call"), dict) else {}
    call["warnings"] = [str(w) for w in call.get("warnings")] if isinstance(call.get("warnings"), list) else []
    call["roles"] = call.get("roles") if isinstance(call.get("roles"), dict) else None
    call["duration_s"] = num(call.get("duration_s"))
    audio = None
    if call.get("diarization") != "transcript" and call.get("source"):
        audio = (embedded_audio(str(call["source"]), call.get("redaction")) if embed_audio
                 else audio_href(str(call["source"]), out_dir))
    scale = _Scale(_duration(report))
    rows = summary.transcript_rows(report)
    data = {"duration": scale.duration, "x0": LEFT, "x1": WIDTH - RIGHT,
            "rows": [[r["start"], r["end"]] for r in rows]}
    return template.render(
        report=report, call=call, audio=audio, data=data, width=WIDTH,
        scorecard=summary.scorecard(report), events=summary.key_events(report),
        timeline=timeline(report, scale), tone=tone_charts(report, scale),
        sentiment=sentiment_chart(report, scale), rows=rows, coaching=summary.coaching(report),
        trust=summary.trust(report), tip_confidence=summary.tip_confidence,
        x0=LEFT, x1=WIDTH - RIGHT, script=script, script_hash=script_hash)
