"""Checks on where reports go, made before any analysis: the folder can be made and written,
is not a file, and has room for the report set."""
from __future__ import annotations

import os
from pathlib import Path


def is_dir(p: Path) -> bool:
    """``p.is_dir()``, False where the path cannot even be looked at (the call's own error
    then names it, and the other calls go on)."""
    try:
        return p.is_dir()
    except OSError:
        return False


def _size(p: Path) -> int:
    try:
        return p.stat().st_size if p.is_file() else 0
    except OSError:
        return 0


def check_out(out: Path, formats: list[str], inputs: list[Path], embed_audio: bool) -> None:
    """Fail before any analysis when the reports could not be written."""
    import shutil

    from .errors import CallcoachError

    try:
        if out.exists() and not out.is_dir():
            raise CallcoachError(f"--out {out} is a file; give a folder for the reports")
        probe = out
        while not probe.exists():
            probe = probe.parent
    except OSError as exc:
        raise CallcoachError(f"--out {out}: {exc.strerror or exc}; choose a shorter or valid folder path") from None
    if not probe.is_dir():
        raise CallcoachError(f"--out {out}: {probe} is a file, so the folder cannot be made")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise CallcoachError(f"--out {out} is not writable; choose another folder or fix its permissions")
    need = 2_000_000 * len(inputs) * len(formats)
    if embed_audio:
        need += sum(_size(p) * 2 for p in inputs)
    free = shutil.disk_usage(probe).free
    if free < need:
        raise CallcoachError(f"--out {out}: only {free // 1_000_000} MB free, about {need // 1_000_000 + 1} MB "
                             "needed for the reports; free some space or choose another folder")
