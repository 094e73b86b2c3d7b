"""The command line: exit codes, one-line errors, outputs where promised."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from callcoach.cli import app

runner = CliRunner()


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "analyze" in result.output and "demo" in result.output


def test_transcript_analysis_writes_json_html_and_markdown(tmp_path):
    t = tmp_path / "call42.json"
    t.write_text(json.dumps({"segments": [
        {"speaker": "agent", "start": 0, "end": 1.5, "text": "Hello <script>alert(1)</script>"},
        {"speaker": "customer", "start": 2, "end": 3, "text": "Hi"}]}))
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", "--transcript", str(t), "--out", str(out), "--format", "json,html,md"])
    assert result.exit_code == 0, result.output
    assert "analysed 1 of 1" in result.output
    report = json.loads((out / "call42.json").read_text())
    assert report["segments"][0]["speaker"] == "agent"
    html = (out / "call42.html").read_text()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "call42" in (out / "call42.md").read_text()


def test_a_bad_file_fails_with_one_line_and_nonzero_exit(tmp_path):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF\x00\x00")
    result = runner.invoke(app, ["analyze", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.wav" in errors[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "o" / "broken.json").exists()


def test_batch_goes_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "empty.wav"
    bad.write_bytes(b"")
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"segments": []}))
    result = runner.invoke(app, ["analyze", str(bad), "--transcript", str(good), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert (tmp_path / "o" / "good.json").exists()
    assert "analysed 1 of 2 call(s), 1 failed" in result.output


def test_unknown_format_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["analyze", "--transcript", "x.json", "--format", "pdf"])
    assert result.exit_code == 2


def test_no_inputs_is_a_usage_error():
    result = runner.invoke(app, ["analyze"])
    assert result.exit_code == 2
