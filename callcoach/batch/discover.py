"""Find the calls in an archive: recordings recognised by their content, not their name.

Archives collect years of exports from different telephony systems: ``.WAV`` files that are
really MP3, files without an extension, transcripts next to the audio, thumbnails, zip
files, symlinks into other trees. Discovery walks every root, reads the first bytes of
each file (read-only) and keeps what a decoder can open; everything else is reported as a
problem (never fatal), so one odd entry cannot stop a nightly run.

Call ids are stable across runs: the metadata's ``call_id`` when given, else the path
relative to the archive root *with* its extension (``a.wav`` and ``a.flac`` are two
calls). With several roots, an id that two roots share is prefixed with the root's name.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

SNIFF_BYTES = 64
MAX_TRANSCRIPT_BYTES = 64 * 1024 * 1024
"""JSON files larger than this are not read to check for a transcript (reported instead)."""


@dataclass
class Found:
    """One input call: a recording or a transcript, and where it came from."""

    path: Path
    root: Path
    rel: str
    """Path relative to its archive root, POSIX separators."""
    kind: str
    """``audio`` or ``transcript``."""
    format: str
    size: int
    mtime_ns: int
    call_id: str = ""
    metadata: dict = field(default_factory=dict)


@dataclass
class Problem:
    """An archive entry that is not a call (or cannot be read): reported, never fatal."""

    path: str
    reason: str
    """``not audio``, ``unreadable``, ``symlink loop``, ``broken symlink``, ``metadata``..."""
    detail: str = ""


@dataclass
class Unreadable:
    """A file that may be a call but could not be opened: kept as a ``skipped`` call."""

    path: Path
    root: Path
    rel: str
    detail: str
    call_id: str = ""
    metadata: dict = field(default_factory=dict)


@dataclass
class Discovery:
    found: list[Found] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)


def sniff(head: bytes) -> str | None:
    """The container a file's first bytes announce, or None.

    Only formats that :func:`callcoach.audio.load_recording` decodes (soundfile, then PyAV).
    """
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 12 and head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "m4a"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06) != 0:
        return "mp3"  # MPEG audio frame sync (layer bits non-zero); ADTS AAC has layer 00
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return "aac"
    return None


def _looks_like_json(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text[:1] == b"{"


def _is_transcript(fd: int, size: int) -> bool:
    if size > MAX_TRANSCRIPT_BYTES:
        return False
    with os.fdopen(os.dup(fd), "rb") as f:
        f.seek(0)
        raw = f.read()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and "segments" in data


def classify(path: Path) -> tuple[str, str] | Problem:
    """(kind, format) of one file, opened read-only; a Problem when it is not a call."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block
    except OSError as exc:
        return Problem(str(path), "unreadable", exc.strerror or str(exc))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return Problem(str(path), "not a file", "fifo, socket or device")
        try:
            head = os.pread(fd, SNIFF_BYTES, 0)
        except OSError as exc:
            return Problem(str(path), "unreadable", exc.strerror or str(exc))
        fmt = sniff(head)
        if fmt:
            return "audio", fmt
        if _looks_like_json(head) and _is_transcript(fd, st.st_size):
            return "transcript", "json"
        if not head:
            return Problem(str(path), "not audio", "empty file")
        return Problem(str(path), "not audio", "content is not a known audio format or transcript")
    finally:
        os.close(fd)


def _walk(root: Path, skip: list[Path], disc: Discovery) -> Iterable[tuple[Path, os.stat_result]]:
    """Regular files under ``root`` (following directory symlinks once; loops reported)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            disc.problems.append(Problem(str(folder), "unreadable", exc.strerror or str(exc)))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            disc.problems.append(Problem(str(folder), "symlink loop", "folder already visited"))
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            disc.problems.append(Problem(str(folder), "unreadable", exc.strerror or str(exc)))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                est = os.stat(entry.path)  # follows symlinks
            except OSError as exc:
                if entry.is_symlink():
                    reason = "symlink loop" if exc.errno == errno.ELOOP else "broken symlink"
                    disc.problems.append(Problem(str(path), reason, exc.strerror or str(exc)))
                else:
                    disc.problems.append(Problem(str(path), "unreadable", exc.strerror or str(exc)))
                continue
            if stat.S_ISDIR(est.st_mode):
                if any(_same(path, s) for s in skip):
                    continue
                if entry.is_symlink() and (est.st_dev, est.st_ino) in seen:
                    disc.problems.append(Problem(str(path), "symlink loop", "points to a folder above it"))
                    continue
                subfolders.append(path)
            elif stat.S_ISREG(est.st_mode):
                yield path, est
            else:
                disc.problems.append(Problem(str(path), "not a file", "fifo, socket or device"))
        stack.extend(reversed(subfolders))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def discover(roots: list[Path], skip: list[Path] | None = None) -> Discovery:
    """Every call under ``roots`` (files or folders), plus what was not a call and why.

    ``skip``: folders never entered (the batch's own output folder, when it lies inside
    an archive). Ids are not assigned here: see :func:`assign_ids`.
    """
    disc = Discovery()
    for root in roots:
        files: Iterable[tuple[Path, os.stat_result]]
        if root.is_dir():
            base = root
            files = _walk(root, skip or [], disc)
        else:
            base = root.parent
            try:
                files = [(root, root.stat())]
            except OSError as exc:
                disc.problems.append(Problem(str(root), "unreadable", exc.strerror or str(exc)))
                continue
        for path, st in files:
            rel = path.relative_to(base).as_posix()
            result = classify(path)
            if isinstance(result, Problem):
                if result.reason == "unreadable":
                    disc.unreadable.append(Unreadable(path, base, rel, result.detail))
                else:
                    disc.problems.append(result)
                continue
            kind, fmt = result
            disc.found.append(Found(path, base, rel, kind, fmt, st.st_size, st.st_mtime_ns))
    return disc


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def root_labels(items: list) -> dict[Path, str]:
    """A name per archive root for id prefixes: its folder name, made unique if needed."""
    roots = list(dict.fromkeys(item.root for item in items))
    labels: dict[Path, str] = {}
    names = [r.resolve().name or "root" for r in roots]
    for root, name in zip(roots, names):
        labels[root] = name if names.count(name) == 1 else f"{name}~{short_hash(str(root.resolve()), 6)}"
    return labels


def assign_ids(items: list) -> None:
    """Give every item (Found or Unreadable) a unique, stable ``call_id``.

    Metadata ids win; otherwise the path relative to the root. Ids two roots share get the
    root's name as prefix; anything still colliding gets a short hash of its full path.
    """
    labels = root_labels(items)
    by_id: dict[str, list] = {}
    for item in items:
        given = item.metadata.get("call_id")
        item.call_id = str(given) if given not in (None, "") else item.rel
        by_id.setdefault(item.call_id, []).append(item)
    for call_id, group in by_id.items():
        if len(group) > 1:
            for item in group:
                if not item.metadata.get("call_id"):
                    label = labels.get(item.root) or item.root.name
                    item.call_id = f"{label}/{item.rel}"
    counts: dict[str, int] = {}
    for item in items:
        counts[item.call_id] = counts.get(item.call_id, 0) + 1
    for item in items:
        if counts[item.call_id] > 1 and not item.metadata.get("call_id"):
            item.call_id = f"{item.call_id}~{short_hash(str(item.path.resolve()))}"


def assign_stems(call_ids: Iterable[str]) -> dict[str, str]:
    """Report file stem per call id: :func:`safe_stem`, plus a short hash of the id where
    two ids would share a stem (compared case-insensitively, for macOS/Windows shares)."""
    from ..report.write import MAX_NAME_BYTES, safe_stem

    ids = sorted(set(call_ids))
    stems = {cid: safe_stem(cid) for cid in ids}
    groups: dict[str, list[str]] = {}
    for cid, stem in stems.items():
        groups.setdefault(stem.casefold(), []).append(cid)
    for members in groups.values():
        if len(members) > 1:
            for cid in members:
                base = stems[cid]
                while len(base.encode("utf-8")) > MAX_NAME_BYTES - 9:
                    base = base[:-1]
                stems[cid] = f"{base}-{short_hash(cid)}"
    return stems
