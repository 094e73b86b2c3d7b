"""Archive discovery: calls found by content, odd entries reported and never fatal, ids and
report names unique and stable. Pure file-system tests: no model, no worker."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from callcoach.batch import discover as d
from callcoach.batch.metadata import MetadataError, attach_metadata, load_metadata

WAV_HEAD = b"RIFF\x24\x00\x00\x00WAVEfmt "
TRANSCRIPT = json.dumps({"segments": [{"speaker": "agent", "start": 0, "end": 1, "text": "Hello"}]})


@pytest.mark.parametrize("head, fmt", [
    (WAV_HEAD, "wav"), (b"fLaC\x00\x00\x00\x22", "flac"), (b"OggS\x00\x02", "ogg"), (b"ID3\x04\x00", "mp3"),
    (b"\xff\xfb\x90\x64", "mp3"), (b"\x00\x00\x00\x20ftypM4A \x00\x00", "m4a"), (b"\xff\xf1\x50\x80", "aac"),
])
def test_audio_is_recognised_by_its_first_bytes(head, fmt):
    assert d.sniff(head) == fmt


@pytest.mark.parametrize("head", [b"hello world", b"{\"a\": 1}", b"PK\x03\x04zip", b"\x89PNG\r\n", b""])
def test_other_content_is_not_audio(head):
    assert d.sniff(head) is None


def test_discovery_goes_by_content_and_reports_every_odd_entry(tmp_path):
    root = tmp_path / "archive"
    (root / "2024" / "05").mkdir(parents=True)
    (root / "2024" / "05" / "call.wav").write_bytes(WAV_HEAD + b"\x00" * 64)
    (root / "2024" / "05" / "misnamed.txt").write_bytes(WAV_HEAD + b"\x00" * 64)   # audio, odd name
    (root / "2024" / "noext").write_bytes(b"fLaC" + b"\x00" * 64)
    (root / "2024" / "fake.wav").write_text("this is not audio")                    # odd content
    (root / "t.json").write_text(TRANSCRIPT)
    (root / "settings.json").write_text('{"volume": 3}')                            # JSON, not a transcript
    (root / "empty.mp3").write_bytes(b"")
    os.symlink(root, root / "2024" / "loop")                                        # folder loop
    os.symlink(root / "self", root / "self")                                        # link to itself
    os.symlink(root / "nowhere.wav", root / "dangling.wav")
    os.mkfifo(root / "pipe.wav")                                                    # would block a naive read

    disc = d.discover([root])

    found = {f.rel: (f.kind, f.format) for f in disc.found}
    assert found == {"2024/05/call.wav": ("audio", "wav"), "2024/05/misnamed.txt": ("audio", "wav"),
                     "2024/noext": ("audio", "flac"), "t.json": ("transcript", "json")}
    problems = {Path(p.path).name: p.reason for p in disc.problems}
    assert problems["fake.wav"] == "not audio"
    assert problems["settings.json"] == "not audio"
    assert problems["empty.mp3"] == "not audio"
    assert problems["loop"] == "symlink loop"
    assert problems["self"] == "symlink loop"
    assert problems["dangling.wav"] == "broken symlink"
    assert problems["pipe.wav"] == "not a file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_kept_as_unreadable(tmp_path):
    secret = tmp_path / "secret.wav"
    secret.write_bytes(WAV_HEAD)
    secret.chmod(0)
    try:
        disc = d.discover([tmp_path])
    finally:
        secret.chmod(0o644)
    assert [u.rel for u in disc.unreadable] == ["secret.wav"] and not disc.found


def test_an_open_error_makes_an_unreadable_entry_not_a_crash(tmp_path, monkeypatch):
    """Same path as a permission error, simulated so it also runs as root."""
    (tmp_path / "ok.wav").write_bytes(WAV_HEAD)
    (tmp_path / "locked.wav").write_bytes(WAV_HEAD)
    real_open = os.open

    def fake_open(path, flags, *args):
        if str(path).endswith("locked.wav"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(d.os, "open", fake_open)
    disc = d.discover([tmp_path])
    assert [f.rel for f in disc.found] == ["ok.wav"]
    assert [(u.rel, u.detail) for u in disc.unreadable] == [("locked.wav", "Permission denied")]


def test_the_output_folder_inside_an_archive_is_not_searched(tmp_path):
    (tmp_path / "a.json").write_text(TRANSCRIPT)
    (tmp_path / "out" / "calls").mkdir(parents=True)
    (tmp_path / "out" / "calls" / "a.json.json").write_text(TRANSCRIPT)  # a report is a valid transcript
    disc = d.discover([tmp_path], skip=[tmp_path / "out"])
    assert [f.rel for f in disc.found] == ["a.json"]


def _found(root: Path, rel: str, meta: dict | None = None) -> d.Found:
    return d.Found(root / rel, root, rel, "audio", "wav", 1, 1, metadata=meta or {})


def test_ids_keep_the_extension_and_are_unique_across_roots(tmp_path):
    east, west = tmp_path / "east", tmp_path / "west"
    items = [_found(east, "a.wav"), _found(east, "a.flac"), _found(east, "x/b.wav"),
             _found(west, "x/b.wav"), _found(west, "c.wav"), _found(west, "m.wav", {"call_id": "CALL-7"})]
    d.assign_ids(items)
    assert [i.call_id for i in items] == ["a.wav", "a.flac", "east/x/b.wav", "west/x/b.wav", "c.wav", "CALL-7"]
    again = [_found(east, "a.wav"), _found(east, "a.flac"), _found(east, "x/b.wav"),
             _found(west, "x/b.wav"), _found(west, "c.wav"), _found(west, "m.wav", {"call_id": "CALL-7"})]
    d.assign_ids(again)
    assert [i.call_id for i in again] == [i.call_id for i in items]  # stable


def test_roots_with_the_same_folder_name_still_give_unique_ids(tmp_path):
    one, two = tmp_path / "1" / "calls", tmp_path / "2" / "calls"
    items = [_found(one, "a.wav"), _found(two, "a.wav")]
    d.assign_ids(items)
    assert len({i.call_id for i in items}) == 2 and all(i.call_id.startswith("calls~") for i in items)


def test_report_stems_are_unique_even_when_safe_stem_collides():
    stems = d.assign_stems(["a/b.wav", "a_b.wav", "A_B.wav", "other.wav"])
    assert stems["other.wav"] == "other.wav"
    collided = [stems["a/b.wav"], stems["a_b.wav"], stems["A_B.wav"]]
    assert len({s.casefold() for s in collided}) == 3
    assert all(s.lower().startswith("a_b.wav-") for s in collided)
    assert d.assign_stems(["a_b.wav", "A_B.wav", "a/b.wav", "other.wav"]) == stems  # order-independent


def test_metadata_csv_is_matched_by_path_relative_to_the_root(tmp_path):
    root = tmp_path / "archive"
    items = [_found(root, "2024/a.wav"), _found(root, "2024/b.wav")]
    meta = tmp_path / "meta.csv"
    meta.write_text("path,call_id,agent_id,agent_channel,queue,started_at\n"
                    "2024/a.wav,C-1,alice,1,billing,2024-05-01T09:00:00\n"
                    "2024/missing.wav,C-2,bob,auto,,\n")
    problems = attach_metadata(items, load_metadata(meta), d.root_labels(items))
    assert items[0].metadata == {"path": "2024/a.wav", "call_id": "C-1", "agent_id": "alice", "agent_channel": 1,
                                 "queue": "billing", "started_at": "2024-05-01T09:00:00"}
    assert items[1].metadata == {}
    assert [(p.path, p.reason) for p in problems] == [("2024/missing.wav", "metadata")]


def test_metadata_json_and_its_errors(tmp_path):
    good = tmp_path / "m.json"
    good.write_text(json.dumps({"calls": [{"path": "a.wav", "agent_id": 7}]}))
    assert load_metadata(good) == [{"path": "a.wav", "agent_id": "7"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"path": "a.wav", "agent_channel": "left"}]))
    with pytest.raises(MetadataError, match="agent_channel"):
        load_metadata(bad)
    dup = tmp_path / "dup.csv"
    dup.write_text("path,call_id\na.wav,X\nb.wav,X\n")
    with pytest.raises(MetadataError, match="two files"):
        load_metadata(dup)
