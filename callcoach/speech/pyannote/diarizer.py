"""The diarizer a Coach holds: a loaded pyannote pipeline (bundled or the user's), called
on 16 kHz mono audio; importing this module loads nothing heavy."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from ...errors import ModelError
from ...runtime import release_freed_memory

SR = 16000
SEGMENTATION_BATCH = 8
"""segmentation-3.0 windows per forward pass. SincNet's activations take about 10 MB per
window; batches of 8 need half the memory of 16 at the same CPU time, with bit-identical
outputs (each window is computed on its own; ``benchmarks/long_call.py``)."""
TRIM_EVERY = 10
"""Free heap pages go back to the system every this many batches: pyannote's per-batch
outputs, kept to the end, sit between freed activation buffers and would otherwise leave
the heap full of free but resident pages (a 2-hour call's diarisation alone peaked at
2040 MiB without, 1780 MiB with, at the same speed; docs/measurements.md)."""


def _torch():
    import torch

    return torch


@dataclass
class DiarizationResult:
    """Speech turns per speaker label, with and without overlaps."""

    turns: dict[str, list[tuple[float, float]]]
    """Per speaker, sorted turns; speakers may overlap."""
    exclusive: dict[str, list[tuple[float, float]]]
    """Per speaker, turns where they are the single most likely speaker (no overlaps)."""


class Diarizer:
    """A loaded pyannote pipeline, built once and reused for every mono call."""

    def __init__(self, pipeline: Any, label: str, num_speakers: int | None = 2,
                 min_speakers: int | None = None, max_speakers: int | None = None, threads: int = 1):
        self.pipeline = pipeline
        self.threads = threads
        self.label = label
        self.num_speakers = num_speakers
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers

    def __call__(self, audio: np.ndarray, on_progress: Callable[[float], None] | None = None,
                 threads: Callable[[], int] | None = None) -> DiarizationResult:
        """Diarise 16 kHz mono audio.

        ``threads``, if given, is asked after every batch how many torch threads to use
        (callcoach raises it once Whisper, running alongside, has finished).
        """
        torch = _torch()
        wanted = threads or (lambda: self.threads)
        torch.set_num_threads(wanted())
        waveform = torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32)).unsqueeze(0)
        calls = [0]

        def hook(step_name, step_artefact, file=None, total=None, completed=None):
            if torch.get_num_threads() != wanted():
                torch.set_num_threads(wanted())
            calls[0] += 1
            if calls[0] % TRIM_EVERY == 0:
                release_freed_memory()
            if on_progress and total:
                weight = {"segmentation": (0.0, 0.6), "embeddings": (0.6, 0.95)}.get(step_name)
                if weight:
                    on_progress(weight[0] + (weight[1] - weight[0]) * completed / total)

        kwargs = {}
        if self.num_speakers:
            kwargs["num_speakers"] = self.num_speakers
        else:
            if self.min_speakers:
                kwargs["min_speakers"] = self.min_speakers
            if self.max_speakers:
                kwargs["max_speakers"] = self.max_speakers
        with torch.inference_mode():
            output = self.pipeline({"waveform": waveform, "sample_rate": SR}, hook=hook, **kwargs)
        full = getattr(output, "speaker_diarization", output)
        exclusive = getattr(output, "exclusive_speaker_diarization", full)
        result = DiarizationResult(turns=_turns(full), exclusive=_turns(exclusive))
        del output, full, exclusive
        release_freed_memory()  # the segmentation arrays of a long call, before Whisper's next batch
        return result


def _turns(annotation) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for segment, _, label in annotation.itertracks(yield_label=True):
        out.setdefault(str(label), []).append((float(segment.start), float(segment.end)))
    for label in out:
        out[label].sort()
    return out


def load_diarizer(config) -> Diarizer:
    """Build the diarisation pipeline from ``config.diarization`` (bundled weights by default)."""
    import warnings

    # pyannote warns on stderr when it finds fewer voices than asked for; the report says
    # so itself (call.speakers_found and a warning), so keep the terminal clean.
    warnings.filterwarnings("ignore", message=r"\s*The detected number of speakers", category=UserWarning)
    dcfg = config.diarization
    from ...runtime import usable_cores

    threads = dcfg.threads or max(1, usable_cores() // 4)
    _torch().set_num_threads(threads)
    try:
        if dcfg.model:
            pipeline, label = _users_pipeline(dcfg.model), dcfg.model
        else:
            pipeline, label = _bundled_pipeline(dcfg), "bundled segmentation-3.0 + CAM++"
    except ModelError:
        raise
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot build the diarisation pipeline ({first})") from None
    return Diarizer(pipeline, label, dcfg.num_speakers, dcfg.min_speakers, dcfg.max_speakers, threads)


def _bundled_pipeline(dcfg):
    from pyannote.audio import Model

    from ...weights import segmentation_checkpoint
    from .campplus import CamPlusPlusEmbedding
    from .clustering import SPLIT_MAX_STEP
    from .pipeline import CallDiarization, NoPLDA

    segmentation = Model.from_pretrained(str(segmentation_checkpoint()))
    embedding = CamPlusPlusEmbedding()
    pipeline = CallDiarization(
        segmentation=segmentation,
        segmentation_step=dcfg.step,
        embedding=embedding,
        embedding_exclude_overlap=dcfg.embedding_exclude_overlap,
        plda=NoPLDA(),
        clustering="AgglomerativeClustering",
        segmentation_batch_size=SEGMENTATION_BATCH,
        split_pause_s=dcfg.split_pause_s if dcfg.step <= SPLIT_MAX_STEP else 0.0,
    )
    pipeline.instantiate({
        "segmentation": {"min_duration_off": dcfg.min_duration_off_s},
        "clustering": {"method": "centroid", "min_cluster_size": dcfg.min_cluster_size,
                       "threshold": dcfg.clustering_threshold},
    })
    return pipeline


def _users_pipeline(model: str):
    """A user's own pyannote pipeline: a local folder/config.yaml, or a hub id with a token."""
    from pathlib import Path

    from pyannote.audio import Pipeline

    path = Path(model).expanduser()
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_TOKEN")
    if path.exists():
        pipeline = Pipeline.from_pretrained(str(path))
    else:
        if not token:
            raise ModelError(f"--diarization-model {model!r} is not a local folder; a hub model needs "
                             f"HF_TOKEN set in the environment (and network access)")
        pipeline = Pipeline.from_pretrained(model, token=token)
    if pipeline is None:
        raise ModelError(f"cannot load diarisation pipeline {model!r}")
    return pipeline
