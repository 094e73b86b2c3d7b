"""Speech to words with faster-whisper, only where the speech map says someone speaks."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from ..config import AsrConfig
from ..conversation import Word
from ..errors import ModelError
from ..intervals import Interval
from ..runtime import release_freed_memory

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

    from ..weights import whisper_model_dir

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


ENCODE_SLICE = 1
"""Whisper's encoder runs on this many windows of a batch at a time. Its attention scores
take about 90 MB per window, so a batch of 8 encoded at once needed 0.7 GB, the largest
buffer of a whole call (``benchmarks/long_call.py``); one window at a time costs the same
CPU time, and a window's encoder output does not depend on the other windows of its
batch, so the words are the same (bit-identical encoder output, checked against whole
batches). Decoding (0.4 GB) and word alignment (0.55 GB) still run on the whole batch:
alignment depends on the batch's longest token sequence."""


class _SlicedEncoder:
    """A faster-whisper ``WhisperModel`` whose ``encode`` runs a batch a few windows at a
    time (everything else is the model's own)."""

    def __init__(self, model, size: int = ENCODE_SLICE):
        self._model, self._size = model, max(1, size)

    def __getattr__(self, name):
        return getattr(self._model, name)

    def encode(self, features: np.ndarray):
        if features.ndim < 3 or features.shape[0] <= self._size:
            return self._model.encode(features)
        import ctranslate2

        parts = [np.asarray(self._model.encode(features[i:i + self._size]))
                 for i in range(0, features.shape[0], self._size)]
        return ctranslate2.StorageView.from_array(np.concatenate(parts))


MAX_WINDOW_S = 29.0
"""Longest stretch of glued speech sent to Whisper as one window (its limit is 30 s)."""
SPLIT_FRAME_S = 0.02


def split_long(audio: np.ndarray, start_s: float, end_s: float, max_s: float = MAX_WINDOW_S,
               sr: int = SR) -> list[Interval]:
    """Cut a stretch longer than ``max_s`` at its quietest moments into pieces of at most ``max_s``.

    Each cut is the lowest-energy 20 ms frame in the second half of the allowed length, so
    a word is rarely split (a mono call can run for minutes without a pause between voices).
    """
    pieces: list[Interval] = []
    frame = int(SPLIT_FRAME_S * sr)
    while end_s - start_s > max_s:
        lo, hi = start_s + max_s / 2, start_s + max_s - SPLIT_FRAME_S
        a, b = int(lo * sr), int(hi * sr)
        seg = audio[a:b]
        n = len(seg) // frame
        if n == 0:
            cut = start_s + max_s
        else:
            energy = np.square(seg[: n * frame].reshape(n, frame), dtype=np.float64).mean(axis=1)
            # Ties (digital silence) go to the latest frame: fuller windows, fewer of them.
            k = n - 1 - int(np.argmin(energy[::-1]))
            cut = lo + (k + 0.5) * SPLIT_FRAME_S
        pieces.append((start_s, cut))
        start_s = cut
    pieces.append((start_s, end_s))
    return pieces


def plan_windows(audio: np.ndarray, regions: Iterable[Interval], pad_s: float,
                 max_s: float = MAX_WINDOW_S, gap_s: float = CHUNK_GAP_S, sr: int = SR) -> list[list[Chunk]]:
    """Speech regions packed into Whisper windows of at most ``max_s`` seconds of glued audio.

    Regions are padded and merged as in :func:`plan_chunks`, long ones are split at quiet
    moments, and consecutive pieces share a window (``gap_s`` of silence between them) while
    they fit. Each window's chunks have offsets from the window's own start.
    """
    duration = len(audio) / sr
    pieces: list[Interval] = []
    for chunk in plan_chunks(regions, duration, pad_s, gap_s):
        pieces.extend(split_long(audio, chunk.start_s, chunk.end_s, max_s, sr))
    windows: list[list[Chunk]] = []
    offset = 0.0
    for start, end in pieces:
        if not windows or offset + (end - start) > max_s:
            windows.append([])
            offset = 0.0
        windows[-1].append(Chunk(start, end, offset))
        offset += (end - start) + gap_s
    return windows


def _window_of(t: float, starts: list[float]) -> int:
    """Index of the window (by glued start time) that holds time ``t``.

    faster-whisper rounds word times to 10 ms, so a word at the very start of a window can
    read up to 5 ms before it: times are matched with a 20 ms tolerance.
    """
    import bisect

    return max(0, bisect.bisect_right(starts, t + 0.02) - 1)


def map_group_words(segment, batch: list[tuple[int, list[Chunk]]], starts: list[float],
                    lengths: list[float]) -> list[tuple[int, Word]]:
    """(channel, word in recording time) for the words of one batched-Whisper segment.

    ``batch`` holds each window's (channel, chunks) in the order they were glued, at
    ``starts`` seconds with ``lengths``. A segment comes from one window, told by its
    ``seek`` (the window's start in 10 ms frames): word times can run past the window's
    end (faster-whisper aligns words over whole seconds), so they are not used to find
    it, only clamped to it.
    """
    k = _window_of(segment.seek / 100.0 + 0.005, starts) if getattr(segment, "seek", None) is not None \
        else _window_of(segment.start, starts)
    ch, window = batch[k]
    out: list[tuple[int, Word]] = []
    for w in segment.words or []:
        if not w.word.strip():
            continue
        a = min(max(w.start - starts[k], 0.0), lengths[k])
        b = min(max(w.end - starts[k], a), lengths[k])
        start = to_original_time(a, window)
        end = to_original_time(b, window, is_end=True)
        out.append((ch, Word(w.word, round(start, 3), round(max(end, start), 3), round(float(w.probability), 3))))
    return out


class Transcriber:
    """Runs a loaded Whisper model over the speech of one or more channels."""

    def __init__(self, model, config: AsrConfig):
        if model is None:
            raise ModelError("no Whisper model loaded")
        self.model = model
        self.config = config
        self._language_votes: dict[str, list[float]] = {}

    @property
    def detected_language(self) -> tuple[str, float] | None:
        """(code, probability) of the language Whisper heard, over everything this
        transcriber decoded: the code with the most seconds of speech, and its duration-
        weighted mean probability. None before any decoding. When ``[asr] language`` is set,
        Whisper is told the language and reports it with probability 1."""
        if not self._language_votes:
            return None
        code = max(self._language_votes, key=lambda c: self._language_votes[c][0])
        seconds, weighted = self._language_votes[code]
        return code, round(weighted / seconds, 3) if seconds > 0 else 0.0

    def _note_language(self, info, seconds: float) -> None:
        code = getattr(info, "language", None)
        if not code:
            return
        prob = float(getattr(info, "language_probability", 0.0) or 0.0)
        votes = self._language_votes.setdefault(code, [0.0, 0.0])
        votes[0] += max(seconds, 1e-3)
        votes[1] += max(seconds, 1e-3) * prob

    def transcribe(self, audio: np.ndarray, regions: list[Interval], pad_s: float,
                   on_progress: Callable[[float], None] | None = None) -> list[Word]:
        """Words spoken in ``regions`` of a 16 kHz channel, with times in the recording.

        ``on_progress`` receives the seconds of speech audio done so far.
        """
        return self.transcribe_channels([(audio, regions)], pad_s, on_progress)[0]

    def transcribe_channels(self, channels: list[tuple[np.ndarray, list[Interval]]], pad_s: float,
                            on_progress: Callable[[float], None] | None = None) -> list[list[Word]]:
        """Words of several channels (audio, speech regions), one list per channel.

        With ``batch_size`` > 1 (default) the speech is cut into windows of up to 29 s and
        decoded in batches, all channels' windows together: faster than sequential
        decoding on CPU (``benchmarks/asr_overhead.py``). Windows are sent a group at a time, so memory stays
        bounded on long calls.
        """
        if self.config.batch_size <= 1:
            return [self._sequential(audio, regions, pad_s, on_progress) for audio, regions in channels]
        from faster_whisper import BatchedInferencePipeline

        jobs = [(ch, window) for ch, (audio, regions) in enumerate(channels)
                for window in plan_windows(audio, regions, pad_s)]
        out: list[list[Word]] = [[] for _ in channels]
        pipeline = BatchedInferencePipeline(_SlicedEncoder(self.model))
        options = whisper_options(self.config)
        options.pop("vad_filter")
        group = max(1, self.config.batch_size) * 2
        done = 0.0
        for g in range(0, len(jobs), group):
            batch = jobs[g: g + group]
            pieces = [glue(channels[ch][0], window) for ch, window in batch]
            starts, t = [], 0.0
            for piece in pieces:
                starts.append(t)
                t += len(piece) / SR
            clips = [{"start": s, "end": s + len(p) / SR} for s, p in zip(starts, pieces)]
            pipeline.last_speech_timestamp = 0.0  # each group's glued time starts at 0
            segments, info = pipeline.transcribe(np.concatenate(pieces), clip_timestamps=clips,
                                                 batch_size=self.config.batch_size, **options)
            self._note_language(info, t)
            lengths = [len(p) / SR for p in pieces]
            for seg in segments:
                for ch, word in map_group_words(seg, batch, starts, lengths):
                    out[ch].append(word)
                if on_progress:
                    on_progress(done + min(seg.end, t))
            done += t
            del segments, pieces
            # One heap serves Whisper and the diarisation thread: free pages left between
            # their buffers go back to the system at each group, so they cannot pile up
            # into the peak of a long call (docs/measurements.md).
            release_freed_memory()
            if on_progress:
                on_progress(done)
        for words in out:
            words.sort(key=lambda w: w.start)
        return out

    def _sequential(self, audio: np.ndarray, regions: list[Interval], pad_s: float,
                    on_progress: Callable[[float], None] | None) -> list[Word]:
        """One glued pass through faster-whisper's sequential decoder (text context carried on)."""
        duration = len(audio) / SR
        chunks = plan_chunks(regions, duration, pad_s)
        if not chunks:
            return []
        glued = glue(audio, chunks)
        segments, info = self.model.transcribe(glued, **whisper_options(self.config))
        self._note_language(info, len(glued) / SR)
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
