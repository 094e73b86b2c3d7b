"""The call report as the JSON contract (shared/REPORT_CONTRACT.md, schema_version 1)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..conversation import Conversation, Segment
from .write import write_json_atomic, write_text_atomic  # noqa: F401  (public names)

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


def load_report(path: str | os.PathLike) -> dict[str, Any]:
    """Read a report written by callcoach."""
    from ..errors import InputError
    from ..speech.transcript import read_json_file

    data = read_json_file(path)
    if not isinstance(data, dict) or "segments" not in data:
        raise InputError(str(path), "not a callcoach report (no 'segments')")
    return data
