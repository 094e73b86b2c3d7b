"""``callcoach batch`` end to end on transcript archives (fast: no audio models), one worker.

What a nightly run over a call archive must guarantee: every call gets a report or a
recorded failure, a rerun does only what changed, a crashing or stuck call costs only
itself, the archive outputs (CSV, Parquet, dashboard, search) follow the ledger, and the
exit code says which of "all done", "some failed" and "could not run" happened.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callcoach.cli import app

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "audio_samples"

UPSET = [("agent", 0.0, 3.0, "Thank you for calling, how can I help you today?"),
         ("customer", 3.5, 8.0, "My parcel never arrived and I am really upset about it."),
         ("agent", 9.0, 13.0, "I'm so sorry about that, let me check the tracking for you."),
         ("customer", 20.0, 22.0, "Okay, thanks."),
         ("agent", 23.0, 27.0, "I have sent a replacement parcel, it will arrive tomorrow.")]
BILLING = [("agent", 0.0, 2.5, "Good morning, billing department."),
           ("customer", 3.0, 7.0, "I was charged twice for my subscription this month."),
           ("agent", 7.5, 12.0, "I understand how frustrating that is. I will refund the second charge now."),
           ("customer", 12.5, 14.0, "Great, thank you so much.")]


def transcript(lines, **extra) -> str:
    data = {"segments": [{"speaker": s, "start": a, "end": b, "text": t} for s, a, b, t in lines]}
    data.update(extra)
    return json.dumps(data)


def make_archive(root: Path) -> Path:
    """Two folders with the same file name, a transcript without a .json name, a non-call."""
    (root / "east").mkdir(parents=True)
    (root / "west").mkdir()
    (root / "east" / "call1.json").write_text(transcript(UPSET))
    (root / "west" / "call1.json").write_text(transcript(BILLING))
    (root / "west" / "exported-transcript.txt").write_text(transcript(BILLING[:2]))  # found by content
    (root / "README.txt").write_text("nightly export, do not edit")
    os.symlink(root, root / "west" / "back-to-root")                                # a loop in the archive
    return root


def batch(*args: str, env: dict | None = None):
    result = runner.invoke(app, ["batch", *args], env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def ledger_rows(out: Path) -> dict[str, dict]:
    db = sqlite3.connect(out / "ledger.sqlite")
    db.row_factory = sqlite3.Row
    try:
        return {r["call_id"]: dict(r) for r in db.execute("SELECT * FROM calls")}
    finally:
        db.close()


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")
            if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    root = make_archive(tmp_path_factory.mktemp("archive"))
    meta = root.parent / "meta.csv"
    meta.write_text("path,agent_id,queue,started_at\n"
                    "east/call1.json,alice,returns,2024-05-01T10:00:00\n"
                    "west/call1.json,bob,billing,2024-05-02T11:00:00\n")
    out = root.parent / "batch-out"
    before = snapshot(root)
    result = batch(str(root), "--out", str(out), "--workers", "1", "--metadata", str(meta),
                   "--formats", "json,html,md")
    return root, out, result, before, meta


def test_every_call_gets_a_report_and_the_run_exits_0(first_run):
    root, out, result, before, _ = first_run
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("batch: 3 done, 0 failed, 0 skipped in ") and last.endswith(f"-> {out / 'index.html'}")
    rows = ledger_rows(out)
    assert set(rows) == {"east/call1.json", "west/call1.json", "west/exported-transcript.txt"}
    assert {r["status"] for r in rows.values()} == {"done"}
    for row in rows.values():
        outputs = json.loads(row["outputs"])
        assert sorted(Path(o).suffix for o in outputs) == [".html", ".json", ".md"]
        assert all((out / o).is_file() and o.startswith("calls/") for o in outputs)
        assert len(row["content_hash"]) == 64 and row["fingerprint"] and row["seconds"] >= 0
    names = {json.loads((out / json.loads(r["outputs"])[0]).read_text())["call"]["id"] for r in rows.values()}
    assert names == set(rows)  # the report's call id is the batch's id


def test_inputs_are_never_touched_and_nothing_is_written_next_to_them(first_run):
    root, _, _, before, _ = first_run
    assert snapshot(root) == before


def test_odd_archive_entries_are_reported_not_fatal(first_run):
    _, out, result, _, _ = first_run
    assert "entries are not calls" in result.output
    db = sqlite3.connect(out / "ledger.sqlite")
    problems = {Path(p).name: r for p, r in db.execute("SELECT path, reason FROM problems")}
    db.close()
    assert problems == {"README.txt": "not audio", "back-to-root": "symlink loop"}


def test_calls_csv_parquet_and_agents_csv_have_one_row_per_call(first_run):
    import pyarrow.parquet as pq

    _, out, _, _, _ = first_run
    with open(out / "calls.csv", newline="") as f:
        rows = {r["call_id"]: r for r in csv.DictReader(f)}
    assert set(rows) == {"east/call1.json", "west/call1.json", "west/exported-transcript.txt"}
    east = rows["east/call1.json"]
    assert (east["status"], east["agent_id"], east["queue"], east["started_at"]) == \
        ("done", "alice", "returns", "2024-05-01T10:00:00")
    assert 0 < float(east["agent_talk_ratio"]) < 1 and east["empathy_score"] != ""
    assert east["report_html"].startswith("calls/") and (out / east["report_html"]).exists()
    table = pq.read_table(out / "calls.parquet").to_pylist()
    assert sorted(r["call_id"] for r in table) == sorted(rows)
    assert {r["call_id"]: r["agent_talk_ratio"] for r in table}["east/call1.json"] == \
        pytest.approx(float(east["agent_talk_ratio"]))
    with open(out / "agents.csv", newline="") as f:
        agents = {r["agent_id"]: r for r in csv.DictReader(f)}
    assert set(agents) == {"alice", "bob", "(unknown)"} and agents["alice"]["calls"] == "1"


def test_the_dashboard_lists_every_call_and_links_its_report(first_run):
    _, out, _, _, _ = first_run
    html = (out / "index.html").read_text()
    assert html.count('<tr class="call"') == 3
    assert 'href="calls/east_call1.json.html"' in html
    assert "http://" not in html and "https://" not in html  # offline: nothing to fetch


def test_search_finds_the_phrase_with_its_call_and_time(first_run):
    _, out, _, _, _ = first_run
    result = runner.invoke(app, ["search", str(out), "charged twice"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    hits = [l for l in lines if "charged twice" in l]
    assert len(hits) == 2  # west/call1.json and the exported transcript
    assert any(l.startswith("west/call1.json  0:03  customer") for l in hits)
    assert f"{out / 'calls' / 'west_call1.json.html'}  at 0:03" in result.output
    assert f"{(out / 'calls' / 'west_call1.json.html').resolve().as_uri()}#t=3." in result.output
    agent_only = runner.invoke(app, ["search", str(out), "charged twice", "--speaker", "agent"])
    assert agent_only.exit_code == 1 and "no match" in agent_only.output
    phrase = runner.invoke(app, ["search", str(out), '"so sorry about that"', "--speaker", "agent"])
    assert phrase.output.startswith("east/call1.json  0:09  agent")


def test_calibrate_writes_a_config_the_next_run_loads(first_run, tmp_path):
    from callcoach.config import Config

    _, out, _, _, _ = first_run
    target = tmp_path / "calibrated.toml"
    result = runner.invoke(app, ["calibrate", str(out), "--write", str(target), "--min-calls", "2"])
    assert result.exit_code == 0, result.output
    assert "queue (all): 3 analysed calls" in result.output
    assert "listening.target_agent_talk_ratio" in result.output
    cfg = Config.from_toml(target)
    csv_ratios = sorted(float(r["agent_talk_ratio"]) for r in csv.DictReader(open(out / "calls.csv")))
    assert cfg.listening.target_agent_talk_ratio == pytest.approx(csv_ratios[1], abs=0.006)  # the median
    too_few = runner.invoke(app, ["calibrate", str(out), "--queue", "billing"])
    assert too_few.exit_code == 1


def test_a_rerun_skips_done_calls_and_redoes_changed_ones(tmp_path):
    root = make_archive(tmp_path / "archive")
    out = tmp_path / "out"
    assert batch(str(root), "--out", str(out), "--workers", "1").exit_code == 0
    first = ledger_rows(out)

    again = batch(str(root), "--out", str(out), "--workers", "1")
    assert again.exit_code == 0
    assert "batch: 0 done, 0 failed, 3 skipped" in again.output and "3 already done" in again.output

    (root / "east" / "call1.json").write_text(transcript(UPSET[:3]))           # input changed
    db = sqlite3.connect(out / "ledger.sqlite")                                 # a killed run's leftover
    db.execute("UPDATE calls SET status='running' WHERE call_id='west/call1.json'")
    db.commit()
    db.close()
    third = batch(str(root), "--out", str(out), "--workers", "1")
    assert "batch: 2 done, 0 failed, 1 skipped" in third.output, third.output
    rows = ledger_rows(out)
    assert rows["east/call1.json"]["content_hash"] != first["east/call1.json"]["content_hash"]
    assert rows["west/call1.json"]["status"] == "done"
    assert rows["west/exported-transcript.txt"]["finished"] == first["west/exported-transcript.txt"]["finished"]

    (out / "calls" / "west_call1.json.html").unlink()                           # a report went missing
    assert "batch: 1 done" in batch(str(root), "--out", str(out), "--workers", "1").output
    forced = batch(str(root), "--out", str(out), "--workers", "1", "--force", "--limit", "2")
    assert "batch: 2 done, 0 failed, 1 skipped" in forced.output


def test_failures_are_retried_only_on_request_then_quarantined(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "good.json").write_text(transcript(BILLING))
    (root / "bad.json").write_text(json.dumps({"segments": [{"speaker": "robot", "start": 0, "end": 1}]}))
    out = tmp_path / "out"
    args = [str(root), "--out", str(out), "--workers", "1", "--max-attempts", "2"]

    first = batch(*args)
    assert first.exit_code == 3, first.output
    assert "batch: 1 done, 1 failed" in first.output
    assert "failed: bad.json: InputError:" in first.output
    row = ledger_rows(out)["bad.json"]
    assert (row["status"], row["attempts"], row["error_class"]) == ("failed", 1, "InputError")

    second = batch(*args)
    assert second.exit_code == 0 and "1 failed earlier; --retry-failed retries" in second.output
    third = batch(*args, "--retry-failed")
    assert third.exit_code == 3
    assert (ledger_rows(out)["bad.json"]["status"], ledger_rows(out)["bad.json"]["attempts"]) == ("quarantined", 2)
    fourth = batch(*args, "--retry-failed")
    assert fourth.exit_code == 0 and "1 quarantined" in fourth.output

    (root / "bad.json").write_text(transcript(UPSET))                            # fixed at the source
    fifth = batch(*args)
    assert fifth.exit_code == 0 and "batch: 1 done, 0 failed, 1 skipped" in fifth.output
    with open(out / "calls.csv", newline="") as f:
        assert {r["call_id"]: r["status"] for r in csv.DictReader(f)} == {"bad.json": "done", "good.json": "done"}


def test_a_crashing_worker_fails_only_its_call(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    for i in range(3):
        (root / f"ok{i}.json").write_text(transcript(BILLING))
    (root / "crash.json").write_text(transcript(BILLING, callcoach_test_hook={"exit": 17}))
    out = tmp_path / "out"
    result = batch(str(root), "--out", str(out), "--workers", "1",
                   env={"CALLCOACH_BATCH_TEST_HOOKS": "1"})
    assert result.exit_code == 3, result.output
    assert "batch: 3 done, 1 failed" in result.output
    rows = ledger_rows(out)
    assert rows["crash.json"]["error_class"] == "WorkerCrashed"
    assert "exited with code 17" in rows["crash.json"]["error_message"]
    assert all(rows[f"ok{i}.json"]["status"] == "done" for i in range(3))


def test_a_call_past_the_time_limit_is_killed_and_recorded(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "a-ok.json").write_text(transcript(BILLING))
    (root / "b-stuck.json").write_text(transcript(BILLING, callcoach_test_hook={"sleep": 120}))
    (root / "c-ok.json").write_text(transcript(UPSET))
    out = tmp_path / "out"
    result = batch(str(root), "--out", str(out), "--workers", "1", "--call-timeout", "6",
                   env={"CALLCOACH_BATCH_TEST_HOOKS": "1"})
    assert result.exit_code == 3, result.output
    rows = ledger_rows(out)
    assert rows["b-stuck.json"]["error_class"] == "Timeout"
    assert 6 <= rows["b-stuck.json"]["seconds"] < 40
    assert rows["a-ok.json"]["status"] == rows["c-ok.json"]["status"] == "done"


def test_workers_are_recycled_every_n_calls(tmp_path):
    from callcoach.batch.runner import BatchOptions, run_batch

    root = tmp_path / "archive"
    root.mkdir()
    for i in range(3):
        (root / f"c{i}.json").write_text(transcript(BILLING))
    result = run_batch(BatchOptions([root], tmp_path / "out", workers=1, recycle_after=1, formats=["json"]))
    assert result.done == 3 and result.exit_code == 0
    assert len(result.peak_rss_mb) == 3  # three worker processes, one call each
    assert all(mb > 10 for mb in result.peak_rss_mb.values())


def test_could_not_run_exits_2(tmp_path):
    root = make_archive(tmp_path / "archive")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert batch(str(root), "--out", str(blocker / "out")).exit_code == 2           # unwritable DIR
    assert batch(str(tmp_path / "missing"), "--out", str(tmp_path / "o")).exit_code == 2
    assert batch(str(root), "--out", str(tmp_path / "o"), "--workers", "many").exit_code == 2
    assert batch(str(root), "--out", str(tmp_path / "o"), "--formats", "pdf").exit_code == 2
    bad_meta = tmp_path / "meta.csv"
    bad_meta.write_text("path,agent_channel\neast/call1.json,left\n")
    result = batch(str(root), "--out", str(tmp_path / "o"), "--metadata", str(bad_meta))
    assert result.exit_code == 2 and "agent_channel" in result.output
    bad_cfg = tmp_path / "bad.toml"
    bad_cfg.write_text("[listening]\nno_such_option = 1\n")
    assert batch(str(root), "--out", str(tmp_path / "o"), "--config", str(bad_cfg)).exit_code == 2
    (tmp_path / "o" / "calls").mkdir(parents=True)
    inside = batch(str(tmp_path / "o" / "calls"), "--out", str(tmp_path / "o"))     # reports read as calls
    assert inside.exit_code == 2 and "inside" in inside.output


def test_text_from_calls_is_printed_without_terminal_escapes(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    evil = "refund \x1b]0;pwned\x07 now \x1b[31mred\x1b[0m \u202eevil"
    (root / "x.json").write_text(transcript([("customer", 1.0, 3.0, evil)]))
    out = tmp_path / "out"
    assert batch(str(root), "--out", str(out), "--workers", "1", "--formats", "json").exit_code == 0
    result = runner.invoke(app, ["search", str(out), "refund"])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "x.json  0:01  customer  refund ]0;pwned now [31mred[0m evil" in result.output
    assert "calls/x.json.json  at 0:01" in result.output  # no HTML report: the JSON is linked


def test_hostile_metadata_is_escaped_in_the_dashboard(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "x.json").write_text(transcript(BILLING))
    meta = tmp_path / "meta.json"
    xss = '<script>alert(1)</script>'
    meta.write_text(json.dumps([{"path": "x.json", "call_id": xss, "agent_id": xss, "queue": xss}]))
    out = tmp_path / "out"
    assert batch(str(root), "--out", str(out), "--workers", "1", "--metadata", str(meta)).exit_code == 0
    html = (out / "index.html").read_text()
    assert xss not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    with open(out / "calls.csv", newline="") as f:
        assert next(csv.DictReader(f))["call_id"] == xss


@pytest.mark.slow
def test_a_real_recording_with_a_misleading_name(tmp_path):
    """One real stereo call, named like a text file: found by content and analysed."""
    root = tmp_path / "archive"
    root.mkdir()
    (root / "recording.dat").write_bytes((SAMPLES / "call_stereo_8k.wav").read_bytes())
    out = tmp_path / "out"
    result = batch(str(root), "--out", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "calls" / "recording.dat.json").read_text())
    assert report["call"]["id"] == "recording.dat" and report["call"]["diarization"] == "channels"
    assert report["segments"] and (out / "calls" / "recording.dat.html").exists()
