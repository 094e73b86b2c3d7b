"""Hostile and broken input: nothing lost, nothing unbounded, nothing live in a terminal."""
from __future__ import annotations

import errno
import json
import os
import stat

import numpy as np
import pytest
from typer.testing import CliRunner

from callcoach.cli import app, report_stems
from callcoach.errors import InputError
from callcoach.report import write as report_write

runner = CliRunner()

SEGMENTS = [{"speaker": "agent", "start": 0, "end": 1.5, "text": "Hello, how can I help?"},
            {"speaker": "customer", "start": 2, "end": 3, "text": "Hi there."}]


def transcript(path, segments=SEGMENTS, **extra):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"segments": segments, **extra}))
    return path


def test_two_inputs_with_the_same_name_get_two_reports(tmp_path):
    a, b = transcript(tmp_path / "d1" / "call.json"), transcript(tmp_path / "d2" / "call.json")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", "-t", str(a), "-t", str(b), "--out", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    reports = sorted(p.name for p in out.glob("*.json"))
    assert len(reports) == 2 and len(set(reports)) == 2


def test_same_stem_different_extension_and_colliding_ids_stay_apart(tmp_path):
    stems = report_stems([tmp_path / "good.wav", tmp_path / "good.flac", tmp_path / "a_b.wav",
                          tmp_path / "a" / "b.wav"], tmp_path / "out")
    assert len(set(stems.values())) == 4


def test_a_report_never_overwrites_its_input_transcript(tmp_path):
    t = transcript(tmp_path / "c.json")
    before = t.read_text()
    result = runner.invoke(app, ["analyze", "-t", str(t), "--out", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert t.read_text() == before
    assert (tmp_path / "c.report.json").exists()


def test_out_pointing_at_a_file_fails_before_any_analysis(tmp_path):
    t = transcript(tmp_path / "c.json")
    target = tmp_path / "reports.txt"
    target.write_text("not a folder")
    result = runner.invoke(app, ["analyze", "-t", str(t), "--out", str(target)])
    assert result.exit_code == 2
    assert "is a file" in result.output and len(result.output.strip().splitlines()) == 1


def test_absurd_times_are_one_clear_error_and_no_report(tmp_path):
    t = transcript(tmp_path / "huge.json", [{"speaker": "agent", "start": 0, "end": 1e300, "text": "hi"}])
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", "-t", str(t), "--out", str(out)])
    assert result.exit_code == 1
    assert "longer than a day" in result.output and "1e+300 s of audio" not in result.output
    assert not list(out.glob("*.json"))


def test_show_and_markdown_never_pass_escape_codes_or_live_links(tmp_path):
    hostile = "\x1b[2J\x1b]0;owned\x07see \x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\ http://evil.example"
    t = transcript(tmp_path / "h.json", [{"speaker": "agent", "start": 0, "end": 2, "text": hostile},
                                         {"speaker": "customer", "start": 2.5, "end": 4, "text": hostile}])
    out = tmp_path / "out"
    assert runner.invoke(app, ["analyze", "-t", str(t), "--out", str(out), "-f", "json,md"]).exit_code == 0
    shown = runner.invoke(app, ["show", str(out / "h.json"), "--transcript"])
    assert shown.exit_code == 0 and "\x1b" not in shown.output and "\x07" not in shown.output
    markdown = (out / "h.md").read_text()
    assert "\x1b" not in markdown and "http://evil" not in markdown and "](" not in markdown


def test_paths_with_brackets_are_printed_literally(tmp_path):
    missing = tmp_path / "[/]weird[red]name.json"
    result = runner.invoke(app, ["analyze", "-t", str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert str(missing) in result.output and "Traceback" not in result.output


def test_nan_is_written_as_null():
    text = report_write.report_json({"call": {"id": "x"}, "segments": [{"words": [{"probability": float("nan")}]}]})
    assert json.loads(text)["segments"][0]["words"][0]["probability"] is None


def test_a_full_disk_leaves_the_previous_report_set_intact(tmp_path, monkeypatch):
    report = {"call": {"id": "c"}, "segments": []}
    first = report_write.write_files_atomic({tmp_path / "c.json": "old json", tmp_path / "c.md": "old md"})
    assert len(first) == 2
    calls = {"n": 0}
    real = report_write._write_temp

    def full_disk(text, final):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(text, final)

    monkeypatch.setattr(report_write, "_write_temp", full_disk)
    with pytest.raises(OSError):
        report_write.write_files_atomic({tmp_path / "c.json": "new json", tmp_path / "c.md": "new md"})
    assert (tmp_path / "c.json").read_text() == "old json" and (tmp_path / "c.md").read_text() == "old md"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(report_write.TEMP_SUFFIX)]
    assert report  # the report itself is untouched


def test_stale_temporary_files_are_removed_by_the_next_run(tmp_path):
    stale = tmp_path / f".c.html.abc{report_write.TEMP_SUFFIX}"
    stale.write_text("x" * 100)
    os.utime(stale, (0, 0))
    report_write.write_report_set({"call": {"id": "c"}, "segments": []}, tmp_path, "c", ["json"])
    assert not stale.exists() and (tmp_path / "c.json").exists()


def test_reports_follow_the_users_umask(tmp_path):
    old = os.umask(0o022)
    try:
        (path,) = report_write.write_report_set({"call": {"id": "c"}, "segments": []}, tmp_path, "c", ["json"])
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_long_ids_in_multibyte_scripts_are_cut_on_bytes():
    stem = report_write.safe_stem("通話記録" * 80)
    assert len(stem.encode("utf-8")) <= report_write.MAX_NAME_BYTES and stem


def test_one_wild_sample_is_clipped_not_allowed_to_silence_the_call(tmp_path):
    import soundfile as sf

    from callcoach.audio import load_recording

    sr = 16000
    x = (0.3 * np.sin(2 * np.pi * 200 * np.arange(sr * 2) / sr)).astype(np.float32)
    x[100] = 1e6
    sf.write(tmp_path / "wild.wav", x, sr, subtype="FLOAT")
    rec = load_recording(tmp_path / "wild.wav")
    assert 0.25 < float(np.abs(rec.samples[0, 1000:]).max()) <= 0.31
    assert any("clipped" in w for w in rec.warnings)


def test_truncated_wav_says_so(tmp_path):
    import soundfile as sf

    from callcoach.audio import load_recording

    sr = 16000
    sf.write(tmp_path / "full.wav", 0.3 * np.sin(2 * np.pi * 200 * np.arange(sr * 2) / sr), sr)
    data = (tmp_path / "full.wav").read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[: len(data) // 2])
    assert any("truncated" in w for w in load_recording(tmp_path / "cut.wav").warnings)


def test_a_pipe_is_not_an_empty_file(tmp_path):
    from callcoach.audio import load_recording

    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_recording(fifo)


def test_version_folder_hint_and_speaker_count_are_clear(tmp_path):
    assert runner.invoke(app, ["--version"]).output.startswith("callcoach ")
    folder = runner.invoke(app, ["analyze", str(tmp_path)])
    assert folder.exit_code == 2 and "callcoach batch" in folder.output
    zero = runner.invoke(app, ["analyze", "x.wav", "--speakers", "0"])
    assert zero.exit_code == 2 and "--speakers must be at least 1" in zero.output


def test_a_rename_that_fails_part_way_puts_the_previous_set_back(tmp_path):
    out = tmp_path / "out"
    old = {out / "c.json": "old json", out / "c.md": "old md"}
    report_write.write_files_atomic(old)
    (out / "c.html").mkdir()  # the html cannot be replaced
    new = {out / "c.json": "new json", out / "c.md": "new md", out / "c.html": "new html"}
    with pytest.raises(IsADirectoryError):
        report_write.write_files_atomic(new)
    assert (out / "c.json").read_text() == "old json" and (out / "c.md").read_text() == "old md"
    assert not [p.name for p in out.iterdir() if p.name.endswith(report_write.TEMP_SUFFIX)]


def test_a_name_too_long_for_the_file_system_is_that_inputs_error(tmp_path):
    good = transcript(tmp_path / "good.json")
    long_name = tmp_path / ("\u901a" * 90 + ".json")  # 270 bytes: over the 255-byte limit
    result = runner.invoke(app, ["analyze", "-t", str(long_name), "-t", str(good), "--out",
                                 str(tmp_path / "out"), "-f", "json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "File name too long" in result.output and (tmp_path / "out" / "good.json").exists()
    result = runner.invoke(app, ["analyze", "-t", str(good), "--out", str(tmp_path / ("\u901a" * 90))])
    assert result.exit_code == 2 and "--out" in result.output


@pytest.mark.parametrize("table, option", [("[vad]\nthreshold = 2.0", "vad.threshold"),
                                           ("[asr]\nbeam_size = 0", "asr.beam_size"),
                                           ("[listening]\ndead_air_min_s = 1e300", "listening.dead_air_min_s")])
def test_config_values_out_of_their_plausible_range_are_refused(tmp_path, table, option):
    config = tmp_path / "c.toml"
    config.write_text(table + "\n")
    result = runner.invoke(app, ["analyze", "-t", str(transcript(tmp_path / "t.json")), "--config", str(config),
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and option in result.output and not (tmp_path / "out").exists()


def test_word_probabilities_outside_zero_to_one_are_clipped_or_dropped():
    from callcoach.speech.transcript import _probability

    assert [_probability(v) for v in (1e308, -5, 0.4, True, float("nan"), "0.9")] == [1.0, 0.0, 0.4, None, None, None]
