"""Speech to words with faster-whisper, only where the speech map says someone speaks."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from .config import AsrConfig
from .conversation import Word
from .errors import ModelError
from .intervals import Interval

SR = 16000
CHUNK_GAP_S = 0.3
"""Silence put between speech chunks glued together for Whisper."""



@dataclass(frozen=True)
class Chunk:
    """A stretch of the original audio placed at ``offset_s`` in the glued ASR input."""

    start_s: float
    end_s: float
    offset_s: float

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def load_whisper(config: AsrConfig):
    """Load the Whisper model once; pass it to every :class:`Transcriber`."""
    from faster_whisper import WhisperModel

    from .weights import whisper_model_dir

    folder = whisper_model_dir(config.model)
    try:
        return WhisperModel(folder, device=config.device, compute_type=config.compute_type,
                            cpu_threads=config.cpu_threads, local_files_only=True)
    except Exception as exc:  # CTranslate2/huggingface errors vary
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot load Whisper model {config.model!r} ({first}); "
                         f"use --asr-model base, tiny.en or a CTranslate2 model folder") from None


def whisper_options(config: AsrConfig) -> dict:
    """The faster-whisper ``transcribe`` keyword arguments callcoach uses (also for benchmarks)."""
    return dict(language=config.language, beam_size=config.beam_size,
                word_timestamps=config.word_timestamps, vad_filter=False)


def plan_chunks(regions: Iterable[Interval], duration_s: float, pad_s: float,
                gap_s: float = CHUNK_GAP_S) -> list[Chunk]:
    """Pad speech regions, merge those that touch, and place them one after another."""
    merged: list[list[float]] = []
    for start, end in sorted(regions):
        start, end = max(0.0, start - pad_s), min(duration_s, end + pad_s)
        if merged and start <= merged[-1][1] + gap_s:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    chunks, offset = [], 0.0
    for start, end in merged:
        chunks.append(Chunk(start, end, offset))
        offset += (end - start) + gap_s
    return chunks


def glue(audio: np.ndarray, chunks: list[Chunk], gap_s: float = CHUNK_GAP_S, sr: int = SR) -> np.ndarray:
    """The chunks' audio with ``gap_s`` of silence between them."""
    gap = np.zeros(int(round(gap_s * sr)), dtype=np.float32)
    parts: list[np.ndarray] = []
    for chunk in chunks:
        a, b = int(round(chunk.start_s * sr)), int(round(chunk.end_s * sr))
        piece = audio[a:b]
        # Keep offsets exact: pad so each chunk occupies exactly its planned length.
        want = int(round(chunk.duration_s * sr))
        if len(piece) < want:
            piece = np.pad(piece, (0, want - len(piece)))
        parts.append(piece[:want])
        parts.append(gap)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def to_original_time(t: float, chunks: list[Chunk], is_end: bool = False) -> float:
    """Map a time in the glued input back to the recording.

    A time inside the silence between two chunks maps to the next chunk's start (word
    starts) or the previous chunk's end (word ends): Whisper often stretches a word into
    the silence before or after it.
    """
    lo, hi = 0, len(chunks) - 1
    idx = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if chunks[mid].offset_s <= t:
            idx, lo = mid, mid + 1
        else:
            hi = mid - 1
    chunk = chunks[idx]
    into = t - chunk.offset_s
    if into > chunk.duration_s and not is_end and idx + 1 < len(chunks):
        return chunks[idx + 1].start_s
    return chunk.start_s + min(max(into, 0.0), chunk.duration_s)


class Transcriber:
    """Runs a loaded Whisper model over the speech of one channel."""

    def __init__(self, model, config: AsrConfig):
        if model is None:
            raise ModelError("no Whisper model loaded")
        self.model = model
        self.config = config

    def transcribe(self, audio: np.ndarray, regions: list[Interval], pad_s: float,
                   on_progress: Callable[[float], None] | None = None) -> list[Word]:
        """Words spoken in ``regions`` of a 16 kHz channel, with times in the recording.

        ``on_progress`` receives the seconds of glued audio done so far.
        """
        duration = len(audio) / SR
        chunks = plan_chunks(regions, duration, pad_s)
        if not chunks:
            return []
        glued = glue(audio, chunks)
        segments, _info = self.model.transcribe(glued, **whisper_options(self.config))
        words: list[Word] = []
        for seg in segments:
            if on_progress:
                on_progress(seg.end)
            for w in seg.words or []:
                start = to_original_time(w.start, chunks)
                end = to_original_time(max(w.end, w.start), chunks, is_end=True)
                if not w.word.strip():
                    continue
                words.append(Word(w.word, round(start, 3), round(max(end, start), 3),
                                  round(float(w.probability), 3)))
        return words
