"""The call report as the JSON contract (shared/REPORT_CONTRACT.md, schema_version 1)."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..conversation import Conversation, Segment

SCHEMA_VERSION = 1


@dataclass
class CallInfo:
    """The ``call`` section: where the call came from and how it was processed."""

    id: str
    source: str
    duration_s: float
    sample_rate: int | None
    channels: int | None
    diarization: str
    asr_model: str | None
    agent_id: str | None = None
    customer_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Fields beyond the contract's minimum (roles, warnings, speech found...)."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "source": self.source,
            "duration_s": r2(self.duration_s),
            "sample_rate": self.sample_rate,
            "channels": self.channels,
            "diarization": self.diarization,
            "asr_model": self.asr_model,
            "agent_id": self.agent_id,
            "customer_name": self.customer_name,
        }
        out.update(self.extra)
        return out


def r2(x: float | None) -> float | None:
    """Times and figures in the report are rounded to 0.01."""
    return None if x is None else round(float(x), 2)


def segment_to_dict(seg: Segment) -> dict[str, Any]:
    return {
        "speaker": seg.speaker,
        "start": r2(seg.start),
        "end": r2(seg.end),
        "text": seg.text,
        "words": [
            {"word": w.word.strip(), "start": r2(w.start), "end": r2(w.end),
             "probability": None if w.probability is None else round(float(w.probability), 3)}
            for w in seg.words
        ],
    }


def build_report(call: CallInfo, conversation: Conversation,
                 sections: dict[str, Any] | None = None) -> dict[str, Any]:
    """The report document; ``sections`` are the analysers' outputs (absent until computed)."""
    report: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "call": call.to_dict(),
        "segments": [segment_to_dict(s) for s in conversation.segments],
    }
    for name, value in (sections or {}).items():
        if value is not None:
            report[name] = value
    return report


def write_text_atomic(text: str, path: str | os.PathLike) -> Path:
    """Write ``text`` to ``path`` so that the file is either complete or absent."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_json_atomic(data: dict[str, Any], path: str | os.PathLike) -> Path:
    """Write ``data`` as JSON to ``path``, complete or not at all."""
    return write_text_atomic(json.dumps(data, ensure_ascii=False, indent=2) + "\n", path)


def load_report(path: str | os.PathLike) -> dict[str, Any]:
    """Read a report written by callcoach."""
    from ..errors import InputError
    from ..transcript import read_json_file

    data = read_json_file(path)
    if not isinstance(data, dict) or "segments" not in data:
        raise InputError(str(path), "not a callcoach report (no 'segments')")
    return data
