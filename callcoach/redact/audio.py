"""Redacted spans silenced in audio embedded in the HTML report (the source file is never touched)."""
from __future__ import annotations

import io
from typing import Any, Iterable


# -- audio ----------------------------------------------------------------------------------

def _bounds(span: Any) -> tuple[float, float] | None:
    if isinstance(span, dict):
        s, e = span.get("start"), span.get("end")
    else:
        s, e = getattr(span, "start", None), getattr(span, "end", None)
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (s, e)):
        return None
    return float(s), float(e)


def silence_spans(samples, sample_rate: int, spans: Iterable[Any], pad_s: float = 0.2,
                  time_axis: int | None = None):
    """A copy of ``samples`` with every span (``Span`` or ``{"start", "end"}``, seconds)
    zeroed, ``pad_s`` wider on each side, on every channel.

    ``samples`` is (frames,), (frames, channels) as soundfile reads it, or (channels, frames)
    as ``callcoach.audio`` holds it; ``time_axis`` says which, or by default the longer axis.
    """
    import numpy as np

    out = np.array(samples, copy=True)
    if out.ndim == 0 or out.size == 0:
        return out
    if time_axis is not None:
        axis = time_axis
    else:
        axis = 0 if out.ndim == 1 or out.shape[0] >= out.shape[-1] else out.ndim - 1
    n = out.shape[axis]
    for span in spans or ():
        b = _bounds(span)
        if b is None:
            continue
        a = max(int(np.floor((min(b) - pad_s) * sample_rate)), 0)
        z = min(int(np.ceil((max(b) + pad_s) * sample_rate)), n)
        if z <= a:
            continue
        index = [slice(None)] * out.ndim
        index[axis] = slice(a, z)
        out[tuple(index)] = 0
    return out


def silenced_wav_bytes(path, spans: Iterable[Any], pad_s: float = 0.2) -> bytes | None:
    """The recording at ``path`` as WAV bytes with the spans silenced (the file is never
    changed); None when it cannot be decoded."""
    import soundfile as sf

    spans = list(spans or ())
    subtype = "PCM_16"
    try:
        info = sf.info(str(path))
        data, rate = sf.read(str(path), always_2d=True)
        if info.format == "WAV" and info.subtype in ("PCM_16", "PCM_24", "PCM_32", "PCM_U8", "ULAW", "ALAW",
                                                     "FLOAT"):
            subtype = info.subtype
    except Exception:  # noqa: BLE001 - libsndfile cannot read it: try the project's decoder
        try:
            from .audio import load_recording
            rec = load_recording(path)
            data, rate = rec.samples.T, rec.sample_rate
        except Exception:  # noqa: BLE001
            return None
    data = silence_spans(data, int(rate), spans, pad_s, time_axis=0)
    buf = io.BytesIO()
    sf.write(buf, data, int(rate), format="WAV", subtype=subtype)
    return buf.getvalue()
