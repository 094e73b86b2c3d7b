"""The HTML and Markdown renderings and ``callcoach show``: hostile text stays text, absent
sections render as "—" with a reason, the page is self-contained."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import wave

import pytest
from typer.testing import CliRunner

from callcoach.cli import app
from callcoach.coaching import build_coaching
from callcoach.report.html import render_html
from callcoach.report.markdown import render_markdown

XSS = '<script>window.__pwned=1</script>"><img src=x onerror=window.__pwned=2></script>'
"""Text that would run script if it reached the page unescaped."""


def seg(speaker, start, end, text):
    return {"speaker": speaker, "start": start, "end": end, "text": text, "words": []}


def bare_report(**call) -> dict:
    return {"schema_version": 1,
            "call": {"id": "call-1", "source": "missing.wav", "duration_s": 12.0, "sample_rate": 8000,
                     "channels": 2, "diarization": "channels", "asr_model": "base", "agent_id": None,
                     "customer_name": None, "warnings": [], "coachable": {"ok": True, "reasons": []}, **call},
            "segments": [seg("agent", 0.5, 3.0, "Thank you for calling, how can I help?"),
                         seg("customer", 3.5, 7.0, "My parcel never arrived and I'm upset."),
                         seg("agent", 7.5, 11.0, "I'm so sorry your parcel is late. Let me check.")]}


def full_report(text: str = "I'm so sorry your parcel is late.") -> dict:
    r = bare_report()
    r["segments"][2]["text"] = text + " Let me check."
    r["talk_over"] = {"events": [{"start": 6.6, "end": 7.1, "interrupter": "agent", "kind": "interruption",
                                  "cut_off_words": "never arrived and I'm upset."}],
                      "agent_interruptions": 1, "customer_interruptions": 0, "overlap_s": 0.5}
    r["listening"] = {"agent_talk_s": 6.0, "customer_talk_s": 3.5, "agent_talk_ratio": 0.63,
                      "agent_talk_ratio_target": 0.43, "dead_air": [], "dead_air_s": 0.0,
                      "longest_agent_monologue_s": 3.5, "longest_agent_monologue": {"start": 7.5, "end": 11.0}}
    r["tone"] = {"available": True, "agent": {"speaking_rate_wpm": 160.0, "pitch_range_semitones": 4.0},
                 "customer": {}, "raised_voice": [],
                 "timeline": [{"speaker": "agent", "start": 0.5, "end": 3.0, "pitch_median_hz": 180.0,
                               "loudness_db": -24.0, "rate_wpm": 150.0},
                              {"speaker": "customer", "start": 3.5, "end": 7.0, "pitch_median_hz": 110.0,
                               "loudness_db": -22.0, "rate_wpm": 170.0}]}
    r["sentiment"] = {"customer": [{"start": 3.5, "end": 7.0, "score": -0.8}],
                      "customer_start": -0.8, "customer_end": -0.8}
    r["apologies"] = {"items": [{"start": 7.5, "end": 9.0, "text": text, "specific": True,
                                 "followed_by_action": True}],
                      "first_distress_s": 3.5, "first_distress_text": "My parcel never arrived",
                      "first_apology_latency_s": 4.0}
    r["empathy"] = {"phrases": [{"start": 7.5, "end": 9.0, "text": text, "category": "apologize"}],
                    "negative": [], "customer_name_used": 0, "score": 58,
                    "score_breakdown": {"empathy_families": ["apologize"]}}
    r["coaching"] = build_coaching(r)
    return r


def hostile_report() -> dict:
    r = full_report()
    r["call"].update(id=XSS, source=XSS, agent_id=XSS, customer_name=XSS, warnings=[XSS],
                     roles={"agent": XSS, "method": XSS, "confidence": XSS})
    for s in r["segments"]:
        s["text"] = XSS + " " + s["text"] + "\n| # ` * _ [x](javascript:alert(1))"
    r["empathy"]["phrases"][0]["text"] = XSS
    r["empathy"]["negative"] = [{"start": 8.0, "end": 9.0, "text": XSS, "category": XSS, "confidence": 0.9}]
    r["apologies"]["first_distress_text"] = XSS
    r["talk_over"]["events"][0]["cut_off_words"] = XSS
    r["coaching"]["improvements"][0].update(what=XSS, why=XSS, try_saying=XSS, how=XSS)
    r["coaching"]["strengths"] = [{"at": 1.0, "text": XSS, "kind": XSS, "evidence": {"section": XSS, "field": XSS}}]
    return r


# -- HTML ---------------------------------------------------------------------------------------

def scripts(html: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S)


def test_html_escapes_hostile_text_everywhere():
    html = render_html(hostile_report())
    assert "<img" not in html and "onerror=window" not in html.replace("onerror=window.__pwned=2&gt;", "")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert len(scripts(html)) == 2  # the JSON data and the page's own script, nothing injected
    assert "__pwned" not in "".join(scripts(html))
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # only ever inside text, never in markup


def test_script_data_is_json_and_the_csp_allows_only_the_pages_own_script():
    html = render_html(full_report())
    data_tag = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert json.loads(data_tag.group(1))["duration"] == 12.0
    page_script = scripts(html)[1]
    digest = base64.b64encode(hashlib.sha256(page_script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    assert "default-src 'none'" in html


def test_html_is_self_contained():
    html = render_html(full_report())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "@import" not in html and "<link" not in html


def test_html_has_scorecard_timeline_charts_transcript_and_coaching():
    html = render_html(full_report())
    for key in ("empathy", "talk_ratio", "interruptions", "apology_latency", "sentiment"):
        assert f'data-key="{key}"' in html
    assert "58/100" in html and "63%" in html and "4.0 s" in html and "−0.80 → −0.80" in html
    assert 'id="timeline"' in html and html.count('class="seg agent"') >= 2
    assert "Pitch per turn" in html and "Customer sentiment per turn" in html
    assert '<mark class="empathy" title="empathy: apologize">I&#39;m so sorry your parcel is late.</mark>' in html
    assert 'data-kind="agent_interruption"' in html and 'data-t="6.60"' in html
    assert html.count('<tr class="seg') == 3 and 'tabindex="0"' in html


def test_html_renders_with_every_analysis_absent():
    html = render_html(bare_report())
    assert html.count("—") >= 5
    assert "empathy not analysed in this report" in html
    assert "No coaching in this report" in html
    assert "tone not analysed in this report" in html and "sentiment not analysed in this report" in html
    assert html.count('<tr class="seg') == 3


def test_html_shows_why_tone_is_unavailable_for_a_transcript():
    r = full_report()
    r["call"]["diarization"] = "transcript"
    r["tone"] = {"available": False, "reason": "tone needs audio; this call was analysed from a transcript",
                 "agent": {"speaking_rate_wpm": 150.0}, "timeline": [
                     {"speaker": "agent", "start": 0.5, "end": 3.0, "pitch_median_hz": None, "loudness_db": None}]}
    html = render_html(r)
    assert "tone needs audio; this call was analysed from a transcript" in html
    assert 'id="player"' not in html and "analysed from a transcript" in html


def test_html_survives_partial_and_odd_sections():
    r = bare_report(duration_s=None)
    r["empathy"] = {"score": None, "score_breakdown": {"reason": "no agent speech"}}
    r["apologies"] = {"first_distress_s": 3.5, "first_apology_latency_s": None}
    r["talk_over"] = {"events": "not a list"}
    r["listening"] = {"dead_air": [{"start": None}], "agent_talk_ratio": None}
    r["sentiment"] = {"customer": [{"start": 3.5}], "customer_start": None}
    r["tone"] = {"timeline": [{"speaker": "agent"}]}
    r["coaching"] = {"improvements": [{"at": None, "what": "x"}], "strengths": []}
    html = render_html(r)
    assert "no agent speech" in html
    assert "no apology or acknowledgement after the distress at 0:03" in html


def test_embedded_audio_is_a_data_uri(tmp_path):
    wav = tmp_path / "call.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000), w.writeframes(b"\0\0" * 800)
    r = bare_report(source=str(wav))
    assert 'src="data:audio/' in render_html(r, tmp_path, embed_audio=True)
    assert 'src="call.wav"' in render_html(r, tmp_path)


# -- Markdown ------------------------------------------------------------------------------------

def test_markdown_escapes_hostile_text():
    md = render_markdown(hostile_report())
    source = next(line for line in md.splitlines() if line.startswith("- Source: "))
    assert re.fullmatch(r"- Source: `[^`]*`", source)  # a code span shows its text as is
    outside_code = md.replace(source, "")
    assert re.search(r"(?<!\\)[<>]", outside_code) is None  # every angle bracket is escaped
    assert r"\<script\>window.\_\_pwned=1\</script\>" in md
    assert r"\[x\](javascript" in md and "[x](javascript" not in md  # no link
    rows = [line for line in md.splitlines() if line.startswith("| 00:")]
    assert len(rows) == 3 and all(line.endswith("|") for line in rows)  # no newline broke a table row
    assert all(line.count(" | ") == 2 for line in rows)  # text pipes are escaped


def test_markdown_has_scorecard_coaching_events_transcript():
    md = render_markdown(full_report())
    for heading in ("## Scorecard", "## Coaching", "### Do differently next call", "### What went well",
                    "## Key events", "## Transcript"):
        assert heading in md
    assert "| Empathy score | 58/100 |" in md
    assert "**I'm so sorry your parcel is late.**" in md
    assert "*Try saying:*" in md and "(evidence: talk\\_over.events\\[0\\])" in md


def test_markdown_renders_with_every_analysis_absent():
    md = render_markdown(bare_report())
    assert "| Empathy score | — | empathy not analysed in this report |" in md
    assert "_No coaching in this report" in md
    assert md.count("| 00:") == 3


# -- callcoach show --------------------------------------------------------------------------------

def test_show_prints_scorecard_tips_and_events(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps(full_report()))
    result = CliRunner().invoke(app, ["show", str(path)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Empathy score" in result.output and "58/100" in result.output
    assert "Do differently next call" in result.output and "try saying" in result.output
    assert "Key events" in result.output and "Interruption by the agent" in result.output


def test_show_prints_markup_like_text_literally(tmp_path):
    r = hostile_report()
    r["coaching"]["improvements"][0]["what"] = "[bold red]not markup[/] " + XSS
    path = tmp_path / "r.json"
    path.write_text(json.dumps(r))
    result = CliRunner().invoke(app, ["show", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[bold red]not markup[/]" in result.output


def test_show_names_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["show", str(tmp_path / "nope.json")])
    assert result.exit_code == 1 and "nope.json" in result.output and "not found" in result.output


@pytest.mark.parametrize("format_", ["md", "html"])
def test_renderers_accept_a_report_without_coaching_or_call_extras(format_):
    r = {"call": {"id": "x", "source": "x.wav", "diarization": "transcript"}, "segments": []}
    out = render_markdown(r) if format_ == "md" else render_html(r)
    assert "No speech found" in out or "no speech found" in out


def test_wrong_types_in_a_report_do_not_break_coaching_or_rendering():
    r = full_report()
    r["call"].update(warnings=3.5, duration_s="long", roles=["x"])
    r["segments"][0]["speaker"] = {"who": "agent"}
    r["segments"][1]["start"] = float("nan")
    r["tone"]["timeline"][0]["speaker"] = ["agent"]
    r["coaching"]["improvements"][0]["at"] = [1, 2]
    r["coaching"]["other_improvements"] = 7
    r["empathy"]["phrases"] = {"not": "a list"}
    r["apologies"]["first_apology_latency_s"] = float("inf")
    build_coaching(r)
    assert "Call report" in render_html(r) and "Call report" in render_markdown(r)


def test_scorecard_says_when_mild_distress_was_counted_because_the_agent_answered_it():
    from callcoach.report.summary import scorecard

    r = full_report()
    r["apologies"].update(first_distress_method="answered by the agent", first_response_gap_s=None)
    card = next(c for c in scorecard(r) if c["key"] == "apology_latency")
    assert "counted because the agent answered it" in card["detail"]
    r["apologies"]["first_distress_method"] = "sentence score"
    card = next(c for c in scorecard(r) if c["key"] == "apology_latency")
    assert "answered" not in card["detail"]
