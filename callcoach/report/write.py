"""Write a call's report set (json, html, md) as a whole or not at all.

Every file of the set is rendered first, written under a temporary name in the output
folder, and only then renamed into place, so a full disk or a killed run leaves the
previous set intact. A per-report lock keeps two concurrent runs from interleaving their
sets; temporary files a killed run left behind are removed by the next run.
"""
from __future__ import annotations

import fcntl
import json
import math
import os
import tempfile
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

FORMATS = ("json", "html", "md")
TEMP_SUFFIX = ".callcoach-tmp"
STALE_TEMP_S = 3600.0
"""A temporary file older than this belongs to a dead run (a live one renames within seconds)."""
MAX_NAME_BYTES = 200
"""File names are cut to this many UTF-8 bytes (most filesystems allow 255)."""


def safe_stem(call_id: str) -> str:
    """A file-name stem for ``call_id``: letters (any script), digits and ``-_.+`` kept.

    Cut at :data:`MAX_NAME_BYTES` bytes of UTF-8 on a character boundary, so a long id in
    a multi-byte script still gives a legal name.
    """
    text = unicodedata.normalize("NFC", str(call_id))
    keep = "".join(c if (c.isalnum() or c in "-_.+") else "_" for c in text).strip("._")
    out, size = [], 0
    for c in keep:
        n = len(c.encode("utf-8"))
        if size + n > MAX_NAME_BYTES:
            break
        out.append(c)
        size += n
    return "".join(out) or "call"


def _finite(value: Any) -> Any:
    """NaN and infinities become None, so the JSON stays valid JSON; numpy scalars become
    plain numbers and booleans."""
    if hasattr(value, "item") and type(value).__module__ == "numpy" and getattr(value, "ndim", 1) == 0:
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def report_json(report: dict[str, Any]) -> str:
    """The report as JSON text (UTF-8, NaN/inf written as null)."""
    return json.dumps(_finite(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def report_paths(out_dir: Path, stem: str, formats: Sequence[str]) -> dict[str, Path]:
    """Where each format of one report set goes."""
    return {fmt: out_dir / f"{stem}.{fmt}" for fmt in FORMATS if fmt in formats}


def remove_stale_temps(out_dir: Path, older_than_s: float = STALE_TEMP_S) -> int:
    """Delete temporary files a killed run left in ``out_dir``; returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(Path(out_dir).glob(f".*{TEMP_SUFFIX}"))
    except OSError:
        return 0
    for tmp in entries:
        try:
            if now - tmp.stat().st_mtime > older_than_s:
                tmp.unlink()
                removed += 1
        except OSError:
            pass
    return removed


@contextmanager
def report_lock(out_dir: Path, stem: str) -> Iterator[None]:
    """An exclusive lock on one report set (blocks while another run writes it)."""
    lock_path = Path(out_dir) / f".{stem}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _file_mode() -> int:
    """Permissions a plain ``open()`` would give: 0666 minus the user's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _write_temp(text: str, final: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=TEMP_SUFFIX, dir=final.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _file_mode())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_text_atomic(text: str, path: str | os.PathLike) -> Path:
    """Write one text file so that it is either complete or absent."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(text, path)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_files_atomic(texts: dict[Path, str]) -> list[Path]:
    """Write several files as one set: all temporaries first, then all renames.

    If any temporary cannot be written (disk full, permissions), none of the final files
    is touched. Before the renames each existing file gets a hard link as its backup (no
    data is copied), so if a rename fails part-way the files already replaced are put
    back: the set on disk is the old one or the new one, never a mix.
    """
    temps: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}
    try:
        for final, text in texts.items():
            final.parent.mkdir(parents=True, exist_ok=True)
            temps.append((_write_temp(text, final), final))
        for _, final in temps:
            backups[final] = _backup(final)
    except BaseException:
        _discard([tmp for tmp, _ in temps] + [b for b in backups.values() if b])
        raise
    done: list[Path] = []
    target = None
    try:
        for tmp, target in temps:
            os.replace(tmp, target)
            done.append(target)
    except BaseException as exc:
        for final in done:  # put the previous set back
            previous = backups.get(final)
            if previous is not None:
                os.replace(previous, final)
            else:
                final.unlink(missing_ok=True)
        _discard([tmp for tmp, _ in temps] + [b for b in backups.values() if b])
        if isinstance(exc, OSError) and exc.errno is not None:  # name the report, not its temporary
            raise type(exc)(exc.errno, exc.strerror, str(target)) from exc
        raise
    _discard([b for b in backups.values() if b])
    return [final for _, final in temps]


def _backup(final: Path) -> Path | None:
    """A hard link to ``final`` under a temporary name (None when there is no file)."""
    if not final.is_file():
        return None
    backup = final.with_name(f".{final.name}.{os.getpid()}.backup{TEMP_SUFFIX}")
    backup.unlink(missing_ok=True)
    os.link(final, backup)
    return backup


def _discard(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def render_report_set(report: dict[str, Any], out_dir: Path, stem: str, formats: Sequence[str],
                      embed_audio: bool = False) -> dict[Path, str]:
    """Render every requested format of one report (JSON always) to text, in memory."""
    paths = report_paths(out_dir, stem, list(formats) + ["json"])
    texts: dict[Path, str] = {paths["json"]: report_json(report)}
    if "md" in paths:
        from .markdown import render_markdown

        texts[paths["md"]] = render_markdown(report)
    if "html" in paths:
        from .html import render_html

        texts[paths["html"]] = render_html(report, out_dir, embed_audio=embed_audio)
    return texts


def write_report_set(report: dict[str, Any], out_dir: str | os.PathLike, stem: str | None = None,
                     formats: Sequence[str] = ("json",), embed_audio: bool = False) -> list[Path]:
    """Render and write one call's report set under ``out_dir/<stem>.<format>``.

    The set is replaced as a whole or not at all, under a lock for that report.
    Returns the paths written, JSON first.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = stem or safe_stem(report["call"]["id"])
    texts = render_report_set(report, out_dir, stem, formats, embed_audio)
    remove_stale_temps(out_dir)
    with report_lock(out_dir, stem):
        return write_files_atomic(texts)


def write_json_atomic(data: dict[str, Any], path: str | os.PathLike) -> Path:
    """Write ``data`` as JSON to ``path``, complete or not at all."""
    return write_text_atomic(report_json(data), path)
