"""``callcoach batch --engine ray`` on a private local Ray (transcript inputs, to be fast).

Ray is in the ``test`` extra, so CI runs this; it skips only where Ray is not installed.
"""
from __future__ import annotations

import csv
import json

import pytest

from tests.test_batch import BILLING, UPSET, batch, ledger_rows, transcript

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'callcoach[ray]' or '.[test]')")


def test_ray_engine_runs_the_batch_and_one_failing_call_never_fails_the_run(tmp_path, monkeypatch):
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    root = tmp_path / "archive"
    (root / "q1").mkdir(parents=True)
    (root / "q1" / "call.json").write_text(transcript(UPSET))
    (root / "q2").mkdir()
    (root / "q2" / "call.json").write_text(transcript(BILLING))           # same name, other folder
    (root / "crash.json").write_text(transcript(BILLING, callcoach_test_hook={"exit": 9}))
    (root / "stuck.json").write_text(transcript(BILLING, callcoach_test_hook={"sleep": 120}))
    (root / "bad.json").write_text(json.dumps({"segments": [{"speaker": "x", "start": 0, "end": 1}]}))
    out = tmp_path / "out"

    result = batch(str(root), "--out", str(out), "--engine", "ray", "--workers", "1", "--call-timeout", "8",
                   env={"CALLCOACH_BATCH_TEST_HOOKS": "1"})

    assert result.exit_code == 3, result.output
    assert "batch: 2 done, 3 failed, 0 skipped" in result.output
    rows = ledger_rows(out)
    assert rows["q1/call.json"]["status"] == rows["q2/call.json"]["status"] == "done"
    assert rows["crash.json"]["error_class"] == "WorkerCrashed"
    assert rows["stuck.json"]["error_class"] == "Timeout"
    assert rows["bad.json"]["error_class"] == "InputError"
    for call_id in ("q1/call.json", "q2/call.json"):  # written by the actors themselves
        outputs = json.loads(rows[call_id]["outputs"])
        assert all((out / o).is_file() for o in outputs) and len(outputs) == 2
    with open(out / "calls.csv", newline="") as f:
        assert len(list(csv.DictReader(f))) == 5
    assert not ray.is_initialized()  # the private Ray was shut down

    again = batch(str(root), "--out", str(out), "--engine", "ray", "--workers", "1")
    assert again.exit_code == 0 and "batch: 0 done, 0 failed, 5 skipped" in again.output  # nothing to start
