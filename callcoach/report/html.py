"""The call report as one self-contained HTML page (Jinja2, every text escaped)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("callcoach.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"], default=True),
                       trim_blocks=True, lstrip_blocks=True)


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


def embedded_audio(source: str) -> str | None:
    """The recording as a data: URI, for a report that carries its own audio."""
    import base64
    import mimetypes

    src = Path(source)
    if not src.is_file():
        return None
    mime = mimetypes.guess_type(src.name)[0] or "audio/wav"
    return f"data:{mime};base64," + base64.b64encode(src.read_bytes()).decode("ascii")


def render_html(report: dict[str, Any], out_dir: Path | None = None, embed_audio: bool = False) -> str:
    template = _environment().get_template("report.html.j2")
    call = report["call"]
    audio = None
    if call.get("diarization") != "transcript":
        audio = embedded_audio(call["source"]) if embed_audio else audio_href(call["source"], out_dir)
    return template.render(report=report, call=call, segments=report["segments"], audio=audio)
